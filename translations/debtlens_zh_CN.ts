<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Actions</name>
        <message>
            <source>Add purchase…</source>
            <translation>记一笔消费…</translation>
        </message>
        <message>
            <source>Record a purchase (Ctrl+N)</source>
            <translation>记录一笔消费（Ctrl+N）</translation>
        </message>
        <message>
            <source>Record repayment…</source>
            <translation>记录还款…</translation>
        </message>
        <message>
            <source>Record a repayment (Ctrl+R)</source>
            <translation>记录一笔还款（Ctrl+R）</translation>
        </message>
        <message>
            <source>Import bill…</source>
            <translation>导入账单…</translation>
        </message>
        <message>
            <source>Import a bill export (Ctrl+I)</source>
            <translation>导入导出的账单文件（Ctrl+I）</translation>
        </message>
        <message>
            <source>Add credit line…</source>
            <translation>添加授信账户…</translation>
        </message>
        <message>
            <source>Open the demo</source>
            <translation>打开演示数据</translation>
        </message>
        <message>
            <source>Back to my data</source>
            <translation>回到我的数据</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <source>Copy your data to the backups folder now</source>
            <translation>现在把你的数据复制到备份文件夹</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>从备份恢复…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Save all your data as a JSON file or as CSV files in a zip</source>
            <translation>把你的全部数据保存为一个 JSON 文件，或打包成 zip 的 CSV 文件</translation>
        </message>
        <message>
            <source>Import a JSON export…</source>
            <translation>导入 JSON 导出文件…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>设置…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Presentation mode</source>
            <translation>演示模式</translation>
        </message>
        <message>
            <source>Full screen, large type and high contrast for a projector (F11; Esc leaves)</source>
            <translation>全屏、大字号、高对比度，适合投影（F11；按 Esc 退出）</translation>
        </message>
        <message>
            <source>Hide amounts</source>
            <translation>隐藏金额</translation>
        </message>
        <message>
            <source>Show every amount as ¥••• while the room guesses (Ctrl+M)</source>
            <translation>学员猜答案时，所有金额显示为 ¥•••（Ctrl+M）</translation>
        </message>
        <message>
            <source>Open a scenario file…</source>
            <translation>打开案例文件…</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>总览</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>消费记录</translation>
        </message>
        <message>
            <source>Statements</source>
            <translation>账单</translation>
        </message>
        <message>
            <source>Credit lines</source>
            <translation>授信账户</translation>
        </message>
        <message>
            <source>Get started</source>
            <translation>开始使用</translation>
        </message>
        <message>
            <source>Before you buy</source>
            <translation>消费前想一想</translation>
        </message>
        <message>
            <source>Minimum-payment trap</source>
            <translation>最低还款陷阱</translation>
        </message>
        <message>
            <source>Payoff plan</source>
            <translation>还款计划</translation>
        </message>
        <message>
            <source>Check an offer</source>
            <translation>查一查借款</translation>
        </message>
        <message>
            <source>Cooling-off list</source>
            <translation>冷静清单</translation>
        </message>
    </context>
    <context>
        <name>Alerts</name>
        <message>
            <source>A limit raise within %1 days, and more spent on the line in the %2 days since than in the %2 days before; product rule [I], after the 2022 card notice against inducing over-use (CBIRC/PBOC 银保监规〔2022〕13号).</source>
            <extracomment>Limit creep: a raise within this many days counts, and spending is compared over this many days before and after it [I]. Stacking: this many new installment plans or newly used lines within ``STACKING_DAYS`` [I]. Juggling: this many lines at or above ``NEARLY_FULL`` of their limit at once [I]. Committed income: what is due in the next 90 days as a share of 3 months' income, alert above this (the debt-service ratio's red cut, CFPB: non-mortgage debt payments &lt;= 15-20 % of income [S]). Repaid from credit: repayments paid with another credit line's money within this many days count [I]. Persistent debt: FCA CONC 6.7.27R (18 months), 6.7.33R (27 months), 6.7.35R-6.7.36R (36 months) [S]. Exit plans offered at 36 months: the FCA's "reasonable period", normally 3-4 years (CONC 6.7.35R, 6.7.36G).</extracomment>
            <translation>%1 天内提过额度，且提额后 %2 天里在这个授信账户上花的钱比提额前 %2 天多；产品规则 [I]，依据 2022 年信用卡新规中不得诱导过度用卡的要求（银保监规〔2022〕13号）。</translation>
        </message>
        <message>
            <source>%1 or more new installment plans or newly used lines within %2 days; product rule [I].</source>
            <translation>%2 天内新开 %1 笔或更多分期，或开始使用新的授信账户；产品规则 [I]。</translation>
        </message>
        <message>
            <source>%1 or more lines at %2 of their limit or more at once; product rule [I].</source>
            <translation>同时有 %1 个或更多授信账户用到额度的 %2 或以上；产品规则 [I]。</translation>
        </message>
        <message>
            <source>Repayments due in the next %1 days above %2 of 3 months' income; CFPB: non-mortgage debt payments at most 15-20 % of income.</source>
            <translation>未来 %1 天内到期的还款超过 3 个月收入的 %2；美国消费者金融保护局（CFPB）：非房贷债务还款最多占收入的 15-20%。</translation>
        </message>
        <message>
            <source>Over the last 18 statements, interest and fees paid exceed the principal repaid (FCA CONC 6.7.27R); still so 9 months later (27 months, CONC 6.7.33R) and 18 months later (36 months, CONC 6.7.35R: a way to repay in a reasonable period, normally 3-4 years).</source>
            <translation>最近 18 期账单中，付出的利息和费用超过了还掉的本金（英国金融行为监管局 FCA CONC 6.7.27R）；9 个月后仍然如此（27 个月，CONC 6.7.33R），18 个月后仍然如此（36 个月，CONC 6.7.35R：应给出在合理期限内还清的办法，通常为 3-4 年）。</translation>
        </message>
        <message>
            <source>Months to clear what you owe at your average repayment minus your average new credit spending over the last 3 months (interest left out); for someone paying only the minimum and buying nothing new, the month the last minimum is paid, by the line's own bills (interest included); beside it the last due date of what is already scheduled.</source>
            <translation>按最近 3 个月平均每月还款减去平均每月新增信用消费计算还清欠款需要几个月（不计利息）；对只还最低还款、也没有新消费的人，是按这条额度自己的账单（含利息）还上最后一笔最低还款的月份；旁边是已排好的账单的最后到期日。</translation>
        </message>
        <message>
            <source>A repayment in the last %1 days paid with money borrowed on another credit line (以卡养卡, marked by you or seen in an import): the debt moved, it was not repaid, and it starts a new bill there. The 2022 card notice (CBIRC/PBOC 银保监规〔2022〕13号) asks card issuers to watch for cards repaid with other credit; the FCA counts only money of your own as repaying a balance (CONC 6.7.27R, persistent debt).</source>
            <translation>最近 %1 天内有还款用的是从另一个授信账户借来的钱（以卡养卡，由你标记或在导入时发现）：债务只是转移了，并没有还掉，还会在那边产生新的账单。2022 年信用卡新规（银保监规〔2022〕13号）要求发卡机构关注用其他信贷还款的情况；英国 FCA 只把你自己的钱算作还款（CONC 6.7.27R，持续负债）。</translation>
        </message>
        <message>
            <source>A bill's due date passed with less than its minimum paid; the unpaid minimum is overdue since the due date of the oldest bill still unmet, accrues overdue interest daily and may be reported to the PBOC credit reference centre (征信).</source>
            <translation>账单到期日已过而最低还款额未还足；未还的最低还款额自最早一期仍未还足账单的到期日起逾期，每天产生逾期利息，并可能被报送至人民银行征信中心（征信）。</translation>
        </message>
    </context>
    <context>
        <name>AlertsPanel</name>
        <message>
            <source>Alerts</source>
            <translation>提醒</translation>
        </message>
        <message>
            <source>⚠ Limit creep on %1: the limit went from %2 to %3 on %4, and you spent %5 on it since, against %6 in the 90 days before. Against the old limit you owe %7.</source>
            <translation>⚠ %1 额度一涨就多花：%4 额度从 %2 提到 %3，此后你在上面花了 %5，而提额前 90 天只花了 %6。按原来的额度算，你的欠款是 %7。</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <extracomment>Two sentences in a row (Chinese: no space after "。").</extracomment>
            <translation>%1%2</translation>
        </message>
        <message>
            <source>⚠ Overdue on %1: %2 of the minimum unpaid since %3 (%4 days). Overdue interest accrues every day and a missed payment can reach your credit record; pay at least this now.</source>
            <translation>⚠ %1 已逾期：自 %3 起最低还款额中仍有 %2 未还（%4 天）。逾期利息每天累计，逾期还款可能记入你的征信；请至少立即还上这笔。</translation>
        </message>
        <message>
            <source>⚠ Stacking: 1 new installment plan in 90 days.</source>
            <translation>⚠ 分期越叠越多：90 天内新开了 1 笔分期。</translation>
        </message>
        <message>
            <source>⚠ Stacking: %1 new installment plans in 90 days.</source>
            <translation>⚠ 分期越叠越多：90 天内新开了 %1 笔分期。</translation>
        </message>
        <message>
            <source>You also started using %1.</source>
            <translation>你还开始用了 %1。</translation>
        </message>
        <message>
            <source>Each is small; together they are what you repay every month.</source>
            <translation>每笔都不大，加起来就是你每个月要还的钱。</translation>
        </message>
        <message>
            <source>⚠ Juggling lines: %1 lines at 80% of their limit or more (%2).</source>
            <translation>⚠ 多个额度同时快用满：%1 个额度用了 80% 以上（%2）。</translation>
        </message>
        <message>
            <source>%1 from %2 (%3)</source>
            <translation>%1 由 %2 还（%3）</translation>
        </message>
        <message>
            <source>⚠ Repaid with borrowed money: %1 of repayments in the last 90 days came from another credit line: %2. That moves the debt; it does not repay it.</source>
            <translation>⚠ 借钱还钱：近 90 天有 %1 的还款来自另一个信用账户：%2。这只是把欠款挪了个地方，并没有还掉。</translation>
        </message>
        <message>
            <source>⚠ %1 of your next 3 months' income (%2) is already owed in repayments due within 90 days (%3).</source>
            <translation>⚠ 未来 3 个月收入（%2）的 %1 已经被 90 天内到期的还款占用（%3）。</translation>
        </message>
        <message>
            <source>⚠ Persistent debt on %1 for %2 months: in the last 18 months you paid %3 in interest and fees and repaid only %4 of what you borrowed.</source>
            <translation>⚠ %1 已持续负债 %2 个月：最近 18 个月你付了 %3 的利息和费用，本金却只还了 %4。</translation>
        </message>
        <message>
            <source>To clear %1 in 3 to 4 years: %2 a month for 36 months, or %3 a month for 48 months.</source>
            <translation>想在 3 到 4 年内还清 %1：每月还 %2，还 36 个月；或每月还 %3，还 48 个月。</translation>
        </message>
        <message>
            <source>Debt-free date if you go on paying only the minimum: %1, %2 months from now, with %3 more in interest. The minimum shrinks with what you owe, so the end keeps moving away.</source>
            <translation>如果继续只还最低还款额，还清日期：%1，还要 %2 个月，另付利息 %3。最低还款额随欠款一起变少，所以还清的日子越拖越远。</translation>
        </message>
        <message>
            <source>Debt-free date at your recent pace (repaid %1, newly spent %2 a month): never.</source>
            <translation>按你最近的节奏（每月还 %1、新花 %2），还清日期：永远还不清。</translation>
        </message>
        <message>
            <source>Debt-free date at your recent pace (repaid %1, newly spent %2 a month): %3.</source>
            <translation>按你最近的节奏（每月还 %1、新花 %2），还清日期：%3。</translation>
        </message>
        <message>
            <source>The bills already scheduled end on %1.</source>
            <translation>已排好的账单到 %1 就还完了。</translation>
        </message>
    </context>
    <context>
        <name>Bands</name>
        <message>
            <source>Comfortable</source>
            <translation>宽松</translation>
        </message>
        <message>
            <source>Watch it</source>
            <translation>留意</translation>
        </message>
        <message>
            <source>Caution</source>
            <translation>小心</translation>
        </message>
        <message>
            <source>High</source>
            <translation>偏高</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>危险</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>未知</translation>
        </message>
    </context>
    <context>
        <name>BeforeYouBuyView</name>
        <message>
            <source>Before you buy</source>
            <translation>消费前想一想</translation>
        </message>
        <message>
            <source>See what each way of paying really costs and what it does to your monthly load, before you decide. Nothing is saved unless you record it.</source>
            <translation>下单前先看清：每种付款方式的真实成本，以及它会让你每月的还款压力变成什么样。除非你点击记录，否则不会保存任何内容。</translation>
        </message>
        <message>
            <source>Credit &amp;line</source>
            <translation>授信账户(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Price</source>
            <translation>价格(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;What is it? (optional)</source>
            <translation>买的是什么？（可选）(&amp;W)</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>Credit line</source>
            <translation>授信账户</translation>
        </message>
        <message>
            <source>What is it?</source>
            <translation>买的是什么？</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>比较(&amp;C)</translation>
        </message>
        <message>
            <source>Utilization now:</source>
            <translation>当前额度使用率：</translation>
        </message>
        <message>
            <source>Busiest month ÷ income now:</source>
            <translation>当前最重月份还款÷收入：</translation>
        </message>
        <message>
            <source>What do these mean?</source>
            <translation>这些数字是什么意思？</translation>
        </message>
        <message>
            <source>APR</source>
            <translation>年化利率</translation>
        </message>
        <message>
            <source>effective</source>
            <translation>实际年利率</translation>
        </message>
        <message>
            <source>simple</source>
            <translation>单利</translation>
        </message>
        <message>
            <source>real dates</source>
            <translation>按实际日期</translation>
        </message>
        <message>
            <source>utilization</source>
            <translation>使用率</translation>
        </message>
        <message>
            <source>income ratio</source>
            <translation>月供收入比</translation>
        </message>
        <message>
            <source>verdict</source>
            <translation>结论</translation>
        </message>
        <message>
            <source>&amp;Record this purchase</source>
            <translation>记录这笔消费(&amp;R)</translation>
        </message>
        <message>
            <source>Records the selected way of paying on this line, dated today.</source>
            <translation>按选中的付款方式记到这个账户上，日期为今天。</translation>
        </message>
        <message>
            <source>Ways of paying</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>%1: my limit %2, you owe %3, %4 available.</source>
            <translation>%1：我的额度 %2，已欠 %3，可用 %4。</translation>
        </message>
        <message>
            <source>%1: limit %2, you owe %3, %4 available.</source>
            <translation>%1：额度 %2，已欠 %3，可用 %4。</translation>
        </message>
        <message>
            <source>your income is in %1</source>
            <translation>月收入以 %1 计</translation>
        </message>
        <message>
            <source>set your income</source>
            <translation>请先设置月收入</translation>
        </message>
        <message>
            <source>%1: your busiest month goes from %2 to up to %3 of your income (%4 → %5).</source>
            <translation>%1：还款最多的月份将从收入的 %2 升到最高 %3（%4 → %5）。</translation>
        </message>
        <message>
            <source>All your lines in %6 together go from %2 to %3 used (%4 → %5), whichever way you pay.</source>
            <translation>所有 %6 账户合计的使用率将从 %2 升到 %3（%4 → %5），无论怎么付款都一样。</translation>
        </message>
        <message>
            <source>All your lines together go from %2 to %3 used (%4 → %5), whichever way you pay.</source>
            <translation>所有账户合计的使用率将从 %2 升到 %3（%4 → %5），无论怎么付款都一样。</translation>
        </message>
        <message>
            <source>This line goes from %2 to %3 used (%4 → %5), whichever way you pay.</source>
            <translation>这个账户的使用率将从 %2 升到 %3（%4 → %5），无论怎么付款都一样。</translation>
        </message>
        <message>
            <source>The price is more than the %1 still available on this line.</source>
            <translation>价格超过了这个账户剩余的可用额度 %1。</translation>
        </message>
        <message>
            <source>Pay %1 in full by %2. No fee if you pay the whole bill on time.</source>
            <translation>在 %2 前全额还 %1。按时还清整期账单就没有任何费用。</translation>
        </message>
        <message>
            <source>Pay late or only the minimum and the daily rate applies instead.</source>
            <translation>如果逾期或只还最低还款额，就要按日利率计息。</translation>
        </message>
        <message>
            <source>%1 payments from %2 to %3: you pay %4 in all, of which %5 is fees.</source>
            <translation>从 %2 到 %3 共还 %1 期：总共还 %4，其中手续费 %5。</translation>
        </message>
        <message>
            <source>True cost: APR %1 a year · effective %2 · simple (labelled as such) %3 · on the real dates %4.</source>
            <translation>真实成本：年化利率 %1 · 实际年利率 %2 · 单利（按单利计算）%3 · 按实际日期 %4。</translation>
        </message>
        <message>
            <source>%1 of your income</source>
            <translation>收入的 %1</translation>
        </message>
        <message>
            <source>Repayments in the next 12 months: %1</source>
            <translation>未来 12 个月的还款：%1</translation>
        </message>
        <message>
            <source>Already due (lines in %1 only)</source>
            <translation>已有待还（仅 %1 账户）</translation>
        </message>
        <message>
            <source>Already due</source>
            <translation>已有待还</translation>
        </message>
        <message>
            <source>This purchase</source>
            <translation>这笔消费</translation>
        </message>
        <message>
            <source>Recorded: %1 on %2, %3.</source>
            <translation>已记录：%2 上 %1，%3。</translation>
        </message>
    </context>
    <context>
        <name>BillDecisionDialog</name>
        <message>
            <source>Ways to pay the %1 bill</source>
            <extracomment>Columns of the comparison, in order.</extracomment>
            <translation>%1 账单的还款方式</translation>
        </message>
        <message>
            <source>Way to pay</source>
            <translation>还款方式</translation>
        </message>
        <message>
            <source>Pay by the due date</source>
            <translation>到期日前要还</translation>
        </message>
        <message>
            <source>Then a month</source>
            <translation>之后每月</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>月数</translation>
        </message>
        <message>
            <source>Total cost</source>
            <translation>总成本</translation>
        </message>
        <message>
            <source>Rate per year</source>
            <translation>年化利率</translation>
        </message>
        <message>
            <source>Total paid</source>
            <translation>共还</translation>
        </message>
        <message>
            <source>Ways to pay</source>
            <translation>还款方式</translation>
        </message>
        <message>
            <source>Minimum payment warning</source>
            <translation>最低还款提示</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>%1 · bill of %2: %3</source>
            <translation>%1 · %2 账单：%3</translation>
        </message>
        <message>
            <source>%1 · bill of %2: %3, overdue since %4: pay it now. Past its due date it can no longer be turned into installments, and the interest since then comes with the next bill.</source>
            <translation>%1 · %2 的账单：%3，自 %4 起已逾期：请现在就还。过了还款日就不能再办账单分期了，从那天起的利息会记在下一期账单上。</translation>
        </message>
        <message>
            <source>%1 · bill of %2: %3 to pay by %4.</source>
            <translation>%1 · %2 账单：%3，须在 %4 前还。</translation>
        </message>
        <message>
            <source>(next bill, so far)</source>
            <translation>（下期账单，目前为止）</translation>
        </message>
        <message>
            <source>This line has no fee preset for %1 installments: set one in the line's settings to compare it.</source>
            <translation>该额度没有 %1 期的预设费率：在额度设置里填上就能一起比较。</translation>
        </message>
        <message>
            <source>Minimum only: the bill's own minimum first, then each minimum the line's bills will ask (%1 of the principal plus the interest posted), interest at %2 a day from each due date, nothing new bought. Installments: the line's fee presets, split by the Alipay rule; the rate is the monthly IRR × 12.</source>
            <translation>只还最低：先还本期账单自己的最低还款额，之后每期还账单要求的最低还款额（本金的 %1 加上已计的利息），从每个还款日起按每日 %2 计息，不再有新消费。分期：按这条额度的费率预设，用支付宝规则拆分；利率为月内部收益率 × 12。</translation>
        </message>
        <message>
            <source>This card charges interest on the whole bill from each purchase's date when it is not paid in full (全额计息): that is counted in the first month.</source>
            <translation>这张卡未全额还款时，对整笔账单从每笔消费之日起计息（全额计息）：这部分已计入第一个月。</translation>
        </message>
        <message>
            <source>This line has no minimum payment: the whole bill, %1, is due by %2.</source>
            <translation>该额度没有最低还款：整笔账单 %1 须在 %2 前还清。</translation>
        </message>
        <message>
            <source>If you pay only the minimum, you will never pay it off: the minimum does not cover the interest.</source>
            <translation>如果每月只还最低还款额，这笔账单永远还不清：最低还款额连利息都不够。</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n 个月</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (about %2 years)</source>
            <translation>%1（约 %2 年）</translation>
        </message>
        <message>
            <source>If you pay only the minimum, you will pay it off in %1 and pay %2 in interest.</source>
            <translation>如果每月只还最低还款额，需要 %1才能还清，共付利息 %2。</translation>
        </message>
        <message>
            <source>To clear it in 36 months, pay %1 a month (total %2).</source>
            <translation>如果想在 36 个月内还清，每月需还 %1（合计 %2）。</translation>
        </message>
        <message numerus="yes">
            <source>Here the minimum starts higher, so 36 equal payments cost more interest; what the minimum costs you is %n month(s) in debt.</source>
            <translation>
                <numerusform>这里最低还款一开始就比较高，36 期等额还款的利息反而更多；只还最低还款的代价是长达 %n 个月的负债。</numerusform>
            </translation>
        </message>
        <message>
            <source>Pay in full</source>
            <translation>全额还款</translation>
        </message>
        <message>
            <source>Minimum only</source>
            <translation>只还最低</translation>
        </message>
        <message numerus="yes">
            <source>%n installment(s)</source>
            <translation>
                <numerusform>分 %n 期</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (fee %2)</source>
            <translation>%1（手续费 %2）</translation>
        </message>
        <message>
            <source>%1 (simple)</source>
            <translation>%1（单利）</translation>
        </message>
        <message>
            <source>never paid off</source>
            <translation>永远还不清</translation>
        </message>
        <message>
            <source>less each month</source>
            <translation>每月递减</translation>
        </message>
    </context>
    <context>
        <name>CalendarExport</name>
        <message>
            <source>is the ledger itself (or one of its files); choose another name</source>
            <extracomment>Months of due dates the window exports. Why a target is refused (``ExportService.check_target``), for lupdate; shown translated.</extracomment>
            <translation>是账本本身（或它的文件之一），请换一个文件名</translation>
        </message>
        <message>
            <source>is in the ledger's backup folder; choose another place</source>
            <translation>在账本的备份文件夹里，请换一个位置</translation>
        </message>
        <message>
            <source>is a database; an export never replaces one, choose another name</source>
            <translation>是一个数据库；导出绝不会覆盖数据库，请换一个文件名</translation>
        </message>
    </context>
    <context>
        <name>CalendarExporter</name>
        <message>
            <source>Export due dates…</source>
            <translation>导出还款日…</translation>
        </message>
        <message>
            <source>Save the payment due dates of the next 12 months as a calendar file (.ics) for your calendar app</source>
            <translation>把未来 12 个月的还款日存成日历文件（.ics），导入你的日历应用</translation>
        </message>
        <message>
            <source>Export due dates</source>
            <translation>导出还款日</translation>
        </message>
        <message>
            <source>Calendar file (*.ics)</source>
            <translation>日历文件 (*.ics)</translation>
        </message>
        <message>
            <source>Exporting due dates to %1…</source>
            <translation>正在把还款日导出到 %1…</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n due date(s) to %1: import it into your calendar app (exporting again updates the events).</source>
            <translation>
                <numerusform>已把 %n 个还款日存到 %1：把它导入你的日历应用（以后再导出一次即可更新这些日程）。</numerusform>
            </translation>
        </message>
        <message>
            <source>No calendar file was saved: %1</source>
            <translation>没有保存日历文件：%1</translation>
        </message>
    </context>
    <context>
        <name>ChartHost</name>
        <message>
            <source>the chart is not drawn yet</source>
            <extracomment>(paint, args) of the chart shown: drawn again in a new theme Copy, Save as PNG / SVG / PDF (right-click the chart).</extracomment>
            <translation>图表还没有画出来</translation>
        </message>
    </context>
    <context>
        <name>ChartMenu</name>
        <message>
            <source>Copy</source>
            <extracomment>The formats offered, in menu order.</extracomment>
            <translation>复制</translation>
        </message>
        <message>
            <source>Save as PNG image…</source>
            <translation>另存为 PNG 图片…</translation>
        </message>
        <message>
            <source>Save as SVG (vector)…</source>
            <translation>另存为 SVG（矢量图）…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>另存为 PDF…</translation>
        </message>
        <message>
            <source>Chart copied</source>
            <translation>图表已复制</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <source>SVG image (*.svg)</source>
            <translation>SVG 图片 (*.svg)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>保存图表</translation>
        </message>
        <message>
            <source>Saving the chart to %1…</source>
            <translation>正在把图表保存到 %1…</translation>
        </message>
        <message>
            <source>Chart saved to %1</source>
            <translation>图表已保存到 %1</translation>
        </message>
        <message>
            <source>The chart was not saved: %1</source>
            <translation>图表没有保存：%1</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>%1; map its columns with `debtlens mapping add NAME --file FILE`, then import with --mapping NAME</source>
            <translation>%1；请先用 `debtlens mapping add NAME --file FILE` 对应它的各列，再用 --mapping NAME 导入</translation>
        </message>
        <message>
            <source>%1: %2 onto %3 (CSV mapping %4)</source>
            <translation>%1：%2，导入到 %3（CSV 列对应 %4）</translation>
        </message>
        <message>
            <source>%1: %2 onto %3</source>
            <translation>%1：%2，导入到 %3</translation>
        </message>
        <message>
            <source>Would import: purchases %1 (%2), refunds %3 (%4), repayments %5 (%6).</source>
            <translation>将导入 %1 笔消费（%2）、%3 笔退款（%4）、%5 笔还款（%6）。</translation>
        </message>
        <message>
            <source>Imported: purchases %1 (%2), refunds %3 (%4), repayments %5 (%6).</source>
            <translation>已导入 %1 笔消费（%2）、%3 笔退款（%4）、%5 笔还款（%6）。</translation>
        </message>
        <message>
            <source>Left out, already imported: %1.</source>
            <translation>%1 行以前已导入，已略过。</translation>
        </message>
        <message>
            <source>  row %1: skipped: %2</source>
            <translation>  第 %1 行：已跳过：%2</translation>
        </message>
        <message>
            <source>  row %1: warning: %2</source>
            <translation>  第 %1 行：注意：%2</translation>
        </message>
        <message>
            <source>  row %1: not imported: %2: %3</source>
            <translation>  第 %1 行：未导入：%2：%3</translation>
        </message>
        <message>
            <source>  row %1: not imported: %2</source>
            <translation>  第 %1 行：未导入：%2</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>提示：%1</translation>
        </message>
        <message>
            <source>%1: %2 (got %3)</source>
            <extracomment>``(command path, field) -&gt; option`` where a command names a field differently. Fields whose whole-number values are amounts in fen (a service checked a parsed amount): shown in yuan. The command line's frames around a refused input (translated with the reason, at the edge: ``language.say``).</extracomment>
            <translation>%1：%2（实际为 %3）</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1 not found: %2</source>
            <translation>找不到%1：%2</translation>
        </message>
        <message>
            <source>%1 not found</source>
            <translation>找不到%1</translation>
        </message>
        <message>
            <source>debtlens: error: %1; nothing was changed</source>
            <translation>debtlens：错误：%1；没有做任何更改</translation>
        </message>
        <message>
            <source>debtlens: error: --db: is empty (give a database file, or leave --db out for the default one)</source>
            <translation>debtlens：错误：--db：为空（请给出数据库文件，或不写 --db 使用默认数据库）</translation>
        </message>
        <message>
            <source>debtlens: error: --self-test: runs alone, not with the command %1</source>
            <translation>debtlens：错误：--self-test：须单独运行，不能与命令 %1 一起使用</translation>
        </message>
        <message>
            <source>debtlens: %1</source>
            <translation>debtlens：%1</translation>
        </message>
        <message>
            <source>debtlens: error: no DebtLens database at %1 (create one with `debtlens --db %2 line add …`)</source>
            <translation>debtlens：错误：%1 没有明白账数据库（创建一个：`debtlens --db %2 line add …`）</translation>
        </message>
        <message>
            <source>debtlens: error: %1</source>
            <translation>debtlens：错误：%1</translation>
        </message>
        <message>
            <source>debtlens: the newest backup is %1; to restore it (the damaged file is kept):
  %2</source>
            <translation>debtlens：最新的备份是 %1；恢复它（损坏的文件会保留）：
  %2</translation>
        </message>
        <message>
            <source>the desktop app needs a graphical session; the sub-commands work without one (debtlens --help)</source>
            <translation>桌面程序需要图形界面；子命令不需要（debtlens --help）</translation>
        </message>
        <message>
            <source>debtlens: error: %1: %2</source>
            <extracomment>A database that cannot be opened or written: the file, then why.</extracomment>
            <translation>debtlens：错误：%1：%2</translation>
        </message>
        <message>
            <source>debtlens: error: %1: is busy: another DebtLens window or program is writing to it (waited 5 s); try again when it has finished</source>
            <translation>debtlens：错误：%1：正忙：另一个明白账窗口或程序正在写入（已等待 5 秒）；请等它完成后再试</translation>
        </message>
        <message>
            <source>No alerts.</source>
            <translation>没有提醒。</translation>
        </message>
        <message>
            <source>  Rule: %1</source>
            <translation>  规则：%1</translation>
        </message>
        <message>
            <source>%1 due dates.</source>
            <translation>%1 个到期还款日。</translation>
        </message>
        <message>
            <source>Nothing is due in the next %1 months; wrote an empty calendar to %2.</source>
            <translation>未来 %1 个月没有到期的还款；已把空日历写入 %2。</translation>
        </message>
        <message>
            <source>Wrote %1 due dates of %2 credit line(s) to %3. Import it into your calendar app; exporting again to the same file updates the events.</source>
            <translation>已把 %2 个授信账户的 %1 个到期还款日写入 %3。请把它导入日历应用；再次导出到同一文件会更新这些事件。</translation>
        </message>
        <message>
            <source>due soon</source>
            <translation>即将到期</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>今天到期</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>for %1</source>
            <translation>%1</translation>
        </message>
        <message>
            <source>for every line</source>
            <translation>所有授信账户</translation>
        </message>
        <message>
            <source>off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>%1 day(s) before a due date</source>
            <translation>到期还款日前 %1 天</translation>
        </message>
        <message>
            <source>Reminders %1: %2.</source>
            <translation>还款提醒（%1）：%2。</translation>
        </message>
        <message>
            <source>No bill to remind of.</source>
            <translation>没有需要提醒的账单。</translation>
        </message>
        <message>
            <source>|line|statement|due|to pay|minimum</source>
            <translation>|授信账户|账单日|到期日|应还|最低还款</translation>
        </message>
        <message>
            <source>automatic (daily)</source>
            <extracomment>Why a backup was made, as the restore dialog says it (``app.storage.backups`` reasons).</extracomment>
            <translation>自动（每天）</translation>
        </message>
        <message>
            <source>made by you</source>
            <translation>手动</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>恢复之前</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>导入之前</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>升级之前</translation>
        </message>
        <message>
            <source>Note: CSV files are plain text (for spreadsheets): unlike the ledger, they are not encrypted.</source>
            <translation>提示：CSV 文件是纯文本（供电子表格使用）：与账本不同，它们没有加密。</translation>
        </message>
        <message>
            <source>Exported your data to %1.</source>
            <translation>已把你的数据导出到 %1。</translation>
        </message>
        <message>
            <source>Password of %1: </source>
            <translation>%1 的密码：</translation>
        </message>
        <message>
            <source>Imported into %6: credit lines %1, purchases %2, installment plans %3, refunds %4, repayments %5.</source>
            <translation>已把 %1 个授信账户、%2 笔消费、%3 个分期计划、%4 笔退款和 %5 笔还款导入 %6。</translation>
        </message>
        <message>
            <source>No backups yet of %1 (they go to %2).</source>
            <translation>%1 还没有备份（备份存放在 %2）。</translation>
        </message>
        <message>
            <source>taken|reason|size|file</source>
            <translation>时间|原因|大小|文件</translation>
        </message>
        <message>
            <source>Backed up to %1 (%2 KiB).</source>
            <translation>已备份到 %1（%2 KiB）。</translation>
        </message>
        <message>
            <source>Restored %1 from %2.</source>
            <translation>已从 %2 恢复 %1。</translation>
        </message>
        <message>
            <source>The file it replaced was saved as %1.</source>
            <translation>被替换的文件已保存为 %1。</translation>
        </message>
        <message>
            <source>debtlens: the restore cannot be undone with `debtlens undo`: %1</source>
            <translation>debtlens：这次恢复不能用 `debtlens undo` 撤销：%1</translation>
        </message>
        <message>
            <source>`debtlens undo` puts the replaced data back.</source>
            <translation>`debtlens undo` 可以把被替换的数据放回去。</translation>
        </message>
        <message>
            <source>upcoming</source>
            <extracomment>A statement's status in the table of ``debtlens statements`` (the JSON keeps the English value).</extracomment>
            <translation>未出账</translation>
        </message>
        <message>
            <source>open</source>
            <translation>待还</translation>
        </message>
        <message>
            <source>paid</source>
            <translation>已还清</translation>
        </message>
        <message>
            <source>minimum paid</source>
            <translation>已还最低</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>paid late</source>
            <extracomment>An overdue bill paid off since (``Statement.paid_late``), in that table.</extracomment>
            <translation>逾期后已还清</translation>
        </message>
        <message>
            <source>Warning: %1 over your %2 available on %3.</source>
            <translation>注意：超出 %3 的可用额度 %2，超出 %1。</translation>
        </message>
        <message>
            <source>Recorded purchase %1: %2 on %3 in %4 installments: %5 (total fee %6).</source>
            <translation>已在 %3 上记录消费 %1：%2，分 %4 期：%5（手续费合计 %6）。</translation>
        </message>
        <message>
            <source>Recorded purchase %1: %2 on %3.</source>
            <translation>已在 %3 上记录消费 %1：%2。</translation>
        </message>
        <message>
            <source>debtlens: nothing was recorded; to record it anyway, run the same command with --despite-my-limits</source>
            <translation>debtlens：没有记录任何内容；如仍要记录，请加上 --despite-my-limits 再运行同一命令</translation>
        </message>
        <message>
            <source>id|date|line|amount|merchant|category|parts</source>
            <translation>编号|日期|授信账户|金额|商户|类别|期数</translation>
        </message>
        <message>
            <source>Deleted purchase %1 and its %2 refund(s) of %3 (`debtlens undo` brings them back).</source>
            <translation>已删除消费 %1 及其 %2 笔退款，共 %3（`debtlens undo` 可以恢复）。</translation>
        </message>
        <message>
            <source>Deleted purchase %1.</source>
            <translation>已删除消费 %1。</translation>
        </message>
        <message>
            <source>Recorded refund of %1 on %2.</source>
            <translation>已在 %2 上记录退款 %1。</translation>
        </message>
        <message>
            <source>Recorded repayment of %1 on %2, paid with money borrowed on %3: the debt moved there (recorded as a charge on %3), it was not repaid.</source>
            <translation>已记录 %2 的还款 %1，用的是从 %3 借来的钱：欠款转到了那里（在 %3 记了一笔同额消费），并没有还掉。</translation>
        </message>
        <message>
            <source>Recorded repayment of %1 on %2.</source>
            <translation>已在 %2 上记录还款 %1。</translation>
        </message>
        <message>
            <source>Paid off purchase %1 early: %2 principal + %3 fee (%4) on the %5 bill.</source>
            <translation>已提前还清消费 %1：本金 %2 + 手续费 %3（%4），计入 %5 的账单。</translation>
        </message>
        <message>
            <source>%1 A repayment of %2 was recorded.</source>
            <translation>%1已记录还款 %2。</translation>
        </message>
        <message>
            <source>Turned %1 of the %2 bill into %3 installments: %4 (total fee %5).</source>
            <translation>已把 %2 账单中的 %1 分为 %3 期：%4（手续费合计 %5）。</translation>
        </message>
        <message>
            <source>Pay in 4: each row is a due date of your purchases' payments (4 payments every 14 days, no interest); a late fee is in its balance.</source>
            <translation>分4期：每一行是各笔消费某一期的到期日（每笔分 4 期，每 14 天一期，不收利息）；滞纳金计入该行应还。</translation>
        </message>
        <message>
            <source>statement|due|previous|balance|installments|minimum|paid|unpaid|interest|status</source>
            <translation>账单日|到期日|上期余额|本期应还|分期|最低还款|已还|未还|利息|状态</translation>
        </message>
        <message>
            <source>Bank installment plan %1: its last period (%2 of %2) billed on %3</source>
            <translation>银行分期 %1：最后一期（第 %2/%2 期）已于 %3 入账单</translation>
        </message>
        <message>
            <source>Bank installment plan %1: period %2 of %3 billed on %4 (%5 in all on your statements); %6 periods left, remaining principal unknown (the bank's statements show one period at a time)</source>
            <translation>银行分期 %1：第 %2/%3 期已于 %4 入账单（账单上共 %5）；还剩 %6 期，剩余本金未知（银行账单每次只列一期）</translation>
        </message>
        <message>
            <source>%1 carried</source>
            <translation>%1 结转下期</translation>
        </message>
        <message>
            <source>%1 (credit %2)</source>
            <extracomment>A line's credit balance beside what it owes (``Position.credit_fen``).</extracomment>
            <translation>%1（溢缴款 %2）</translation>
        </message>
        <message>
            <source>%1: owed, available and utilization do not count the remaining principal of the bank's installment plan %2: it is unknown (the bank's statements show one period at a time)</source>
            <extracomment>Said of a line with a bank installment plan that has periods left: its unbilled principal is unknown (the bank's statements show one period at a time, ``app.services.bank_plans``), so what is owed, available and utilization leave it out.</extracomment>
            <translation>%1：欠款、可用和使用率未计入银行分期 %2的剩余本金：该金额未知（银行账单每次只列一期）</translation>
        </message>
        <message>
            <source>%1: owed, available and utilization do not count the remaining principal of the bank's installment plans %2: it is unknown (the bank's statements show one period at a time)</source>
            <translation>%1：欠款、可用和使用率未计入银行分期 %2的剩余本金：该金额未知（银行账单每次只列一期）</translation>
        </message>
        <message>
            <source>%1 (%2 periods left)</source>
            <translation>%1（还剩 %2 期）</translation>
        </message>
        <message>
            <source>All credit lines are archived (debtlens line list).</source>
            <translation>所有授信账户都已归档（debtlens line list）。</translation>
        </message>
        <message>
            <source>No credit lines yet. Add one with: debtlens line add NAME --limit 5000.00</source>
            <translation>还没有授信账户。添加一个：debtlens line add 名称 --limit 5000.00</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1，%2 前</translation>
        </message>
        <message>
            <source>%1 (minimum %2)</source>
            <translation>%1（最低还款 %2）</translation>
        </message>
        <message>
            <source>%1 (mine)</source>
            <translation>%1（自定）</translation>
        </message>
        <message>
            <source>total in %1</source>
            <translation>%1 合计</translation>
        </message>
        <message>
            <source>line|limit|owed|available|utilization|next payment</source>
            <translation>授信账户|额度|欠款|可用|使用率|下次还款</translation>
        </message>
        <message>
            <source>owed: everything not repaid yet (purchases billed or not, installment principal of later bills, interest and fees posted); next payment: what the bills ask by their due date</source>
            <translation>欠款：所有尚未还的钱（已出账和未出账的消费、以后各期账单的分期本金、已入账的利息和费用）；下次还款：账单在到期日前要求还的金额</translation>
        </message>
        <message>
            <source>(mine): read against the limit you set yourself (debtlens limits show; --read-against bank to use the bank's)</source>
            <translation>（自定）：按你自己定的限额计算（debtlens limits show；用 --read-against bank 改按银行额度）</translation>
        </message>
        <message>
            <source>(credit): paid beyond everything the line owes; the bank holds it for you and your next bills use it up first</source>
            <translation>（溢缴款）：你多还的、超出这条额度全部欠款的钱；银行替你保留，之后的账单会先用它抵扣</translation>
        </message>
        <message>
            <source>Nothing due.</source>
            <translation>没有到期的还款。</translation>
        </message>
        <message>
            <source>due|line|amount|minimum|of which fees/interest|</source>
            <translation>到期日|授信账户|金额|最低还款|其中手续费/利息|</translation>
        </message>
        <message>
            <source>Monthly income is not set.</source>
            <translation>还没有设置月收入。</translation>
        </message>
        <message>
            <source>Monthly income cleared.</source>
            <translation>已清除月收入。</translation>
        </message>
        <message>
            <source>Monthly income set to %1.</source>
            <translation>月收入已设为 %1。</translation>
        </message>
        <message>
            <source>花呗 (Alipay)</source>
            <extracomment>What to look for in each product's app to lower the real limit and take credit out of the default payment path. Menus move between app versions, so each step names what to look for, not a fixed path.</extracomment>
            <translation>花呗（支付宝）</translation>
        </message>
        <message>
            <source>Lower the limit: in Alipay open 花呗 and look for 额度管理 / 调低额度 (in its settings); pick a lower amount.</source>
            <translation>降低额度：在支付宝中打开花呗，找到“额度管理 / 调低额度”（在其设置中），选一个更低的额度。</translation>
        </message>
        <message>
            <source>Stop paying with Huabei by default: in Alipay's payment settings look for 扣款顺序 (payment order) and put your balance or a debit card first; remove 花呗 from each 免密支付 / 自动扣款 you do not need.</source>
            <translation>不再默认用花呗付款：在支付宝的支付设置中找到“扣款顺序”，把余额或借记卡排在最前；在不需要的“免密支付 / 自动扣款”里移除花呗。</translation>
        </message>
        <message>
            <source>At checkout, decline 花呗分期 (installments) on the payment screen: it is never required.</source>
            <translation>付款时，在支付页面拒绝“花呗分期”：分期从来不是必须的。</translation>
        </message>
        <message>
            <source>To stop for good: 花呗's settings have 关闭花呗 (possible only once nothing is owed).</source>
            <translation>彻底停用：花呗的设置中有“关闭花呗”（须先还清全部欠款）。</translation>
        </message>
        <message>
            <source>Credit card (信用卡)</source>
            <translation>信用卡</translation>
        </message>
        <message>
            <source>Lower the limit: in the bank's app look for 额度管理 / 调低额度, or call the number on the card and ask for a lower permanent limit; refuse 临时额度 (temporary raises).</source>
            <translation>降低额度：在银行 App 中找到“额度管理 / 调低额度”，或拨打卡背面的电话申请调低固定额度；拒绝“临时额度”。</translation>
        </message>
        <message>
            <source>Ask the bank not to raise your limit on its own (主动提额).</source>
            <translation>请银行不要主动为你提额（主动提额）。</translation>
        </message>
        <message>
            <source>In Alipay / WeChat Pay payment order (扣款顺序), put a debit card or your balance before the credit card.</source>
            <translation>在支付宝 / 微信支付的“扣款顺序”中，把借记卡或余额排在信用卡之前。</translation>
        </message>
        <message>
            <source>Decline 自动分期 / 账单分期 offers in the app and by SMS: they are never required.</source>
            <translation>在 App 和短信中拒绝“自动分期 / 账单分期”的邀请：它们从来不是必须的。</translation>
        </message>
        <message>
            <source>京东白条 (JD)</source>
            <translation>京东白条</translation>
        </message>
        <message>
            <source>Lower the limit: in the JD app open 白条 and look for 额度管理 / 调低额度.</source>
            <translation>降低额度：在京东 App 中打开白条，找到“额度管理 / 调低额度”。</translation>
        </message>
        <message>
            <source>Stop paying with 白条 by default: in JD's payment settings choose a debit card or balance as the default.</source>
            <translation>不再默认用白条付款：在京东的支付设置中把借记卡或余额设为默认。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>no cap</source>
            <translation>不设上限</translation>
        </message>
        <message>
            <source>Utilization and warnings are read against your own limits where you set one.</source>
            <extracomment>What utilization is read against, said by ``limits set`` and ``limits show``.</extracomment>
            <translation>使用率和警示按你自己定的限额计算（设了限额的账户）。</translation>
        </message>
        <message>
            <source>Utilization and warnings are read against the bank's limits.</source>
            <translation>使用率和警示按银行给的额度计算。</translation>
        </message>
        <message>
            <source>My limit on %1: %2</source>
            <translation>%1 的自定限额：%2</translation>
        </message>
        <message>
            <source>Most installment plans at once: %1</source>
            <translation>同时进行的分期最多：%1</translation>
        </message>
        <message>
            <source>Monthly cap on new credit spending: %1</source>
            <translation>每月新增信用消费上限：%1</translation>
        </message>
        <message>
            <source>line|owed|my limit|used (mine)|bank limit|used (bank)</source>
            <translation>授信账户|欠款|我的限额|使用率（自定）|银行额度|使用率（银行）</translation>
        </message>
        <message>
            <source>at most %1</source>
            <translation>最多 %1 笔</translation>
        </message>
        <message>
            <source>Installment plans running: %1 (%2).</source>
            <translation>进行中的分期：%1（%2）。</translation>
        </message>
        <message>
            <source>cap %1</source>
            <translation>上限 %1</translation>
        </message>
        <message>
            <source>New credit spending in %1: %2 (%3).</source>
            <translation>%1 新增的信用消费：%2（%3）。</translation>
        </message>
        <message>
            <source>%1 over</source>
            <translation>超出 %1</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>还剩 %1</translation>
        </message>
        <message>
            <source>Budget %1: %2 of %3 (%4), %5.</source>
            <translation>预算 %1：%3 中已用 %2（%4），%5。</translation>
        </message>
        <message>
            <source>Over my limit: %1 owes %2, %3 past the %4 I set.</source>
            <translation>超出我的限额：%1 欠款 %2，超出我定的 %4 共 %3。</translation>
        </message>
        <message>
            <source>Budget for %1: %2</source>
            <translation>%1 的预算：%2</translation>
        </message>
        <message>
            <source>%1 a month</source>
            <translation>每月 %1</translation>
        </message>
        <message>
            <source>My limit on %1 is %2: this takes what I owe there from %3 to %4, %5 past it.</source>
            <translation>我给 %1 设的限额是 %2：这笔会让我在那里的欠款从 %3 变成 %4，超出 %5。</translation>
        </message>
        <message>
            <source>I allow myself at most %1 installment plan(s) at once: %2 running, this makes %3.</source>
            <translation>我给自己定的规矩是同时最多 %1 个分期计划：现在有 %2 个，加上这笔就是 %3 个。</translation>
        </message>
        <message>
            <source>My monthly cap on new credit spending is %1: this month goes from %2 to %3, %4 past it.</source>
            <translation>我给每月新增信用消费设的上限是 %1：本月会从 %2 变成 %3，超出 %4。</translation>
        </message>
        <message>
            <source>huabei</source>
            <extracomment>The table's words for a line's kind, automatic repayment and interest basis (JSON keeps the values).</extracomment>
            <translation>花呗类</translation>
        </message>
        <message>
            <source>credit card</source>
            <translation>信用卡</translation>
        </message>
        <message>
            <source>pay later</source>
            <translation>先享后付</translation>
        </message>
        <message>
            <source>full</source>
            <translation>全额</translation>
        </message>
        <message>
            <source>minimum</source>
            <translation>最低还款</translation>
        </message>
        <message>
            <source>unpaid-from-due</source>
            <translation>未还部分自到期日起计息</translation>
        </message>
        <message>
            <source>full-from-posting</source>
            <translation>全额自记账日起计息</translation>
        </message>
        <message>
            <source>pay in 4</source>
            <translation>分4期</translation>
        </message>
        <message>
            <source>Added credit line %1 (id %2).</source>
            <translation>已添加授信账户 %1（编号 %2）。</translation>
        </message>
        <message>
            <source>id|name|kind|limit|statement day|due day|auto-repay|interest basis|fee presets</source>
            <translation>编号|名称|类型|额度|账单日|还款日|自动还款|计息方式|预设费率</translation>
        </message>
        <message>
            <source>%1 (archived)</source>
            <translation>%1（已归档）</translation>
        </message>
        <message>
            <source>%1 (inclusive)</source>
            <translation>%1（含当日）</translation>
        </message>
        <message>
            <source>Updated credit line %1.</source>
            <translation>已更新授信账户 %1。</translation>
        </message>
        <message>
            <source>Credit limit of %1 is %2 from %3.</source>
            <translation>%1 的额度自 %3 起为 %2。</translation>
        </message>
        <message>
            <source>Restored credit line %1.</source>
            <translation>已恢复授信账户 %1。</translation>
        </message>
        <message>
            <source>Archived credit line %1.</source>
            <translation>已归档授信账户 %1。</translation>
        </message>
        <message>
            <source>Transaction date column</source>
            <extracomment>Command-line spelling of a profile's sign convention. Profile fields shown by ``mapping show`` and ``mapping list``, with their option names. What ``mapping show`` calls each setting (its option follows in brackets).</extracomment>
            <translation>交易日期列</translation>
        </message>
        <message>
            <source>Posting date column</source>
            <translation>记账日期列</translation>
        </message>
        <message>
            <source>Description column</source>
            <translation>摘要列</translation>
        </message>
        <message>
            <source>Merchant column</source>
            <translation>商户列</translation>
        </message>
        <message>
            <source>Amount column</source>
            <translation>金额列</translation>
        </message>
        <message>
            <source>Money-out column</source>
            <translation>支出金额列</translation>
        </message>
        <message>
            <source>Money-in column</source>
            <translation>存入金额列</translation>
        </message>
        <message>
            <source>Transaction type column</source>
            <translation>交易类型列</translation>
        </message>
        <message>
            <source>Sign of a purchase</source>
            <translation>消费的正负号</translation>
        </message>
        <message>
            <source>Date order</source>
            <translation>日期顺序</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <source>out: %1, in: %2</source>
            <translation>支出：%1，存入：%2</translation>
        </message>
        <message>
            <source>No saved CSV mappings. Save one in the import window, or with `debtlens mapping add NAME --file CSV`.</source>
            <translation>没有已保存的 CSV 列对应。可在导入窗口中保存，或用 `debtlens mapping add NAME --file CSV`。</translation>
        </message>
        <message>
            <source>name|date|description|amounts|date order|currency</source>
            <translation>名称|日期|说明|金额|日期顺序|币种</translation>
        </message>
        <message>
            <source>setting|option|value</source>
            <translation>设置|选项|值</translation>
        </message>
        <message>
            <source>Saved the CSV mapping %1: date %2, description %3, amounts %4.</source>
            <translation>已保存 CSV 列对应 %1：日期 %2，说明 %3，金额 %4。</translation>
        </message>
        <message>
            <source>Import with it: debtlens import FILE --mapping %1</source>
            <translation>用它导入：debtlens import FILE --mapping %1</translation>
        </message>
        <message>
            <source>Deleted the CSV mapping %1; rows imported with it stay.</source>
            <translation>已删除 CSV 列对应 %1；用它导入的记录会保留。</translation>
        </message>
        <message>
            <source>pay in full</source>
            <translation>一次付清</translation>
        </message>
        <message>
            <source>Avalanche</source>
            <translation>雪崩法</translation>
        </message>
        <message>
            <source>Snowball</source>
            <translation>雪球法</translation>
        </message>
        <message>
            <source>Your order</source>
            <translation>自定顺序</translation>
        </message>
        <message>
            <source>Minimums only</source>
            <translation>只还最低</translation>
        </message>
        <message>
            <source>%1 months</source>
            <translation>%1 期</translation>
        </message>
        <message>
            <source>green</source>
            <extracomment>The debt-load bands as the "before you buy" table and its warnings name them.</extracomment>
            <translation>绿色</translation>
        </message>
        <message>
            <source>amber</source>
            <translation>黄色</translation>
        </message>
        <message>
            <source>orange</source>
            <translation>橙色</translation>
        </message>
        <message>
            <source>red</source>
            <translation>红色</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>危险</translation>
        </message>
        <message>
            <source>%1 in %2 monthly parts: %3.</source>
            <translation>%1 分 %2 期按月还：%3。</translation>
        </message>
        <message>
            <source>Total fee %1; you pay %2.</source>
            <translation>手续费合计 %1；你一共要还 %2。</translation>
        </message>
        <message>
            <source>True cost: APR %1 a year (effective %2; simple %3).</source>
            <translation>真实成本：年化利率 %1（实际年利率 %2；单利 %3）。</translation>
        </message>
        <message>
            <source>On the real dates: %1 a year (XIRR).</source>
            <translation>按实际日期计算：年化 %1（XIRR）。</translation>
        </message>
        <message>
            <source>  Your income is in %1: the debt-service ratio leaves out this line in %2.</source>
            <translation>  月收入以 %1 计：月供收入比不含这个以 %2 计的账户。</translation>
        </message>
        <message>
            <source>Minimum payment warning: if you make only the minimum payment (first one %1) and add nothing new,</source>
            <translation>最低还款警示：如果每月只还最低还款额（第一期 %1），且不再新增消费，</translation>
        </message>
        <message>
            <source>  you will never pay off this balance: the minimum does not cover the interest.</source>
            <translation>  这笔欠款永远还不清：最低还款额连利息都不够。</translation>
        </message>
        <message>
            <source>  you will pay it off in %1 and pay an estimated total of %2 (%3 of it interest).</source>
            <translation>  需要%1才能还清，预计共还 %2（其中利息 %3）。</translation>
        </message>
        <message>
            <source>If you pay %1 each month, you will pay it off in 3 years and pay an estimated total of %2.</source>
            <translation>如果每月还 %1，3 年可以还清，预计共还 %2。</translation>
        </message>
        <message>
            <source>  Savings: about %1.</source>
            <translation>  可节省：约 %1。</translation>
        </message>
        <message>
            <source>The minimum is more than the %1 a month that would clear it in 3 years, but the last part of the balance still drags on.</source>
            <translation>最低还款额高于 3 年还清所需的每月 %1，但最后一部分欠款仍会拖很久。</translation>
        </message>
        <message>
            <source>the interest on %1 is at least what can go to it each month, so it never gets smaller</source>
            <translation>%1 每月的利息不少于每月能还给它的钱，所以欠款永远不会变少</translation>
        </message>
        <message>
            <source>%1 would still not be paid off in 100 years</source>
            <translation>%1 一百年后也还不清</translation>
        </message>
        <message>
            <source>%1: never paid off with this budget (%2 a month): %3. Raise --budget.</source>
            <translation>%1：按这个预算（每月 %2）永远还不清：%3。请提高 --budget。</translation>
        </message>
        <message>
            <source>%1 (%2): debt-free in %3 months, total interest %4.</source>
            <translation>%1（%2）：%3 个月后还清，利息合计 %4。</translation>
        </message>
        <message>
            <source>debt|paid off in month</source>
            <translation>债务|第几个月还清</translation>
        </message>
        <message>
            <source>Before you buy: %1 on %2 (available %3, used %4).</source>
            <translation>买之前：在 %2 上花 %1（可用 %3，已用 %4）。</translation>
        </message>
        <message>
            <source>  The price is more than the credit available on this line.</source>
            <translation>  价格超过了这个授信账户的可用额度。</translation>
        </message>
        <message>
            <source>plan|per month|fee|total|APR|used after|DSR after|verdict</source>
            <translation>方案|每月|手续费|合计|年化利率|之后使用率|之后月供收入比|结论</translation>
        </message>
        <message>
            <source>this line's utilization</source>
            <translation>这个额度的使用率</translation>
        </message>
        <message>
            <source>the utilization of all lines</source>
            <translation>全部额度的使用率</translation>
        </message>
        <message>
            <source>your debt-service ratio</source>
            <translation>你的月供收入比</translation>
        </message>
        <message>
            <source>in full</source>
            <translation>一次付清</translation>
        </message>
        <message>
            <source>every option</source>
            <translation>所有方案</translation>
        </message>
        <message>
            <source>  Warning: %1 goes from %2 to %3 (%4).</source>
            <translation>  注意：%1 从 %2 变为 %3（%4）。</translation>
        </message>
        <message>
            <source>  Set your monthly income (debtlens income 8000.00) to see the debt-service ratio.</source>
            <translation>  设置你的月收入（debtlens income 8000.00）即可看到月供收入比。</translation>
        </message>
        <message>
            <source>Money kept back (砍头息): %1 of the %2 contract never reached you, but the contract says you borrowed it. The Civil Code (Art. 670) forbids taking interest out of the principal in advance; when it is, you owe back only the %3 actually lent, with interest worked out on that.</source>
            <extracomment>What each flag means, for the text output (the window has its own translated texts). (kept back, contract, principal) for money kept back; (days) for a short term.</extracomment>
            <translation>砍头息：合同写 %2，其中 %1 从没到你手里，合同却算你借了。《民法典》第六百七十条规定，借款的利息不得预先在本金中扣除；被预先扣除的，只需按实际借到的 %3 还款并计算利息。</translation>
        </message>
        <message>
            <source>Short term: repaid %1 after the money arrives, under a month. A fee that looks small is a huge yearly rate, and a repayment due this soon pushes you to borrow again to repay.</source>
            <translation>期限太短：到账 %1后就要还，不到一个月。看起来不多的费用，折成年化就非常高；这么快就要还，容易逼你借新还旧。</translation>
        </message>
        <message>
            <source>Loans dressed up as something else (regulators' warnings on campus loans, 校园贷):</source>
            <translation>换了马甲的贷款（监管部门对校园贷的提示）：</translation>
        </message>
        <message>
            <source>  培训贷 training loan: a course or a job promise paid with a loan in your name; the course disappoints, the loan stays.</source>
            <translation>  培训贷：课程或“包就业”承诺用以你名义办的贷款来付；课程不如所说，贷款却还在。</translation>
        </message>
        <message>
            <source>  美容贷 beauty loan: a treatment 'paid back by the clinic' or by modelling work; you owe the loan.</source>
            <translation>  美容贷：说“机构替你还”或靠做模特的收入来还的美容项目；贷款是你的。</translation>
        </message>
        <message>
            <source>  刷单贷 order-brushing loan: 'take a loan, we repay it and pay you commission'; the repayments stop, the debt is yours.</source>
            <translation>  刷单贷：“你来贷款，我们替你还，还给你佣金”；替还一停，债留给你。</translation>
        </message>
        <message>
            <source>Loan offer: contract %1, %2 received on %3.</source>
            <translation>借款方案：合同金额 %1，%3 实际到账 %2。</translation>
        </message>
        <message>
            <source>Fees paid when the money arrives: %1; you actually get %2.</source>
            <translation>到账时扣除的费用：%1；你实际拿到 %2。</translation>
        </message>
        <message>
            <source>You pay back %1 in all over %2: the loan costs %3.</source>
            <translation>你在 %2 内一共要还 %1：这笔借款的成本是 %3。</translation>
        </message>
        <message>
            <source>Annualized rate (PBOC 2021): %1 a year, simple interest (one repayment): %2 ÷ %3 × 365 ÷ %4.</source>
            <translation>年化利率（人民银行 2021 年口径）：每年 %1，单利（一次还清）：%2 ÷ %3 × 365 ÷ %4。</translation>
        </message>
        <message>
            <source>Annualized rate (PBOC 2021): %1 a year: %2 %3 (IRR) × %4; effective %5 a year with compounding.</source>
            <translation>年化利率（人民银行 2021 年口径）：每年 %1：%2 %3（IRR）× %4；按复利计实际年利率 %5。</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>注意：%1</translation>
        </message>
        <message>
            <source>This line has no minimum payment: the whole bill, %1, is due by %2.</source>
            <translation>该额度没有最低还款：整笔账单 %1 须在 %2 前还清。</translation>
        </message>
        <message>
            <source>If you pay only the minimum, you will never pay it off: the minimum does not cover the interest.</source>
            <translation>如果每月只还最低还款额，这笔账单永远还不清：最低还款额连利息都不够。</translation>
        </message>
        <message>
            <source>If you pay only the minimum, you will pay it off in %1 and pay %2 in interest.</source>
            <translation>如果每月只还最低还款额，需要 %1才能还清，共付利息 %2。</translation>
        </message>
        <message>
            <source>To clear it in 36 months, pay %1 a month (total %2).</source>
            <translation>如果想在 36 个月内还清，每月需还 %1（合计 %2）。</translation>
        </message>
        <message>
            <source>Here the minimum starts higher, so 36 equal payments cost more interest; what the minimum costs you is %1 months in debt.</source>
            <translation>这里最低还款一开始就比较高，36 期等额还款的利息反而更多；只还最低还款的代价是长达 %1 个月的负债。</translation>
        </message>
        <message>
            <source>minimum only</source>
            <translation>只还最低</translation>
        </message>
        <message>
            <source> (next bill, so far)</source>
            <translation>（下期账单，目前为止）</translation>
        </message>
        <message>
            <source>Bill of %1 on %2%3: %4, overdue since %5: pay it now.</source>
            <translation>%2 的 %1 账单%3：%4，自 %5 起已逾期：请现在就还。</translation>
        </message>
        <message>
            <source>Bill of %1 on %2%3: %4 to pay by %5.</source>
            <translation>%2 的 %1 账单%3：须在 %5 前还 %4。</translation>
        </message>
        <message>
            <source>%1 installments</source>
            <translation>分 %1 期</translation>
        </message>
        <message>
            <source>%1, then %2</source>
            <translation>%1，之后 %2</translation>
        </message>
        <message>
            <source>way|pay|months|total cost|APR|total paid</source>
            <translation>方式|每期|月数|总成本|年化利率|共还</translation>
        </message>
        <message>
            <source>Past its due date a bill can no longer be turned into installments; the interest since the due date comes with the next bill, even paid in full now.</source>
            <translation>过了还款日，账单就不能再分期了；即使现在全部还清，从还款日起的利息也会记在下一期账单上。</translation>
        </message>
        <message>
            <source>No fee preset on this line for %1 installments (set one: debtlens line edit %2 --fee-preset 9=6.5%).</source>
            <translation>这个授信账户没有 %1 期的预设费率（设置方法：debtlens line edit %2 --fee-preset 9=6.5%）。</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>可以</translation>
        </message>
        <message>
            <source>only just</source>
            <translation>勉强</translation>
        </message>
        <message>
            <source>no</source>
            <translation>不够</translation>
        </message>
        <message>
            <source>Can you pay %1 bought on %2? Cash now %3, pay %4 on day %5.</source>
            <translation>%2 买的 %1 还得起吗？现有现金 %3，每月 %5 日发工资 %4。</translation>
        </message>
        <message>
            <source>Can you pay %1 bought on %2? Cash now %3 (set your income and --pay-day to count your pay).</source>
            <translation>%2 买的 %1 还得起吗？现有现金 %3（设置收入和 --pay-day 才能把工资算进去）。</translation>
        </message>
        <message>
            <source>line|plan|fee|bill|due|pay then|cash before|cash after|can you?</source>
            <translation>授信账户|方案|手续费|账单|到期日|当期应还|还款前现金|还款后现金|还得起吗？</translation>
        </message>
        <message>
            <source>%1 parts</source>
            <translation>分 %1 期</translation>
        </message>
        <message>
            <source>no: %1 over the available credit</source>
            <translation>不行：超出可用额度 %1</translation>
        </message>
        <message>
            <source>Cash before = cash now + pay days until the due date − every repayment already due by then; other spending (rent, food) is not counted; later parts fall after more pay days.</source>
            <translation>还款前现金 = 现有现金 + 到期日前的发薪 − 到那时已到期的每笔还款；其他开支（房租、饮食）不计在内；后面几期在更多发薪日之后。</translation>
        </message>
        <message>
            <source>backups converted too: %1</source>
            <translation>同时转换的备份：%1 个</translation>
        </message>
        <message>
            <source>%1; %2 left as they were (another password, or damaged)</source>
            <translation>%1；%2 个保持原样（密码不同，或已损坏）</translation>
        </message>
        <message>
            <source>Encrypted %1 with your password (SQLCipher 4, AES-256); %2.</source>
            <translation>已用你的密码加密 %1（SQLCipher 4，AES-256）；%2。</translation>
        </message>
        <message>
            <source>A safety copy (encrypted too) is at %1.</source>
            <translation>安全副本（同样加密）在 %1。</translation>
        </message>
        <message>
            <source>Keep the password safe: without it nobody, DebtLens included, can read the data. Scripts give it in DEBTLENS_PASSWORD.</source>
            <translation>请保管好密码：没有它，任何人（包括明白账）都无法读取数据。脚本可通过 DEBTLENS_PASSWORD 提供密码。</translation>
        </message>
        <message>
            <source>Removed the password of %1: it is stored unencrypted again; %2.</source>
            <translation>已移除 %1 的密码：它重新以未加密方式保存；%2。</translation>
        </message>
        <message>
            <source>A safety copy is at %1.</source>
            <translation>安全副本在 %1。</translation>
        </message>
        <message>
            <source>Wrote the report on %1 (%2 statement(s), %3 upcoming payment(s)) to %4.</source>
            <translation>已把 %1 的报告（%2 份账单，%3 笔即将到期的还款）写入 %4。</translation>
        </message>
        <message>
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>undone (redo)</source>
            <translation>已撤销（可重做）</translation>
        </message>
        <message>
            <source>%1 is not a whole number of changes (1 or more)</source>
            <translation>%1 不是整数的步数（至少 1）</translation>
        </message>
        <message>
            <source>No changes to undo or redo in %1.</source>
            <translation>%1 中没有可撤销或重做的更改。</translation>
        </message>
        <message>
            <source>step|made (UTC)|state|change</source>
            <translation>步骤|时间（UTC）|状态|更改</translation>
        </message>
        <message>
            <source>debtlens: nothing to undo in %1</source>
            <translation>debtlens：%1 中没有可撤销的更改</translation>
        </message>
        <message>
            <source>debtlens: nothing to redo in %1</source>
            <translation>debtlens：%1 中没有可重做的更改</translation>
        </message>
        <message>
            <source>Undone: %1.</source>
            <translation>已撤销：%1。</translation>
        </message>
        <message>
            <source>Redone: %1.</source>
            <translation>已重做：%1。</translation>
        </message>
        <message>
            <source>Added %1: %2, %3. Allowed from %4.</source>
            <translation>已添加 %1：%2，%3。%4 起才可以买。</translation>
        </message>
        <message>
            <source>id|item|price|shop|line|added|allowed from|status</source>
            <translation>编号|物品|价格|商店|授信账户|添加日期|可买日期|状态</translation>
        </message>
        <message>
            <source>Waiting saved %1 (items dropped).</source>
            <translation>等待已帮你省下 %1（放弃的物品）。</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>冷静中</translation>
        </message>
        <message>
            <source>allowed</source>
            <translation>可以买了</translation>
        </message>
        <message>
            <source>bought</source>
            <translation>已买</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>不要了</translation>
        </message>
        <message>
            <source>%1, %2:</source>
            <translation>%1，%2：</translation>
        </message>
        <message>
            <source>debtlens: %1 is in its cooling-off time until %2; nothing was recorded; to buy it anyway, run the same command with --despite-waiting</source>
            <translation>debtlens：%1 的冷静期到 %2 才结束；没有记录任何内容；如仍要买，请加上 --despite-waiting 再运行同一命令</translation>
        </message>
        <message>
            <source>Bought %1: recorded purchase %2 of %3.</source>
            <translation>已买 %1：记录了消费 %2，金额 %3。</translation>
        </message>
        <message>
            <source>Dropped %1: waiting has saved %2 so far.</source>
            <translation>已放弃 %1：等待至今帮你省下 %2。</translation>
        </message>
        <message>
            <source>from %1: %2 day(s)</source>
            <translation>%1 起：%2 天</translation>
        </message>
        <message>
            <source>Waiting time: %1</source>
            <translation>等待时间：%1</translation>
        </message>
        <message>
            <source>(broken: %1)</source>
            <translation>（已损坏：%1）</translation>
        </message>
        <message>
            <source>name|title|moments</source>
            <translation>名称|标题|时刻数</translation>
        </message>
        <message>
            <source>%1: %2 figure(s) differ from what the engine computes.</source>
            <translation>%1：有 %2 个数字与计算引擎的结果不同。</translation>
        </message>
        <message>
            <source>%1: valid; %2 moments, %3 figures checked.</source>
            <translation>%1：有效；%2 个时刻，核对了 %3 个数字。</translation>
        </message>
        <message>
            <source>Reset %1 at %2 (%3).</source>
            <translation>已把 %1 重置到 %2（%3）。</translation>
        </message>
        <message>
            <source>line|owed|to repay|overdue|utilization</source>
            <translation>授信账户|欠款|应还|逾期|使用率</translation>
        </message>
        <message>
            <source>
Payoff plan: %1 a month from %2</source>
            <translation>
还款计划：自 %2 起每月 %1</translation>
        </message>
        <message>
            <source>plan|order|months|interest|debt-free</source>
            <translation>方案|顺序|月数|利息|还清日期</translation>
        </message>
        <message>
            <source>never</source>
            <translation>永远还不清</translation>
        </message>
        <message>
            <source>--out: %1 is a file, not a folder; give the folder to write the handout into</source>
            <translation>--out：%1 是文件，不是文件夹；请给出要写入讲义的文件夹</translation>
        </message>
        <message>
            <source>--out: %1: %2</source>
            <translation>--out：%1：%2</translation>
        </message>
        <message>
            <source>set %1 to the password, or run the command in a terminal to be asked for it</source>
            <translation>把密码放进环境变量 %1，或在终端里运行这个命令，以便输入密码</translation>
        </message>
        <message>
            <source>Password for %1: </source>
            <translation>%1 的密码：</translation>
        </message>
        <message>
            <source>New password: </source>
            <translation>新密码：</translation>
        </message>
        <message>
            <source>Repeat the new password: </source>
            <translation>再输一次新密码：</translation>
        </message>
        <message>
            <source>every remaining fee</source>
            <extracomment>What an early payoff still costs, as the payoff sentence names it (domain-rules §2.3).</extracomment>
            <translation>剩余各期手续费全收</translation>
        </message>
        <message>
            <source>this period's fee only</source>
            <translation>只收当期手续费</translation>
        </message>
        <message>
            <source>no fee for unbilled periods</source>
            <translation>未出账各期免手续费</translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>%1 each</source>
            <translation>每期 %1</translation>
        </message>
        <message>
            <source>first %1</source>
            <translation>首期 %1</translation>
        </message>
    </context>
    <context>
        <name>CliDuration</name>
        <message>
            <source>1 day</source>
            <translation>1 天</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 天</translation>
        </message>
        <message>
            <source>a month</source>
            <translation>每月</translation>
        </message>
        <message>
            <source>a day</source>
            <translation>每天</translation>
        </message>
        <message>
            <source>per %1 days</source>
            <translation>每 %1 天</translation>
        </message>
        <message>
            <source>%1 months (about %2 years)</source>
            <translation>%1 个月（约 %2 年）</translation>
        </message>
        <message>
            <source>%1 months</source>
            <extracomment>How long repayment takes, as the warning says it (not the "%1 months" of an installment plan's periods).</extracomment>
            <translation>%1 个月</translation>
        </message>
        <message>
            <source>1 month</source>
            <translation>1 个月</translation>
        </message>
        <message>
            <source>about %1 years (%2 months)</source>
            <translation>约 %1 年（%2 个月）</translation>
        </message>
    </context>
    <context>
        <name>CliHelp</name>
        <message>
            <source>DebtLens (明白账): what you owe, when, and what borrowing really costs.</source>
            <extracomment>Options of ``debtlens`` itself that take a value (the command comes after them).</extracomment>
            <translation>明白账（DebtLens）：欠多少、何时还、借钱的真实成本。</translation>
        </message>
        <message>
            <source>database file (default: the one in your user-data folder)</source>
            <translation>数据库文件（默认：用户数据文件夹中的那个）</translation>
        </message>
        <message>
            <source>use the separate demo database</source>
            <translation>使用单独的演示数据库</translation>
        </message>
        <message>
            <source>check this copy of DebtLens (files, translations, window, charts) offscreen on a temporary demo ledger and exit; your data is not touched</source>
            <translation>在临时演示账本上离屏检查本份明白账（文件、翻译、窗口、图表）后退出；不动你的数据</translation>
        </message>
        <message>
            <source>start the desktop app (the default)</source>
            <translation>启动桌面程序（默认）</translation>
        </message>
        <message>
            <source>limit creep, stacking, repaying one line from another, persistent debt, a realistic debt-free date</source>
            <translation>额度蠕增、分期叠加、以贷还贷、长期负债、实际的还清日期</translation>
        </message>
        <message>
            <source>as of this day (default today)</source>
            <translation>以这一天为准（默认今天）</translation>
        </message>
        <message>
            <source>export the payment due dates as a calendar file (.ics)</source>
            <translation>把还款日导出为日历文件（.ics）</translation>
        </message>
        <message>
            <source>One all-day event per bill on its payment due date over the next months, with a reminder some days before. Export again to the same file to update the events in your calendar app.</source>
            <translation>未来几个月每期账单在其还款日生成一个全天事件，并提前几天提醒。再次导出到同一文件即可更新日历应用中的事件。</translation>
        </message>
        <message>
            <source>how many months ahead (1-120, default 12)</source>
            <translation>向后多少个月（1–120，默认 12）</translation>
        </message>
        <message>
            <source>the .ics file ('-' for standard output; default %1 here); an earlier calendar file is replaced, any other existing file only with --force</source>
            <translation>.ics 文件（'-' 表示标准输出；默认在当前目录生成 %1）；原有的日历文件会被替换，其他已存在的文件只有加 --force 才替换</translation>
        </message>
        <message>
            <source>remind N days before each due date (0-%1, 0 = no reminder; default: each line's reminder setting, else 3)</source>
            <translation>每个还款日前 N 天提醒（0–%1，0 表示不提醒；默认：各额度的提醒设置，否则 3 天）</translation>
        </message>
        <message>
            <source>the first due date covered (default today)</source>
            <translation>包含的第一个还款日（默认今天）</translation>
        </message>
        <message>
            <source>language of the event texts (default: Chinese when your locale is Chinese, else English)</source>
            <translation>事件文字的语言（默认：系统语言为中文时用中文，否则英文）</translation>
        </message>
        <message>
            <source>replace an existing file that is not a calendar</source>
            <translation>替换已存在的非日历文件</translation>
        </message>
        <message>
            <source>the bills to remind of today, or set how many days before</source>
            <translation>今天要提醒的账单，或设置提前几天提醒</translation>
        </message>
        <message>
            <source>Without --days-before: the bills due within each line's reminder days, due today, or overdue (the window shows these as notifications). With it: set the reminder days, for every line or for one --line.</source>
            <translation>不带 --days-before：列出在各额度提醒天数内到期、今天到期或已逾期的账单（窗口以通知显示）。带上它：为所有额度或某个 --line 设置提醒天数。</translation>
        </message>
        <message>
            <source>the day to check (default today)</source>
            <translation>检查哪一天（默认今天）</translation>
        </message>
        <message>
            <source>set: remind N days before a due date (0-%1, 0 = off; 'default' clears the setting)</source>
            <translation>设置：还款日前 N 天提醒（0–%1，0 表示关闭；'default' 表示清除该设置）</translation>
        </message>
        <message>
            <source>with --days-before: only this credit line</source>
            <translation>与 --days-before 一起用：只设置这个额度</translation>
        </message>
        <message>
            <source>export all your data as JSON or CSV</source>
            <translation>把全部数据导出为 JSON 或 CSV</translation>
        </message>
        <message>
            <source>file (json; '-' for standard output), or folder or .zip (csv); default debtlens-export-&lt;date&gt;.json/.zip here</source>
            <translation>文件（json；'-' 表示标准输出），或文件夹、.zip（csv）；默认在当前目录生成 debtlens-export-&lt;日期&gt;.json/.zip</translation>
        </message>
        <message>
            <source>replace an existing file or folder</source>
            <translation>替换已存在的文件或文件夹</translation>
        </message>
        <message>
            <source>load a JSON export into an empty database</source>
            <translation>把 JSON 导出文件载入空数据库</translation>
        </message>
        <message>
            <source>the export file ('-' for standard input)</source>
            <translation>导出文件（'-' 表示标准输入）</translation>
        </message>
        <message>
            <source>back up the database now (or --list the backups)</source>
            <translation>立即备份数据库（或用 --list 列出备份）</translation>
        </message>
        <message>
            <source>list the backups instead, newest first</source>
            <translation>改为列出备份，最新的在前</translation>
        </message>
        <message>
            <source>replace the database with a backup (the current file is saved first)</source>
            <translation>用备份替换数据库（先保存当前文件）</translation>
        </message>
        <message>
            <source>a backup file, its name in the backup folder, or 'latest'</source>
            <translation>备份文件、它在备份文件夹中的名字，或 'latest'</translation>
        </message>
        <message>
            <source>restore a file that is not one of this ledger's backups</source>
            <translation>恢复一个不属于本账本备份的文件</translation>
        </message>
        <message>
            <source>import an Alipay/WeChat/bank CSV, OFX or QIF bill export</source>
            <translation>导入支付宝、微信、银行 CSV、OFX 或 QIF 账单</translation>
        </message>
        <message>
            <source>credit line to import onto (default: the only line)</source>
            <translation>导入到哪个额度（默认：唯一的那个额度）</translation>
        </message>
        <message>
            <source>payment method in the file that is this line, e.g. '招商银行信用卡(0000)'</source>
            <translation>文件中对应这个额度的支付方式，例如 '招商银行信用卡(0000)'</translation>
        </message>
        <message>
            <source>read a bank CSV with this saved column mapping (debtlens mapping list); without it a saved mapping whose columns the file has is used, as in the window</source>
            <translation>用这个已保存的列映射读取银行 CSV（见 debtlens mapping list）；不指定时与窗口一样，使用列与文件相符的已保存映射</translation>
        </message>
        <message>
            <source>put every payment in the file on the line, for a file that does not say which were paid with credit (Alipay PC-web export); without it such a file imports nothing</source>
            <translation>把文件中的每笔付款都记到这个额度，用于没写明哪些用信用支付的文件（支付宝电脑网页版导出）；不指定时这类文件不导入任何内容</translation>
        </message>
        <message>
            <source>show what would be imported; write nothing</source>
            <translation>只显示将导入的内容，不写入</translation>
        </message>
        <message>
            <source>purchases: add, list, delete</source>
            <translation>消费：添加、列出、删除</translation>
        </message>
        <message>
            <source>record a purchase</source>
            <translation>记一笔消费</translation>
        </message>
        <message>
            <source>number of monthly parts (1-60, default 1)</source>
            <translation>分几期按月还（1–60，默认 1）</translation>
        </message>
        <message>
            <source>total installment fee, e.g. 8.8%% (default: the line's preset; only with --installments 2 or more)</source>
            <translation>分期总手续费，例如 8.8%%（默认：该额度的预设；仅当 --installments 为 2 或以上）</translation>
        </message>
        <message>
            <source>interest-free: the merchant pays the fee</source>
            <translation>免息：手续费由商家承担</translation>
        </message>
        <message>
            <source>record it even though it goes past a limit you set yourself (debtlens limits)</source>
            <translation>即使超过你自己设的限额（debtlens limits）也照样记下</translation>
        </message>
        <message>
            <source>record it even though its date is more than 3 days after today (most likely a typo)</source>
            <translation>日期比今天晚 3 天以上（多半是输错了）也照样记下</translation>
        </message>
        <message>
            <source>list purchases</source>
            <translation>列出消费</translation>
        </message>
        <message>
            <source>delete a purchase by id</source>
            <translation>按编号删除一笔消费</translation>
        </message>
        <message>
            <source>record a refund to a line</source>
            <translation>记一笔退款到额度</translation>
        </message>
        <message>
            <source>id of the purchase refunded</source>
            <translation>被退款消费的编号</translation>
        </message>
        <message>
            <source>record a refund naming no purchase that is larger than what was spent on the line, less earlier refunds</source>
            <translation>记录一笔未指明购买、且超过此额度账户已消费金额（扣除之前退款）的退款</translation>
        </message>
        <message>
            <source>record a repayment</source>
            <translation>记一笔还款</translation>
        </message>
        <message>
            <source>statement date this repayment pays (default: oldest first)</source>
            <translation>这笔还款偿还哪期账单的账单日（默认：最早的先还）</translation>
        </message>
        <message>
            <source>record a repayment larger than everything owed on the line (the rest stays on it as a credit)</source>
            <translation>记录一笔超过这条额度全部欠款的还款（多出的部分作为溢缴款留在额度上）</translation>
        </message>
        <message>
            <source>the money came from another credit line (a card or 花呗 paying this one): the debt moves, it is not repaid; the alerts name it</source>
            <translation>钱来自另一个额度（用信用卡或花呗还这一笔）：债务只是转移，并没有还掉；提醒会指出这一点</translation>
        </message>
        <message>
            <source>pay an installment plan off early (提前还款)</source>
            <translation>提前还清分期（提前还款）</translation>
        </message>
        <message>
            <source>id of the purchase in installments</source>
            <translation>分期消费的编号</translation>
        </message>
        <message>
            <source>bill the payoff only; record no repayment now</source>
            <translation>只把提前还款计入账单，现在不记还款</translation>
        </message>
        <message>
            <source>turn a bill into installments (账单分期)</source>
            <translation>把账单转为分期（账单分期）</translation>
        </message>
        <message>
            <source>statement date of the bill, e.g. 2024-04-01</source>
            <translation>账单的账单日，例如 2024-04-01</translation>
        </message>
        <message>
            <source>number of monthly parts</source>
            <translation>分几期按月还</translation>
        </message>
        <message>
            <source>total fee, e.g. 4.5%% (default: the line's preset)</source>
            <translation>总手续费，例如 4.5%%（默认：该额度的预设）</translation>
        </message>
        <message>
            <source>part of the bill to convert (default: all that is unpaid)</source>
            <translation>要分期的账单金额（默认：全部未还部分）</translation>
        </message>
        <message>
            <source>a line's statements</source>
            <translation>某个额度的账单</translation>
        </message>
        <message>
            <source>include empty statements</source>
            <translation>包括空账单</translation>
        </message>
        <message>
            <source>what you owe on each line and what is due next</source>
            <translation>每个额度欠多少、接下来要还什么</translation>
        </message>
        <message>
            <source>payments due in the coming months</source>
            <translation>未来几个月的应还款项</translation>
        </message>
        <message>
            <source>set or show your monthly income (for the debt-service ratio)</source>
            <translation>设置或显示月收入（用于计算还款收入比）</translation>
        </message>
        <message>
            <source>monthly income, e.g. 8000.00 ('none' clears it)</source>
            <translation>月收入，例如 8000.00（'none' 表示清除）</translation>
        </message>
        <message>
            <source>the limits you set yourself: show, set, checklist</source>
            <translation>你自己设的限额：显示、设置、清单</translation>
        </message>
        <message>
            <source>your lines against your limits and the bank's</source>
            <translation>你的额度与你自己的限额及银行额度的对比</translation>
        </message>
        <message>
            <source>set your own limits ('none' clears one)</source>
            <translation>设置你自己的限额（'none' 清除某一项）</translation>
        </message>
        <message>
            <source>a credit line, with --limit</source>
            <translation>一个额度，与 --limit 一起用</translation>
        </message>
        <message>
            <source>your own limit on --line, e.g. 3000.00</source>
            <translation>你给 --line 设的限额，例如 3000.00</translation>
        </message>
        <message>
            <source>most installment plans running at once, 0-99</source>
            <translation>同时进行的分期最多几笔，0–99</translation>
        </message>
        <message>
            <source>most new credit spending per calendar month (%1 lines)</source>
            <translation>每个自然月新增信用消费的上限（%1 额度）</translation>
        </message>
        <message>
            <source>read utilization and every warning against your own limits (mine, the default) or the bank's (bank)</source>
            <translation>额度使用率和各项提醒按你自己的限额（mine，默认）还是银行额度（bank）计算</translation>
        </message>
        <message>
            <source>a monthly cap on credit spending for one category ('none' removes it)</source>
            <translation>某个类别每月信用消费的上限（'none' 表示取消）</translation>
        </message>
        <message>
            <source>e.g. Dining, Electronics, or your own category</source>
            <translation>例如 Dining、Electronics，或你自己的类别</translation>
        </message>
        <message>
            <source>e.g. 800.00</source>
            <translation>例如 800.00</translation>
        </message>
        <message>
            <source>how to lower the bank's limit and stop credit as the default payment</source>
            <translation>怎样降低银行额度、不再把信用支付设为默认付款方式</translation>
        </message>
        <message>
            <source>one product (default: all)</source>
            <translation>只看一种产品（默认：全部）</translation>
        </message>
        <message>
            <source>monthly bills (default), or pay-in-4: each purchase due in 4 payments every 14 days, no interest</source>
            <translation>按月出账（默认），或 pay-in-4：每笔消费分 4 期，每 14 天还一期，不收利息</translation>
        </message>
        <message>
            <source>late fees of a pay-in-4 line: klarna-us (7.00 a payment unpaid after 10 days, default), afterpay-au or none; at most 25%% of the order</source>
            <translation>分4期账户的滞纳金：klarna-us（逾期 10 天仍未还的每期 7.00，默认）、afterpay-au 或 none；合计不超过订单的 25%%</translation>
        </message>
        <message>
            <source>credit lines: add, list, edit, limit, archive</source>
            <translation>额度：添加、列出、修改、调额、归档</translation>
        </message>
        <message>
            <source>add a credit line</source>
            <translation>添加一个额度</translation>
        </message>
        <message>
            <source>credit limit, e.g. 5000.00</source>
            <translation>信用额度，例如 5000.00</translation>
        </message>
        <message>
            <source>day of month the bill is issued (default 1)</source>
            <translation>每月出账单的日子（默认 1 日）</translation>
        </message>
        <message>
            <source>day of month payment is due (default 10)</source>
            <translation>每月还款日（默认 10 日）</translation>
        </message>
        <message>
            <source>minimum payment share of the bill (default 10%%)</source>
            <translation>最低还款占账单的比例（默认 10%%）</translation>
        </message>
        <message>
            <source>daily penalty interest rate (default 0.05%%)</source>
            <translation>每日罚息利率（默认 0.05%%）</translation>
        </message>
        <message>
            <source>a purchase on the statement day is on that bill</source>
            <translation>账单日当天的消费计入当期账单</translation>
        </message>
        <message>
            <source>interest when a bill is not paid in full: unpaid-from-due (Huabei) or full-from-posting (全额计息, most bank cards); default by --kind</source>
            <translation>账单未全额还款时的计息方式：unpaid-from-due（只对未还部分自还款日起计息，花呗）或 full-from-posting（全额计息，多数银行卡）；默认按 --kind 而定</translation>
        </message>
        <message>
            <source>late fee (违约金) as a share of an unmet minimum (default none)</source>
            <translation>违约金，占未还足的最低还款额的比例（默认无）</translation>
        </message>
        <message>
            <source>smallest late fee, e.g. 1.00 (default 0)</source>
            <translation>违约金下限，例如 1.00（默认 0）</translation>
        </message>
        <message>
            <source>installment fee preset, e.g. 12=8.8%% (repeatable; default: the kind's usual presets)</source>
            <translation>分期手续费预设，例如 12=8.8%%（可重复；默认：该类型的常见预设）</translation>
        </message>
        <message>
            <source>list credit lines</source>
            <translation>列出额度</translation>
        </message>
        <message>
            <source>change a line's terms</source>
            <translation>修改额度的条款</translation>
        </message>
        <message>
            <source>a purchase on the statement day is on that bill (--no-inclusive: on the next)</source>
            <translation>账单日当天的消费计入当期账单（--no-inclusive：计入下一期）</translation>
        </message>
        <message>
            <source>late fee as a share of an unmet minimum, e.g. 5%%</source>
            <translation>违约金占未还足的最低还款额的比例，例如 5%%</translation>
        </message>
        <message>
            <source>smallest late fee, e.g. 1.00</source>
            <translation>违约金下限，例如 1.00</translation>
        </message>
        <message>
            <source>set an installment fee preset, e.g. 12=8.8%% (repeatable; 12=none removes one)</source>
            <translation>设置分期手续费预设，例如 12=8.8%%（可重复；12=none 表示删除一项）</translation>
        </message>
        <message>
            <source>the day of the change (default today): new statement or due days apply from the next bill after it; bills issued by then keep theirs</source>
            <translation>变更的日期（默认今天）：新的账单日或还款日从之后的下一期账单起生效；此前已出的账单保持不变</translation>
        </message>
        <message>
            <source>record a new credit limit</source>
            <translation>记录新的信用额度</translation>
        </message>
        <message>
            <source>date the limit applies from (default today)</source>
            <translation>新额度生效的日期（默认今天）</translation>
        </message>
        <message>
            <source>hide a line from the overview (history is kept)</source>
            <translation>在概览中隐藏某个额度（保留历史记录）</translation>
        </message>
        <message>
            <source>the day what the line owes is read on (default today): a line that owes is not archived</source>
            <translation>按哪一天读取这个账户的欠款（默认今天）：还有欠款的账户不能归档</translation>
        </message>
        <message>
            <source>list, show, add or delete saved CSV column mappings</source>
            <translation>列出、显示、添加或删除已保存的 CSV 列映射</translation>
        </message>
        <message>
            <source>the saved mappings</source>
            <translation>已保存的映射</translation>
        </message>
        <message>
            <source>one mapping's columns and settings</source>
            <translation>某个映射的列和设置</translation>
        </message>
        <message>
            <source>save a mapping for a bank CSV DebtLens has no preset for</source>
            <translation>为明白账没有预设的银行 CSV 保存一个映射</translation>
        </message>
        <message>
            <source>Name the columns by their header text. With --file, the file's header is read: columns you leave out are guessed from it, and the ones you name must be in it.</source>
            <translation>按表头文字指定各列。带 --file 时会读取该文件的表头：你没指定的列据此猜测，你指定的列必须在表头中。</translation>
        </message>
        <message>
            <source>a CSV (or .xlsx/.xls) of that bank: check the columns against its header, guess the ones left out</source>
            <translation>该银行的一个 CSV（或 .xlsx/.xls）文件：按它的表头核对各列，并猜测没指定的列</translation>
        </message>
        <message>
            <source>transaction date column, e.g. 交易日期</source>
            <translation>交易日期列，例如 交易日期</translation>
        </message>
        <message>
            <source>posting date column, used when the date is blank</source>
            <translation>记账日期列，交易日期为空时使用</translation>
        </message>
        <message>
            <source>description column, e.g. 交易摘要</source>
            <translation>摘要列，例如 交易摘要</translation>
        </message>
        <message>
            <source>merchant column, when separate from the description</source>
            <translation>商户列（与摘要分开时）</translation>
        </message>
        <message>
            <source>one signed amount column</source>
            <translation>一个带正负号的金额列</translation>
        </message>
        <message>
            <source>with --amount: charge-positive (a purchase is +, most Chinese banks) or charge-negative (a purchase is -, Chase)</source>
            <translation>与 --amount 一起用：charge-positive（消费为正，多数中国银行）或 charge-negative（消费为负，如 Chase）</translation>
        </message>
        <message>
            <source>money-out (charges) column, instead of --amount</source>
            <translation>支出（消费）金额列，代替 --amount</translation>
        </message>
        <message>
            <source>money-in (repayments, refunds) column, instead of --amount</source>
            <translation>存入（还款、退款）金额列，代替 --amount</translation>
        </message>
        <message>
            <source>transaction type column</source>
            <translation>交易类型列</translation>
        </message>
        <message>
            <source>order of the date's parts (MD: no year, taken from a YYYY年MM月 title line)</source>
            <translation>日期各部分的顺序（MD：没有年份，从“YYYY年MM月”标题行取得）</translation>
        </message>
        <message>
            <source>ISO 4217 code of the amounts (default CNY)</source>
            <translation>金额的 ISO 4217 货币代码（默认 CNY）</translation>
        </message>
        <message>
            <source>replace a saved mapping of the same name</source>
            <translation>替换同名的已保存映射</translation>
        </message>
        <message>
            <source>forget a saved mapping (imported rows stay)</source>
            <translation>删除一个已保存的映射（已导入的记录保留）</translation>
        </message>
        <message>
            <source>true cost: installment rates, minimum-payment trap, payoff plans</source>
            <translation>真实成本：分期利率、最低还款陷阱、还清计划</translation>
        </message>
        <message>
            <source>annualized rate of an installment plan</source>
            <translation>分期的年化利率</translation>
        </message>
        <message>
            <source>amount financed, e.g. 1000.00</source>
            <translation>分期本金，例如 1000.00</translation>
        </message>
        <message>
            <source>number of monthly parts (1-60)</source>
            <translation>分几期按月还（1–60）</translation>
        </message>
        <message>
            <source>total fee for the whole plan, e.g. 8.8%%</source>
            <translation>整个分期的总手续费，例如 8.8%%</translation>
        </message>
        <message>
            <source>period that takes the split remainder (default first, the Alipay rule)</source>
            <translation>拆分余数计入哪一期（默认第一期，支付宝的规则）</translation>
        </message>
        <message>
            <source>date of the purchase (with --first-due: adds an XIRR)</source>
            <translation>消费日期（与 --first-due 一起：另算 XIRR）</translation>
        </message>
        <message>
            <source>due date of the first part; later parts fall monthly</source>
            <translation>第一期的还款日；之后每月一期</translation>
        </message>
        <message>
            <source>what paying only the minimum costs (vs 36 months)</source>
            <translation>只还最低还款要花多少（与 36 个月还清相比）</translation>
        </message>
        <message>
            <source>balance, e.g. 3000.00</source>
            <translation>欠款余额，例如 3000.00</translation>
        </message>
        <message>
            <source>annual rate, e.g. 18%%</source>
            <translation>年利率，例如 18%%</translation>
        </message>
        <message>
            <source>minimum: a share of the balance ('10%%') or a share plus the interest ('1%%+interest')</source>
            <translation>最低还款：余额的一定比例（'10%%'），或比例加利息（'1%%+interest'）</translation>
        </message>
        <message>
            <source>smallest minimum payment, e.g. 25 (default 0)</source>
            <translation>最低还款的下限，例如 25（默认 0）</translation>
        </message>
        <message>
            <source>avalanche or snowball payoff plan for a monthly budget</source>
            <translation>按每月预算制定雪崩法或雪球法还清计划</translation>
        </message>
        <message>
            <source>a debt, e.g. 'Card:2500.00:22%%:75' (repeat for each)</source>
            <translation>一笔债务，例如 'Card:2500.00:22%%:75'（每笔重复一次）</translation>
        </message>
        <message>
            <source>total paid each month, e.g. 400 (a budget that never clears the debts is not an error: the plan says 'never', months is null in JSON, exit status 0)</source>
            <translation>每月共还多少，例如 400（永远还不清的预算不算错误：计划显示“永远还不清”，JSON 中 months 为 null，退出码为 0）</translation>
        </message>
        <message>
            <source>custom order: debt names separated by commas</source>
            <translation>自定义顺序：用逗号分隔的债务名称</translation>
        </message>
        <message>
            <source>before you buy: every way of paying a price on one of your lines</source>
            <translation>买之前：用你的某个额度支付一个价格的各种方式</translation>
        </message>
        <message>
            <source>name of the credit line</source>
            <translation>额度名称</translation>
        </message>
        <message>
            <source>price, e.g. 3000.00</source>
            <translation>价格，例如 3000.00</translation>
        </message>
        <message>
            <source>purchase date (default today)</source>
            <translation>消费日期（默认今天）</translation>
        </message>
        <message>
            <source>numbers of parts to compare (default 1,3,6,9,12)</source>
            <translation>要比较的期数（默认 1,3,6,9,12）</translation>
        </message>
        <message>
            <source>check a loan offer: its annualized rate (PBOC 2021) and warning signs</source>
            <translation>检查一份借款报价：年化利率（按人民银行 2021 年公告）和警示信号</translation>
        </message>
        <message>
            <source>amount the contract says is lent, e.g. 5000.00</source>
            <translation>合同上写的借款金额，例如 5000.00</translation>
        </message>
        <message>
            <source>cash that actually reaches you, e.g. 3500.00</source>
            <translation>实际到手的钱，例如 3500.00</translation>
        </message>
        <message>
            <source>day the money arrives, YYYY-MM-DD</source>
            <translation>到账日期，YYYY-MM-DD</translation>
        </message>
        <message>
            <source>a repayment, e.g. 2026-01-08=6000.00 (repeat for a schedule)</source>
            <translation>一笔还款，例如 2026-01-08=6000.00（多笔就重复）</translation>
        </message>
        <message>
            <source>a fee not in the repayments: AMOUNT is paid when the money arrives, DATE=AMOUNT on that day (repeat for each)</source>
            <translation>不在还款中的费用：只写 AMOUNT 表示到账时支付，DATE=AMOUNT 表示那天支付（每笔重复一次）</translation>
        </message>
        <message>
            <source>can I pay it on that date? each line and way to pay, the bill it lands on and your cash on its due date</source>
            <translation>到那天我付得起吗？每个额度、每种付款方式，落在哪期账单，以及还款日时你手上的现金</translation>
        </message>
        <message>
            <source>cash you have now (default 0)</source>
            <translation>你现在手上的现金（默认 0）</translation>
        </message>
        <message>
            <source>set the day of the month your pay comes (1-31, 'none' clears it) first</source>
            <translation>先设置每月发工资的日子（1–31，'none' 表示清除）</translation>
        </message>
        <message>
            <source>the purchase date (default today)</source>
            <translation>消费日期（默认今天）</translation>
        </message>
        <message>
            <source>compare ways to pay a bill: in full, the minimum, installments</source>
            <translation>比较账单的还款方式：全额、最低还款、分期</translation>
        </message>
        <message>
            <source>statement date of the bill, YYYY-MM-DD</source>
            <translation>账单的账单日，YYYY-MM-DD</translation>
        </message>
        <message>
            <source>language of the answer (default: the system's)</source>
            <translation>回答所用的语言（默认：系统语言）</translation>
        </message>
        <message>
            <source>protect the ledger and its backups with a password (SQLCipher, AES-256)</source>
            <translation>用密码保护账本及其备份（SQLCipher，AES-256）</translation>
        </message>
        <message>
            <source>Protect the ledger and its backups with a password (SQLCipher 4, AES-256). The password comes from DEBTLENS_PASSWORD or is asked twice. Without it the data cannot be read: keep it safe, DebtLens cannot recover it.</source>
            <translation>用密码保护账本及其备份（SQLCipher 4，AES-256）。密码取自 DEBTLENS_PASSWORD，或询问两次。没有密码就无法读取数据：请妥善保管，明白账无法找回密码。</translation>
        </message>
        <message>
            <source>remove the password: store the ledger and its backups unencrypted again</source>
            <translation>取消密码：账本及其备份恢复为不加密保存</translation>
        </message>
        <message>
            <source>Store the ledger and its backups unencrypted again (the password comes from DEBTLENS_PASSWORD or is asked).</source>
            <translation>账本及其备份恢复为不加密保存（密码取自 DEBTLENS_PASSWORD，或询问）。</translation>
        </message>
        <message>
            <source>write the monthly report as a PDF</source>
            <translation>把月度报告写成 PDF</translation>
        </message>
        <message>
            <source>The month's figures, statements, upcoming payments and charts on A4 pages (the window's File → Export monthly report as PDF).</source>
            <translation>当月的各项数字、账单、即将到期的还款和图表，排在 A4 页面上（即窗口中的“文件 → 导出月度报告为 PDF”）。</translation>
        </message>
        <message>
            <source>the month to report on (default: this month)</source>
            <translation>报告哪个月（默认：本月）</translation>
        </message>
        <message>
            <source>the PDF file; an earlier PDF there is replaced, any other existing file only with --force</source>
            <translation>PDF 文件；那里原有的 PDF 会被替换，其他已存在的文件只有加 --force 才替换</translation>
        </message>
        <message>
            <source>language of the report (default: Chinese when your locale is Chinese, else English)</source>
            <translation>报告的语言（默认：系统语言为中文时用中文，否则英文）</translation>
        </message>
        <message>
            <source>the day the report is made on (default today)</source>
            <translation>报告的制作日期（默认今天）</translation>
        </message>
        <message>
            <source>replace an existing file that is not a PDF</source>
            <translation>替换已存在的非 PDF 文件</translation>
        </message>
        <message>
            <source>undo the newest change (--list: the changes that can be undone)</source>
            <translation>撤销最近的一次更改（--list：列出可撤销的更改）</translation>
        </message>
        <message>
            <source>list the steps kept, newest first, instead (= history)</source>
            <translation>改为列出保留的步骤，最新的在前（同 history）</translation>
        </message>
        <message>
            <source>redo the change undone last</source>
            <translation>重做最近撤销的更改</translation>
        </message>
        <message>
            <source>the last changes, newest first (what undo and redo would revert)</source>
            <translation>最近的更改，最新的在前（撤销和重做会回退的内容）</translation>
        </message>
        <message>
            <source>show only the newest N</source>
            <translation>只显示最新的 N 条</translation>
        </message>
        <message>
            <source>the cooling-off list: things you want wait before you buy them</source>
            <translation>冷静清单：想买的东西先等一等再买</translation>
        </message>
        <message>
            <source>put something you want on the list</source>
            <translation>把想买的东西加入清单</translation>
        </message>
        <message>
            <source>the credit line you would use</source>
            <translation>你打算用的额度</translation>
        </message>
        <message>
            <source>the day it is added (default today)</source>
            <translation>加入清单的日期（默认今天）</translation>
        </message>
        <message>
            <source>the list, with what waiting saved</source>
            <translation>清单，以及等待省下了多少</translation>
        </message>
        <message>
            <source>the real cost of each way to pay an item</source>
            <translation>某件东西每种付款方式的真实成本</translation>
        </message>
        <message>
            <source>another line than the item's</source>
            <translation>换用另一个额度</translation>
        </message>
        <message>
            <source>buy an item: records the purchase</source>
            <translation>购买某件东西：记下这笔消费</translation>
        </message>
        <message>
            <source>buy before the waiting time is up</source>
            <translation>不等冷静期结束就买</translation>
        </message>
        <message>
            <source>you no longer want it (counts in what waiting saved)</source>
            <translation>不想要了（计入等待省下的钱）</translation>
        </message>
        <message>
            <source>set the waiting time by price band</source>
            <translation>按价格区间设置等待时间</translation>
        </message>
        <message>
            <source>FROM:DAYS,... in yuan, e.g. 0:2,1000:7,5000:30; 'default' = 2 days for everything</source>
            <translation>起价:天数,...，以元计，例如 0:2,1000:7,5000:30；'default' 表示一律 2 天</translation>
        </message>
        <message>
            <source>classroom scenarios: list, validate, reset, show, export</source>
            <translation>课堂情景：列出、校验、重置、显示、导出</translation>
        </message>
        <message>
            <source>the shipped scenarios</source>
            <translation>随附的情景</translation>
        </message>
        <message>
            <source>check a scenario file: its format and every figure it claims</source>
            <translation>检查情景文件：格式以及其中写明的每个数字</translation>
        </message>
        <message>
            <source>a scenario file or the name of a shipped one</source>
            <translation>情景文件，或随附情景的名字</translation>
        </message>
        <message>
            <source>(re)build a scenario's own ledger at its first moment</source>
            <translation>（重新）建立情景自己的账本，停在第一个时刻</translation>
        </message>
        <message>
            <source>where the story stands at a moment (or a date)</source>
            <translation>故事在某个时刻（或某个日期）的情况</translation>
        </message>
        <message>
            <source>moment number (1 = the first)</source>
            <translation>时刻编号（1 = 第一个）</translation>
        </message>
        <message>
            <source>any date of the story instead of a moment</source>
            <translation>故事中的任意日期，代替时刻</translation>
        </message>
        <message>
            <source>write a printable handout (A4 PDF) and the story's charts (PNG, SVG, PDF) into a folder</source>
            <translation>把可打印的讲义（A4 PDF）和故事的图表（PNG、SVG、PDF）写入一个文件夹</translation>
        </message>
        <message>
            <source>a shipped scenario's name or a scenario file</source>
            <translation>随附情景的名字或情景文件</translation>
        </message>
        <message>
            <source>zh_CN (or zh) or en (default: the command line's language, from the locale)</source>
            <extracomment>``--lang`` of the workshop commands.</extracomment>
            <translation>zh_CN（或 zh）或 en（默认：命令行的语言，取自系统区域设置）</translation>
        </message>
        <message>
            <source>the folder to write into (created when missing; files of the same names are replaced)</source>
            <translation>写入哪个文件夹（不存在时创建；同名文件会被替换）</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Archived</source>
            <extracomment>``LedgerService.add_line`` dates a starting limit 2000-01-01 so it covers all history.</extracomment>
            <translation>已归档</translation>
        </message>
        <message>
            <source>From the start</source>
            <translation>最初额度</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Pay in 4</source>
            <translation>分4期</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>授信额度</translation>
        </message>
        <message>
            <source>Statement day</source>
            <translation>账单日</translation>
        </message>
        <message>
            <source>Due day</source>
            <translation>还款日</translation>
        </message>
        <message>
            <source>Auto-repay</source>
            <translation>自动还款</translation>
        </message>
        <message>
            <source>From</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Paid off early</source>
            <translation>已提前还清</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期数</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>账单</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>本金</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>手续费</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>第 %1/%2 期</translation>
        </message>
        <message>
            <source>Date</source>
            <extracomment>Rows per page read from the database. The roles this model answers. Pages kept in memory (the rest are read again when scrolled back to): memory stays flat at any size.</extracomment>
            <translation>日期</translation>
        </message>
        <message>
            <source>Credit line</source>
            <translation>授信账户</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Merchant</source>
            <translation>商户</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>提醒</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Installments</source>
            <translation>分期</translation>
        </message>
        <message>
            <source>Installment %1/%2 (plan %3)</source>
            <translation>分期 %1/%2 期（分期编号 %3）</translation>
        </message>
        <message>
            <source>In full</source>
            <translation>全额</translation>
        </message>
        <message>
            <source>%1 periods</source>
            <translation>%1 期</translation>
        </message>
        <message>
            <source>%1 carried</source>
            <translation>%1 已转入下期</translation>
        </message>
        <message>
            <source>Payment due date</source>
            <translation>还款日</translation>
        </message>
        <message>
            <source>Amount due</source>
            <translation>应还金额</translation>
        </message>
        <message>
            <source>Late fee</source>
            <translation>滞纳金</translation>
        </message>
        <message>
            <source>Statement date</source>
            <translation>账单日</translation>
        </message>
        <message>
            <source>Billing period</source>
            <translation>账单周期</translation>
        </message>
        <message>
            <source>Previous balance</source>
            <translation>上期结转</translation>
        </message>
        <message>
            <source>Statement balance</source>
            <translation>本期应还</translation>
        </message>
        <message>
            <source>Minimum payment</source>
            <translation>最低还款额</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>还款日</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已还</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>未还</translation>
        </message>
        <message>
            <source>Interest posted</source>
            <translation>入账利息</translation>
        </message>
        <message>
            <source>Way to pay</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>每期</translation>
        </message>
        <message>
            <source>Total fee</source>
            <translation>总手续费</translation>
        </message>
        <message>
            <source>Total cost</source>
            <translation>总花费</translation>
        </message>
        <message>
            <source>True cost per year</source>
            <translation>年化利率</translation>
        </message>
        <message>
            <source>Utilization after</source>
            <translation>消费后使用率</translation>
        </message>
        <message>
            <source>Busiest month ÷ income</source>
            <translation>最重月份÷收入</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>结论</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>策略</translation>
        </message>
        <message>
            <source>Months to debt-free</source>
            <translation>还清所需月数</translation>
        </message>
        <message>
            <source>Total interest</source>
            <translation>总利息</translation>
        </message>
        <message>
            <source>Debt-free by</source>
            <translation>还清时间</translation>
        </message>
        <message>
            <source>Debt</source>
            <translation>债务</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>余额</translation>
        </message>
        <message>
            <source>Rate per year</source>
            <translation>年利率</translation>
        </message>
        <message>
            <source>Minimum per month</source>
            <translation>每月最低还款</translation>
        </message>
    </context>
    <context>
        <name>ConvertDialog</name>
        <message>
            <source>%1 parts: first %2, total fee %3, about %4 a year (APR).</source>
            <translation>分 %1 期：首期 %2，手续费共 %3，折合年化约 %4。</translation>
        </message>
        <message>
            <source>Turn the %1 bill into installments</source>
            <translation>将 %1 的账单分期</translation>
        </message>
        <message>
            <source>&amp;Months</source>
            <translation>期数(&amp;M)</translation>
        </message>
        <message>
            <source>Total &amp;fee</source>
            <translation>总手续费率(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Amount (¥)</source>
            <translation>金额（元）(&amp;A)</translation>
        </message>
        <message>
            <source>Convert</source>
            <translation>分期</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>CostInsight</name>
        <message>
            <source>Compare ways of paying…</source>
            <translation>比较各种付款方式…</translation>
        </message>
        <message>
            <source>No fee if you pay the whole bill by its due date.</source>
            <translation>在还款日前还清整期账单就没有费用。</translation>
        </message>
        <message>
            <source>No fee: these installments cost 0% a year.</source>
            <translation>免手续费：这种分期的年化成本为 0%。</translation>
        </message>
        <message>
            <source>Fee %1 in total (%2) ≈ %3 a year (APR); effective %4.</source>
            <translation>手续费共 %1（%2）≈ 年化 %3（APR）；实际年利率 %4。</translation>
        </message>
        <message>
            <source>your debt-service ratio</source>
            <translation>你的月供收入比</translation>
        </message>
        <message>
            <source>your utilization over all your lines</source>
            <translation>你所有账户合计的额度使用率</translation>
        </message>
        <message>
            <source>this line's utilization</source>
            <translation>这个账户的额度使用率</translation>
        </message>
        <message>
            <source>⚠ This purchase takes %1 from %2 to %3.</source>
            <translation>⚠ 这笔消费会让%1从“%2”变成“%3”。</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>DebtLens hit an unexpected error</source>
            <translation>明白账遇到了意外错误</translation>
        </message>
        <message>
            <source>Something went wrong inside DebtLens. What you were doing was not saved; everything saved before is safe. You can go on working.</source>
            <translation>明白账内部出了问题。刚才的操作没有保存；之前保存的内容都是安全的。你可以继续使用。</translation>
        </message>
        <message>
            <source>A report was written to %1</source>
            <translation>错误报告已写入 %1</translation>
        </message>
    </context>
    <context>
        <name>CsvProfileEditor</name>
        <message>
            <source>Map the columns of this CSV</source>
            <extracomment>Column roles with a combo each: (key, optional).</extracomment>
            <translation>对应这个 CSV 的各列</translation>
        </message>
        <message>
            <source>Say which column holds what. The mapping is saved under its name and used again for files with the same columns.</source>
            <translation>请指出每一列是什么。这份列对应关系会以它的名称保存，以后遇到列相同的文件会自动使用。</translation>
        </message>
        <message>
            <source>Sa&amp;ved mapping</source>
            <translation>已保存的对应(&amp;V)</translation>
        </message>
        <message>
            <source>Mapping &amp;name</source>
            <translation>对应名称(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Header row</source>
            <translation>表头行(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Date column</source>
            <translation>日期列(&amp;D)</translation>
        </message>
        <message>
            <source>Date &amp;order</source>
            <translation>日期顺序(&amp;O)</translation>
        </message>
        <message>
            <source>D&amp;escription column</source>
            <translation>说明列(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Merchant column</source>
            <translation>商户列(&amp;M)</translation>
        </message>
        <message>
            <source>A&amp;mounts</source>
            <translation>金额形式(&amp;M)</translation>
        </message>
        <message>
            <source>Amount co&amp;lumn</source>
            <translation>金额列(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Sign</source>
            <translation>正负号(&amp;S)</translation>
        </message>
        <message>
            <source>Deb&amp;it column</source>
            <translation>支出列(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Credit column</source>
            <translation>存入列(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Type column</source>
            <translation>类型列(&amp;T)</translation>
        </message>
        <message>
            <source>Saved column mapping</source>
            <translation>已保存的列对应</translation>
        </message>
        <message>
            <source>Mapping name</source>
            <translation>对应名称</translation>
        </message>
        <message>
            <source>Header row</source>
            <translation>表头行</translation>
        </message>
        <message>
            <source>Date column</source>
            <translation>日期列</translation>
        </message>
        <message>
            <source>Date order</source>
            <translation>日期顺序</translation>
        </message>
        <message>
            <source>Description column</source>
            <translation>说明列</translation>
        </message>
        <message>
            <source>Merchant column</source>
            <translation>商户列</translation>
        </message>
        <message>
            <source>Amounts</source>
            <translation>金额形式</translation>
        </message>
        <message>
            <source>Amount column</source>
            <translation>金额列</translation>
        </message>
        <message>
            <source>Sign convention</source>
            <translation>正负号约定</translation>
        </message>
        <message>
            <source>Debit column</source>
            <translation>支出列</translation>
        </message>
        <message>
            <source>Credit column</source>
            <translation>存入列</translation>
        </message>
        <message>
            <source>Type column</source>
            <translation>类型列</translation>
        </message>
        <message>
            <source>Delete mapping</source>
            <translation>删除这份对应</translation>
        </message>
        <message>
            <source>Save mapping and preview</source>
            <translation>保存对应并预览</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Save and &amp;preview</source>
            <translation>保存并预览(&amp;P)</translation>
        </message>
        <message>
            <source>e.g. My bank</source>
            <translation>例如：我的银行</translation>
        </message>
        <message>
            <source>One column, signed</source>
            <translation>一列，带正负号</translation>
        </message>
        <message>
            <source>Debit and credit columns</source>
            <translation>支出、存入分两列</translation>
        </message>
        <message>
            <source>Purchases positive, payments negative</source>
            <translation>消费为正，还款为负</translation>
        </message>
        <message>
            <source>Purchases negative, payments positive</source>
            <translation>消费为负，还款为正</translation>
        </message>
        <message>
            <source>Year-month-day (2024-10-30)</source>
            <translation>年-月-日（2024-10-30）</translation>
        </message>
        <message>
            <source>Month/day/year (10/30/2024)</source>
            <translation>月/日/年（10/30/2024）</translation>
        </message>
        <message>
            <source>Day/month/year (30/10/2024)</source>
            <translation>日/月/年（30/10/2024）</translation>
        </message>
        <message>
            <source>Month/day, year from the title (10/30)</source>
            <translation>月/日，年份取自标题（10/30）</translation>
        </message>
        <message>
            <source>New mapping</source>
            <translation>新建对应</translation>
        </message>
        <message>
            <source>By the amount's sign</source>
            <translation>按金额正负判断</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>消费</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Repayment</source>
            <translation>还款</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>费用</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>%1 — e.g. %2</source>
            <translation>%1 — 例如 %2</translation>
        </message>
        <message>
            <source>Meaning of type %1</source>
            <translation>类型“%1”的含义</translation>
        </message>
        <message>
            <source>“%1” is</source>
            <translation>“%1”是</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>DataSafety</name>
        <message>
            <source>Working…</source>
            <extracomment>QSettings key of the folder the last export was written to / imported from.</extracomment>
            <translation>正在处理…</translation>
        </message>
        <message>
            <source>DebtLens</source>
            <translation>明白账</translation>
        </message>
        <message>
            <source>The file could not be written (%1).</source>
            <translation>无法写入文件（%1）。</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>No backup was made: %1</source>
            <translation>没有完成备份：%1</translation>
        </message>
        <message>
            <source>Backed up to %1</source>
            <translation>已备份到 %1</translation>
        </message>
        <message>
            <source>This backup was not restored: %1</source>
            <translation>没有恢复这个备份：%1</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>Restored %1.</source>
            <translation>已恢复 %1。</translation>
        </message>
        <message>
            <source>The data it replaced was saved as %1.</source>
            <translation>被替换的数据已保存为 %1。</translation>
        </message>
        <message>
            <source>Export your data</source>
            <translation>导出你的数据</translation>
        </message>
        <message>
            <source>JSON file (*.json)</source>
            <translation>JSON 文件 (*.json)</translation>
        </message>
        <message>
            <source>CSV files in a zip (*.zip)</source>
            <translation>打包成 zip 的 CSV 文件 (*.zip)</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>正在导出到 %1…</translation>
        </message>
        <message>
            <source>Nothing was exported: %1</source>
            <translation>没有导出任何内容：%1</translation>
        </message>
        <message>
            <source>Exported to %1. The file holds all your data: keep it somewhere private.</source>
            <translation>已导出到 %1。这个文件包含你的全部数据，请妥善保管，不要给别人看到。</translation>
        </message>
        <message>
            <source>Import a JSON export</source>
            <translation>导入 JSON 导出文件</translation>
        </message>
        <message>
            <source>This database already holds data, so an export cannot be imported into it.</source>
            <translation>这个数据库里已经有数据，所以不能把导出文件导入进来。</translation>
        </message>
        <message>
            <source>An export is loaded only into an empty database, so nothing is mixed up or counted twice. Start DebtLens with a new database file (debtlens --db new.db) and import the export there; the data here stays as it is.</source>
            <translation>导出文件只能导入到空的数据库，这样数据不会混在一起，也不会重复计算。请用一个新的数据库文件启动明白账（debtlens --db new.db），再在那里导入；这里的数据保持不变。</translation>
        </message>
        <message>
            <source>DebtLens JSON export (*.json)</source>
            <translation>明白账 JSON 导出文件 (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>正在导入 %1…</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>没有导入任何内容：%1</translation>
        </message>
        <message>
            <source>Imported: credit lines %1, purchases %2, repayments %3.</source>
            <translation>已导入 %1 个授信账户、%2 笔消费和 %3 笔还款。</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>is empty</source>
            <extracomment>What a masked amount shows (presentation mode: the room guesses before the trainer reveals). The signs of the yuan: ``money`` writes CNY with the plain ``¥`` in every language.</extracomment>
            <translation>不能为空</translation>
        </message>
        <message>
            <source>give at least one term to change, e.g. --due-day 10</source>
            <translation>请至少给出一项要修改的条款，例如 --due-day 10</translation>
        </message>
        <message>
            <source>unknown currency code</source>
            <extracomment>Largest amount accepted from a user or a file: 100 million major units (issue "Core ledger", bad input). Thousands grouping is accepted only where it belongs (``1,234.56``): ``12,34`` is never read as 1234.</extracomment>
            <translation>未知的货币代码</translation>
        </message>
        <message>
            <source>yen amounts have no decimals; type e.g. 1234</source>
            <translation>日元金额没有小数；请输入整数，例如 1234</translation>
        </message>
        <message>
            <source>%1 amounts have no decimals; type e.g. 1234</source>
            <translation>%1 金额没有小数；请输入整数，例如 1234</translation>
        </message>
        <message>
            <source>is not a number</source>
            <translation>不是有效的数字</translation>
        </message>
        <message>
            <source>is not a finite number</source>
            <translation>不是有限的数字</translation>
        </message>
        <message>
            <source>is not a whole number</source>
            <translation>不是整数</translation>
        </message>
        <message>
            <source>must be from %1 to %2</source>
            <translation>必须在 %1 到 %2 之间</translation>
        </message>
        <message>
            <source>must be a finite decimal fraction, e.g. Decimal('0.088')</source>
            <translation>必须是有限的小数，例如 Decimal('0.088')</translation>
        </message>
        <message>
            <source>must be a whole number from 1 to 31</source>
            <translation>必须是 1 到 31 之间的整数</translation>
        </message>
        <message>
            <source>must be a whole number between 0 and 30 days</source>
            <translation>必须是 0 到 30 天之间的整数</translation>
        </message>
        <message>
            <source>must be greater than zero</source>
            <extracomment>First horizon tried, in years; a bill still unpaid by then is simulated again up to ``MAX_MONTHS``.
----------
Highest rate per period ``irr_per_period`` looks for without a ``max_rate`` (10^6 = 100,000,000 % a period).</extracomment>
            <translation>必须大于零</translation>
        </message>
        <message>
            <source>needs at least one payment, 1+ days apart</source>
            <translation>至少需要一笔付款，且相隔至少 1 天</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>不能为负数</translation>
        </message>
        <message>
            <source>must be a whole number from 1 to 60</source>
            <translation>必须是 1 到 60 之间的整数</translation>
        </message>
        <message>
            <source>must be a whole number of fen</source>
            <translation>必须精确到分</translation>
        </message>
        <message>
            <source>must be zero or more</source>
            <extracomment>the day a workshop story's clock was left on (its ledger file only)</extracomment>
            <translation>不能小于零</translation>
        </message>
        <message>
            <source>contains control characters</source>
            <translation>含有控制字符</translation>
        </message>
        <message>
            <source>is missing</source>
            <extracomment>``NOT NULL`` columns with a default: a record may leave them out, but not give them as null. The schema's ``UNIQUE`` keys and primary keys besides ``id`` (and the line's name, case-folded as SQLite's NOCASE folds: ASCII letters only). ``CHECK (column &gt; 0)`` and the ``BETWEEN 1 AND 60`` of periods.</extracomment>
            <translation>缺失</translation>
        </message>
        <message>
            <source>must not be null</source>
            <translation>不能为 null</translation>
        </message>
        <message>
            <source>repeats %1 on the same credit line (it must be unique there)</source>
            <translation>与同一授信账户上的 %1 重复（在该账户内必须唯一）</translation>
        </message>
        <message>
            <source>repeats %1 (it must be unique)</source>
            <translation>与 %1 重复（必须唯一）</translation>
        </message>
        <message>
            <source>another credit line already has this name</source>
            <translation>已有同名的授信账户</translation>
        </message>
        <message>
            <source>is %1, but no installment plan in the file belongs to this purchase</source>
            <translation>为 %1，但文件中没有属于这笔消费的分期计划</translation>
        </message>
        <message>
            <source>is 1 (paid in full), but %1 splits this purchase into installments</source>
            <translation>为 1（全额付款），但 %1 把这笔消费分成了多期</translation>
        </message>
        <message>
            <source>must not be more than the refund's amount_fen (%1)</source>
            <translation>不能超过这笔退款的 amount_fen（%1）</translation>
        </message>
        <message>
            <source>must equal the refund's amount_fen: only a refund of a purchase in installments takes part of it off the plan</source>
            <translation>必须等于这笔退款的 amount_fen：只有分期消费的退款才会从分期计划中扣除一部分</translation>
        </message>
        <message>
            <source>must be %1, the bill its posting date falls on (its credit line's statement day is %2)</source>
            <translation>必须是 %1，即入账日期所在的那期账单（其授信账户每月 %2 日出账）</translation>
        </message>
        <message>
            <source>must be "purchase": the plan belongs to a purchase</source>
            <translation>必须是 "purchase"：这个分期计划属于一笔消费</translation>
        </message>
        <message>
            <source>must be the credit line of its purchase (%1)</source>
            <translation>必须是其消费所在的授信账户（%1）</translation>
        </message>
        <message>
            <source>must equal the installments of its purchase (%1)</source>
            <translation>必须等于其消费的分期数（%1）</translation>
        </message>
        <message>
            <source>must be the amount of its purchase (%1 fen)</source>
            <translation>必须等于其消费的金额（%1 分）</translation>
        </message>
        <message>
            <source>must be "bill": the plan belongs to no purchase</source>
            <translation>必须是 "bill"：这个分期计划不属于任何消费</translation>
        </message>
        <message>
            <source>must be %1 fen: the fee rate %2 of the principal, rounded half to even</source>
            <translation>必须是 %1 分：本金乘以费率 %2，按银行家舍入法（四舍六入五成双）取整</translation>
        </message>
        <message>
            <source>is missing: the plan has cancelled or paid-off parts</source>
            <translation>缺失：这个分期计划有已取消或已提前还清的期数</translation>
        </message>
        <message>
            <source>must be %1, the bill of period %2 of this plan</source>
            <translation>必须是 %1，即这个分期计划第 %2 期的账单日</translation>
        </message>
        <message>
            <source>a bank plan's period must be one part of its purchase's amount (%1 fen), with no fee</source>
            <translation>银行分期的一期必须是一笔分期部分，金额等于其消费金额（%1 分），不含手续费</translation>
        </message>
        <message>
            <source>must hold a part for each period from 1 to %1 (period %2 is missing)</source>
            <translation>第 1 到 %1 期必须每期都有一条（缺少第 %2 期）</translation>
        </message>
        <message>
            <source>fee parts add up to %1 fen, not the plan's fee_total_fen (%2 fen)</source>
            <translation>各期手续费合计 %1 分，不等于计划的 fee_total_fen（%2 分）</translation>
        </message>
        <message>
            <source>principal parts add up to %1 fen, not the plan's principal_fen (%2 fen) less what refunds of its purchase took off it (%3 fen)</source>
            <translation>各期本金合计 %1 分，不等于计划的 principal_fen（%2 分）减去其消费的退款所扣除的部分（%3 分）</translation>
        </message>
        <message>
            <source>contains an invisible or text-direction character (U+%1): type the name without it</source>
            <translation>含有不可见字符或文字方向控制字符（U+%1）：请去掉它后重新输入名称</translation>
        </message>
        <message>
            <source>must be a day of the month from 1 to 31</source>
            <extracomment>fen the price is above the line's available credit today (0: the line can take it): such a way cannot be used at all, whatever the cash will be then</extracomment>
            <translation>必须是每月的 1 至 31 日</translation>
        </message>
        <message>
            <source>must be between 0% and 100%</source>
            <translation>必须在 0% 到 100% 之间</translation>
        </message>
        <message>
            <source>must be between 0% and 1% a day</source>
            <translation>必须在每日 0% 到 1% 之间</translation>
        </message>
        <message>
            <source>must be between 0 and 30 days</source>
            <translation>必须在 0 到 30 天之间</translation>
        </message>
        <message>
            <source>periods 1-60 and rates 0-100%</source>
            <translation>期数为 1–60，费率为 0–100%</translation>
        </message>
        <message>
            <source>must be between 0 and 100,000,000</source>
            <translation>必须在 0 到 100,000,000 之间</translation>
        </message>
        <message>
            <source>must be at least 0% and below 100%</source>
            <translation>必须不低于 0% 且低于 100%</translation>
        </message>
        <message>
            <source>is not a rate (write e.g. 8.8%)</source>
            <translation>不是有效的费率（例如写 8.8%）</translation>
        </message>
        <message>
            <source>write a percentage with %, e.g. 8.8%</source>
            <translation>请写成带 % 的百分比，例如 8.8%</translation>
        </message>
        <message>
            <source>must be at least %1%</source>
            <translation>不能低于 %1%</translation>
        </message>
        <message>
            <source>must be below %1%</source>
            <translation>必须低于 %1%</translation>
        </message>
        <message>
            <source>no preset fee rate for this many periods: enter the fee rate (0% when interest-free)</source>
            <translation>该期数没有预设费率：请填写手续费率（免息填 0%）</translation>
        </message>
        <message>
            <source>is a period of the bank's installment plan, as its statement shows it: only its texts can be edited; delete it and import the statement again to change it</source>
            <translation>是银行分期的一期（按账单所列）：只能修改文字；要更改请删除后重新导入账单</translation>
        </message>
        <message>
            <source>is larger than %1 MB</source>
            <extracomment>Document key of each table that is a top-level list of records. Dates outside these are not a ledger's (a statement in 9999 made every view compute 95,000 bills). The largest amount the services accept: 100,000,000.00 (``money.MAX_AMOUNT_MAJOR``) in fen. The largest export read: a million purchases export to about 400 MB. Longest free text kept from a file (names, notes, shop names).</extracomment>
            <translation>超过 %1 MB</translation>
        </message>
        <message>
            <source>is not valid JSON (%1)</source>
            <translation>不是有效的 JSON（%1）</translation>
        </message>
        <message>
            <source>is not a DebtLens export (nested too deeply)</source>
            <translation>不是明白账的导出文件（嵌套过深）</translation>
        </message>
        <message>
            <source>is not a DebtLens export (no "format": "debtlens-export")</source>
            <translation>不是明白账的导出文件（没有 "format": "debtlens-export"）</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>必须是 true 或 false</translation>
        </message>
        <message>
            <source>must be a date YYYY-MM-DD</source>
            <translation>必须是 YYYY-MM-DD 格式的日期</translation>
        </message>
        <message>
            <source>is not a date of the form YYYY-MM-DD that exists</source>
            <translation>不是存在的日期（格式为 年-月-日）</translation>
        </message>
        <message>
            <source>must be a rate written as a decimal string, e.g. "0.088"</source>
            <translation>必须是写成小数字符串的费率，例如 "0.088"</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>必须是整数</translation>
        </message>
        <message>
            <source>must be between 0 and %1 fen</source>
            <translation>必须在 0 到 %1 分之间</translation>
        </message>
        <message>
            <source>must be a positive id</source>
            <translation>必须是正数编号</translation>
        </message>
        <message>
            <source>is out of range</source>
            <translation>超出范围</translation>
        </message>
        <message>
            <source>must map numbers of periods (1-60) to rate strings below 1</source>
            <translation>必须把期数（1–60）对应到小于 1 的费率字符串</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>必须是文本</translation>
        </message>
        <message>
            <source>must be a list of records</source>
            <translation>必须是记录的列表</translation>
        </message>
        <message>
            <source>repeats the id of another record</source>
            <translation>与另一条记录的编号重复</translation>
        </message>
        <message>
            <source>refers to a %1 that is not in the file</source>
            <translation>引用了文件中没有的%1</translation>
        </message>
        <message>
            <source>must be a whole number of fen, e.g. "800000"</source>
            <translation>必须是以分为单位的整数，例如 "800000"</translation>
        </message>
        <message>
            <source>must be the id of a credit line in the file</source>
            <translation>必须是文件中某个授信账户的编号</translation>
        </message>
        <message>
            <source>must be a decimal fraction, e.g. "0.30"</source>
            <translation>必须是小数，例如 "0.30"</translation>
        </message>
        <message>
            <source>must be a whole number from 0 to 366</source>
            <extracomment>Defaults of the rotation (issue "Never lose a user's data"); the user can change them (settings below). Settings keys (``settings`` table) holding the user's rotation choice.</extracomment>
            <translation>必须是 0 到 366 之间的整数</translation>
        </message>
        <message>
            <source>is missing or not a whole number</source>
            <translation>缺失或不是整数</translation>
        </message>
        <message>
            <source>this file was written by a newer DebtLens (format %1); update the app</source>
            <translation>这个文件由更新版本的明白账写入（格式 %1）；请更新应用</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>必须是列表</translation>
        </message>
        <message>
            <source>must be a record</source>
            <translation>必须是一条记录</translation>
        </message>
        <message>
            <source>must be a list of dates</source>
            <translation>必须是日期的列表</translation>
        </message>
        <message>
            <source>must map names to text values</source>
            <translation>必须把名称对应到文本值</translation>
        </message>
        <message>
            <source>must map table names to lists of records</source>
            <translation>必须把表名对应到记录列表</translation>
        </message>
        <message>
            <source>repeats a table the file already holds</source>
            <translation>与文件中已有的表重复</translation>
        </message>
        <message>
            <source>is less than what was already refunded</source>
            <translation>少于已退款的金额</translation>
        </message>
        <message>
            <source>a refunded purchase cannot move to another line</source>
            <translation>已退款的消费不能移到其他授信账户</translation>
        </message>
        <message>
            <source>cannot be edited</source>
            <translation>不能修改</translation>
        </message>
        <message>
            <source>is not for a pay-in-4 line: it splits every purchase into 4 payments itself</source>
            <extracomment>Payments per purchase and days between them (Klarna and Afterpay, §5 [S]).</extracomment>
            <translation>不适用于分4期账户：它自己把每笔消费分成 4 期</translation>
        </message>
        <message>
            <source>only with 2 or more installments</source>
            <translation>只适用于 2 期及以上的分期</translation>
        </message>
        <message>
            <source>contradicts a fee rate (the merchant pays the fee): leave out one of them</source>
            <translation>与手续费率矛盾（手续费由商家承担）：请去掉其中一项</translation>
        </message>
        <message>
            <source>its installment plan was refunded or paid off; delete and re-enter it</source>
            <translation>它的分期已退款或已提前还清；请删除后重新录入</translation>
        </message>
        <message>
            <source>still owes %1: archive it once it is paid off (an archived line counts in no total, bill or reminder)</source>
            <translation>还欠 %1：还清之后再归档（归档的账户不计入任何合计、账单和提醒）</translation>
        </message>
        <message>
            <source>is on another credit line</source>
            <translation>在另一个授信账户上</translation>
        </message>
        <message>
            <source>is before the purchase it refunds (%1)</source>
            <translation>早于被退款的消费（%1）</translation>
        </message>
        <message>
            <source>is more than is left to refund on this purchase (%1)</source>
            <translation>超过这笔消费剩余可退的金额（%1）</translation>
        </message>
        <message>
            <source>is a %1 line and %2 is in %3: the amount would not be the same on both</source>
            <translation>是 %1 账户，而 %2 用的是 %3：两边的金额不会相同</translation>
        </message>
        <message>
            <source>is not a statement date of this line (its bills are issued on day %1, e.g. %2)</source>
            <translation>不是这个授信账户的账单日（它每月 %1 日出账，例如 %2）</translation>
        </message>
        <message>
            <source>is the line being repaid: a line cannot repay itself</source>
            <translation>就是被还款的账户：一个账户不能给自己还款</translation>
        </message>
        <message>
            <source>is before the plan began (%1)</source>
            <translation>早于这笔分期的开始日期（%1）</translation>
        </message>
        <message>
            <source>is a payment of a pay-in-4 line, which cannot be turned into an installment plan</source>
            <translation>是分4期账户的一期还款，不能再转为分期</translation>
        </message>
        <message>
            <source>has no unpaid balance to convert</source>
            <translation>没有可以分期的未还金额</translation>
        </message>
        <message>
            <source>is more than the unpaid balance (%1)</source>
            <translation>超过未还余额（%1）</translation>
        </message>
        <message>
            <source>is more than the %1 of this bill that can be turned into installments: %2 of what is unpaid are parts of installment plans already</source>
            <translation>超过了这期账单可以分期的 %1：未还部分中有 %2 已经是分期付款的分期额</translation>
        </message>
        <message>
            <source>wishlist item</source>
            <translation>心愿单项目</translation>
        </message>
        <message>
            <source>is already %1</source>
            <translation>已经是%1</translation>
        </message>
        <message>
            <source>is still waiting until %1</source>
            <translation>还要等到 %1</translation>
        </message>
        <message>
            <source>choose a credit line first</source>
            <translation>请先选择授信账户</translation>
        </message>
        <message>
            <source>is before the first bill on record: leave the bill out and the payment goes to what is owed</source>
            <translation>早于记录中的第一期账单：不要指定账单，还款会用于当前欠款</translation>
        </message>
        <message>
            <source>must be between 0 and 1,000,000.00</source>
            <translation>必须在 0 到 1,000,000.00 之间</translation>
        </message>
        <message>
            <source>is not a regular file (a folder, pipe or device)</source>
            <translation>不是普通文件（是文件夹、管道或设备）</translation>
        </message>
        <message>
            <source>exists already; choose another name (or --force to replace it)</source>
            <translation>已存在；请换一个名称（或用 --force 覆盖）</translation>
        </message>
        <message>
            <source>the folder %1 does not exist</source>
            <translation>文件夹 %1 不存在</translation>
        </message>
        <message>
            <source>is the ledger itself (or one of its files); choose another name</source>
            <translation>是账本本身（或它的文件之一），请换一个文件名</translation>
        </message>
        <message>
            <source>is in the ledger's backup folder; choose another place</source>
            <translation>在账本的备份文件夹里，请换一个位置</translation>
        </message>
        <message>
            <source>is a database; an export never replaces one, choose another name</source>
            <translation>是一个数据库；导出绝不会覆盖数据库，请换一个文件名</translation>
        </message>
        <message>
            <source>exists already; choose a new folder (or --force)</source>
            <translation>已存在；请选择一个新文件夹（或用 --force）</translation>
        </message>
        <message>
            <source>does not exist or is not a file</source>
            <translation>不存在或不是文件</translation>
        </message>
        <message>
            <source>already holds data; import into a new, empty database (e.g. debtlens --db new.db import-json FILE)</source>
            <translation>已有数据；请导入到一个新的空数据库（例如 debtlens --db new.db import-json FILE）</translation>
        </message>
        <message>
            <source>is not known to this version of DebtLens</source>
            <translation>这个版本的明白账不认识它</translation>
        </message>
        <message>
            <source>a record breaks a rule of the ledger (%1)</source>
            <translation>有一条记录违反了账本的规则（%1）</translation>
        </message>
        <message>
            <source>refers to a record that is not in the file</source>
            <translation>引用了文件中没有的记录</translation>
        </message>
        <message>
            <source>is not a valid credit line (%1)</source>
            <translation>不是有效的授信账户（%1）</translation>
        </message>
        <message>
            <source>write PERIODS=RATE, e.g. 12=8.8% (or 12=none to remove it)</source>
            <extracomment>Published Huabei bill-installment fee rates (total for the plan), domain-rules.md §2.1 [T]; editable presets. Credit-card installment fee presets (total fee for the plan): 0.75 % a period, a common quoted rate [T]; banks differ, so they are editable presets (``debtlens line edit NAME --fee-preset 12=9%``). Pay-later (BNPL) lines: pay in 4 is interest-free ([I] the usual pay-in-4 offer); other splits need a rate.</extracomment>
            <translation>请写成 期数=费率，例如 12=8.8%（写 12=none 可删除）</translation>
        </message>
        <message>
            <source>must be from 2 to 60</source>
            <translation>必须在 2 到 60 之间</translation>
        </message>
        <message>
            <source>must be non-negative and in ascending order</source>
            <translation>不能为负，且必须从低到高排列</translation>
        </message>
        <message>
            <source>needs a denominator greater than zero</source>
            <translation>分母必须大于零</translation>
        </message>
        <message>
            <source>must be a finite fraction of at least 0</source>
            <translation>必须是不小于 0 的有限小数</translation>
        </message>
        <message>
            <source>amounts must not be negative</source>
            <translation>金额不能为负数</translation>
        </message>
        <message>
            <source>is more than the contract amount</source>
            <extracomment>The rate per period: a fraction to 6 decimals (0.0001 %). Rounding of every rate this module returns.</extracomment>
            <translation>比合同金额还多</translation>
        </message>
        <message>
            <source>give at least one repayment</source>
            <translation>请至少填写一期还款</translation>
        </message>
        <message>
            <source>must be after the day the money arrives</source>
            <translation>必须在到账日之后</translation>
        </message>
        <message>
            <source>must not be before the day the money arrives</source>
            <translation>不能早于到账日</translation>
        </message>
        <message>
            <source>paid when the money arrives take all of the cash received</source>
            <translation>到账时付的费用把到手的钱全占了</translation>
        </message>
        <message>
            <source>the repayments and fees add up to less than the cash received</source>
            <translation>还款和费用加起来比到手的钱还少</translation>
        </message>
        <message>
            <source>must be one or more amounts, none negative</source>
            <translation>必须是一个或多个金额，且都不为负数</translation>
        </message>
        <message>
            <source>must each fall at least a period after the start</source>
            <translation>每一笔都必须在开始之后至少一期</translation>
        </message>
        <message>
            <source>add up to less than the principal</source>
            <translation>合计少于本金</translation>
        </message>
        <message>
            <source>cost more than 100% a month</source>
            <translation>每月成本超过 100%</translation>
        </message>
        <message>
            <source>cost more than %1% a period</source>
            <translation>每期成本超过 %1%</translation>
        </message>
        <message>
            <source>cost more than 100,000,000% a period</source>
            <translation>每期成本超过 100,000,000%</translation>
        </message>
        <message>
            <source>need at least one positive and one negative amount</source>
            <translation>至少需要一个正数金额和一个负数金额</translation>
        </message>
        <message>
            <source>have no rate between -99% and 1000% a year</source>
            <translation>在年利率 -99% 到 1000% 之间没有解</translation>
        </message>
        <message>
            <source>must hold at least one period</source>
            <translation>至少要有一期</translation>
        </message>
        <message>
            <source>principal does not add up to the amount financed</source>
            <translation>本金合计与分期金额不符</translation>
        </message>
        <message>
            <source>give both purchase date and first due date</source>
            <translation>请同时给出消费日期和首期还款日</translation>
        </message>
        <message>
            <source>must not be before the purchase date</source>
            <translation>不能早于消费日期</translation>
        </message>
        <message>
            <source>is needed with a purchase date</source>
            <translation>有消费日期时必须给出</translation>
        </message>
        <message>
            <source>is a payment of a pay-in-4 line: it is due in full, without interest, so there is no minimum or installment plan to compare</source>
            <translation>是分4期账户的一期还款：须全额按期还，不收利息，没有最低还款或分期可比</translation>
        </message>
        <message>
            <source>is not the date of a bill of this line</source>
            <translation>不是该额度某期账单的账单日</translation>
        </message>
        <message>
            <source>has nothing left to pay</source>
            <translation>已没有待还金额</translation>
        </message>
        <message>
            <source>must be more than 0</source>
            <translation>必须大于 0</translation>
        </message>
        <message>
            <source>must be from 0 to %1</source>
            <translation>必须在 0 到 %1 之间</translation>
        </message>
        <message>
            <source>must be 1 or more</source>
            <translation>必须大于或等于 1</translation>
        </message>
        <message>
            <source>has more than %1 decimals</source>
            <translation>小数超过 %1 位</translation>
        </message>
        <message>
            <source>is larger than %1</source>
            <translation>不能超过 %1</translation>
        </message>
        <message>
            <source>cannot be read (%1)</source>
            <translation>无法读取（%1）</translation>
        </message>
        <message>
            <source>is not an amount: type it as %1</source>
            <translation>不是有效金额：请写成 %1</translation>
        </message>
        <message>
            <source>%1 or %2</source>
            <translation>%1 或 %2</translation>
        </message>
        <message>
            <source>is longer than %1 characters</source>
            <translation>超过 %1 个字符</translation>
        </message>
        <message>
            <source>must be a whole number from %1 to %2</source>
            <translation>必须是 %1 到 %2 之间的整数</translation>
        </message>
        <message>
            <source>must be between %1 and %2</source>
            <translation>必须在 %1 到 %2 之间</translation>
        </message>
        <message>
            <source>no longer exists; the list was refreshed</source>
            <translation>已不存在，列表已刷新</translation>
        </message>
        <message>
            <source>Export file</source>
            <extracomment>What the window calls the fields its file commands (back up, export, import, password) can name in a ``ValidationError``. A field not here is a place in an imported file (``purchases[3].amount_fen``): the file's own words, shown as they are so the place can be found.</extracomment>
            <translation>导出文件</translation>
        </message>
        <message>
            <source>Ledger file</source>
            <translation>账本文件</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>The ledger is busy: another DebtLens window or program is writing to it. Nothing was saved; try again in a moment.</source>
            <translation>账本正忙：另一个明白账窗口或程序正在写入。本次没有保存，请稍后再试。</translation>
        </message>
        <message>
            <source>The disk is full. Nothing was saved; free some space and try again.</source>
            <translation>磁盘已满。本次没有保存；请清理出一些空间后再试。</translation>
        </message>
        <message>
            <source>The ledger could not be written (%1). Nothing was saved.</source>
            <translation>无法写入账本（%1）。本次没有保存。</translation>
        </message>
        <message>
            <source>goes with --days-before</source>
            <translation>须与 --days-before 一起使用</translation>
        </message>
        <message>
            <source>the export of a password-protected ledger is encrypted too: give a file name</source>
            <translation>受密码保护的账本导出后也是加密的：请给出文件名</translation>
        </message>
        <message>
            <source>CSV goes to a folder or a .zip file, not standard output</source>
            <translation>CSV 只能导出到文件夹或 .zip 文件，不能输出到标准输出</translation>
        </message>
        <message>
            <source>there are no backups of %1</source>
            <translation>%1 没有备份</translation>
        </message>
        <message>
            <source>no such file (give its path, its name in the backup folder, or 'latest')</source>
            <translation>没有这个文件（请给出路径、它在备份文件夹中的名称，或 'latest'）</translation>
        </message>
        <message>
            <source>is not one of the backups of %1 (they are in %2, named after it): restoring it would replace this ledger with another file's data. To do that anyway, add --any-file</source>
            <translation>不是 %1 的备份（它的备份在 %2，以它的文件名命名）：恢复它会用另一个文件的数据替换本账本。如仍要这样做，请加上 --any-file</translation>
        </message>
        <message>
            <source>name the credit line to import onto (there are %1 lines)</source>
            <translation>请指定导入到哪个授信账户（共有 %1 个账户）</translation>
        </message>
        <message>
            <source>is %1 days after today (%2): most likely a typo; give --allow-future if it is right</source>
            <translation>比今天（%2）晚 %1 天，多半是输错了；如果确实如此，请加 --allow-future</translation>
        </message>
        <message>
            <source>%1; give --allow-more-than-spent if it is right</source>
            <translation>%1；如确实无误，请加上 --allow-more-than-spent</translation>
        </message>
        <message>
            <source>is more than the %1 owed on %2 on %3 (%4 would stay on the line as a credit): most likely a typo; give --allow-overpayment if it is right</source>
            <translation>超过了 %3 %2 的全部欠款 %1（%4 会作为溢缴款留在额度上）：很可能是输入错误；如果确实如此，请加上 --allow-overpayment</translation>
        </message>
        <message>
            <source>is not paid in installments</source>
            <translation>不是分期付款</translation>
        </message>
        <message>
            <source>give --line with --limit, --max-plans, --monthly-cap or --read-against</source>
            <translation>--limit、--max-plans、--monthly-cap 或 --read-against 需要同时给出 --line</translation>
        </message>
        <message>
            <source>--line and --limit go together</source>
            <translation>--line 与 --limit 须一起使用</translation>
        </message>
        <message>
            <source>must be more than 0 ('none' clears it)</source>
            <translation>必须大于 0（'none' 表示清除）</translation>
        </message>
        <message>
            <source>none yet; create one with `debtlens mapping add`</source>
            <translation>还没有；用 `debtlens mapping add` 创建一个</translation>
        </message>
        <message>
            <source>no saved CSV mapping by that name (saved: %1)</source>
            <translation>没有这个名称的已保存 CSV 列对应（已保存：%1）</translation>
        </message>
        <message>
            <source>a mapping of that name is saved already (add --replace to replace it)</source>
            <translation>已保存了同名的列对应（加 --replace 可替换）</translation>
        </message>
        <message>
            <source>give either --amount or --debit/--credit, not both</source>
            <translation>--amount 与 --debit/--credit 只能给出一种</translation>
        </message>
        <message>
            <source>is not a column of %1 (its header, line %2: %3)</source>
            <translation>不是 %1 的列（它的表头，第 %2 行：%3）</translation>
        </message>
        <message>
            <source>name the column (or give --file to guess it from a CSV)</source>
            <translation>请指定列（或用 --file 从 CSV 中猜测）</translation>
        </message>
        <message>
            <source>name the amount column, or --debit and --credit columns</source>
            <translation>请指定金额列，或 --debit 和 --credit 列</translation>
        </message>
        <message>
            <source>is no ISO 4217 currency code (CNY, USD, BRL …)</source>
            <translation>不是 ISO 4217 货币代码（CNY、USD、BRL …）</translation>
        </message>
        <message>
            <source>is needed: %1</source>
            <translation>必须给出：%1</translation>
        </message>
        <message>
            <source>the two entries differ</source>
            <translation>两次输入不一致</translation>
        </message>
        <message>
            <source>write NAME:BALANCE:APR:MINIMUM, e.g. Card:2500.00:22%:75</source>
            <translation>请写成 名称:余额:年利率:最低还款，例如 Card:2500.00:22%:75</translation>
        </message>
        <message>
            <source>give the custom order, e.g. --order A,B,C</source>
            <translation>请给出自定义顺序，例如 --order A,B,C</translation>
        </message>
        <message>
            <source>is below the sum of the minimum payments (%1)</source>
            <translation>低于各笔最低还款额之和（%1）</translation>
        </message>
        <message>
            <source>give at least one number of parts, e.g. 1,3,12</source>
            <translation>请至少给出一个期数，例如 1,3,12</translation>
        </message>
        <message>
            <source>write DATE=AMOUNT, e.g. 2026-01-08=6000.00</source>
            <translation>请写成 日期=金额，例如 2026-01-08=6000.00</translation>
        </message>
        <message>
            <source>has no ledger yet (nothing to protect)</source>
            <translation>还没有账本（没有可保护的内容）</translation>
        </message>
        <message>
            <source>is already protected with a password</source>
            <translation>已经用密码保护</translation>
        </message>
        <message>
            <source>is not protected with a password</source>
            <translation>没有用密码保护</translation>
        </message>
        <message>
            <source>the item has no line: give --line</source>
            <translation>这一项没有授信账户：请给出 --line</translation>
        </message>
        <message>
            <source>write FROM:DAYS, e.g. 1000:7</source>
            <translation>请写成 起始金额:天数，例如 1000:7</translation>
        </message>
        <message>
            <source>must be from 0% to 100%</source>
            <translation>必须在 0% 到 100% 之间</translation>
        </message>
        <message>
            <source>must be a finite rate of at least 0%</source>
            <translation>必须是不低于 0% 的有限费率</translation>
        </message>
        <message>
            <source>must be at least 1</source>
            <translation>不能小于 1</translation>
        </message>
        <message>
            <source>is before today</source>
            <translation>早于今天</translation>
        </message>
        <message>
            <source>must hold at least one debt</source>
            <extracomment>A balance above this (10^16 in major units) is far beyond any input: the simulation stops as never debt-free rather than compute ever larger numbers (a debt whose interest outgrows the budget grows exponentially).</extracomment>
            <translation>至少要有一笔债务</translation>
        </message>
        <message>
            <source>need unique, non-empty names</source>
            <translation>名称不能为空且不能重复</translation>
        </message>
        <message>
            <source>balance and minimum must not be negative</source>
            <translation>余额和最低还款额不能为负数</translation>
        </message>
        <message>
            <source>must name every debt exactly once</source>
            <translation>必须把每笔债务恰好列出一次</translation>
        </message>
        <message>
            <source>must be a period n of N plan periods, 1 &lt;= n &lt;= N, 2 &lt;= N &lt;= %1</source>
            <extracomment>for a period of a bank's installment plan (its plan of kind ``BANK``): the plan's id as the bank prints it and the period n (of ``installments`` = N); ``None`` otherwise, or when not read (only listings fill it)</extracomment>
            <translation>必须是共 N 期中的第 n 期，1 ≤ n ≤ N，2 ≤ N ≤ %1</translation>
        </message>
        <message>
            <source>is the bank's installment plan: pay it off with the bank; its statement then shows the payoff</source>
            <translation>是银行的分期：请向银行办理提前还款，之后的账单会列出还款</translation>
        </message>
        <message>
            <source>has no unbilled periods left to pay off</source>
            <translation>已没有未出账的分期可以提前还</translation>
        </message>
        <message>
            <source>the first band must start at 0</source>
            <extracomment>Default waiting time: 48 hours, whatever the price.</extracomment>
            <translation>第一档必须从 0 开始</translation>
        </message>
        <message>
            <source>amounts must go up from band to band</source>
            <translation>金额必须逐档递增</translation>
        </message>
        <message>
            <source>days must be from 0 to %1</source>
            <translation>天数必须在 0 到 %1 之间</translation>
        </message>
        <message>
            <source>must be one of %1</source>
            <extracomment>``SEQUENCE`` counts minutes from this moment, so a later export always carries a higher revision (RFC 5545 §3.8.7.4) and fits a signed 32-bit integer until the year 6100.</extracomment>
            <translation>必须是以下之一：%1</translation>
        </message>
        <message>
            <source>needs a timezone</source>
            <translation>需要时区</translation>
        </message>
        <message>
            <source>is not open</source>
            <translation>没有打开</translation>
        </message>
        <message>
            <source>must be a whole number from 1 to %1</source>
            <translation>必须是 1 到 %1 之间的整数</translation>
        </message>
        <message>
            <source>must be a whole number of days from 0 to %1</source>
            <extracomment>Days before a due date when nothing is set. The most days before a due date a reminder can be set to (a bill is issued at most about a month before). Shown-reminder keys of bills older than this are forgotten (the bill is long settled or long overdue). The order reminders are listed in: overdue first, then due today, then soonest.</extracomment>
            <translation>必须是 0 到 %1 之间的整数天数</translation>
        </message>
        <message>
            <source>is not a column mapping DebtLens can read (%1)</source>
            <translation>不是明白账能读取的列对应（%1）</translation>
        </message>
        <message>
            <source>CSV profile</source>
            <translation>CSV 列对应</translation>
        </message>
        <message>
            <source>must be a month written YYYY-MM, e.g. 2026-03</source>
            <translation>必须是 YYYY-MM 格式的月份，例如 2026-03</translation>
        </message>
        <message>
            <source>is after this month: nothing has happened yet</source>
            <translation>晚于本月：还什么都没有发生</translation>
        </message>
        <message>
            <source>must be mine or bank</source>
            <extracomment>The currency the monthly cap is read in.</extracomment>
            <translation>必须是 mine 或 bank</translation>
        </message>
        <message>
            <source>is above the bank's credit limit on %1 (%2): your own limit must be at most the bank's; type %2 or less, or clear it</source>
            <translation>超过了银行给 %1 的授信额度（%2）：自己设的额度不能高于银行额度；请输入 %2 或更低，或清除它</translation>
        </message>
        <message>
            <source>is past the limit you set yourself</source>
            <translation>超出了你自己定的限额</translation>
        </message>
        <message>
            <source>this line has no fee preset for that many periods; give one</source>
            <translation>这个授信账户没有该期数的预设费率；请给出一个</translation>
        </message>
        <message>
            <source>must be a short lowercase word</source>
            <translation>必须是一个简短的小写单词</translation>
        </message>
        <message>
            <source>is in use by another program; close it and restore again</source>
            <translation>正被另一个程序使用；请关闭它后再恢复</translation>
        </message>
        <message>
            <source>is protected with a password; enter it to open the ledger</source>
            <extracomment>A password longer than this is refused (characters); PBKDF2 takes any length, this only keeps typos sane. SQLCipher pages are a power of two from 512 bytes; an encrypted file's size is a whole number of them. Bytes of the file's start whose entropy is measured (past the 16-byte salt).</extracomment>
            <translation>受密码保护；请输入密码打开账本</translation>
        </message>
        <message>
            <source>the password is wrong (or the encrypted file is damaged); nothing was opened or changed</source>
            <translation>密码错误（或加密文件已损坏）；没有打开或更改任何内容</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>不能为空</translation>
        </message>
        <message>
            <source>must be at most %1 characters</source>
            <translation>不能超过 %1 个字符</translation>
        </message>
        <message>
            <source>must not contain a NUL character</source>
            <translation>不能含有 NUL 字符</translation>
        </message>
        <message>
            <source>encrypted ledgers need the sqlcipher3-wheels package (pip install sqlcipher3-wheels)</source>
            <translation>加密账本需要 sqlcipher3-wheels 软件包（pip install sqlcipher3-wheels）</translation>
        </message>
        <message>
            <source>the copy failed its check (%1)</source>
            <extracomment>SQLCipher 4's key derivation (``cipher_settings``): PBKDF2-HMAC-SHA512, 256,000 iterations, 32-byte key.</extracomment>
            <translation>副本未通过检查（%1）</translation>
        </message>
        <message>
            <source>is an encrypted file but not an encrypted DebtLens export</source>
            <translation>是加密文件，但不是明白账的加密导出文件</translation>
        </message>
        <message>
            <source>the converted copy does not hold the same rows; nothing was changed</source>
            <translation>转换后的副本与原数据不一致；没有做任何更改</translation>
        </message>
        <message>
            <source>does not exist (nothing to protect)</source>
            <translation>不存在（没有可保护的内容）</translation>
        </message>
        <message>
            <source>is not a DebtLens database (not an SQLite file, or its start is damaged)</source>
            <extracomment>Above this size (bytes) opening runs ``PRAGMA quick_check`` instead of the slower full ``integrity_check``.</extracomment>
            <translation>不是明白账数据库（不是 SQLite 文件，或文件开头已损坏）</translation>
        </message>
        <message>
            <source>is damaged; restore a backup first, nothing was changed</source>
            <translation>已损坏；请先恢复备份，没有做任何更改</translation>
        </message>
        <message>
            <source>is in use by another program; close it and try again</source>
            <translation>正被另一个程序使用；请关闭它后再试</translation>
        </message>
        <message>
            <source>is not an SQLite file</source>
            <translation>不是 SQLite 文件</translation>
        </message>
        <message>
            <source>credit line</source>
            <translation>授信账户</translation>
        </message>
        <message>
            <source>repayment</source>
            <extracomment>The undo history (set by ``Store``): bulk inserts are recorded as one range of rows. The undo history (set by ``Store``): bulk inserts are recorded as one range of rows.</extracomment>
            <translation>还款</translation>
        </message>
        <message>
            <source>purchase</source>
            <extracomment>Purchases paid in installments, as SQL: the numbers of periods listed (the schema allows 1-60) so that SQLite seeks each in the index ``purchases_cycle`` (line, installments, statement date, posting day) to the bills of a range; ``installments &gt; 1`` reads all of a line's plans (6,700 at 1,000,000 purchases) to find a month's. A condition on a ``purchases`` row: it is no period of a bank's plan (each purchase in installments sought in ``plans_purchase``). The undo history (set by ``Store``): bulk inserts are recorded as one range of rows.</extracomment>
            <translation>消费</translation>
        </message>
        <message>
            <source>installment plan</source>
            <translation>分期计划</translation>
        </message>
        <message>
            <source>another debt already has this name</source>
            <translation>已有同名的债务</translation>
        </message>
        <message>
            <source>exists and is not a PDF; choose another name (or --force)</source>
            <translation>已存在且不是 PDF；请换一个名称（或用 --force）</translation>
        </message>
        <message>
            <source>add at least one debt with a balance</source>
            <translation>请至少添加一笔有欠款的债务</translation>
        </message>
        <message>
            <source>is below the sum of the minimum payments</source>
            <translation>低于各笔最低还款额之和</translation>
        </message>
        <message>
            <source>choose a number of periods</source>
            <translation>请选择期数</translation>
        </message>
        <message>
            <source>must be a whole number from 2 to %1</source>
            <translation>必须是 2 到 %1 之间的整数</translation>
        </message>
        <message>
            <source>needs a [recovery] table with a budget</source>
            <extracomment>Which plan and which of its results each payoff figure reads.</extracomment>
            <translation>需要一个带预算的 [recovery] 表</translation>
        </message>
        <message>
            <source>names no offer of this scenario</source>
            <translation>没有指向这个情景中的任何方案</translation>
        </message>
        <message>
            <source>names no line of this scenario</source>
            <translation>没有指向这个情景中的任何授信账户</translation>
        </message>
        <message>
            <source>moments[%1] (%2): %3 of %4 is %5, the file says %6</source>
            <translation>moments[%1]（%2）：%4 的 %3 是 %5，文件中写的是 %6</translation>
        </message>
        <message>
            <source>all lines</source>
            <translation>所有授信账户</translation>
        </message>
        <message>
            <source>must be from 1 to %1</source>
            <translation>必须在 1 到 %1 之间</translation>
        </message>
        <message>
            <source>does not exist</source>
            <translation>不存在</translation>
        </message>
        <message>
            <source>an in-memory database has no file to back up</source>
            <translation>内存数据库没有可备份的文件</translation>
        </message>
        <message>
            <source>the disk is full: no backup was written; free some space and try again</source>
            <translation>磁盘已满：没有写入备份；请腾出一些空间后再试</translation>
        </message>
        <message>
            <source>this backup does not exist</source>
            <translation>这个备份不存在</translation>
        </message>
        <message>
            <source>this backup is not an SQLite database (damaged?)</source>
            <translation>这个备份不是 SQLite 数据库（已损坏？）</translation>
        </message>
        <message>
            <source>this backup is damaged (%1)</source>
            <translation>这个备份已损坏（%1）</translation>
        </message>
        <message>
            <source>this backup is damaged (integrity check: %1)</source>
            <translation>这个备份已损坏（完整性检查：%1）</translation>
        </message>
        <message>
            <source>this file is not a DebtLens database</source>
            <translation>这个文件不是明白账数据库</translation>
        </message>
        <message>
            <source>this backup was made by a newer version of DebtLens (schema %1)</source>
            <translation>这个备份由更新版本的明白账制作（数据库版本 %1）</translation>
        </message>
        <message>
            <source>this backup is not a file DebtLens made (%1)</source>
            <translation>这个备份不是明白账制作的文件（%1）</translation>
        </message>
        <message>
            <source>the disk is full: nothing was changed; free some space and try again</source>
            <translation>磁盘已满：没有做任何更改；请腾出一些空间后再试</translation>
        </message>
        <message>
            <source>a file could not be written (%1); nothing was changed</source>
            <translation>无法写入文件（%1）；没有做任何更改</translation>
        </message>
        <message>
            <source>is damaged: the file is truncated (shorter than its header)</source>
            <translation>已损坏：文件不完整（比文件头还短）</translation>
        </message>
        <message>
            <source>is read-only (%1); check the file's permissions</source>
            <translation>是只读的（%1）；请检查文件权限</translation>
        </message>
        <message>
            <source>its folder %1 is read-only; DebtLens needs to write files next to it</source>
            <translation>所在文件夹 %1 是只读的；明白账需要在它旁边写入文件</translation>
        </message>
        <message>
            <source>is damaged (%1)</source>
            <translation>已损坏（%1）</translation>
        </message>
        <message>
            <source>is damaged (integrity check: %1)</source>
            <translation>已损坏（完整性检查：%1）</translation>
        </message>
        <message>
            <source>is busy: another DebtLens window or program is writing to it; nothing was saved, try again when it has finished</source>
            <translation>正忙：另一个明白账窗口或程序正在写入；没有保存任何内容，请等它完成后再试</translation>
        </message>
        <message>
            <source>the disk is full (or the file reached its size limit); nothing was saved, free some space and try again</source>
            <translation>磁盘已满（或文件已达到大小上限）；没有保存任何内容，请腾出一些空间后再试</translation>
        </message>
        <message>
            <source>is read-only; nothing was saved (check the file's permissions)</source>
            <translation>是只读的；没有保存任何内容（请检查文件权限）</translation>
        </message>
        <message>
            <source>a disk read/write error occurred (%1); nothing was saved</source>
            <translation>发生磁盘读写错误（%1）；没有保存任何内容</translation>
        </message>
        <message>
            <source>cannot be opened any more (was it moved, or its folder removed?); nothing was saved</source>
            <translation>无法再打开（是否被移动，或所在文件夹被删除？）；没有保存任何内容</translation>
        </message>
        <message>
            <source>cannot create the file: %1</source>
            <translation>无法创建文件：%1</translation>
        </message>
        <message>
            <source>is a folder, not a database file</source>
            <translation>是文件夹，不是数据库文件</translation>
        </message>
        <message>
            <source>is not a regular file (a device, pipe or socket), not a DebtLens database</source>
            <translation>不是普通文件（是设备、管道或套接字），不是明白账数据库</translation>
        </message>
        <message>
            <source>is empty (0 bytes): not a DebtLens database; move it away to start a new ledger there</source>
            <translation>是空文件（0 字节）：不是明白账数据库；请把它移走，再在那里新建账本</translation>
        </message>
        <message>
            <source>the disk is full: DebtLens needs a little free space next to the file to open it; free some space and try again</source>
            <translation>磁盘已满：明白账需要在文件旁边有一点空闲空间才能打开它；请腾出一些空间后再试</translation>
        </message>
        <message>
            <source>is busy: another program is writing to it; try again</source>
            <translation>正忙：另一个程序正在写入；请再试一次</translation>
        </message>
        <message>
            <source>this SQLite file was not made by DebtLens</source>
            <translation>这个 SQLite 文件不是明白账制作的</translation>
        </message>
        <message>
            <source>made by a newer version of DebtLens (schema %1, this version reads up to %2); update the app to open it</source>
            <translation>由更新版本的明白账制作（数据库版本 %1，此版本最多读取 %2）；请更新应用后再打开</translation>
        </message>
        <message>
            <source>is not a file DebtLens made (%1)</source>
            <translation>不是明白账制作的文件（%1）</translation>
        </message>
        <message>
            <source>is damaged: %1</source>
            <translation>已损坏：%1</translation>
        </message>
        <message>
            <source>a backup with this name already exists</source>
            <translation>已有同名的备份</translation>
        </message>
        <message>
            <source>does not exist (or is not a file)</source>
            <translation>不存在（或不是文件）</translation>
        </message>
        <message>
            <source>is empty (0 bytes), so it is not a DebtLens database</source>
            <translation>是空文件（0 字节），所以不是明白账数据库</translation>
        </message>
        <message>
            <source>is not a DebtLens database (%1)</source>
            <translation>不是明白账数据库（%1）</translation>
        </message>
        <message>
            <source> (pid %1)</source>
            <translation>（进程 %1）</translation>
        </message>
        <message>
            <source>already open in another DebtLens window%1; close it first</source>
            <translation>已在另一个明白账窗口%1中打开；请先关闭它</translation>
        </message>
        <message>
            <source>cannot create the lock file %1: %2</source>
            <extracomment>How long a writer waits for a restore to finish, and a restore for writers: the one busy wait (seconds).</extracomment>
            <translation>无法创建锁文件 %1：%2</translation>
        </message>
        <message>
            <source>being restored</source>
            <translation>正在恢复</translation>
        </message>
        <message>
            <source>being written to by another DebtLens command</source>
            <translation>另一个明白账命令正在写入</translation>
        </message>
        <message>
            <source>is busy: it is %1 (waited %2 s); nothing was changed, try again</source>
            <translation>正忙：%1（已等待 %2 秒）；没有做任何更改，请再试</translation>
        </message>
        <message>
            <source>cannot write the lock file %1: %2</source>
            <translation>无法写入锁文件 %1：%2</translation>
        </message>
        <message>
            <source>the undo history changed meanwhile</source>
            <extracomment>Every step name, for the translation table of the window (a test checks it lists each one). Which ``Changes`` flag each data table belongs to (a table not listed changes everything).</extracomment>
            <translation>撤销记录在这期间变了</translation>
        </message>
        <message>
            <source>there is nothing to undo</source>
            <translation>没有可以撤销的操作</translation>
        </message>
        <message>
            <source>there is nothing to redo</source>
            <translation>没有可以重做的操作</translation>
        </message>
        <message>
            <source>a restore is reverted by restoring the copy of the data it saved</source>
            <translation>恢复备份要通过恢复当时保存的数据副本来撤销</translation>
        </message>
        <message>
            <source>the ledger was changed outside DebtLens since (%1); the undo history was cleared and nothing was changed</source>
            <translation>账本之后在明白账之外被改动过（%1）；撤销记录已清空，什么都没有改</translation>
        </message>
        <message>
            <source>the copy of the data saved before that restore (%1) is gone</source>
            <translation>那次恢复之前保存的数据副本（%1）已经不在了</translation>
        </message>
        <message>
            <source>is more than the %1 owed on this line that day: %2 would stay with the bank as a credit. Press Record again if that is meant</source>
            <translation>超过了这条额度当天的全部欠款 %1：%2 会作为溢缴款留在银行。如果确实如此，请再按一次“记录”</translation>
        </message>
        <message>
            <source>row %1: days to wait must be a whole number from 0 to %2</source>
            <translation>第 %1 行：等待天数必须是 0 到 %2 之间的整数</translation>
        </message>
        <message>
            <source>is more than the %1 left to refund on this line by %2 (%3 spent, %4 already refunded): most likely a typo</source>
            <translation>超过了此额度账户截至 %2 还可退的 %1（已消费 %3，已退款 %4）：很可能是输入错误</translation>
        </message>
        <message>
            <source>is too small for %1 installments: each part would be under %2; the smallest amount for %1 installments is %3</source>
            <translation>金额太小，无法分 %1 期：每期不足 %2；分 %1 期最少为 %3</translation>
        </message>
        <message>
            <source>was due on %1, which has passed (today is %2): a bill can be turned into installments only from its statement date to its due date; repay what is overdue instead</source>
            <translation>已于 %1 到期，还款日已过（今天是 %2）：账单只能在账单日到还款日之间办理分期；请先还清逾期欠款</translation>
        </message>
        <message>
            <source>with statement day %1 gives two bills one due date: in a short month the statement day moves back to the month's last day, so the %2 and %3 bills would both be due %4; choose a due day from 1 to %1 (due the month after the statement) or a statement day of 27 or less</source>
            <extracomment>Where the example of two bills due on one day starts looking (any year shows it; a recent one reads naturally).</extracomment>
            <translation>与账单日 %1 搭配会使两期账单同一天到期：小月份的账单日会提前到月末，因此 %2 和 %3 的账单都将在 %4 到期；请选择 1 到 %1 之间的还款日（账单日次月还款），或把账单日设为 27 日或更早</translation>
        </message>
        <message>
            <source>reads the same as the credit line '%1' (letter width, accents, case and spaces aside): choose a name that differs in its letters</source>
            <translation>与额度账户“%1”读起来相同（不计全角半角、重音、大小写和空格）：请换一个字母不同的名称</translation>
        </message>
        <message>
            <source>is not issued yet on %1, the day of the payment: leave the bill out and the payment goes to what is owed</source>
            <translation>在还款当天 %1 还没有出账：不要指定账单，这笔还款会用来还所欠的钱</translation>
        </message>
    </context>
    <context>
        <name>Explanations</name>
        <message>
            <source>Annualized rate (APR)</source>
            <extracomment>figure id -&gt; (title, explanation), both untranslated source texts.</extracomment>
            <translation>年化利率（APR）</translation>
        </message>
        <message>
            <source>What borrowing this way really costs per year, worked out from the actual payments: the monthly rate at which your payments repay the price (IRR), times 12. A fee of '2.5% in total' sounds small, but you pay the money back month by month, so per year it costs about six times as much. Since 2021 the People's Bank of China requires every loan to show this annualized rate (PBOC Announcement 2021 No. 3).</source>
            <translation>按实际还款算出的、这样借钱每年的真实成本：让各期还款正好还清本金的月利率（内部收益率 IRR）乘以 12。“总共 2.5% 手续费”听起来不多，但本金是按月逐步还的，折成一年大约是它的六倍。自 2021 年起，中国人民银行要求所有贷款产品明示年化利率（人民银行公告〔2021〕第 3 号）。</translation>
        </message>
        <message>
            <source>Effective annual rate</source>
            <translation>实际年利率</translation>
        </message>
        <message>
            <source>The annualized rate with compounding: (1 + monthly rate)^12 - 1. It is a little higher than the APR and compares directly with a savings or deposit rate.</source>
            <translation>按复利计算的年化利率：(1 + 月利率)^12 − 1。比年化利率略高，可以直接和存款、理财的利率比较。</translation>
        </message>
        <message>
            <source>Simple annualized rate</source>
            <translation>单利年化利率</translation>
        </message>
        <message>
            <source>The fee divided by the money you actually had on average over a year (average-balance method, simple interest). The PBOC allows this method only if it is labelled as simple interest. It is close to the APR, not the same.</source>
            <translation>手续费除以你一年中平均实际占用的本金（平均余额法，单利）。人民银行规定用这种方法时必须注明是单利。它和年化利率接近，但不相同。</translation>
        </message>
        <message>
            <source>Rate on the real dates (XIRR)</source>
            <translation>按实际日期的年化利率（XIRR）</translation>
        </message>
        <message>
            <source>The yearly rate using the real purchase date and the real due dates (365-day year). A long interest-free gap before the first payment makes it lower; a purchase just before the bill makes it higher.</source>
            <translation>用真实的消费日期和各期还款日（一年按 365 天）算出的年化利率。离第一期还款的免息时间越长，它越低；临近出账日消费，它就更高。</translation>
        </message>
        <message>
            <source>Daily interest as a yearly rate</source>
            <translation>日利率折算成年利率</translation>
        </message>
        <message>
            <source>Overdue and revolving interest is charged per day. 0.05% a day sounds tiny, but times 365 it is 18.25% a year (simple), 20.02% with daily compounding. This is the rate used when you pay only the minimum. Since 2021 banks must show it as an annual rate (PBOC).</source>
            <translation>逾期利息和循环利息按天计算。日息 0.05% 听起来很少，乘以 365 就是年化 18.25%（单利），按日复利是 20.02%。只还最低还款额时就按这个利率计息。自 2021 年起，银行必须以年化利率展示（人民银行）。</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>每期</translation>
        </message>
        <message>
            <source>What each monthly bill will include for this purchase. The first month takes the rounding remainders, so it can be a few fen more (Alipay's split rule).</source>
            <translation>这笔消费每个月会计入账单的金额。除不尽的零头算在第一期，所以第一期可能多几分钱（支付宝的分期规则）。</translation>
        </message>
        <message>
            <source>Total fee</source>
            <translation>总手续费</translation>
        </message>
        <message>
            <source>The installment fee for the whole plan: the fee rate times the price. It is a fee, not an interest rate: compare plans by the annualized rate instead.</source>
            <translation>整个分期的手续费：费率乘以价格。它是手续费，不是利率：比较分期方案请看年化利率。</translation>
        </message>
        <message>
            <source>Total cost</source>
            <translation>总花费</translation>
        </message>
        <message>
            <source>Everything you pay for this purchase: the price plus all fees.</source>
            <translation>这笔消费你总共要付的钱：价格加上全部手续费。</translation>
        </message>
        <message>
            <source>Credit utilization</source>
            <translation>额度使用率</translation>
        </message>
        <message>
            <source>How much of your credit limit you are using: what you owe (including installment principal not yet billed) divided by the limit. Keep it under 30%; people with the best credit scores use under 10% (FICO). Bands: green under 10%, amber 10-30%, orange 30-50%, red from 50%, critical from 90%. The bands are our choice built on that guidance; you can change them.</source>
            <translation>你用掉了多少授信额度：已欠金额（包括尚未出账的分期本金）除以额度。最好保持在 30% 以下；信用评分最好的人使用率低于 10%（FICO）。分级：10% 以下绿色，10–30% 黄色，30–50% 橙色，50% 起红色，90% 起危险。这些分级是我们依据上述建议设定的，你可以修改。</translation>
        </message>
        <message>
            <source>Debt-service ratio</source>
            <translation>月供收入比</translation>
        </message>
        <message>
            <source>Repayments due in your busiest month of the next 12, divided by your monthly income. The busiest month counts because a month you cannot pay is what makes people borrow again. Consumer debt payments above 15-20% of income are a warning sign (US CFPB 'Your Money, Your Goals'); credit counsellors call more than 20% dangerous. Set your income to see it.</source>
            <translation>未来 12 个月中还款最多的那个月的应还金额，除以你的月收入。之所以看最重的月份，是因为还不上的那个月最容易让人再去借钱。消费类债务月还款超过收入的 15–20% 就是警示信号（美国消费者金融保护局《Your Money, Your Goals》）；信用咨询机构认为超过 20% 属于危险。设置月收入后才能看到。</translation>
        </message>
        <message>
            <source>All debts to income</source>
            <translation>全部债务收入比</translation>
        </message>
        <message>
            <source>Your busiest month's repayments plus your housing payment, divided by income. Lines: 36% (CFPB), 43% (US mortgage rule), 50% (Wells Fargo: take action).</source>
            <translation>最重月份的还款加上房租或房贷，除以收入。参考线：36%（美国消费者金融保护局）、43%（美国房贷规则）、50%（富国银行：需要采取行动）。</translation>
        </message>
        <message>
            <source>Persistent debt</source>
            <translation>长期负债</translation>
        </message>
        <message>
            <source>Over the last 18 months you paid more in interest and fees than you paid off of what you borrowed: the debt is barely shrinking. The UK regulator makes card lenders step in at this point (FCA CONC 6.7.27R).</source>
            <translation>过去 18 个月里，你付的利息和手续费比还掉的本金还多：欠款几乎没有减少。英国监管机构要求发卡机构在这时介入（FCA CONC 6.7.27R）。</translation>
        </message>
        <message>
            <source>My limits</source>
            <translation>我的限额</translation>
        </message>
        <message>
            <source>Limits you set yourself, below the bank's: per line, the most installment plans at once, and a cap on new credit spending per calendar month. Banks raise limits to sell credit: from ¥3,000 to ¥8,000, ¥1,000 owed drops from 33.3% to 12.5% used although nothing was repaid. Against your own ¥3,000 it stays 33.3%. Before saving a purchase that goes past one of your limits, DebtLens names it and asks again. These are your rules, not a regulator's.</source>
            <translation>你给自己定的限额，低于银行给的：每个额度的上限、同时最多几笔分期、每个自然月的新信用消费上限。银行提额是为了让你多借：额度从 ¥3,000 提到 ¥8,000，欠的 ¥1,000 的使用率就从 33.3% 降到 12.5%，其实一分钱也没还。按你自己的 ¥3,000 算，仍是 33.3%。一笔消费要是超出你的某项限额，明白账保存前会指明是哪一项并再问你一次。这些是你自己的规则，不是监管规定。</translation>
        </message>
        <message>
            <source>Limit creep</source>
            <translation>额度一涨就多花</translation>
        </message>
        <message>
            <source>Shown when the bank raised a line's limit within the last 180 days and you spent more on that line in the 90 days since than in the 90 days before. A raise makes the same debt look smaller (¥1,000 is 33.3% of ¥3,000 but 12.5% of ¥8,000), and more credit tends to be spent. The rule is DebtLens's own; China's 2022 credit-card notice (CBIRC and PBOC) forbids banks to induce over-use of cards.</source>
            <translation>最近 180 天内银行提了某个额度，而提额后 90 天你在这个额度上花的比提额前 90 天多，就会提醒。提额会让同样的欠款看起来变少（¥1,000 占 ¥3,000 的 33.3%，却只占 ¥8,000 的 12.5%），而额度多了往往就花得多。这条规则是明白账自己定的；2022 年银保监会和人民银行的信用卡通知禁止银行诱导过度用卡。</translation>
        </message>
        <message>
            <source>Stacking</source>
            <translation>分期越叠越多</translation>
        </message>
        <message>
            <source>Shown when 3 or more new installment plans or newly used credit lines start within 90 days. Each plan looks affordable alone; stacked, their monthly parts add up and run for months. The rule is DebtLens's own.</source>
            <translation>90 天内新开 3 笔或更多分期、或开始用新的额度，就会提醒。每笔分期单看都还得起；叠在一起，每月要还的钱加起来，还要还好几个月。这条规则是明白账自己定的。</translation>
        </message>
        <message>
            <source>Juggling lines</source>
            <translation>多个额度同时快用满</translation>
        </message>
        <message>
            <source>Shown when 2 or more lines are at 80% of their limit or more at the same time. The overall utilization averages them with emptier lines and hides that you are near the end of several. The rule is DebtLens's own.</source>
            <translation>同时有 2 个或更多额度用了 80% 以上，就会提醒。总的额度使用率会把它们和没怎么用的额度平均，看不出你好几个额度都快到头了。这条规则是明白账自己定的。</translation>
        </message>
        <message>
            <source>Income already committed</source>
            <translation>收入已被占用</translation>
        </message>
        <message>
            <source>Repayments due in the next 90 days (overdue ones included) divided by 3 months of your income. Shown above 20%: the US Consumer Financial Protection Bureau advises keeping non-mortgage debt payments at 15-20% of income at most.</source>
            <translation>未来 90 天内到期的还款（含已逾期的）除以 3 个月的收入。超过 20% 就会提醒：美国消费者金融保护局建议，房贷以外的还款最多占收入的 15%–20%。</translation>
        </message>
        <message>
            <source>Persistent debt (18, 27, 36 months)</source>
            <translation>持续负债（18、27、36 个月）</translation>
        </message>
        <message>
            <source>The UK regulator's test (FCA CONC 6.7.27R): over 18 months, you paid more in interest and fees than you repaid of what you borrowed. If it is still so 9 months later (27 months), lenders must warn again (CONC 6.7.33R); after 36 months they must offer a way to repay in a reasonable time, normally 3 to 4 years (CONC 6.7.35R). DebtLens shows the monthly payment that would clear the debt in 36 and in 48 months at the line's rate.</source>
            <translation>英国金融行为监管局的标准（FCA CONC 6.7.27R）：18 个月里，你付的利息和费用比还掉的本金还多。9 个月后（满 27 个月）仍是这样，放贷机构必须再次提醒（CONC 6.7.33R）；满 36 个月，必须提出在合理期限内（通常 3 到 4 年）还清的办法（CONC 6.7.35R）。明白账按这个额度的利率，算出 36 个月和 48 个月还清每月要还多少。</translation>
        </message>
        <message>
            <source>Realistic debt-free date</source>
            <translation>实际的还清日期</translation>
        </message>
        <message>
            <source>What you owe divided by what you repaid minus what you newly spent per month, on average over the last 3 whole months: the month you would be debt-free at that pace (never, if you spend as much as you repay). Interest still to come is left out, so the real date is later. Beside it: when the bills already scheduled end, the date a brochure would show, as if you never bought anything again. If you have been paying only the minimum (and buying nothing new), the date is where that leads instead: each bill's minimum paid on its due date, worked out with the line's own bills and their interest; the minimum shrinks with what you owe, so it takes years.</source>
            <translation>用你欠的钱，除以最近 3 个整月平均每月还的钱减去新花的钱：按这个节奏哪个月能还清（如果花的和还的一样多，就永远还不清）。还没产生的利息没算进去，所以实际日期只会更晚。旁边是已排好的账单哪天还完，也就是宣传页会给你的日期，好像你以后什么都不再买。如果你一直只还最低还款额（也没有新消费），显示的是照这样下去的还清日期：每期账单在还款日还上最低还款额，按这条额度自己的账单和利息计算；最低还款额随欠款一起变少，所以要好几年。</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Shown when a bill's due date passed with less than its minimum paid. The amount is the minimum still unpaid; the date is the due date of the oldest bill still unmet. Until it is paid, overdue interest accrues every day, and the lender may report it to the credit reference centre (征信).</source>
            <translation>账单到期日已过而最低还款额未还足时显示。金额是仍未还的最低还款额；日期是最早一期仍未还足账单的到期日。还清之前，逾期利息每天累计，放贷机构可能将其报送征信中心（征信）。</translation>
        </message>
        <message>
            <source>Repaying one line from another</source>
            <translation>以卡养卡</translation>
        </message>
        <message>
            <source>Shown when, in the last 90 days, a bill was paid with money borrowed on another credit line (以卡养卡): you marked it when recording the repayment, or the import saw it in the payment method. The bill counts as paid, but the debt only moved: it comes back on the other line's next bill, often with a fee or interest, and the total you owe did not fall. China's 2022 card notice (银保监规〔2022〕13号) asks banks to watch for cards repaid with other credit; the UK FCA counts only your own money as repaying a balance (CONC 6.7). The realistic debt-free date leaves such repayments out.</source>
            <translation>近 90 天里，有账单是用另一个信用账户借来的钱还的（以卡养卡）：可能是你记还款时标明的，也可能是导入时从支付方式里看出来的。这张账单算是还了，但欠款只是挪了地方：它会出现在另一个账户的下一期账单里，常常还带着手续费或利息，你欠的总数并没有减少。2022 年的信用卡新规（银保监规〔2022〕13号）要求银行留意用其他信用还卡的情况；英国 FCA 也只把你自己的钱算作还款（CONC 6.7）。“实际的还清日期”不计这类还款。</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>结论</translation>
        </message>
        <message>
            <source>The worse of two bands after this purchase: credit utilization and the debt-service ratio. Green is comfortable; amber means watch it; orange, red and critical mean this purchase makes your debts hard to carry.</source>
            <translation>取这笔消费之后两项分级中较差的一项：额度使用率和月供收入比。绿色表示宽松；黄色表示要留意；橙色、红色和危险表示这笔消费会让债务变得难以负担。</translation>
        </message>
        <message>
            <source>Paying only the minimum</source>
            <translation>只还最低还款额</translation>
        </message>
        <message>
            <source>How long it takes and what it costs to clear this balance if you pay only the minimum each month and buy nothing new on it. US card statements must print this warning (Regulation Z, 12 CFR 1026.7(b)(12)). For Huabei we use its minimum (10% of the bill) and its daily rate as a yearly rate.</source>
            <translation>如果每月只还最低还款额、也不再新增消费，还清这笔欠款要多久、要花多少钱。美国的信用卡账单必须印出这个提示（Z 条例，12 CFR 1026.7(b)(12)）。花呗按它的最低还款（账单的 10%）和日利率折算的年利率计算。</translation>
        </message>
        <message>
            <source>Paid off in 3 years</source>
            <translation>3 年还清</translation>
        </message>
        <message>
            <source>The fixed monthly payment that clears the balance in 36 months, and the total you would pay that way (Regulation Z, Appendix M2).</source>
            <translation>36 个月还清这笔欠款所需的固定月还款额，以及这样总共要还多少（Z 条例附录 M2）。</translation>
        </message>
        <message>
            <source>Monthly budget</source>
            <translation>每月预算</translation>
        </message>
        <message>
            <source>What you can pay towards these debts every month, in total. It must at least cover every minimum payment; everything above the minimums goes to one debt at a time.</source>
            <translation>你每个月总共能拿出多少钱还这些债。至少要够付所有的最低还款额；超出部分每次集中还一笔债。</translation>
        </message>
        <message>
            <source>Avalanche</source>
            <translation>雪崩法</translation>
        </message>
        <message>
            <source>Pay the minimum on every debt and put the rest on the debt with the highest rate; when it is paid off, its payment rolls on to the next. This costs the least interest.</source>
            <translation>每笔债都还最低还款额，其余的钱全部还利率最高的那笔；还清后，它的还款额转到下一笔。这样付的利息最少。</translation>
        </message>
        <message>
            <source>Snowball</source>
            <translation>雪球法</translation>
        </message>
        <message>
            <source>Pay the minimum on every debt and put the rest on the smallest balance first. It usually costs a little more interest but clears a first debt sooner, which helps many people keep going.</source>
            <translation>每笔债都还最低还款额，其余的钱先还余额最小的那笔。利息通常会多一点，但能更早还清第一笔，很多人因此更有动力坚持。</translation>
        </message>
        <message>
            <source>Your order</source>
            <translation>自定顺序</translation>
        </message>
        <message>
            <source>Pay the minimums and put the rest on the debts in the order of the table (move rows up and down).</source>
            <translation>先还各笔最低还款额，其余的钱按表格中的顺序还（可以上下移动行）。</translation>
        </message>
        <message>
            <source>Minimums only</source>
            <translation>只还最低</translation>
        </message>
        <message>
            <source>For comparison: paying exactly the minimums and nothing more, without rolling a paid-off debt's payment on to the others.</source>
            <translation>作为对照：每月只还最低还款额，不多还；某笔还清后，它的还款额也不转给其他债务。</translation>
        </message>
        <message>
            <source>Months to debt-free</source>
            <translation>还清所需月数</translation>
        </message>
        <message>
            <source>How many months until every debt in the table is paid at this budget.</source>
            <translation>按这个预算，表中所有债务全部还清需要几个月。</translation>
        </message>
        <message>
            <source>Total interest</source>
            <translation>总利息</translation>
        </message>
        <message>
            <source>All the interest you pay until the debts are cleared.</source>
            <translation>直到全部还清为止你要付的所有利息。</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import a bill export</source>
            <translation>导入账单文件</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>Credit &amp;line</source>
            <translation>授信账户(&amp;L)</translation>
        </message>
        <message>
            <source>Payment &amp;method</source>
            <translation>支付方式(&amp;M)</translation>
        </message>
        <message>
            <source>Drop an Alipay, WeChat Pay, bank CSV, OFX or QIF export here, or choose a file</source>
            <translation>把支付宝、微信支付、银行 CSV、OFX 或 QIF 导出文件拖到这里，或选择文件</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>选择文件…(&amp;C)</translation>
        </message>
        <message>
            <source>Which payment method in this file is this credit line? Rows paid otherwise are skipped.</source>
            <translation>文件里的哪种支付方式是这个授信账户？用其他方式支付的记录会被跳过。</translation>
        </message>
        <message>
            <source>Map the c&amp;olumns…</source>
            <translation>对应各列…(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>New purchases</source>
            <translation>新增消费</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Repayments</source>
            <translation>还款</translation>
        </message>
        <message>
            <source>Already imported</source>
            <translation>已导入过</translation>
        </message>
        <message>
            <source>Skipped rows</source>
            <translation>跳过的行</translation>
        </message>
        <message>
            <source>Unreadable rows</source>
            <translation>无法读取的行</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>要导入的文件</translation>
        </message>
        <message>
            <source>Choose a file to import</source>
            <translation>选择要导入的文件</translation>
        </message>
        <message>
            <source>Credit line to import onto</source>
            <translation>导入到哪个授信账户</translation>
        </message>
        <message>
            <source>Payment method of this line</source>
            <translation>这个账户的支付方式</translation>
        </message>
        <message>
            <source>Map the columns of this CSV</source>
            <translation>对应这个 CSV 的各列</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <source>Put every payment in this file on the credit line</source>
            <translation>把此文件中的每笔付款都记到授信账户上</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Rows to add</source>
            <translation>将要添加的记录</translation>
        </message>
        <message>
            <source>Rows already imported</source>
            <translation>已导入过的记录</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>Import result</source>
            <translation>导入结果</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <extracomment>The key of the dialog's preview tasks: a newer preview supersedes an older one still on its way.</extracomment>
            <translation>正在读取 %1…</translation>
        </message>
        <message>
            <source>Cannot import %1: %2</source>
            <translation>无法导入 %1：%2</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>Cannot import %1: it is larger than %2 MB, too large for a bill export.</source>
            <translation>无法导入 %1：文件超过 %2 MB，不像是账单导出文件。</translation>
        </message>
        <message>
            <source>Add a credit line first: imported purchases go onto a credit line.</source>
            <translation>请先添加授信账户：导入的消费要记到某个授信账户上。</translation>
        </message>
        <message>
            <source>The import failed (%1: %2). Nothing was written.</source>
            <translation>导入失败（%1：%2）。没有写入任何内容。</translation>
        </message>
        <message>
            <source>Put every payment in this file on %1: the file does not say which were paid with credit</source>
            <translation>把此文件中的每笔付款都记到%1：文件没有写明哪些是用信用支付的</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>请选择…</translation>
        </message>
        <message>
            <source>text encoding %1</source>
            <translation>文本编码 %1</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>To add (%1)</source>
            <translation>待导入 (%1)</translation>
        </message>
        <message>
            <source>Already imported (%1)</source>
            <translation>已导入过 (%1)</translation>
        </message>
        <message>
            <source>Skipped (%1)</source>
            <translation>已跳过 (%1)</translation>
        </message>
        <message>
            <source>Unreadable (%1)</source>
            <translation>无法读取 (%1)</translation>
        </message>
        <message>
            <source>Choose the payment method of this line to see what it adds.</source>
            <translation>请选择这个账户对应的支付方式，才能看到会添加哪些记录。</translation>
        </message>
        <message>
            <source>Nothing is planned: this file does not say which payments were made with credit. Tick the box above only if every one of them was.</source>
            <translation>不会导入任何记录：此文件没有写明哪些付款是用信用支付的。只有每一笔都是时，才勾选上面的选项。</translation>
        </message>
        <message>
            <source>Nothing new to import: every row of this file on this line is already in DebtLens, or was skipped.</source>
            <translation>没有新的记录可导入：这个文件中属于该账户的记录都已在明白账里，或已被跳过。</translation>
        </message>
        <message>
            <source>Nothing has been written yet. Check the rows, then press Import.</source>
            <translation>尚未写入任何内容。请核对下面的记录，然后点击“导入”。</translation>
        </message>
        <message>
            <source>Choose or drop a bill export to see what it would add. Nothing is written until you press Import.</source>
            <translation>选择或拖入一个账单导出文件，看看它会添加哪些记录。在点击“导入”之前不会写入任何内容。</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>正在导入 %1…</translation>
        </message>
        <message>
            <source>Checking %1 again…</source>
            <translation>正在重新核对 %1…</translation>
        </message>
        <message numerus="yes">
            <source>%n purchase(s) (%1)</source>
            <translation>
                <numerusform>消费 %n 笔（%1）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refund(s) (%1)</source>
            <translation>
                <numerusform>退款 %n 笔（%1）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n repayment(s) (%1)</source>
            <translation>
                <numerusform>还款 %n 笔（%1）</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported %1, %2 and %3 onto %4.</source>
            <translation>已导入到“%4”：%1，%2，%3。</translation>
        </message>
        <message>
            <source>Choose a bill export</source>
            <translation>选择账单导出文件</translation>
        </message>
        <message>
            <source>Bill exports (%1)</source>
            <translation>账单导出文件 (%1)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>ImportTexts</name>
        <message>
            <source>%1 credit-card statement (CSV or Excel)</source>
            <extracomment>A bank's card download, CSV or Excel (the presets read both), by its bank's name.</extracomment>
            <translation>%1信用卡账单（CSV 或 Excel）</translation>
        </message>
        <message>
            <source>CMB</source>
            <extracomment>The presets' banks by name, as people call them in each language.</extracomment>
            <translation>招商银行</translation>
        </message>
        <message>
            <source>ICBC</source>
            <translation>工商银行</translation>
        </message>
        <message>
            <source>CGB</source>
            <translation>广发银行</translation>
        </message>
        <message>
            <source>BOCOM</source>
            <translation>交通银行</translation>
        </message>
        <message>
            <source>BOC</source>
            <translation>中国银行</translation>
        </message>
        <message>
            <source>CITIC</source>
            <translation>中信银行</translation>
        </message>
        <message>
            <source>SPDB</source>
            <translation>浦发银行</translation>
        </message>
        <message>
            <source>CCB</source>
            <translation>建设银行</translation>
        </message>
        <message>
            <source>Chase</source>
            <translation>Chase</translation>
        </message>
        <message>
            <source>Alipay app statement (2023+)</source>
            <translation>支付宝 App 交易明细（2023 年起）</translation>
        </message>
        <message>
            <source>Alipay app statement (2021–22)</source>
            <translation>支付宝 App 交易明细（2021–22 年）</translation>
        </message>
        <message>
            <source>Alipay PC-web export (legacy)</source>
            <translation>支付宝网页版导出（旧版）</translation>
        </message>
        <message>
            <source>WeChat Pay bill (CSV)</source>
            <translation>微信支付账单（CSV）</translation>
        </message>
        <message>
            <source>WeChat Pay bill (Excel)</source>
            <translation>微信支付账单（Excel）</translation>
        </message>
        <message>
            <source>JD (京东) bill export: 白条 rows</source>
            <translation>京东账单导出：白条记录</translation>
        </message>
        <message>
            <source>Meituan (美团) bill export: 月付 rows</source>
            <translation>美团账单导出：月付记录</translation>
        </message>
        <message>
            <source>Bank CSV with a saved column profile</source>
            <translation>按已保存列对应读取的银行 CSV</translation>
        </message>
        <message>
            <source>OFX / QFX credit-card statement (1.x SGML, 2.x XML)</source>
            <translation>OFX / QFX 信用卡对账单（1.x SGML、2.x XML）</translation>
        </message>
        <message>
            <source>QIF credit-card export</source>
            <translation>QIF 信用卡导出文件</translation>
        </message>
        <message>
            <source>Typed purchases (date,merchant,category,amount,installments)</source>
            <translation>手工录入的消费（表头 date,merchant,category,amount,installments）</translation>
        </message>
        <message>
            <source>dated %1: a ledger keeps days from %2 to %3</source>
            <extracomment>A row dated outside the days a ledger keeps: %1 the date, %2 and %3 the first and last day kept.</extracomment>
            <translation>日期为 %1：超出账本可记录的日期范围（%2 至 %3）</translation>
        </message>
        <message>
            <source>the CSV profile %1</source>
            <translation>CSV 列映射 %1</translation>
        </message>
        <message>
            <source>%1 credit-card CSV</source>
            <extracomment>A bank's credit-card CSV, by the name of its preset or of the user's saved column profile.</extracomment>
            <translation>%1 信用卡 CSV</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>消费</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Repayment</source>
            <translation>还款</translation>
        </message>
        <message>
            <source>Purchase in %1 installments</source>
            <translation>分 %1 期消费</translation>
        </message>
        <message>
            <source>Installment %1/%2 (plan %3)</source>
            <translation>分期 %1/%2 期（分期编号 %3）</translation>
        </message>
        <message>
            <source>Dining</source>
            <extracomment>The fixed categories' keys, in display order (the same as ``app.importers.categories.CATEGORIES``).</extracomment>
            <translation>餐饮</translation>
        </message>
        <message>
            <source>Groceries</source>
            <translation>日用百货</translation>
        </message>
        <message>
            <source>Shopping</source>
            <translation>购物</translation>
        </message>
        <message>
            <source>Electronics</source>
            <translation>数码电器</translation>
        </message>
        <message>
            <source>Transport</source>
            <translation>交通</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>旅行</translation>
        </message>
        <message>
            <source>Entertainment</source>
            <translation>文娱</translation>
        </message>
        <message>
            <source>Utilities</source>
            <translation>生活缴费</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>医疗健康</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>教育</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>居家</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>费用</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>repayment not completed (status %1)</source>
            <extracomment>The method text of each app's own credit line, looked for inside 收/付款方式 / 支付方式.</extracomment>
            <translation>还款未完成（状态 %1）</translation>
        </message>
        <message>
            <source>an unnamed method</source>
            <translation>未注明的支付方式</translation>
        </message>
        <message>
            <source>purchase not completed (status %1)</source>
            <translation>消费未完成（状态 %1）</translation>
        </message>
        <message>
            <source>no 收/支</source>
            <translation>没有收/支</translation>
        </message>
        <message>
            <source>transfer</source>
            <translation>转账</translation>
        </message>
        <message>
            <source>no method</source>
            <translation>没有支付方式</translation>
        </message>
        <message>
            <source>closed after a refund: recorded with its refund row</source>
            <translation>退款后关闭：与它的退款记录一起入账</translation>
        </message>
        <message>
            <source>交易关闭 with no refund row: never paid</source>
            <translation>交易关闭且没有退款记录：从未付款</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>refund to %1, not %2</source>
            <translation>退回到%1，不是%2</translation>
        </message>
        <message>
            <source>order number %1 was mangled by a spreadsheet; duplicates are found by date, merchant and amount instead</source>
            <translation>订单号 %1 被电子表格改坏了；改为按日期、商户和金额查找重复</translation>
        </message>
        <message>
            <source>income, not a purchase on the line</source>
            <translation>收入，不是这个账户上的消费</translation>
        </message>
        <message>
            <source>income, not a purchase</source>
            <translation>收入，不是消费</translation>
        </message>
        <message>
            <source>amount is 0.00: no money moved</source>
            <translation>金额为 0.00：没有资金变动</translation>
        </message>
        <message>
            <source>no purchase named for this refund: credited unlinked</source>
            <translation>这笔退款没有指明对应的消费：作为未关联退款入账</translation>
        </message>
        <message>
            <source>the refunded purchase is not in this file or the ledger: credited unlinked</source>
            <extracomment>The ledger's settled data revision when the preview was made and the day it was made for: while both are still the same, the preview is still what importing would do (``ImportService.commit(unchanged=True)``). Times :meth:`ImportService.commit_current` makes a preview again when the ledger changed under it. Purchases written per batch of a commit (one transaction for all of them; progress is reported per batch).</extracomment>
            <translation>被退款的消费不在这个文件或账本里：作为未关联退款入账</translation>
        </message>
        <message>
            <source>the refunded purchase is not in this file</source>
            <translation>被退款的消费不在这个文件里</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>文件是空的</translation>
        </message>
        <message>
            <source>it starts with a %1 byte-order mark</source>
            <extracomment>Why a text is read in the encoding of its byte-order mark (``%1``), for a refusal that names it.</extracomment>
            <translation>文件以 %1 字节顺序标记开头</translation>
        </message>
        <message>
            <source>%1 says %2</source>
            <translation>%1 声明为 %2</translation>
        </message>
        <message>
            <source>the file</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>the file is truncated: it ends in the middle of a character</source>
            <translation>文件不完整：在一个字符的中间结束</translation>
        </message>
        <message>
            <source>%1 is this format's usual encoding</source>
            <translation>%1 是这种格式常用的编码</translation>
        </message>
        <message>
            <source>it looks like UTF-16 text</source>
            <translation>看起来是 UTF-16 文本</translation>
        </message>
        <message>
            <source>cannot decode the text as %1 (%2): bad byte at offset %3</source>
            <translation>无法按 %1 解码文本（%2）：偏移 %3 处有错误字节</translation>
        </message>
        <message>
            <source>unknown text encoding %1 (%2)</source>
            <translation>未知的文本编码 %1（%2）</translation>
        </message>
        <message>
            <source>its text is neither UTF-8 nor GBK/GB18030 (the closest guess, %1, fails too)</source>
            <translation>文本既不是 UTF-8 也不是 GBK/GB18030（最接近的猜测 %1 也读不通）</translation>
        </message>
        <message>
            <source>it is a binary file, not text</source>
            <translation>这是二进制文件，不是文本</translation>
        </message>
        <message>
            <source>it is a PDF; export the statement as CSV, Excel or OFX instead</source>
            <translation>这是 PDF；请改为导出 CSV、Excel 或 OFX 格式的账单</translation>
        </message>
        <message>
            <source>it is a zip archive (wallets e-mail the bill as a password-protected zip): extract the .csv or .xlsx inside it first</source>
            <translation>这是 zip 压缩包（支付宝、微信会把账单作为加密压缩包发到邮箱）：请先解压出里面的 .csv 或 .xlsx</translation>
        </message>
        <message>
            <source>its text is neither UTF-8 nor GBK/GB18030 and its encoding cannot be recognised</source>
            <translation>文本既不是 UTF-8 也不是 GBK/GB18030，无法识别它的编码</translation>
        </message>
        <message>
            <source>only a CSV text file can be read with a column profile</source>
            <extracomment>Words that suggest what a header cell holds, for a first guess of the mapping (lower case).</extracomment>
            <translation>只有 CSV 文本文件才能按列对应读取</translation>
        </message>
        <message>
            <source>no row with two or more columns: not a table</source>
            <translation>没有任何一行有两列以上：不是表格</translation>
        </message>
        <message>
            <source>QIF does not say its encoding: read as %1</source>
            <translation>QIF 文件没有注明编码：按 %1 读取</translation>
        </message>
        <message>
            <source>this QIF file has no credit-card section (!Type:CCard); sections: %1</source>
            <translation>这个 QIF 文件没有信用卡部分（!Type:CCard）；它的部分：%1</translation>
        </message>
        <message>
            <source>!Type:%1 section: a debit account, not the credit card</source>
            <translation>!Type:%1 部分：借记账户，不是这张信用卡</translation>
        </message>
        <message>
            <source>!Type:%1 section, not a credit card</source>
            <translation>!Type:%1 部分，不是信用卡</translation>
        </message>
        <message>
            <source>outside a !Type section, not a credit card</source>
            <translation>不在任何 !Type 部分中，不是信用卡</translation>
        </message>
        <message>
            <source>the dates mix day-first and month-first; read as month-first</source>
            <translation>日期中既有日在前也有月在前；按月在前读取</translation>
        </message>
        <message>
            <source>no date tells whether the day or the month comes first; read as %1</source>
            <translation>没有哪个日期能看出日和月谁在前；按 %1 读取</translation>
        </message>
        <message>
            <source>is not a date and time</source>
            <translation>不是日期时间</translation>
        </message>
        <message>
            <source>is not a date</source>
            <translation>不是日期</translation>
        </message>
        <message>
            <source>is not a valid date</source>
            <translation>不是有效的日期</translation>
        </message>
        <message>
            <source>has a misplaced thousands separator</source>
            <translation>千位分隔符位置不对</translation>
        </message>
        <message>
            <source>has more than 2 decimals</source>
            <translation>小数超过 2 位</translation>
        </message>
        <message>
            <source>must not be zero</source>
            <translation>不能为零</translation>
        </message>
        <message>
            <source>choose a column</source>
            <translation>请选择一列</translation>
        </message>
        <message>
            <source>not yet posted (尚未入账): it comes back, posted, in a later statement</source>
            <extracomment>A cell that starts with one of these marks a transaction the bank has not posted yet.</extracomment>
            <translation>尚未入账：入账后会出现在之后的账单里</translation>
        </message>
        <message>
            <source>two-digit years were read as 2000–2069 (00–69) and 1970–1999 (70–99): check the dates</source>
            <extracomment>Two-digit years below this are 20YY, the others 19YY (00–69 -&gt; 2000–2069, 70–99 -&gt; 1970–1999): the POSIX ``strptime`` ``%y`` pivot, which spreadsheets and bank exports follow. The notice a reader adds once when it read a two-digit year.</extracomment>
            <translation>两位数的年份按 2000–2069（00–69）和 1970–1999（70–99）读取：请核对日期</translation>
        </message>
        <message>
            <source>this QIF file is a debit account's (!Type:Bank or !Type:Cash), not a credit card's (!Type:CCard): DebtLens tracks credit lines; its deposits are not refunds and its payments are not purchases on a card</source>
            <translation>这个 QIF 文件属于借记账户（!Type:Bank 或 !Type:Cash），不是信用卡（!Type:CCard）：明白账记录的是授信账户；其中的存入不是退款，付款也不是信用卡消费</translation>
        </message>
        <message>
            <source>payment method unknown: the Alipay PC-web export has no 收/付款方式 column</source>
            <translation>支付方式不明：支付宝网页版导出文件没有“收/付款方式”列</translation>
        </message>
        <message>
            <source>the PC-web export has no payment-method column: nothing shows this payment was made with credit</source>
            <translation>网页版导出文件没有支付方式列：看不出这笔付款是用信用支付的</translation>
        </message>
        <message>
            <source>the Alipay PC-web export does not say which payments were made with credit (it has no payment-method column), so none is put on the line; if every payment in it was charged to this line, say so: --all-on-line, or the box in the import window</source>
            <translation>支付宝网页版导出文件没有写明哪些付款是用信用支付的（没有支付方式列），所以一笔也不会记到授信账户上；如果其中每一笔都记在这个账户上，请明确说明：使用 --all-on-line，或在导入窗口勾选相应选项</translation>
        </message>
        <message>
            <source>%1: not a purchase</source>
            <translation>%1：不是消费</translation>
        </message>
        <message>
            <source>%1 and 资金状态 blank: never paid</source>
            <translation>%1 且资金状态为空：从未付款</translation>
        </message>
        <message>
            <source>not paid</source>
            <translation>未付款</translation>
        </message>
        <message>
            <source>the refund is larger than the purchase</source>
            <translation>退款大于消费</translation>
        </message>
        <message>
            <source>refund dated by 最近修改时间: the export has no refund date</source>
            <translation>退款按最近修改时间记日期：导出文件没有退款日期</translation>
        </message>
        <message>
            <source>refund dated like its purchase: 最近修改时间 is unreadable</source>
            <translation>退款日期按其消费记：最近修改时间无法读取</translation>
        </message>
        <message>
            <source>the trailer says 已支出 %1 fen but the paid purchases minus refunds add up to %2 fen</source>
            <translation>文件末尾写着已支出 %1 分，但已付消费减去退款合计 %2 分</translation>
        </message>
        <message>
            <source>not readable as CSV at line %1: %2</source>
            <translation>第 %1 行无法按 CSV 读取：%2</translation>
        </message>
        <message>
            <source>the Excel workbook cannot be read (%1)</source>
            <extracomment>An unpacked workbook larger than this is refused before it is parsed (a zip bomb unpacks 2 MB into gigabytes). Shared strings (the workbook's table of texts) above this count are refused before parsing: the texts of a bill repeat (shops, categories, methods), so even a large export has far fewer; a 212 KB file holding 5 million empty ones took 40 s and 513 MB.</extracomment>
            <translation>无法读取 Excel 工作簿（%1）</translation>
        </message>
        <message>
            <source>the Excel workbook unpacks to %1 bytes, more than the %2 DebtLens reads; export a shorter period</source>
            <translation>Excel 工作簿解压后有 %1 字节，超过明白账能读取的 %2；请导出更短的时间段</translation>
        </message>
        <message>
            <source>the Excel workbook holds more than %1 texts, more than DebtLens reads; export a shorter period</source>
            <translation>Excel 工作簿中的文本超过 %1 条，超过明白账能读取的数量；请导出更短的时间段</translation>
        </message>
        <message>
            <source>the Excel workbook cannot be read (%1: %2)</source>
            <translation>无法读取 Excel 工作簿（%1：%2）</translation>
        </message>
        <message>
            <source>the Excel workbook has no worksheet</source>
            <translation>Excel 工作簿中没有工作表</translation>
        </message>
        <message>
            <source>the Excel sheet cannot be read (%1: %2)</source>
            <translation>无法读取 Excel 工作表（%1：%2）</translation>
        </message>
        <message>
            <source>the Excel workbook is %1 bytes, more than the %2 DebtLens reads; export a shorter period</source>
            <extracomment>A legacy workbook larger than this is refused before xlrd reads it (it holds the whole file in memory).</extracomment>
            <translation>Excel 工作簿有 %1 字节，超过明白账能读取的 %2；请导出更短的时间段</translation>
        </message>
        <message>
            <source>it is a password-protected Excel file: open it, remove the password and save it as .xlsx or CSV</source>
            <translation>这是设了密码的 Excel 文件：请打开它、去掉密码，再另存为 .xlsx 或 CSV</translation>
        </message>
        <message>
            <source>the legacy Excel (.xls) workbook cannot be read (%1: %2)</source>
            <translation>无法读取旧版 Excel（.xls）工作簿（%1：%2）</translation>
        </message>
        <message>
            <source>Bills of these purchases were due before today (%1, the first on %2) and no repayment after them is on record: they will show as overdue, with penalty interest. If you paid them, also import the export of the following months, or record those repayments.</source>
            <translation>这些消费有 %1 期账单在今天之前已到期（最早一期 %2），但之后没有任何还款记录：它们会显示为逾期并计罚息。如果已经还过，请一并导入之后几个月的账单，或手动记录这些还款。</translation>
        </message>
        <message>
            <source>DebtLens reads Alipay, WeChat Pay, JD (白条) and Meituan (月付) bills, CMB, ICBC, CGB, BOCOM, BOC, CITIC, SPDB, CCB and Chase credit-card CSVs (or .xls/.xlsx), OFX/QFX and QIF card statements, and typed purchases (date,merchant,category,amount,installments)</source>
            <extracomment>What DebtLens reads, said at the end of a refusal.</extracomment>
            <translation>明白账能读取支付宝、微信支付、京东（白条）和美团（月付）账单，招商银行、工商银行、广发银行、交通银行、中国银行、中信银行、浦发银行、建设银行和 Chase 的信用卡 CSV（或 .xls/.xlsx），OFX/QFX 和 QIF 信用卡账单，以及手动填写的消费（date,merchant,category,amount,installments）</translation>
        </message>
        <message>
            <source>These are the %1 rows of the file, and %2 is a credit card: import them onto a %3 line (the line dialog has a preset for it).</source>
            <translation>这些是文件中%1的记录，而%2是信用卡：请把它们导入到%3授信账户（添加授信账户时有对应的预设）。</translation>
        </message>
        <message>
            <source>Payments of these purchases were due before today (%1, the first on %2) and no repayment after them is on record: they will show as overdue, and a payment unpaid past its grace days costs the line's late fee (no interest is charged). If you paid them, also import the export of the following weeks, or record those repayments.</source>
            <translation>这些消费有 %1 笔分期付款在今天之前已到期（最早一笔 %2），但之后没有任何还款记录：它们会显示为逾期，超过宽限期仍未付的每笔付款按该账户的规则收取滞纳金（不计利息）。如果已经还过，请一并导入之后几周的账单，或手动记录这些还款。</translation>
        </message>
        <message>
            <source>These purchases (%1) are %2 over your %3 available on %4.</source>
            <translation>这些消费（%1）超出 %4 的可用额度 %3，多出 %2。</translation>
        </message>
        <message>
            <source>pays the bill of %1, from before the first purchase on record: kept, but not counted against later bills</source>
            <translation>偿还的是 %1 的账单，早于记录中的第一笔消费：保留这条记录，但不抵扣之后的账单</translation>
        </message>
        <message>
            <source>JD Baitiao (京东白条)</source>
            <extracomment>Formats whose rows are those of the app's own credit line, and that line's name.</extracomment>
            <translation>京东白条</translation>
        </message>
        <message>
            <source>Meituan Yuefu (美团月付)</source>
            <translation>美团月付</translation>
        </message>
        <message>
            <source>This is a %1, and %2 is a Huabei line: import it onto your card's line.</source>
            <translation>这是%1，而 %2 是花呗账户：请导入到你的信用卡账户。</translation>
        </message>
        <message>
            <source>in %1, the line is in %2: not imported (DebtLens does not convert currencies); import the file onto a line in %1, or enter the amount by hand in %2</source>
            <extracomment>A row in another currency than the line's: ``%1`` the row's currency, ``%2`` the line's.</extracomment>
            <translation>以 %1 计，而该授信账户以 %2 计：未导入（明白账不换算币种）；请把文件导入到 %1 的授信账户，或按 %2 手动录入金额</translation>
        </message>
        <message>
            <source>paid with %1, money borrowed on %2: the debt moves there; marked as repaid from that line</source>
            <translation>用 %1 支付，是在 %2 上借的钱：欠款挪到了那里；已标记为用该账户还款</translation>
        </message>
        <message>
            <source>paid with %1, borrowed money: the debt moves to that card or line rather than being repaid</source>
            <translation>用 %1 支付，是借来的钱：欠款挪到了那张卡或那个账户，并没有还掉</translation>
        </message>
        <message>
            <source>paid with %1, not %2</source>
            <translation>用%1支付，不是%2</translation>
        </message>
        <message>
            <source>%1: %2 paid with %3, not a purchase on the line</source>
            <translation>%1：%2，用%3支付，不是这个账户上的消费</translation>
        </message>
        <message>
            <source>income (%1), not on the card</source>
            <translation>收入（%1），不在这张卡上</translation>
        </message>
        <message>
            <source>income (%1), not a purchase on the line</source>
            <translation>收入（%1），不是这个授信账户上的消费</translation>
        </message>
        <message>
            <source>%1: %2 with %3, not on the line</source>
            <translation>%1：%2，用%3，不在这个授信账户上</translation>
        </message>
        <message>
            <source>a transfer</source>
            <translation>转账</translation>
        </message>
        <message>
            <source>a repayment of %1, not of %2</source>
            <translation>是%1的还款，不是%2的</translation>
        </message>
        <message>
            <source>another product</source>
            <translation>其他产品</translation>
        </message>
        <message>
            <source>%1 (%2), not a purchase, refund or repayment</source>
            <translation>%1（%2），不是消费、退款或还款</translation>
        </message>
        <message>
            <source>no 交易类型</source>
            <translation>没有交易类型</translation>
        </message>
        <message>
            <source>the amount was printed with %1: kept at the amount paid; the refund is its own row</source>
            <translation>金额后面写着%1：按实付金额记录；退款是单独的一行</translation>
        </message>
        <message>
            <source>%1 rows are periods of installment plans (分期 n/N期), not new purchases: each is billed in full on its statement and counts in full in its minimum payment</source>
            <extracomment>The three kinds of money movement on a tracked credit line. The file-level notice of rows that are periods of the bank's installment plans; %1 is how many.</extracomment>
            <translation>%1 行是分期的某一期（分期 n/N期），不是新消费：每期都全额计入当期账单，并全额计入当期最低还款额</translation>
        </message>
        <message>
            <source>in %1: a dual-currency card bills it on its own %2 statement; this file is read in %3</source>
            <translation>以%1计：双币卡把它记在单独的 %2 账单上；此文件按 %3 读取</translation>
        </message>
        <message>
            <source>does not start with a known type (%1)</source>
            <translation>开头不是已知的交易类型（%1）</translation>
        </message>
        <message>
            <source>the amount's sign does not match the type %1; the type was followed</source>
            <translation>金额的正负号与类型 %1 不符；已按类型处理</translation>
        </message>
        <message>
            <source>is not a MM/DD date</source>
            <translation>不是 MM/DD 格式的日期</translation>
        </message>
        <message>
            <source>the %1 dates have no year (MM/DD) and no title line with the statement month (YYYY年MM月) was found above the header</source>
            <translation>%1 个日期没有年份（MM/DD），且表头上方没有写明账单月份（YYYY年MM月）的标题行</translation>
        </message>
        <message>
            <source>is not a %1 date</source>
            <translation>不是 %1 格式的日期</translation>
        </message>
        <message>
            <source>is in %1, not %2: enter it by hand in the line's currency, or import it onto a line in that currency</source>
            <translation>是 %1，不是 %2：请按授信账户的币种手动录入，或导入到该币种的授信账户</translation>
        </message>
        <message>
            <source>neutral %1 paid with %2, not on the card</source>
            <translation>%1（不计收支），用%2支付，不在这张卡上</translation>
        </message>
        <message>
            <source>repayment of another card (%1), not %2</source>
            <translation>另一张卡的还款（%1），不是%2</translation>
        </message>
        <message>
            <source>repayment not completed (%1)</source>
            <translation>还款未完成（%1）</translation>
        </message>
        <message>
            <source>several %1 credit cards appear in this bill: check that this repayment is for %2</source>
            <translation>这份账单里有多张%1信用卡：请确认这笔还款是还给 %2 的</translation>
        </message>
        <message>
            <source>the refunded purchase is not in this bill</source>
            <translation>被退款的消费不在这份账单里</translation>
        </message>
        <message>
            <source>交易单号 %1 was mangled by a spreadsheet; duplicates are found by date, merchant and amount instead</source>
            <translation>交易单号 %1 被电子表格改坏了；改为按日期、商户和金额查找重复</translation>
        </message>
        <message>
            <source>payment not completed (%1)</source>
            <translation>付款未完成（%1）</translation>
        </message>
        <message>
            <source>the text encoding was guessed as %1: check that names read correctly</source>
            <translation>文本编码是猜测的（%1）：请检查名称是否显示正确</translation>
        </message>
        <message>
            <source>choose the credit card to import: %1</source>
            <translation>请选择要导入的信用卡：%1</translation>
        </message>
        <message>
            <source>the OFX header is not followed by an &lt;OFX&gt; element</source>
            <translation>OFX 文件头后面没有 &lt;OFX&gt; 元素</translation>
        </message>
        <message>
            <source>the OFX file is truncated: it does not end with &lt;/OFX&gt;</source>
            <translation>OFX 文件不完整：没有以 &lt;/OFX&gt; 结尾</translation>
        </message>
        <message>
            <source>the text encoding was guessed as %1</source>
            <translation>文本编码是猜测的（%1）</translation>
        </message>
        <message>
            <source>the ledger balance of account %1 is unreadable</source>
            <translation>无法读取账户 %1 的账面余额</translation>
        </message>
        <message>
            <source>account %1 is not the tracked card</source>
            <translation>账户 %1 不是所选的卡</translation>
        </message>
        <message>
            <source>the OFX header declares an unknown character set %1</source>
            <translation>OFX 文件头声明了未知的字符集 %1</translation>
        </message>
        <message>
            <source>the OFX markup cannot be read (%1: %2)</source>
            <translation>无法读取 OFX 标记（%1：%2）</translation>
        </message>
        <message>
            <source>the OFX markup has no &lt;OFX&gt; root element</source>
            <translation>OFX 标记中没有 &lt;OFX&gt; 根元素</translation>
        </message>
        <message>
            <source>this OFX file holds a bank-account statement (BANKMSGSRSV1), not a credit card (CREDITCARDMSGSRSV1)</source>
            <translation>这个 OFX 文件是银行账户对账单（BANKMSGSRSV1），不是信用卡对账单（CREDITCARDMSGSRSV1）</translation>
        </message>
        <message>
            <source>this OFX file holds no credit-card statement (CREDITCARDMSGSRSV1)</source>
            <translation>这个 OFX 文件中没有信用卡对账单（CREDITCARDMSGSRSV1）</translation>
        </message>
        <message>
            <source>this file holds several cards: choose one of %1</source>
            <translation>这个文件里有多张卡：请从 %1 中选一张</translation>
        </message>
        <message>
            <source>TRNTYPE %1 with a negative TRNAMT: read as a charge</source>
            <translation>TRNTYPE %1 的 TRNAMT 为负：按支出读取</translation>
        </message>
        <message>
            <source>TRNTYPE %1 with a positive TRNAMT: read as a credit</source>
            <translation>TRNTYPE %1 的 TRNAMT 为正：按存入读取</translation>
        </message>
        <message>
            <source>is not an OFX date</source>
            <translation>不是 OFX 格式的日期</translation>
        </message>
        <message>
            <source>%1 does not appear in this bill</source>
            <translation>这份账单里没有出现%1</translation>
        </message>
        <message>
            <source>account %1 is not in this file</source>
            <translation>这个文件里没有账户 %1</translation>
        </message>
        <message>
            <source>no row was paid with %1; payment methods in this file: %2</source>
            <translation>没有一行是用%1支付的；文件中的支付方式：%2</translation>
        </message>
        <message>
            <source>it looks like an Alipay 记账本 (cash-book) export; export the transaction statement instead: 我的 → 账单 → … → 开具交易流水证明 → 用于个人对账</source>
            <extracomment>Head words that make a table a debit card's or a bank account's (compared case-insensitively); 开户机构 (the branch where the account was opened) heads CCB's account download, which a card statement never has. Header words of a running balance: a bank account prints one on every row, a card statement rarely. Words that say the table is a credit card's after all: then no debit diagnosis. Header words of a date column and of an amount column, for telling a bank table from any other table. A long bare number is an account or card number (``账号,6200…`` in a preamble line), not an amount or a date.</extracomment>
            <translation>这看起来是支付宝“记账本”的导出文件；请改为导出交易明细：我的 → 账单 → … → 开具交易流水证明 → 用于个人对账</translation>
        </message>
        <message>
            <source>it mentions Alipay but has no transaction header (交易时间,交易分类,…); the file may be truncated</source>
            <translation>文件提到支付宝，但没有交易表头（交易时间,交易分类,…）；文件可能不完整</translation>
        </message>
        <message>
            <source>it mentions WeChat Pay but has no transaction header (交易时间,交易类型,…); the file may be truncated</source>
            <translation>文件提到微信支付，但没有交易表头（交易时间,交易类型,…）；文件可能不完整</translation>
        </message>
        <message>
            <source>no known column header in its first %1 lines (looked for the Alipay app and PC-web, WeChat Pay, JD, Meituan, CMB, ICBC, CGB, BOCOM, BOC, CITIC, SPDB, CCB, Chase and date,merchant,category,amount layouts); for another bank's CSV, set up a CSV profile</source>
            <translation>前 %1 行中没有可识别的表头（查找了支付宝 App 和网页版、微信支付、京东、美团、招商银行、工商银行、广发银行、交通银行、中国银行、中信银行、浦发银行、建设银行、Chase 以及 date,merchant,category,amount 格式）；其他银行的 CSV 请设置列对应</translation>
        </message>
        <message>
            <source>it looks like a debit-card statement (%1): DebtLens tracks credit lines (credit cards, Huabei, pay-later), not bank accounts; %2</source>
            <translation>看起来是借记卡账单（%1）：明白账记录的是授信账户（信用卡、花呗、先享后付），不是银行账户；%2</translation>
        </message>
        <message>
            <source>it looks like an Alipay file, but its columns (%1) are not those of the transaction bill (交易时间,…); %2</source>
            <translation>看起来是支付宝文件，但它的列（%1）不是交易明细的列（交易时间,…）；%2</translation>
        </message>
        <message>
            <source>it looks like a WeChat Pay file, but its columns (%1) are not those of the transaction bill (交易时间,…); %2</source>
            <translation>看起来是微信支付文件，但它的列（%1）不是交易明细的列（交易时间,…）；%2</translation>
        </message>
        <message>
            <source>it looks like a %1 file, but its columns (%2) are not those of the bill export DebtLens reads (交易创建时间,…,实付金额 for Meituan; 交易时间,…,收/付款方式 for JD); its rows mix payment methods, so a column mapping would put every payment on the line; %3</source>
            <translation>看起来是%1文件，但它的列（%2）不是明白账能读取的账单导出格式（美团为 交易创建时间,…,实付金额；京东为 交易时间,…,收/付款方式）；各行的支付方式混在一起，按列对应会把每笔付款都记到这个账户上；%3</translation>
        </message>
        <message>
            <source>it looks like a bank card CSV with columns %1, a layout without a preset: map them in the CSV mapping editor; %2</source>
            <translation>看起来是银行卡 CSV，列为 %1，还没有现成的格式：请在 CSV 列对应编辑器中对应各列；%2</translation>
        </message>
        <message>
            <source>its header (%1) names no date and amount columns, so it is no statement; %2; for another bank's CSV, map its columns in the CSV mapping editor</source>
            <translation>表头（%1）中没有日期和金额列，所以不是账单；%2；其他银行的 CSV 请在 CSV 列对应编辑器中对应各列</translation>
        </message>
        <message>
            <source>its header lines say %1</source>
            <translation>表头部分写着“%1”</translation>
        </message>
        <message>
            <source>a running balance column, %1</source>
            <translation>有余额列“%1”</translation>
        </message>
        <message>
            <source>not readable as CSV near line %1: %2</source>
            <translation>第 %1 行附近无法按 CSV 读取：%2</translation>
        </message>
        <message>
            <source>not an Alipay/WeChat/OFX/QIF/bank CSV statement: %1</source>
            <extracomment>The refusal of a file that is no supported statement; ``%1`` says what it looks like and what was expected.</extracomment>
            <translation>不是支付宝/微信/OFX/QIF/银行 CSV 账单：%1</translation>
        </message>
        <message>
            <source>%1 (got %2)</source>
            <translation>%1（实际为 %2）</translation>
        </message>
        <message>
            <source>category %1 is not a DebtLens category: filed under Other</source>
            <translation>类别 %1 不是明白账的类别：归入“其他”</translation>
        </message>
        <message>
            <source>the row has %1 fields where the header has %2: a value with a comma in it (such as an amount written 16,08) is not in quotes, so its columns cannot be told apart</source>
            <extracomment>A CSV row with more fields than its header (see :meth:`Table.wrong_width`): ``%1`` its fields, ``%2`` the header's.</extracomment>
            <translation>这一行有 %1 个字段，而表头有 %2 个：某个含逗号的值（例如写成 16,08 的金额）没有加引号，无法分清各列</translation>
        </message>
        <message>
            <source>the header on row %1 lacks the column(s) %2</source>
            <extracomment>How often (in rows) the progress callback is called. Rows read ahead to learn how many empty fields a file pads its rows with past the header. ``same(text)``: ``text`` as one string object per distinct value: merchants, items, categories and payment methods repeat row after row, and every event keeps its own otherwise (100,000 rows: tens of MB). The interpreter's own table of interned strings, a C call with no Python frame, 340,000 times per 100,000 rows; a string leaves it when nothing refers to it any more.</extracomment>
            <translation>第 %1 行的表头缺少列 %2</translation>
        </message>
        <message>
            <source>the row has %1 fields, expected at least %2</source>
            <translation>这一行有 %1 个字段，应至少有 %2 个</translation>
        </message>
        <message>
            <source>the file looks truncated: its last line (%1) is incomplete and has no line end</source>
            <translation>文件似乎不完整：最后一行（%1）不完整且没有换行</translation>
        </message>
        <message>
            <source>name an amount column, or debit and/or credit columns</source>
            <extracomment>Currency names as Chinese bank exports print them.</extracomment>
            <translation>请选择金额列，或支出列和/或存入列</translation>
        </message>
        <message>
            <source>name either an amount column or debit/credit columns, not both</source>
            <translation>金额列与支出/存入列只能选一种</translation>
        </message>
        <message>
            <source>dated %1, %2 days after today (%3): not imported, most likely a misread or mistyped date; enter it by hand if it is right</source>
            <extracomment>``%1`` the row's date, ``%2`` how many days after today, ``%3`` today (ISO dates).</extracomment>
            <translation>日期为 %1，比今天（%3）晚 %2 天：未导入，多半是日期读错或写错了；如果确实如此，请手动录入</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Upcoming</source>
            <translation>未出账</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>待还款</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已还清</translation>
        </message>
        <message>
            <source>Minimum paid</source>
            <translation>已还最低</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Huabei</source>
            <translation>花呗</translation>
        </message>
        <message>
            <source>Credit card</source>
            <translation>信用卡</translation>
        </message>
        <message>
            <source>Pay later (BNPL)</source>
            <translation>先用后付</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Full statement</source>
            <translation>全额还款</translation>
        </message>
        <message>
            <source>Minimum payment</source>
            <translation>最低还款</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>消费</translation>
        </message>
        <message>
            <source>Installment</source>
            <translation>分期</translation>
        </message>
        <message>
            <source>Bill installment</source>
            <translation>账单分期</translation>
        </message>
        <message>
            <source>Early payoff</source>
            <translation>提前还款</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Carried from the previous bill</source>
            <translation>上期未还结转</translation>
        </message>
        <message>
            <source>Interest posted</source>
            <translation>入账利息</translation>
        </message>
        <message>
            <source>Late fee</source>
            <translation>违约金</translation>
        </message>
        <message>
            <source>Credit from earlier payments</source>
            <translation>溢缴款抵扣</translation>
        </message>
        <message>
            <source>Turned into a bill installment</source>
            <translation>转为账单分期</translation>
        </message>
        <message>
            <source>Credit carried to later bills</source>
            <translation>溢缴款结转至后续账单</translation>
        </message>
        <message>
            <source>Auto-repaid</source>
            <translation>已自动还款</translation>
        </message>
        <message>
            <source>auto-repayment failed</source>
            <translation>自动还款失败</translation>
        </message>
        <message>
            <source>Paid late</source>
            <extracomment>An overdue bill paid off since (``Statement.paid_late``).</extracomment>
            <translation>逾期后已还清</translation>
        </message>
    </context>
    <context>
        <name>LedgerFiles</name>
        <message>
            <source>&amp;New ledger…</source>
            <extracomment>QSettings key of the recent ledgers (paths, most recent first). How many recent ledgers the menu lists.</extracomment>
            <translation>新建账本(&amp;N)…</translation>
        </message>
        <message>
            <source>Start an empty ledger in a file of its own</source>
            <translation>在单独的文件里新建一个空账本</translation>
        </message>
        <message>
            <source>&amp;Open another ledger…</source>
            <translation>打开其他账本(&amp;O)…</translation>
        </message>
        <message>
            <source>Switch to another DebtLens file</source>
            <translation>切换到另一个明白账文件</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>(no other ledger opened yet)</source>
            <translation>（还没有打开过其他账本）</translation>
        </message>
        <message>
            <source>DebtLens ledgers (*.db)</source>
            <translation>明白账账本 (*.db)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>Open another ledger</source>
            <translation>打开其他账本</translation>
        </message>
        <message>
            <source>New ledger</source>
            <translation>新建账本</translation>
        </message>
        <message>
            <source>my-ledger.db</source>
            <translation>我的账本.db</translation>
        </message>
        <message>
            <source>%1 exists already. A new ledger never replaces a file: choose another name, or open it with “Open another ledger…”.</source>
            <translation>%1 已经存在。新建账本不会覆盖已有文件：请换一个文件名，或者用“打开其他账本…”打开它。</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>文件夹 %1 不存在。</translation>
        </message>
        <message>
            <source>DebtLens</source>
            <translation>明白账</translation>
        </message>
    </context>
    <context>
        <name>LimitDialog</name>
        <message>
            <source>Change credit limit of %1</source>
            <translation>调整“%1”的授信额度</translation>
        </message>
        <message>
            <source>New &amp;limit (¥)</source>
            <translation>新额度（元）(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>生效日期(&amp;F)</translation>
        </message>
        <message>
            <source>New credit limit</source>
            <translation>新授信额度</translation>
        </message>
        <message>
            <source>Date the limit applies from</source>
            <translation>额度生效日期</translation>
        </message>
    </context>
    <context>
        <name>LineDialog</name>
        <message>
            <source>Huabei (花呗)</source>
            <extracomment>The product presets (``domain.line_presets``), in the order the form offers them.</extracomment>
            <translation>花呗</translation>
        </message>
        <message>
            <source>Huabei</source>
            <translation>花呗</translation>
        </message>
        <message>
            <source>Credit card</source>
            <translation>信用卡</translation>
        </message>
        <message>
            <source>Pay later (pay in 4)</source>
            <translation>先用后付（分 4 期）</translation>
        </message>
        <message>
            <source>Pay later</source>
            <translation>先用后付</translation>
        </message>
        <message>
            <source>JD Baitiao (京东白条)</source>
            <translation>京东白条</translation>
        </message>
        <message>
            <source>JD Baitiao</source>
            <translation>京东白条</translation>
        </message>
        <message>
            <source>Meituan Yuefu (美团月付)</source>
            <translation>美团月付</translation>
        </message>
        <message>
            <source>Meituan Yuefu</source>
            <translation>美团月付</translation>
        </message>
        <message>
            <source>Edit credit line</source>
            <extracomment>Currencies listed first in the line dialog (the rest of ISO 4217 follows, alphabetically).</extracomment>
            <translation>编辑授信账户</translation>
        </message>
        <message>
            <source>Add credit line</source>
            <translation>添加授信账户</translation>
        </message>
        <message>
            <source>A new statement day or due day applies from the next bill, as banks do: bills already issued keep their dates and amounts.</source>
            <translation>新的账单日或还款日从下一期账单开始生效，和银行的做法一样：已经出的账单日期和金额都不变。</translation>
        </message>
        <message>
            <source>Copy the statement day, due day and limit from your app or card; the rest are common defaults you can change.</source>
            <translation>账单日、还款日和额度请照着 App 或卡片上的填写；其余是常见的默认值，可以修改。</translation>
        </message>
        <message>
            <source>&amp;Start from</source>
            <translation>参照(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>名称(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>类型(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Statement day</source>
            <translation>账单日(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Due day</source>
            <translation>还款日(&amp;D)</translation>
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation>币种(&amp;U)</translation>
        </message>
        <message>
            <source>Credit &amp;limit (¥)</source>
            <translation>授信额度（元）(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Minimum payment</source>
            <translation>最低还款比例(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Penalty interest per day</source>
            <translation>逾期日利率(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Grace days</source>
            <translation>宽限期天数(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Auto-repay</source>
            <translation>自动还款(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Interest if not paid in full</source>
            <translation>未全额还款时的计息方式(&amp;I)</translation>
        </message>
        <message>
            <source>Statement-day purchases</source>
            <translation>账单日当天的消费</translation>
        </message>
        <message>
            <source>Late &amp;fee</source>
            <translation>违约金(&amp;F)</translation>
        </message>
        <message>
            <source>Smallest late fee (¥)</source>
            <translation>最低违约金（元）</translation>
        </message>
        <message>
            <source>Installment fee&amp;s</source>
            <translation>分期手续费(&amp;S)</translation>
        </message>
        <message>
            <source>Pay b&amp;y</source>
            <translation>还款方式(&amp;Y)</translation>
        </message>
        <message>
            <source>Late fees (pay in &amp;4)</source>
            <translation>滞纳金（分4期）(&amp;4)</translation>
        </message>
        <message>
            <source> (day of month)</source>
            <translation> 日（每月）</translation>
        </message>
        <message>
            <source>e.g. 10%, or 0% when there is none</source>
            <translation>例如 10%，没有最低还款时填 0%</translation>
        </message>
        <message>
            <source>e.g. 0.05%</source>
            <translation>例如 0.05%</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>The currency of the line's bills; amounts are kept in its smallest unit (fen, cent). It cannot change once the line is saved.</source>
            <translation>此授信账户账单的币种；金额按它的最小单位（分）保存。保存后不能再更改。</translation>
        </message>
        <message>
            <source>A monthly bill</source>
            <translation>按月出账单</translation>
        </message>
        <message>
            <source>Each purchase in 4 payments every 2 weeks (pay in 4)</source>
            <translation>每笔消费分 4 期，每两周还一期（分4期）</translation>
        </message>
        <message>
            <source>Klarna US: 7.00 a payment unpaid after 10 days</source>
            <translation>Klarna（美国）：逾期 10 天仍未还的每期 7.00</translation>
        </message>
        <message>
            <source>Afterpay AU: 10.00, and 7.00 more after 7 days</source>
            <translation>Afterpay（澳大利亚）：10.00，逾期超过 7 天再加 7.00</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>What a payment not made on time costs; all fees on a purchase together are at most 25% of it, and fees never bear fees.</source>
            <translation>未按时还款的一期要付的费用；一笔消费的费用合计不超过其 25%，费用不再产生费用。</translation>
        </message>
        <message>
            <source>On the unpaid part, from the due date (Huabei)</source>
            <translation>按未还部分、从到期日起计息（花呗）</translation>
        </message>
        <message>
            <source>On the whole bill, from each purchase (全额计息, most cards)</source>
            <translation>全额计息：整笔账单从每笔消费入账日起计息（多数信用卡）</translation>
        </message>
        <message>
            <source>What a bill not paid in full costs: Huabei charges only the unpaid part from the due date; most bank cards charge every purchase on the bill from the day it was posted.</source>
            <translation>账单未全额还清时的利息：花呗只对未还部分从到期日起计息；多数银行信用卡对账单上每笔消费从入账日起计息。</translation>
        </message>
        <message>
            <source>are on that day's bill (some banks); else on the next one</source>
            <translation>计入当天出的账单（部分银行）；否则计入下期</translation>
        </message>
        <message>
            <source>e.g. 5% of the unpaid minimum; 0% for none</source>
            <translation>例如未还最低还款额的 5%；没有则填 0%</translation>
        </message>
        <message>
            <source>Total fee per number of months, as your app shows it, e.g. 3=2.5% 6=4.5% 12=8.8%</source>
            <translation>各期数的总手续费率，照你的 App 上显示的填写，例如 3=2.5% 6=4.5% 12=8.8%</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>LinesView</name>
        <message>
            <source>Bring back</source>
            <translation>恢复显示</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>归档</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Change limit…</source>
            <translation>调整额度…</translation>
        </message>
        <message>
            <source>Limit history</source>
            <translation>额度变更记录</translation>
        </message>
        <message>
            <source>Utilization on past dates uses the limit in force then.</source>
            <translation>计算过去某天的额度使用率时，用的是当时有效的额度。</translation>
        </message>
        <message>
            <source>Credit lines</source>
            <translation>授信账户</translation>
        </message>
    </context>
    <context>
        <name>LoadWarning</name>
        <message>
            <source>Before you save: check the date.</source>
            <translation>保存之前：请核对日期。</translation>
        </message>
        <message>
            <source>Before you save: this goes past a limit you set yourself.</source>
            <translation>保存之前：这笔超出了你给自己定的限额。</translation>
        </message>
        <message>
            <source>Before you save: this purchase makes your debts harder to carry.</source>
            <translation>保存前请注意：这笔消费会让你的负债更难承受。</translation>
        </message>
        <message>
            <source>%1 over your %2 available on %3.</source>
            <translation>超出 %3 的可用额度 %2，多出 %1。</translation>
        </message>
        <message>
            <source>This purchase is dated %1, %2 days after today (%3): most likely a typo. Check the year and the month.</source>
            <translation>这笔消费的日期是 %1，比今天（%3）晚 %2 天，多半是输错了。请核对年份和月份。</translation>
        </message>
        <message>
            <source>&amp;Record anyway</source>
            <translation>仍然记录(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Compare ways of paying…</source>
            <translation>比较各种付款方式…(&amp;C)</translation>
        </message>
        <message>
            <source>Your own limit on %1 is %2: this takes what you owe there from %3 to %4, %5 past it.</source>
            <translation>你给 %1 定的额度是 %2：这笔让你在上面的欠款从 %3 变成 %4，超出 %5。</translation>
        </message>
        <message numerus="yes">
            <source>You allow yourself at most %n installment plan(s) at once: %1 running, this makes %2.</source>
            <translation>
                <numerusform>你给自己定的是同时最多 %n 笔分期：现在有 %1 笔，这笔之后是 %2 笔。</numerusform>
            </translation>
        </message>
        <message>
            <source>Your monthly cap on credit spending is %1: this takes this month from %2 to %3, %4 past it.</source>
            <translation>你给自己定的每月信用消费上限是 %1：这笔让本月从 %2 变成 %3，超出 %4。</translation>
        </message>
        <message>
            <source>This takes your busiest month from %2 to %3 of your income (%4 → %5).</source>
            <translation>这会让你还款最多的月份从收入的 %2 升到 %3（%4 → %5）。</translation>
        </message>
        <message>
            <source>This takes all your lines together from %2 to %3 used (%4 → %5).</source>
            <translation>这会让你所有账户合计的使用率从 %2 升到 %3（%4 → %5）。</translation>
        </message>
        <message>
            <source>This takes %1 from %2 to %3 used (%4 → %5).</source>
            <translation>这会让%1的额度使用率从 %2 升到 %3（%4 → %5）。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Leave the workshop</source>
            <translation>离开课堂模式</translation>
        </message>
        <message>
            <source>This scenario cannot be used</source>
            <translation>无法使用这个案例</translation>
        </message>
        <message>
            <source>The scenario file has a mistake:
%1</source>
            <translation>案例文件有错误：
%1</translation>
        </message>
        <message>
            <source>Open a scenario file</source>
            <translation>打开案例文件</translation>
        </message>
        <message>
            <source>Scenario files (*.toml)</source>
            <translation>案例文件 (*.toml)</translation>
        </message>
        <message>
            <source>DebtLens</source>
            <translation>明白账</translation>
        </message>
        <message>
            <source>Demo</source>
            <translation>演示</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <extracomment>What each view asks of the window: (the view's signal, the window's slot or signal it is connected to). the widgets of the window's stack: a view, or a ``LazyView`` holding the place of one not built yet the views by key, built when asked for (each has its own class, imported when it is built)</extracomment>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Ledger</source>
            <translation>账本(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Workshop</source>
            <translation>课堂(&amp;W)</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>视图</translation>
        </message>
        <message>
            <source>True cost</source>
            <translation>真实成本</translation>
        </message>
        <message>
            <source>You are looking at the demo: made-up data, kept apart from yours.</source>
            <translation>你正在查看演示数据：均为虚构，与你自己的数据分开保存。</translation>
        </message>
        <message>
            <source>Back to my data</source>
            <translation>回到我的数据</translation>
        </message>
    </context>
    <context>
        <name>MinimumTrapView</name>
        <message>
            <source>If you pay only the minimum</source>
            <translation>如果只还最低还款额</translation>
        </message>
        <message>
            <source>How long a bill takes to clear, and what it costs, if you pay only the minimum each month and buy nothing new on it.</source>
            <translation>如果每月只还最低还款额、也不再新增消费，一期账单要多久才能还清、要多花多少钱。</translation>
        </message>
        <message>
            <source>&amp;Bill</source>
            <translation>账单(&amp;B)</translation>
        </message>
        <message>
            <source>B&amp;alance</source>
            <translation>欠款(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Rate per year</source>
            <translation>年利率(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Minimum share</source>
            <translation>最低还款比例(&amp;M)</translation>
        </message>
        <message>
            <source>Minimum at &amp;least</source>
            <translation>最低还款至少(&amp;L)</translation>
        </message>
        <message>
            <source>plus the month's interest</source>
            <translation>再加当月利息</translation>
        </message>
        <message>
            <source>&amp;Calculate</source>
            <translation>计算(&amp;C)</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>欠款</translation>
        </message>
        <message>
            <source>Rate per year</source>
            <translation>年利率</translation>
        </message>
        <message>
            <source>Bill</source>
            <translation>账单</translation>
        </message>
        <message>
            <source>Minimum share</source>
            <translation>最低还款比例</translation>
        </message>
        <message>
            <source>Minimum at least</source>
            <translation>最低还款至少</translation>
        </message>
        <message>
            <source>Assumes no new purchases, no fees, and the same rate throughout; interest is charged monthly at the yearly rate ÷ 12 (US Regulation Z method).</source>
            <translation>假设不再新增消费、没有其他费用、利率始终不变；利息按月计算，月利率 = 年利率 ÷ 12（美国 Z 条例的方法）。</translation>
        </message>
        <message>
            <source>My own numbers</source>
            <translation>自己输入</translation>
        </message>
        <message>
            <source>%1 · bill of %2 · %3</source>
            <translation>%1 · %2 账单 · %3</translation>
        </message>
        <message>
            <source>(next bill, so far)</source>
            <translation>（下期账单，目前为止）</translation>
        </message>
        <message>
            <source>%1 a day × 365 = %2 a year (simple); %3 with daily compounding.</source>
            <translation>日息 %1 × 365 = 年化 %2（单利）；按日复利为 %3。</translation>
        </message>
        <message>
            <source>Follows this line's own bills: this bill is overdue, so its minimum is paid today, with the penalty interest and any late fee for the days late; after that, no new purchases, each minimum paid on its due date, and interest charged daily on what is left, as the statements will show it.</source>
            <translation>按这条额度自己的账单计算：这期账单已逾期，所以最低还款今天还上，并计入逾期这些天的罚息和违约金（如有）；之后不再消费，每期最低还款在到期日还上，剩余部分按日计息，与账单页显示的一致。</translation>
        </message>
        <message>
            <source>Follows this line's own bills: no new purchases; each month the minimum the bill asks is paid on its due date, and interest is charged daily on what is left, as the statements will show it.</source>
            <translation>按这条额度自己的账单计算：不再有新消费；每期在还款日还上账单要求的最低还款额，剩余部分按日计息，与账单页将显示的一致。</translation>
        </message>
        <message>
            <source>%1 has no minimum payment: the whole bill, %2, is due by %3. There is no minimum to trap you; pay it in full on time and it costs no interest.</source>
            <translation>%1没有最低还款额：整期账单 %2 须在 %3 前一次还清。这里不存在最低还款陷阱；按时全额还款就不产生任何利息。</translation>
        </message>
        <message>
            <source>With a minimum share of 0% or 100% there is no minimum payment: the whole %2 is due at once, so there is no minimum to trap you.</source>
            <translation>最低还款比例为 0% 或 100% 时没有最低还款额：全部 %2 须一次还清，因此不存在最低还款陷阱。</translation>
        </message>
        <message>
            <source>If you pay only the minimum, you will never pay off this balance: the minimum (%1 the first month) does not even cover the interest.</source>
            <translation>如果只还最低还款额，这笔欠款永远还不清：最低还款额（第一个月 %1）连利息都不够付。</translation>
        </message>
        <message>
            <source>about %1 years (%2 months)</source>
            <translation>大约 %1 年（%2 个月）</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n 个月</numerusform>
            </translation>
        </message>
        <message>
            <source>If you pay only the minimum (%1 the first month), it takes %2 to pay off this balance, and you pay %3 in all: %4 of it interest.</source>
            <translation>如果只还最低还款额（第一个月 %1），还清这笔欠款需要 %2，总共要还 %3，其中利息 %4。</translation>
        </message>
        <message>
            <source>Pay %1 a month instead and it is paid off in 3 years, %2 in all.</source>
            <translation>如果改为每月还 %1，3 年就能还清，总共还 %2。</translation>
        </message>
        <message>
            <source>You save %1.</source>
            <translation>可以省下 %1。</translation>
        </message>
        <message>
            <source>Here the minimum is larger than the %1 a month that would clear it in 3 years, but the last part of the balance still drags on for years.</source>
            <translation>这里的最低还款额比 3 年还清所需的每月 %1 还多，但剩下的尾款仍会拖上好几年。</translation>
        </message>
        <message>
            <source>Its due date (%1) has passed: pay what is overdue now, every day adds interest.</source>
            <translation>还款日（%1）已过：请现在就还上逾期的部分，每多一天都会多一天利息。</translation>
        </message>
        <message>
            <source>Pay the whole bill by its due date (%1) and it costs no interest at all.</source>
            <translation>在还款日（%1）前还清整期账单，就不用付任何利息。</translation>
        </message>
        <message>
            <source>Minimum only</source>
            <translation>只还最低</translation>
        </message>
        <message>
            <source>Minimum only (never paid off)</source>
            <translation>只还最低（永远还不清）</translation>
        </message>
        <message>
            <source>%1 a month (3 years)</source>
            <translation>每月 %1（3 年）</translation>
        </message>
        <message>
            <source>Balance left, month by month</source>
            <translation>每月剩余欠款</translation>
        </message>
        <message>
            <source>Months from now</source>
            <translation>距今月数</translation>
        </message>
    </context>
    <context>
        <name>MyLimitsDialog</name>
        <message>
            <source>My limits</source>
            <translation>我的限额</translation>
        </message>
        <message>
            <source>Limits you set yourself, below what the bank allows. DebtLens reads your lines against them and asks again, naming the limit, before saving a purchase that goes past one. Leave a field empty for no limit.</source>
            <translation>你给自己定的限额，低于银行给的额度。明白账会按它们来看你的每个额度；一笔消费要是超出其中一项，保存前会指明是哪一项并再问你一次。留空表示不设限。</translation>
        </message>
        <message>
            <source>My limit on each line (¥)</source>
            <translation>每个额度我自己的上限（¥）</translation>
        </message>
        <message>
            <source>My limit on each line</source>
            <translation>每个额度我自己的上限</translation>
        </message>
        <message>
            <source>%1 (¥)</source>
            <translation>%1（¥）</translation>
        </message>
        <message>
            <source>The bank allows %1; you owe %2.</source>
            <translation>银行给的额度 %1；目前欠 %2。</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>没有额度</translation>
        </message>
        <message>
            <source>Caps</source>
            <translation>上限</translation>
        </message>
        <message>
            <source>Most installment &amp;plans at once</source>
            <translation>同时最多几笔分期(&amp;P)</translation>
        </message>
        <message>
            <source>0 = no installment plans at all.</source>
            <translation>0 = 完全不分期。</translation>
        </message>
        <message>
            <source>Monthly &amp;cap on credit spending (¥)</source>
            <translation>每月信用消费上限（¥）(&amp;C)</translation>
        </message>
        <message>
            <source>New purchases on all your lines in a calendar month.</source>
            <translation>一个自然月里所有额度上的新消费。</translation>
        </message>
        <message>
            <source>&amp;Read utilization against</source>
            <translation>额度使用率按此计算(&amp;R)</translation>
        </message>
        <message>
            <source>My limits, where I set one</source>
            <translation>我自己设的额度（设了的话）</translation>
        </message>
        <message>
            <source>The bank's limits</source>
            <translation>银行给的额度</translation>
        </message>
        <message>
            <source>The overview's cards and bands, the warnings before a purchase and the alerts all use this limit.</source>
            <translation>概览里的卡片和等级、消费前的提醒以及各项警示都按这个额度计算。</translation>
        </message>
        <message>
            <source>Monthly budgets by category (¥)</source>
            <translation>按类别的每月预算（¥）</translation>
        </message>
        <message>
            <source>A cap on credit spending per category in a calendar month; the overview shows how far this month has gone. Leave empty for no budget.</source>
            <translation>每个类别一个自然月里用信用额度花钱的上限；总览会显示本月花到哪儿了。留空表示不设预算。</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Budget a month</source>
            <translation>每月预算</translation>
        </message>
        <message>
            <source>Lower the real limit</source>
            <translation>调低真正的额度</translation>
        </message>
        <message>
            <source>Your own limit only warns you; the bank's limit is what you can actually spend. To lower it:
• 花呗: in Alipay open 花呗 and look for 额度管理 / 调低额度. To stop paying with 花呗 by default, put your balance or a debit card first in Alipay's payment order (扣款顺序) and remove 花呗 from automatic payments (免密支付 / 自动扣款) you do not need.
• Credit card: in the bank's app look for 额度管理 / 调低额度, or call the bank; refuse temporary raises (临时额度) and ask it not to raise your limit on its own.
• 京东白条: in the JD app open 白条 and look for 额度管理; choose a debit card as the default payment.
Menus move between app versions: look for these words.</source>
            <translation>你自己定的限额只会提醒你；银行给的额度才是你真正能花的。要调低它：
• 花呗：在支付宝里打开花呗，找“额度管理”或“调低额度”。不想默认用花呗付款：在支付宝的扣款顺序里把余额或储蓄卡排在前面，并在不需要的免密支付、自动扣款里去掉花呗。
• 信用卡：在银行 App 里找“额度管理”或“调低额度”，或打电话给银行；拒绝临时额度，并要求银行不要主动提额。
• 京东白条：在京东 App 里打开白条，找“额度管理”；默认支付方式选储蓄卡。
各版本 App 的菜单位置会变：按这些字去找。</translation>
        </message>
    </context>
    <context>
        <name>MyLimitsPanel</name>
        <message>
            <source>%1: %2 of %3 this month, %4 over</source>
            <translation>%1：本月 %2 / %3，超出 %4</translation>
        </message>
        <message>
            <source>%1: %2 of %3 this month</source>
            <translation>%1：本月 %2 / %3</translation>
        </message>
        <message>
            <source>My limits</source>
            <translation>我的限额</translation>
        </message>
        <message>
            <source>Set my limits…</source>
            <translation>设置我的限额…</translation>
        </message>
        <message>
            <source>You have set no limits of your own. A limit below the bank's keeps a raise from making your debt look smaller.</source>
            <translation>你还没有给自己定限额。定一个低于银行额度的限额，银行提额时你的欠款就不会“看起来变少”。</translation>
        </message>
        <message>
            <source>%1 of the bank's %2</source>
            <translation>占银行额度 %2 的 %1</translation>
        </message>
        <message>
            <source>no bank limit set</source>
            <translation>未设银行额度</translation>
        </message>
        <message>
            <source>%1: %2 owed, %3 of my %4 (%5)</source>
            <translation>%1：欠 %2，占我的限额 %4 的 %3（%5）</translation>
        </message>
        <message>
            <source>⚠ %1 is %2 past the limit you set.</source>
            <translation>⚠ %1 超出你定的限额 %2。</translation>
        </message>
        <message>
            <source>Installment plans running: %1 of at most %2</source>
            <translation>进行中的分期：%1 笔，最多 %2 笔</translation>
        </message>
        <message>
            <source>⚠ More installment plans are running than you allow yourself.</source>
            <translation>⚠ 进行中的分期比你允许自己的还多。</translation>
        </message>
        <message>
            <source>Credit spending in %1: %2 of my %3 cap (%4)</source>
            <translation>%1信用消费：%2，我的上限 %3（%4）</translation>
        </message>
        <message>
            <source>⚠ This month's credit spending is %1 past your cap.</source>
            <translation>⚠ 本月信用消费超出上限 %1。</translation>
        </message>
    </context>
    <context>
        <name>OfferCheckView</name>
        <message>
            <source>Check a loan offer</source>
            <extracomment>Rows the schedule starts with, and the most it takes (a schedule of more than three years is rare here).</extracomment>
            <translation>查一查借款</translation>
        </message>
        <message>
            <source>Type in what the offer says. DebtLens works out the yearly rate every lender must show (PBOC 2021): everything you pay beyond the cash you actually get, per year, on that cash.</source>
            <translation>照着借款页面填写。明白账会算出每家放贷机构都必须展示的年化利率（人民银行 2021 年规定）：你多付的所有钱，除以实际到手的钱，按年计算。</translation>
        </message>
        <message>
            <source>&amp;Contract amount (¥)</source>
            <translation>合同金额（¥）(&amp;C)</translation>
        </message>
        <message>
            <source>Cash you actually &amp;get (¥)</source>
            <translation>实际到手（¥）(&amp;G)</translation>
        </message>
        <message>
            <source>Money arrives &amp;on</source>
            <translation>到账日期(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Fees paid when it arrives (¥)</source>
            <translation>到账时另付的费用（¥）(&amp;F)</translation>
        </message>
        <message>
            <source>A “service”, “membership” or “guarantee” fee you pay the day the money arrives; leave it empty when there is none</source>
            <translation>到账当天要付的“服务费”“会员费”“担保费”等；没有就留空</translation>
        </message>
        <message>
            <source>&amp;Repayments the offer asks for</source>
            <translation>要求的还款(&amp;R)</translation>
        </message>
        <message>
            <source>Due on</source>
            <translation>还款日</translation>
        </message>
        <message>
            <source>Repayment (¥)</source>
            <translation>还款额（¥）</translation>
        </message>
        <message>
            <source>Fees with it (¥)</source>
            <translation>同时付的费用（¥）</translation>
        </message>
        <message>
            <source>Repayments</source>
            <translation>还款计划</translation>
        </message>
        <message>
            <source>&amp;Add a repayment</source>
            <translation>添加一期还款(&amp;A)</translation>
        </message>
        <message>
            <source>Remove the &amp;last</source>
            <translation>删除最后一期(&amp;L)</translation>
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation>检查(&amp;H)</translation>
        </message>
        <message>
            <source>Annualized rate</source>
            <translation>年化利率</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>危险信号</translation>
        </message>
        <message>
            <source>Loans dressed up as something else</source>
            <translation>换了马甲的贷款</translation>
        </message>
        <message>
            <source>Regulators keep warning students about campus loans (校园贷) in disguise:</source>
            <translation>监管部门一再提醒学生警惕换了马甲的“校园贷”：</translation>
        </message>
        <message>
            <source>• Training loan (培训贷): a course, often with a promised job, is paid with a loan in your name; the course disappoints, the loan stays.</source>
            <translation>• 培训贷：课程（常附带“包就业”承诺）用以你名义办的贷款来付；课程不如所说，贷款却还在。</translation>
        </message>
        <message>
            <source>• Beauty loan (美容贷): a treatment the clinic says it will pay back, or that modelling work will pay for; the loan is yours.</source>
            <translation>• 美容贷：机构说会替你还、或说做模特的收入就能还的美容项目；贷款是你的。</translation>
        </message>
        <message>
            <source>• Order-brushing loan (刷单贷): “take a loan, we repay it and pay you a commission”; the repayments stop, the debt stays with you.</source>
            <translation>• 刷单贷：“你来贷款，我们替你还，还给你佣金”；替还一停，债留给你。</translation>
        </message>
        <message>
            <source>Whatever the name, a contract that names more than you receive is a loan: check it here.</source>
            <translation>不管叫什么名字，合同金额比到手的钱多，就是贷款：在这里查一查。</translation>
        </message>
        <message>
            <source>Sources: PBOC Announcement 2021 No. 3 (annualized rate on the principal actually received); Civil Code Art. 670 (interest may not be taken out of the principal in advance); the 2021 notice on college students' internet consumer loans and local regulators' risk warnings (campus loans).</source>
            <translation>依据：中国人民银行公告〔2021〕第 3 号（以实际使用本金计算年化利率）；《民法典》第六百七十条（借款的利息不得预先在本金中扣除）；2021 年《关于进一步规范大学生互联网消费贷款监督管理工作的通知》及各地监管部门的风险提示（校园贷）。</translation>
        </message>
        <message>
            <source>Repayment</source>
            <translation>还款额</translation>
        </message>
        <message>
            <source>Fees with it</source>
            <translation>同时付的费用</translation>
        </message>
        <message>
            <source>repayment %1: %2</source>
            <translation>第 %1 期还款：%2</translation>
        </message>
        <message>
            <source>Fill in the offer and press Check.</source>
            <translation>填写借款信息后按“检查”。</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>You get %1 and pay back %2 in all over %3: the loan costs %4.</source>
            <translation>你到手 %1，%3内一共要还 %2：这笔借款的成本是 %4。</translation>
        </message>
        <message>
            <source>Of the %1 that arrives you pay %2 in fees at once.</source>
            <translation>到账的 %1 中，当场要付 %2 的费用。</translation>
        </message>
        <message>
            <source>a year, simple interest (one repayment)</source>
            <translation>年化，单利（一次还清）</translation>
        </message>
        <message>
            <source>%1 ÷ %2 × 365 ÷ %3 days = %4 a year.</source>
            <translation>%1 ÷ %2 × 365 ÷ %3 天 = 年化 %4。</translation>
        </message>
        <message>
            <source>a year (APR, from the repayments' internal rate of return)</source>
            <translation>年化（按还款计划的内部收益率计算）</translation>
        </message>
        <message>
            <source>%1 a month × 12</source>
            <translation>每月 %1 × 12</translation>
        </message>
        <message>
            <source>%1 a day × 365</source>
            <translation>每天 %1 × 365</translation>
        </message>
        <message>
            <source>%1 every %2 days × 365 ÷ %2</source>
            <translation>每 %2 天 %1 × 365 ÷ %2</translation>
        </message>
        <message>
            <source>IRR %1 = %2 a year; %3 a year with compounding (effective annual rate).</source>
            <translation>内部收益率 %1 = 年化 %2；按复利计为年化 %3（实际年利率）。</translation>
        </message>
        <message>
            <source>⚠ Money kept back (砍头息): %1 of the %2 contract never reached you, but the contract says you borrowed it. The Civil Code (Art. 670) forbids taking interest out of the principal in advance; when it is, you owe back only the %3 actually lent, with interest worked out on that.</source>
            <translation>⚠ 砍头息：合同写 %2，其中 %1 从没到你手里，合同却算你借了。《民法典》第六百七十条规定，借款的利息不得预先在本金中扣除；被预先扣除的，只需按实际借到的 %3 还款并计算利息。</translation>
        </message>
        <message>
            <source>⚠ Short term: repaid %1 after the money arrives, under a month. A fee that looks small is a huge yearly rate, and a repayment due this soon pushes you to borrow again to repay.</source>
            <translation>⚠ 期限太短：到账 %1后就要还，不到一个月。看起来不多的费用，折成年化就非常高；这么快就要还，容易逼你借新还旧。</translation>
        </message>
        <message>
            <source>None found: nothing kept back and a term of at least a month. Compare the rate with other offers before you sign.</source>
            <translation>没有发现：没有预先扣钱，期限也不短于一个月。签约前，把这个年化利率和别家比一比。</translation>
        </message>
    </context>
    <context>
        <name>OpenErrors</name>
        <message>
            <source>This database is already open in another DebtLens window (pid %1). Switch to that window, or open another file.</source>
            <extracomment>The choices of ``OpenProblemBox``. QSettings key of the folder the last database was chosen from.</extracomment>
            <translation>这个数据库已经在另一个明白账窗口中打开（进程号 %1）。请切换到那个窗口，或打开另一个文件。</translation>
        </message>
        <message>
            <source>This database is already open in another DebtLens window. Switch to that window, or open another file.</source>
            <translation>这个数据库已经在另一个明白账窗口中打开。请切换到那个窗口，或打开另一个文件。</translation>
        </message>
        <message>
            <source>This database was made by a newer version of DebtLens. Update DebtLens to open it; the file was not changed.</source>
            <translation>这个数据库是由更新版本的明白账创建的。请更新明白账后再打开；文件没有被改动。</translation>
        </message>
        <message>
            <source>This file is not a DebtLens database (or its start is damaged). DebtLens did not change it.</source>
            <translation>这个文件不是明白账的数据库（或者它的开头已损坏）。明白账没有改动它。</translation>
        </message>
        <message>
            <source>This database is damaged, so DebtLens did not open it. The file was not changed.</source>
            <translation>这个数据库已损坏，明白账没有打开它。文件没有被改动。</translation>
        </message>
        <message>
            <source>DebtLens cannot write to this database: the file or its folder is read-only. Check its permissions.</source>
            <translation>明白账无法写入这个数据库：文件或它所在的文件夹是只读的。请检查权限。</translation>
        </message>
        <message>
            <source>DebtLens cannot open this database.</source>
            <translation>明白账无法打开这个数据库。</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>文件：%1</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>原因：%1</translation>
        </message>
        <message>
            <source>DebtLens</source>
            <translation>明白账</translation>
        </message>
        <message>
            <source>The backup could not be restored. The database file was not replaced.</source>
            <translation>无法恢复备份。数据库文件没有被替换。</translation>
        </message>
        <message>
            <source>DebtLens databases (*.db)</source>
            <translation>明白账数据库 (*.db)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>Open a DebtLens database</source>
            <translation>打开明白账数据库</translation>
        </message>
    </context>
    <context>
        <name>OpenProblemBox</name>
        <message>
            <source>DebtLens</source>
            <translation>明白账</translation>
        </message>
        <message>
            <source>The latest backup is %1. Restoring it first keeps a copy of this file in the backups folder.</source>
            <translation>最新的备份是 %1。恢复前会先把这个文件复制一份保存在备份文件夹里。</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>恢复最新的备份</translation>
        </message>
        <message>
            <source>Open another file…</source>
            <translation>打开另一个文件…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
    </context>
    <context>
        <name>OverviewView</name>
        <message>
            <source>As of %1</source>
            <extracomment>The charts' smallest size, logical pixels: two side by side still fit a 1024-pixel window, and the plot keeps room between its title, rotated month labels and the legend under it. Copy, Save as PNG / SVG / PDF (right-click a chart).</extracomment>
            <translation>截至 %1</translation>
        </message>
        <message numerus="yes">
            <source>across %n credit line(s)</source>
            <translation>
                <numerusform>共 %n 个授信账户</numerusform>
            </translation>
        </message>
        <message>
            <source>Set your monthly income in Settings to see it.</source>
            <translation>在“设置”中填写月收入后即可查看。</translation>
        </message>
        <message>
            <source>The debt load could not be computed: %1</source>
            <translation>无法计算负债压力：%1</translation>
        </message>
        <message>
            <source>To repay: what is owed plus the installment fees later bills will charge and the interest a carried balance accrues until its next bill. It is more than the total owed, not a different debt.</source>
            <translation>共需还：欠款加上以后各期账单要收的分期手续费，以及结转余额到下一期账单前产生的利息。它比欠款总额多，但不是另一笔债。</translation>
        </message>
        <message>
            <source>Your own bands: caution from %1</source>
            <translation>自定义分级：%1 起为“小心”</translation>
        </message>
        <message>
            <source>Keep it under %1 (FICO guidance)</source>
            <translation>建议保持在 %1 以下（FICO 建议）</translation>
        </message>
        <message>
            <source>Busiest month, %1: %2 due ÷ %3 income</source>
            <translation>还款最多的月份（%1）：应还 %2 ÷ 月收入 %3</translation>
        </message>
        <message>
            <source>⚠ Persistent debt on %1: over the last 18 months you paid more in interest and fees than you paid off.</source>
            <translation>⚠ %1存在持续性债务：过去 18 个月里，你付的利息和手续费比还掉的本金还多。</translation>
        </message>
        <message>
            <source>Nothing to repay</source>
            <translation>暂无待还款项</translation>
        </message>
        <message numerus="yes">
            <source>Overdue on %1 since %2 (%n day(s)), late fees %3</source>
            <translation>
                <numerusform>%1自 %2 起已逾期 %n 天，滞纳金 %3</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: minimum paid by %2, the rest accrues interest (%3 so far)</source>
            <translation>%1：已在 %2 前还了最低还款额，剩余部分在计息（目前 %3）</translation>
        </message>
        <message>
            <source>%1: due today (%2)</source>
            <translation>%1：今天到期（%2）</translation>
        </message>
        <message numerus="yes">
            <source>%1: due %2, in %n day(s)</source>
            <translation>
                <numerusform>%1：%2 到期，还有 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>Pay in 4</source>
            <translation>分4期</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>额度</translation>
        </message>
        <message>
            <source>My limit</source>
            <translation>我的额度</translation>
        </message>
        <message>
            <source>The bank's limit is %1; utilization and its warnings are read against the limit you set yourself (My limits).</source>
            <translation>银行给的额度是 %1；额度使用率和相关提醒按你自己设的额度计算（我的额度）。</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>已用</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>可用额度</translation>
        </message>
        <message>
            <source>Utilization of %1</source>
            <translation>%1 的额度使用率</translation>
        </message>
        <message>
            <source>Utilization: used ÷ credit limit</source>
            <translation>额度使用率：已用 ÷ 授信额度</translation>
        </message>
        <message>
            <source>Overdue: %1 since %2, late fees %3</source>
            <translation>已逾期：%1，自 %2 起，滞纳金 %3</translation>
        </message>
        <message>
            <source>Overdue: %1 since %2, interest so far %3</source>
            <translation>已逾期：%1，自 %2 起，目前利息 %3</translation>
        </message>
        <message>
            <source>Revolving: %1 left since %2, interest so far %3</source>
            <translation>循环计息：自 %2 起剩余 %1，目前利息 %3</translation>
        </message>
        <message numerus="yes">
            <source>Overdue on %1 since %2 (%n day(s)), interest so far %3</source>
            <translation>
                <numerusform>%1自 %2 起已逾期 %n 天，目前利息 %3</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 to repay in all, installment fees included</source>
            <translation>共需还 %1（含分期手续费）</translation>
        </message>
        <message>
            <source>Principal still owed plus interest and fees already on a bill; total credit limit %1</source>
            <translation>尚欠本金加已入账的利息和费用；总授信额度 %1</translation>
        </message>
        <message>
            <source>Next: %1 · %2</source>
            <translation>下期：%1 · %2</translation>
        </message>
        <message>
            <source>Nothing else to repay</source>
            <translation>没有其他待还款项</translation>
        </message>
        <message>
            <source>Next: %1 due %2 (today)</source>
            <translation>下期：%1，今天（%2）到期</translation>
        </message>
        <message numerus="yes">
            <source>Next: %1 due %2, in %n day(s)</source>
            <translation>
                <numerusform>下期：%1，%2 到期，还有 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <source> (minimum %1)</source>
            <translation>（最低还款 %1）</translation>
        </message>
        <message>
            <source>The chart could not be drawn: %1</source>
            <translation>图表无法绘制：%1</translation>
        </message>
        <message>
            <source>Repayments due per month</source>
            <translation>每月应还</translation>
        </message>
        <message>
            <source>Debt load over time</source>
            <translation>负债变化</translation>
        </message>
        <message>
            <source>Amount due (¥)</source>
            <translation>应还金额（元）</translation>
        </message>
        <message>
            <source>Monthly income</source>
            <translation>月收入</translation>
        </message>
        <message>
            <source>Nothing due in the next 12 months</source>
            <translation>未来 12 个月没有待还款项</translation>
        </message>
        <message>
            <source>lines in %1 only</source>
            <translation>仅 %1 账户</translation>
        </message>
        <message>
            <source>Amount (¥)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Owed</source>
            <translation>欠款</translation>
        </message>
        <message>
            <source>Owed (projected, bills paid on time)</source>
            <translation>欠款（预测，按时还清账单）</translation>
        </message>
        <message>
            <source>Total credit limit</source>
            <translation>总授信额度</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>总览</translation>
        </message>
        <message>
            <source>Total owed</source>
            <translation>总欠款</translation>
        </message>
        <message>
            <source>Available credit</source>
            <translation>可用额度</translation>
        </message>
        <message>
            <source>Utilization</source>
            <translation>额度使用率</translation>
        </message>
        <message>
            <source>Next payment due</source>
            <translation>下一笔还款</translation>
        </message>
        <message>
            <source>Debt-service ratio</source>
            <translation>月供收入比</translation>
        </message>
        <message>
            <source>Loading chart…</source>
            <translation>正在加载图表…</translation>
        </message>
        <message>
            <source>Only the lines in %1 count; repayments in %2 are left out</source>
            <translation>只计 %1 的授信账户；%2 的还款不计在内</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Password</source>
            <extracomment>The dialog's modes: enter the password of a file to open it (a ledger, or an encrypted JSON export to import), set a new one, or remove it (current one asked).</extracomment>
            <translation>密码</translation>
        </message>
        <message>
            <source>%1 is protected with a password. Enter it to open the ledger.</source>
            <translation>%1 受密码保护。输入密码以打开账本。</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>密码(&amp;P)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>%1 is an encrypted DebtLens export. Enter its password to import it.</source>
            <translation>%1 是加密的明白账导出文件。输入它的密码以导入。</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Protect with a password</source>
            <translation>用密码保护</translation>
        </message>
        <message>
            <source>The ledger %1, its backups and its JSON exports will be encrypted (SQLCipher, AES-256). Without the password nobody can read them, DebtLens included: it cannot be recovered, so keep it safe.</source>
            <translation>账本 %1、它的备份和 JSON 导出都将被加密（SQLCipher，AES-256）。没有密码，任何人（包括明白账）都无法读取；密码无法找回，请妥善保管。</translation>
        </message>
        <message>
            <source>New &amp;password</source>
            <translation>新密码(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Repeat it</source>
            <translation>再输入一次(&amp;R)</translation>
        </message>
        <message>
            <source>Protect</source>
            <translation>保护</translation>
        </message>
        <message>
            <source>Remove the password</source>
            <translation>移除密码</translation>
        </message>
        <message>
            <source>The ledger %1 and its backups will be stored unencrypted again: anyone with access to the files can read them. Enter the current password to confirm.</source>
            <translation>账本 %1 及其备份将重新以未加密方式保存：能接触到这些文件的人都能读取。输入当前密码以确认。</translation>
        </message>
        <message>
            <source>Current &amp;password</source>
            <translation>当前密码(&amp;P)</translation>
        </message>
        <message>
            <source>The password is wrong (or the file is damaged). Nothing was changed.</source>
            <translation>密码错误（或文件已损坏）。没有做任何更改。</translation>
        </message>
        <message>
            <source>Enter a password.</source>
            <translation>请输入密码。</translation>
        </message>
        <message>
            <source>The two entries differ. Type the same password twice.</source>
            <translation>两次输入不一致。请输入两次相同的密码。</translation>
        </message>
        <message>
            <source>This password cannot be used (too long, or it holds a NUL character).</source>
            <translation>此密码无法使用（太长，或包含 NUL 字符）。</translation>
        </message>
        <message>
            <source>The password is wrong. Nothing was changed.</source>
            <translation>密码错误。没有做任何更改。</translation>
        </message>
        <message>
            <source>DebtLens</source>
            <translation>明白账</translation>
        </message>
        <message>
            <source>Nothing was changed: %1</source>
            <translation>没有做任何更改：%1</translation>
        </message>
        <message>
            <source>The ledger is now protected with your password; %1 backup(s) were encrypted too.</source>
            <translation>账本现已用你的密码保护；另有 %1 个备份也已加密。</translation>
        </message>
        <message>
            <source>The password is removed: the ledger is stored unencrypted again; %1 backup(s) were converted too.</source>
            <translation>密码已移除：账本重新以未加密方式保存；另有 %1 个备份也已转换。</translation>
        </message>
        <message>
            <source>%1 backup(s) could not be converted (another password, or damaged) and were left as they were.</source>
            <translation>%1 个备份无法转换（密码不同或已损坏），保持原样。</translation>
        </message>
    </context>
    <context>
        <name>PayDateDialog</name>
        <message>
            <source>In full</source>
            <translation>一次付清</translation>
        </message>
        <message numerus="yes">
            <source>%n installment(s)</source>
            <translation>
                <numerusform>分 %n 期</numerusform>
            </translation>
        </message>
        <message>
            <source>No: it is %1 over the credit available on this line.</source>
            <translation>不行：超出这个账户的可用额度 %1。</translation>
        </message>
        <message>
            <source>No: on %1 you would be %2 short.</source>
            <translation>还不起：%1 那天还差 %2。</translation>
        </message>
        <message>
            <source>Only just: %2 left on %1.</source>
            <translation>勉强：%1 那天只剩 %2。</translation>
        </message>
        <message>
            <source>Yes: %2 left on %1.</source>
            <translation>还得起：%1 那天还剩 %2。</translation>
        </message>
        <message>
            <source>Can I pay it on that date?</source>
            <translation>到期那天还得起吗？</translation>
        </message>
        <message>
            <source>Price (¥)</source>
            <translation>价格（¥）</translation>
        </message>
        <message>
            <source>Cash you have now (¥)</source>
            <translation>现在手上的钱（¥）</translation>
        </message>
        <message>
            <source>Pay comes on day</source>
            <translation>每月发工资的日子</translation>
        </message>
        <message>
            <source>Monthly income: %1 (Settings).</source>
            <translation>月收入：%1（在设置里）。</translation>
        </message>
        <message>
            <source>Set your monthly income in Settings to count your pay.</source>
            <translation>在设置里填上月收入，才能把工资算进去。</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>额度</translation>
        </message>
        <message>
            <source>Way to pay</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>Bill</source>
            <translation>账单</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>To pay then</source>
            <translation>那天要还</translation>
        </message>
        <message>
            <source>Cash left then</source>
            <translation>那天还剩</translation>
        </message>
        <message>
            <source>Can you?</source>
            <translation>还得起吗？</translation>
        </message>
        <message>
            <source>Cash left = cash now + your pay until the due date − every repayment already due by then − this part. Rent, food and other spending are not known here: “yes” means the repayments are covered. The longest interest-free wait is not what matters; whether your pay comes before the due date is.</source>
            <translation>那天还剩 = 现在手上的钱 + 到期日前发的工资 − 到那天已经要还的所有还款 − 这一期。房租、吃饭等其他开销这里不知道：“还得起”只是说还款够了。要紧的不是免息期最长，而是到期日之前工资到没到。</translation>
        </message>
    </context>
    <context>
        <name>PayoffDialog</name>
        <message>
            <source>Nothing is left to pay off on this plan.</source>
            <translation>这笔分期已没有可提前还的部分。</translation>
        </message>
        <message>
            <source>Billed on the %1 bill: %2 principal + %3 fee = %4.</source>
            <translation>计入 %1 的账单：本金 %2 + 手续费 %3 = %4。</translation>
        </message>
        <message>
            <source>Pay off early</source>
            <translation>提前还款</translation>
        </message>
        <message>
            <source>Pay off &amp;on</source>
            <translation>还款日期(&amp;O)</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>还款</translation>
        </message>
        <message>
            <source>&amp;Record the payment now</source>
            <translation>现在就记录这笔还款(&amp;R)</translation>
        </message>
        <message>
            <source>Pay off</source>
            <translation>提前还清</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>PayoffPlannerView</name>
        <message>
            <source>Pay it off</source>
            <translation>还清计划</translation>
        </message>
        <message>
            <source>Your debts, what you can pay each month, and how long each way of paying them off takes. Rates are the lines' daily rates as yearly rates; edit any cell. The order of the table is "your order".</source>
            <translation>你的各笔债务、每月能还多少，以及不同还法各要多久。利率是各账户的日利率折算成的年利率；每个格子都可以修改。表格的顺序就是“自定顺序”。</translation>
        </message>
        <message>
            <source>&amp;Fill from my lines</source>
            <translation>从我的账户填入(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Add a debt</source>
            <translation>添加债务(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>下移(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Budget per month</source>
            <translation>每月预算(&amp;B)</translation>
        </message>
        <message>
            <source>Budget per month</source>
            <translation>每月预算</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>比较(&amp;C)</translation>
        </message>
        <message>
            <source>Strategies:</source>
            <translation>还款策略：</translation>
        </message>
        <message>
            <source>avalanche</source>
            <translation>雪崩法</translation>
        </message>
        <message>
            <source>snowball</source>
            <translation>雪球法</translation>
        </message>
        <message>
            <source>your order</source>
            <translation>自定顺序</translation>
        </message>
        <message>
            <source>minimums only</source>
            <translation>只还最低</translation>
        </message>
        <message>
            <source>Debts</source>
            <translation>债务</translation>
        </message>
        <message>
            <source>Strategies compared</source>
            <translation>策略对比</translation>
        </message>
        <message>
            <source>The budget is below the sum of the minimum payments (%1): pay at least that much.</source>
            <translation>预算低于各笔最低还款额之和（%1）：每月至少要还这么多。</translation>
        </message>
        <message>
            <source>Add at least one debt with a balance.</source>
            <translation>请至少添加一笔有欠款的债务。</translation>
        </message>
        <message>
            <source>The minimums add up to %1 a month.</source>
            <translation>最低还款额合计每月 %1。</translation>
        </message>
        <message>
            <source>Total still owed, month by month</source>
            <translation>每月剩余欠款总额</translation>
        </message>
        <message>
            <source>Months from now</source>
            <translation>距今月数</translation>
        </message>
        <message>
            <source>At this budget the debts are not paid off within 100 years.</source>
            <translation>按这个预算，100 年内都还不清这些债务。</translation>
        </message>
        <message>
            <source>Avalanche: debt-free in %1 months, %2 interest. Snowball: %3 months, %4 interest.</source>
            <translation>雪崩法：%1 个月还清，利息 %2。雪球法：%3 个月，利息 %4。</translation>
        </message>
        <message>
            <source>Avalanche saves %1.</source>
            <translation>雪崩法可省 %1。</translation>
        </message>
        <message>
            <source>Snowball clears its first debt sooner: month %1 instead of %2.</source>
            <translation>雪球法能更早还清第一笔债：第 %1 个月，而不是第 %2 个月。</translation>
        </message>
    </context>
    <context>
        <name>PurchaseDialog</name>
        <message>
            <source>Edit purchase</source>
            <extracomment>Installment choices offered: 1 = pay in full, 0 = custom number of periods.</extracomment>
            <translation>编辑消费</translation>
        </message>
        <message>
            <source>Add purchase</source>
            <translation>记一笔消费</translation>
        </message>
        <message>
            <source>Credit &amp;line</source>
            <translation>授信账户(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Amount (¥)</source>
            <translation>金额（元）(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Merchant</source>
            <translation>商户(&amp;M)</translation>
        </message>
        <message>
            <source>Ca&amp;tegory</source>
            <translation>类别(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Pay</source>
            <translation>付款方式(&amp;P)</translation>
        </message>
        <message>
            <source>Installment &amp;fee (total)</source>
            <translation>分期手续费率（总计）(&amp;F)</translation>
        </message>
        <message>
            <source>Credit line</source>
            <translation>授信账户</translation>
        </message>
        <message>
            <source>Purchase date</source>
            <translation>消费日期</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Merchant</source>
            <translation>商户</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Installments</source>
            <translation>分期</translation>
        </message>
        <message>
            <source>Number of installments</source>
            <translation>分期期数</translation>
        </message>
        <message>
            <source>Installment fee rate</source>
            <translation>分期手续费率</translation>
        </message>
        <message>
            <source>Installment preview</source>
            <translation>分期预览</translation>
        </message>
        <message>
            <source>e.g. 4.5%</source>
            <translation>例如 4.5%</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Pay in full</source>
            <translation>全额付款</translation>
        </message>
        <message>
            <source>Custom…</source>
            <translation>自定义…</translation>
        </message>
        <message>
            <source>%1 installments</source>
            <translation>分 %1 期</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Preset for this line; change it to what your app shows.</source>
            <translation>这是该账户的预设费率；请改成 App 上显示的费率。</translation>
        </message>
        <message>
            <source>No preset for this many periods on this line.</source>
            <translation>该账户没有这个期数的预设费率。</translation>
        </message>
        <message>
            <source>Paid in full on the statement of %1: %2.</source>
            <translation>全额计入 %1 的账单：%2。</translation>
        </message>
        <message>
            <source>Enter an amount to see what each period costs.</source>
            <translation>输入金额后即可看到每期要还多少。</translation>
        </message>
        <message>
            <source>%1 periods of %2 (first period %3), total fee %4, total to repay %5.</source>
            <translation>共 %1 期，每期 %2（首期 %3），手续费合计 %4，总共需还 %5。</translation>
        </message>
        <message>
            <source>Pay in 4: %1 on %3, then %2 on %4, %5 and %6; no interest.</source>
            <translation>分4期：%3 还 %1，之后 %4、%5、%6 各还 %2；不收利息。</translation>
        </message>
    </context>
    <context>
        <name>PurchasesView</name>
        <message>
            <source>All credit lines</source>
            <extracomment>Date-range choices: key -&gt; days back (None: all time, -1: custom dates).</extracomment>
            <translation>全部授信账户</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>全部类别</translation>
        </message>
        <message numerus="yes">
            <source>%n purchase(s)</source>
            <translation>
                <numerusform>%n 笔消费</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a purchase to see its details and installment plan.</source>
            <translation>选择一笔消费，查看明细和分期计划。</translation>
        </message>
        <message>
            <source>Paid in full</source>
            <translation>全额付款</translation>
        </message>
        <message>
            <source>Period %1 of %2, %3 per period</source>
            <translation>第 %1/%2 期，每期 %3</translation>
        </message>
        <message>
            <source>%2 periods, first billed %1, %3 per period</source>
            <translation>共 %2 期，%1 首次出账，每期 %3</translation>
        </message>
        <message>
            <source>%1 in total (%2 of the amount)</source>
            <translation>共 %1（消费金额的 %2）</translation>
        </message>
        <message>
            <source>Each period is billed on the statement shown.</source>
            <translation>每一期计入所示日期的账单。</translation>
        </message>
        <message>
            <source>Installment %1/%2 of the bank's plan %3, billed in full on this statement</source>
            <translation>银行分期 %3 的第 %1/%2 期，全额计入本期账单</translation>
        </message>
        <message>
            <source>%1 periods left after this one; the remaining principal is the bank's and not known here (its statements show one period at a time).</source>
            <translation>本期之后还剩 %1 期；剩余本金由银行掌握，这里无法得知（银行账单每次只列一期）。</translation>
        </message>
        <message>
            <source>Delete purchase</source>
            <translation>删除消费</translation>
        </message>
        <message>
            <source>Delete the purchase at %1 of %2 on %3? Its installment plan goes with it.</source>
            <translation>删除 %3 在“%1”的这笔 %2 消费吗？它的分期计划也会一并删除。</translation>
        </message>
        <message>
            <source>Delete the purchase at %1 of %2 on %3?</source>
            <translation>删除 %3 在“%1”的这笔 %2 消费吗？</translation>
        </message>
        <message numerus="yes">
            <source>Its %n refund(s), %1 in all, will be deleted with it.</source>
            <translation>
                <numerusform>它的 %n 笔退款（共 %1）也会一起删除。</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit → Undo (%1) brings it back.</source>
            <translation>删除后可以用“编辑 → 撤销”（%1）找回。</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>全部时间</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>最近 30 天</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>最近 3 个月</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>最近 12 个月</translation>
        </message>
        <message>
            <source>Custom dates</source>
            <translation>自定义日期</translation>
        </message>
        <message>
            <source>Search merchant, description, note</source>
            <translation>搜索商户、描述、备注</translation>
        </message>
        <message>
            <source>Date range</source>
            <translation>日期范围</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>Credit line filter</source>
            <translation>按授信账户筛选</translation>
        </message>
        <message>
            <source>Category filter</source>
            <translation>按类别筛选</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>消费记录</translation>
        </message>
        <message>
            <source>Installment plan</source>
            <translation>分期计划</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <source>Record refund…</source>
            <translation>记录退款…</translation>
        </message>
        <message>
            <source>Pay off early…</source>
            <translation>提前还款…</translation>
        </message>
        <message>
            <source>Pay the rest of this installment plan at once (提前还款)</source>
            <translation>一次还清这笔分期的剩余部分（提前还款）</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>明细</translation>
        </message>
        <message>
            <source>Merchant</source>
            <translation>商户</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Credit line</source>
            <translation>授信账户</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>On the statement of</source>
            <translation>计入账单</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Installments</source>
            <translation>分期</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>手续费</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <source>Record refund of %1</source>
            <translation>记录 %1 的退款</translation>
        </message>
        <message>
            <source>Refunded &amp;on</source>
            <translation>退款日期(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Amount (¥)</source>
            <translation>金额（元）(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>ReminderBanner</name>
        <message>
            <source>Show</source>
            <translation>查看</translation>
        </message>
        <message>
            <source>Open this bill in the statements view</source>
            <translation>在账单视图中打开这期账单</translation>
        </message>
        <message>
            <source>Show the bill of %1</source>
            <translation>查看%1的账单</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>知道了</translation>
        </message>
        <message>
            <source>Hide these reminders; they are not shown again</source>
            <translation>隐藏这些提醒，之后不再显示</translation>
        </message>
    </context>
    <context>
        <name>ReminderSettingsBox</name>
        <message>
            <source>%1 could not be changed (%2).</source>
            <translation>无法修改 %1（%2）。</translation>
        </message>
        <message numerus="yes">
            <source> day(s) before</source>
            <translation>
                <numerusform> 天前</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Remind me</source>
            <translation>还款日提醒(&amp;R)</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Days before a due date to remind me (0 = off)</source>
            <translation>在还款日前几天提醒我（0 = 关闭）</translation>
        </message>
        <message>
            <source>While DebtLens is open it reminds you of a bill this many days before its payment due date, on the day, and when it turns overdue (0 = no reminders). Exported due dates (File → Export due dates…) carry the same alarm.</source>
            <translation>明白账打开时，会在还款日前这么多天、还款日当天以及账单逾期时提醒你（0 = 不提醒）。导出的还款日（文件 → 导出还款日…）也带着同样的闹钟。</translation>
        </message>
        <message>
            <source>&amp;Start DebtLens when I log in</source>
            <translation>登录时启动明白账(&amp;S)</translation>
        </message>
        <message>
            <source>So the reminders come even on days you do not open DebtLens yourself.</source>
            <translation>这样即使你当天没有自己打开明白账，也能收到提醒。</translation>
        </message>
        <message>
            <source>Not available on this system yet: add DebtLens to your login items yourself.</source>
            <translation>这个系统暂不支持：请自己把明白账加入登录项。</translation>
        </message>
    </context>
    <context>
        <name>ReminderTexts</name>
        <message>
            <source>%1: overdue since %3: %4 of the minimum is still unpaid (latest bill %2).</source>
            <extracomment>How often the reminders are checked while the window is open (ms): every hour. Reminders listed in the banner or a notification; more are summed up in one line.</extracomment>
            <translation>%1：自 %3 起已逾期，最低还款额还有 %4 未还（最近一期账单 %2）。</translation>
        </message>
        <message>
            <source>%1: the bill of %2 is due today: %3 to pay.</source>
            <translation>%1：%2的账单今天到期，应还 %3。</translation>
        </message>
        <message numerus="yes">
            <source>%1: the bill of %2 is due in %n day(s), on %3: %4 to pay.</source>
            <translation>
                <numerusform>%1：%2的账单还有 %n 天（%3）到期，应还 %4。</numerusform>
            </translation>
        </message>
        <message>
            <source>Paying at least the minimum, %1, keeps it from going overdue.</source>
            <translation>至少还最低还款额 %1，就不会逾期。</translation>
        </message>
        <message>
            <source>%1: pay-in-4 payments overdue since %2: %3 still unpaid, late fees included.</source>
            <translation>%1：分4期的还款自 %2 起逾期：仍有 %3 未还（含滞纳金）。</translation>
        </message>
        <message>
            <source>%1: a pay-in-4 payment is due today (%2): %3 to pay.</source>
            <translation>%1：今天（%2）有一期分4期还款到期：应还 %3。</translation>
        </message>
        <message numerus="yes">
            <source>%1: a pay-in-4 payment is due in %n day(s), on %2: %3 to pay.</source>
            <translation>
                <numerusform>%1：%n 天后（%2）有一期分4期还款到期：应还 %3。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bill(s) need your attention</source>
            <translation>
                <numerusform>有 %n 期账单需要你留意</numerusform>
            </translation>
        </message>
        <message>
            <source>A bill is overdue</source>
            <translation>有一期账单已逾期</translation>
        </message>
        <message>
            <source>A bill is due today</source>
            <translation>有一期账单今天到期</translation>
        </message>
        <message numerus="yes">
            <source>A bill is due in %n day(s)</source>
            <translation>
                <numerusform>有一期账单还有 %n 天到期</numerusform>
            </translation>
        </message>
        <message>
            <source>…and %1 more.</source>
            <translation>…还有 %1 条。</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>DebtLens: payment reminders</source>
            <translation>明白账：还款提醒</translation>
        </message>
        <message>
            <source>Open DebtLens</source>
            <translation>打开明白账</translation>
        </message>
    </context>
    <context>
        <name>RepaymentDialog</name>
        <message>
            <source>Record repayment</source>
            <translation>记录还款</translation>
        </message>
        <message>
            <source>Credit &amp;line</source>
            <translation>授信账户(&amp;L)</translation>
        </message>
        <message>
            <source>Paid &amp;on</source>
            <translation>还款日期(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Amount (¥)</source>
            <translation>金额（元）(&amp;A)</translation>
        </message>
        <message>
            <source>Paid &amp;with</source>
            <translation>用什么钱还(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <source>Where the money came from</source>
            <translation>还款的钱从哪里来</translation>
        </message>
        <message>
            <source>Credit line</source>
            <translation>授信账户</translation>
        </message>
        <message>
            <source>Repayment date</source>
            <translation>还款日期</translation>
        </message>
        <message>
            <source>Repayment amount</source>
            <translation>还款金额</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>For the statement of %1</source>
            <translation>用于 %1 的账单</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>My own money</source>
            <translation>自己的钱</translation>
        </message>
        <message>
            <source>Borrowed on %1</source>
            <translation>从 %1 借的钱</translation>
        </message>
        <message>
            <source>The bill counts as paid, but the debt only moves: the same amount is recorded as a charge on the other line.</source>
            <translation>这期账单算作已还，但欠款只是转移了：另一个账户上会记一笔同额消费。</translation>
        </message>
    </context>
    <context>
        <name>ReportActions</name>
        <message>
            <source>&amp;Print monthly report…</source>
            <translation>打印月度报告(&amp;P)…</translation>
        </message>
        <message>
            <source>Print the month's figures, statements, upcoming payments and charts</source>
            <translation>打印该月的数据、账单、即将到期的还款和图表</translation>
        </message>
        <message>
            <source>Export monthly report as PDF…</source>
            <translation>导出月度报告为 PDF…</translation>
        </message>
        <message>
            <source>Save the month's figures, statements, upcoming payments and charts as a PDF file</source>
            <translation>把该月的数据、账单、即将到期的还款和图表保存为 PDF 文件</translation>
        </message>
        <message>
            <source>Print monthly report</source>
            <translation>打印月度报告</translation>
        </message>
        <message>
            <source>Export monthly report as PDF</source>
            <translation>导出月度报告为 PDF</translation>
        </message>
        <message>
            <source>debtlens-report-%1.pdf</source>
            <translation>明白账-月度报告-%1.pdf</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>Monthly report</source>
            <translation>月度报告</translation>
        </message>
        <message>
            <source>The monthly report was sent to the printer.</source>
            <translation>月度报告已发送到打印机。</translation>
        </message>
        <message>
            <source>Demo (made-up data)</source>
            <translation>演示（虚构数据）</translation>
        </message>
        <message>
            <source>Preparing the monthly report…</source>
            <translation>正在准备月度报告…</translation>
        </message>
        <message>
            <source>Monthly report saved to %1</source>
            <translation>月度报告已保存到 %1</translation>
        </message>
        <message>
            <source>The monthly report was not made: %1</source>
            <translation>没有生成月度报告：%1</translation>
        </message>
    </context>
    <context>
        <name>ReportMonthDialog</name>
        <message>
            <source>&amp;Month</source>
            <extracomment>Months offered in the month chooser: this one and the ones before it.</extracomment>
            <translation>月份(&amp;M)</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>The overview's figures as of the month's last day (today for this month), its statements, the payments due after it and both charts.</source>
            <translation>概览数据（截至该月最后一天，本月则截至今天）、该月的账单、之后到期的还款和两张图表。</translation>
        </message>
    </context>
    <context>
        <name>ReportWriter</name>
        <message>
            <source>Monthly report · %1</source>
            <extracomment>Each chart's size on paper, logical pixels of the document (96 a inch: 6.6 x 2.9 inches, the text's width), drawn at ``CHART_RATIO`` device pixels per logical pixel (about 290 dots per inch on paper). The page margins, millimetres: none of the page layout's own, as ``QTextDocument.print`` sets the document 2 cm from the edges of the printable area. The text's width on A4 (210 mm less 2 cm on each side, ``MARGIN_MM``) and the tables' font size, points. PDF resolution, dots per inch (text stays text; this is the grid positions snap to).</extracomment>
            <translation>月度报告 · %1</translation>
        </message>
        <message>
            <source>Total owed</source>
            <translation>总欠款</translation>
        </message>
        <message>
            <source>To repay in all, installment fees included</source>
            <translation>共需还款（含分期手续费）</translation>
        </message>
        <message>
            <source>Total credit limit</source>
            <translation>总额度</translation>
        </message>
        <message>
            <source>Available credit</source>
            <translation>可用额度</translation>
        </message>
        <message>
            <source>Utilization (used ÷ credit limit)</source>
            <translation>额度使用率（已用 ÷ 额度）</translation>
        </message>
        <message>
            <source>Debt-service ratio (busiest month %1: %2 due ÷ %3 income)</source>
            <translation>月供收入比（还款最多的月份 %1：应还 %2 ÷ 月收入 %3）</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>%1 on %2 since %3</source>
            <translation>%2 逾期 %1，自 %3 起</translation>
        </message>
        <message>
            <source>Next payment due</source>
            <translation>下一笔还款</translation>
        </message>
        <message>
            <source>%1 on %2 (%3)</source>
            <translation>%2 应还 %1（%3）</translation>
        </message>
        <message>
            <source>Nothing to repay</source>
            <translation>无需还款</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%2 前还 %1</translation>
        </message>
        <message>
            <source>Credit line</source>
            <translation>账户</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>额度</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>已用</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>可用</translation>
        </message>
        <message>
            <source>Utilization</source>
            <translation>使用率</translation>
        </message>
        <message>
            <source>Next payment</source>
            <translation>下一笔还款</translation>
        </message>
        <message>
            <source>No statement was cut this month.</source>
            <translation>本月没有出账单。</translation>
        </message>
        <message>
            <source>%1 carried</source>
            <translation>%1 转入下期</translation>
        </message>
        <message>
            <source>Statement date</source>
            <translation>账单日</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>还款日</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>本期应还</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>最低还款</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已还</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>未还</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>利息</translation>
        </message>
        <message numerus="yes">
            <source>Nothing is due in the next %n month(s).</source>
            <translation>
                <numerusform>未来 %n 个月没有要还的账单。</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>%n 天后</numerusform>
            </translation>
        </message>
        <message>
            <source>To pay</source>
            <translation>待还</translation>
        </message>
        <message>
            <source>At least</source>
            <translation>至少还</translation>
        </message>
        <message>
            <source>When</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>Projections assume every bill is paid in full on its due date and nothing new is bought.</source>
            <translation>预测部分假设每期账单都在还款日全额还清，且不再有新的消费。</translation>
        </message>
        <message>
            <source>Figures as of %1</source>
            <translation>数据截至 %1</translation>
        </message>
        <message>
            <source>Statements of %1</source>
            <translation>%1的账单</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message>
            <source>Credit lines</source>
            <translation>授信账户</translation>
        </message>
        <message>
            <source>Upcoming payments</source>
            <translation>即将到期的还款</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>图表</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>Restoring replaces the data you see now with the chosen backup. Your data as it is now is saved as a backup first, so you can go back.</source>
            <translation>恢复会用所选的备份替换你现在看到的数据。恢复前会先把现在的数据另存为一个备份，所以随时可以改回来。</translation>
        </message>
        <message>
            <source>There is no backup of this database yet. Use File → Back up now to make one.</source>
            <translation>这个数据库还没有备份。可以用“文件 → 立即备份”做一个。</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>备份时间</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>恢复(&amp;R)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Automatic (daily)</source>
            <translation>自动（每日）</translation>
        </message>
        <message>
            <source>Made by you</source>
            <translation>手动备份</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>恢复之前</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>导入之前</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>升级之前</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <source>icons missing under %1: %2</source>
            <extracomment>How long the overview's charts may take to appear, seconds (about 1.5 s on a 2-core machine). What Qt's offscreen platform says of every window it cannot resize by hints: noise here, left out.</extracomment>
            <translation>%1 下缺少图标：%2</translation>
        </message>
        <message>
            <source>icons draw nothing (is Qt's SVG image plugin missing?): %1</source>
            <translation>图标画不出来（是否缺少 Qt 的 SVG 图像插件？）：%1</translation>
        </message>
        <message>
            <source>no workshop stories in %1</source>
            <translation>%1 中没有课堂情景</translation>
        </message>
        <message>
            <source>%1 icons drawn, %2 workshop stories read, from %3</source>
            <translation>已画出 %1 个图标，读取了 %2 个课堂情景，来自 %3</translation>
        </message>
        <message>
            <source>%1: missing or not a compiled translation (make translations)</source>
            <translation>%1：缺失，或不是编译好的翻译文件（请运行 make translations）</translation>
        </message>
        <message>
            <source>the Chinese catalogue in %1 did not translate the window title</source>
            <translation>%1 中的中文翻译没有翻译窗口标题</translation>
        </message>
        <message>
            <source>%1 load from %2; %3 in use</source>
            <translation>%1 已从 %2 载入；正在使用 %3</translation>
        </message>
        <message>
            <source>no font with Chinese</source>
            <translation>没有能显示中文的字体</translation>
        </message>
        <message>
            <source>window: %1; charts: %2</source>
            <translation>窗口：%1；图表：%2</translation>
        </message>
        <message>
            <source>%1 (Chinese will show as boxes: install a Chinese font, e.g. fonts-wqy-microhei)</source>
            <translation>%1（中文会显示成方块：请安装中文字体，例如 fonts-wqy-microhei）</translation>
        </message>
        <message>
            <source>the overview's charts were not drawn within %1 s</source>
            <translation>总览的图表在 %1 秒内没有画出来</translation>
        </message>
        <message>
            <source>%1 overview charts, %2 of them blank</source>
            <translation>总览有 %1 张图表，其中 %2 张是空白的</translation>
        </message>
        <message>
            <source>the demo ledger has no credit lines</source>
            <translation>演示账本里没有授信账户</translation>
        </message>
        <message>
            <source>'%1' on a demo ledger: %2 overview charts drawn in %3 s, %4 true-cost views built</source>
            <translation>“%1”打开了演示账本：%3 秒内画出 %2 张总览图表，建好了 %4 个真实成本页面</translation>
        </message>
        <message>
            <source>command modules missing: %1</source>
            <translation>缺少命令模块：%1</translation>
        </message>
        <message>
            <source>%1 command modules, %2 commands</source>
            <translation>%1 个命令模块，%2 个命令</translation>
        </message>
        <message>
            <source>DebtLens %1 self-test (language %2, working in %3)</source>
            <translation>明白账 %1 自检（语言 %2，工作目录 %3）</translation>
        </message>
        <message>
            <source>files</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>translations</source>
            <translation>翻译</translation>
        </message>
        <message>
            <source>fonts</source>
            <translation>字体</translation>
        </message>
        <message>
            <source>window</source>
            <translation>窗口</translation>
        </message>
        <message>
            <source>commands</source>
            <translation>命令</translation>
        </message>
        <message>
            <source>start</source>
            <translation>启动</translation>
        </message>
        <message>
            <source>self-test FAILED (%1 checks) in %2 s</source>
            <translation>自检未通过（%1 项检查失败），用时 %2 秒</translation>
        </message>
        <message>
            <source>self-test passed in %1 s</source>
            <translation>自检通过，用时 %1 秒</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <extracomment>The editable band cut-offs: (threshold set, cut-off) in the order they are shown.</extracomment>
            <translation>设置</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>主题(&amp;T)</translation>
        </message>
        <message>
            <source>Monthly &amp;income (¥)</source>
            <translation>月收入（元）(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Default credit line</source>
            <translation>默认授信账户(&amp;D)</translation>
        </message>
        <message>
            <source>Used for the debt-service ratio (repayments due ÷ income). Leave empty to hide it.</source>
            <translation>用于计算月供收入比（应还 ÷ 收入）。留空则不显示。</translation>
        </message>
        <message>
            <source>Your income is in %1: repayments in %2 are not counted.</source>
            <translation>月收入以 %1 计：%2 的还款不计入。</translation>
        </message>
        <message>
            <source>Warning levels</source>
            <translation>预警线</translation>
        </message>
        <message>
            <source>Where the overview's bands start (utilization: what you owe ÷ your limits; debt-service: repayments due in a month ÷ income). Defaults: utilization 10/30/50/90 % (FICO guidance), debt-service 15/20 % (CFPB).</source>
            <translation>总览中各档预警从哪里开始（额度使用率：欠款 ÷ 额度；月供收入比：当月应还 ÷ 收入）。默认：额度使用率 10/30/50/90%（FICO 建议），月供收入比 15/20%（美国消费者金融保护局）。</translation>
        </message>
        <message>
            <source>Utilization: watch it from</source>
            <translation>额度使用率：留意，从</translation>
        </message>
        <message>
            <source>caution from</source>
            <translation>小心，从</translation>
        </message>
        <message>
            <source>high from</source>
            <translation>偏高，从</translation>
        </message>
        <message>
            <source>critical from</source>
            <translation>危险，从</translation>
        </message>
        <message>
            <source>Debt-service: watch it from</source>
            <translation>月供收入比：留意，从</translation>
        </message>
        <message>
            <source>Restore the default levels</source>
            <translation>恢复默认预警线</translation>
        </message>
        <message>
            <source>Automatic backups</source>
            <translation>自动备份</translation>
        </message>
        <message>
            <source>Remove the password…</source>
            <translation>移除密码…</translation>
        </message>
        <message>
            <source>Protect with a password…</source>
            <translation>用密码保护…</translation>
        </message>
        <message>
            <source>DebtLens backs up your data each day it opens it. It keeps one backup for each of the last days and weeks below and deletes older automatic ones; backups you make yourself are never deleted.</source>
            <translation>明白账每天第一次打开数据时都会自动备份。它为下面设置的最近若干天、若干周各保留一份备份，并删除更早的自动备份；你自己做的备份永远不会被删除。</translation>
        </message>
        <message>
            <source>Daily backups to &amp;keep</source>
            <translation>保留每日备份数(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Weekly backups to keep</source>
            <translation>保留每周备份数(&amp;W)</translation>
        </message>
        <message>
            <source>Daily backups to keep</source>
            <translation>保留每日备份数</translation>
        </message>
        <message>
            <source>Weekly backups to keep</source>
            <translation>保留每周备份数</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Monthly income</source>
            <translation>月收入</translation>
        </message>
        <message>
            <source>Default credit line</source>
            <translation>默认授信账户</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>StatementsView</name>
        <message numerus="yes">
            <source>%n statement(s), %1 unpaid</source>
            <translation>
                <numerusform>%n 期账单，未还 %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Undo “auto-repayment failed”</source>
            <translation>撤销“自动还款失败”</translation>
        </message>
        <message>
            <source>Mark auto-repayment failed</source>
            <translation>标记自动还款失败</translation>
        </message>
        <message>
            <source>Select a statement to see what is on it.</source>
            <translation>选择一期账单，查看其中的明细。</translation>
        </message>
        <message>
            <source>Billing period %1 – %2, due %3.</source>
            <translation>账单周期 %1 – %2，还款日 %3。</translation>
        </message>
        <message>
            <source>Auto-repaid %1 on the due date.</source>
            <translation>还款日已自动还款 %1。</translation>
        </message>
        <message>
            <source>%1 was carried from the previous bill.</source>
            <translation>上期未还的 %1 已转入本期。</translation>
        </message>
        <message numerus="yes">
            <source>Less than the minimum was paid by the due date: overdue for %n day(s).</source>
            <translation>
                <numerusform>到期日前还款不足最低还款额：已逾期 %n 天。</numerusform>
            </translation>
        </message>
        <message>
            <source>The minimum was paid on time: the rest revolves and costs interest every day.</source>
            <translation>已按时还最低还款额：其余部分转为循环信用，每天计息。</translation>
        </message>
        <message>
            <source>%1 was carried to the next bill.</source>
            <translation>%1 已转入下期账单。</translation>
        </message>
        <message>
            <source>Interest so far, not paid yet: %1.</source>
            <translation>至今产生、尚未还的利息：%1。</translation>
        </message>
        <message numerus="yes">
            <source>Not paid by the due date: overdue for %n day(s).</source>
            <translation>
                <numerusform>到期日前未还：已逾期 %n 天。</numerusform>
            </translation>
        </message>
        <message>
            <source>Late fees: %1.</source>
            <translation>滞纳金：%1。</translation>
        </message>
        <message>
            <source>Pay in 4: your purchases' payments due on %1 (4 payments every 14 days, no interest).</source>
            <translation>分4期：%1 到期的各笔消费分期（每笔 4 期，每 14 天一期，不收利息）。</translation>
        </message>
        <message numerus="yes">
            <source>%n payment due date(s), %1 unpaid</source>
            <translation>
                <numerusform>%n 个还款日，未还 %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Less than the minimum was paid by the due date; paid off later (late, which costs interest and can show on a credit record).</source>
            <translation>到期还款日前还款不足最低还款额；后来已还清（逾期还款会产生利息，也可能记入征信）。</translation>
        </message>
        <message>
            <source>Due in full: no minimum, no other way to pay, no bill installment.</source>
            <translation>须全额还清：没有最低还款、其他还法或账单分期。</translation>
        </message>
        <message>
            <source>Credit &amp;line</source>
            <translation>授信账户(&amp;L)</translation>
        </message>
        <message>
            <source>Credit line</source>
            <translation>授信账户</translation>
        </message>
        <message>
            <source>Show empty statements</source>
            <translation>显示空账单</translation>
        </message>
        <message>
            <source>Statements</source>
            <translation>账单</translation>
        </message>
        <message>
            <source>What is on the statement</source>
            <translation>账单明细</translation>
        </message>
        <message>
            <source>Record repayment…</source>
            <translation>记录还款…</translation>
        </message>
        <message>
            <source>Pay the selected statement (Ctrl+R)</source>
            <translation>偿还选中的账单（Ctrl+R）</translation>
        </message>
        <message>
            <source>Minimum-payment trap…</source>
            <translation>最低还款陷阱…</translation>
        </message>
        <message>
            <source>Turn into installments…</source>
            <translation>账单分期…</translation>
        </message>
        <message>
            <source>Split what this bill asks into monthly parts (账单分期), with the fee shown as a yearly rate</source>
            <translation>把本期账单分成每月还款（账单分期），手续费折算成年化利率显示</translation>
        </message>
        <message>
            <source>What paying only the minimum on this statement would cost</source>
            <translation>如果这期账单只还最低还款额，要多付多少</translation>
        </message>
        <message>
            <source>Compare ways to pay…</source>
            <translation>比一比怎么还…</translation>
        </message>
        <message>
            <source>In full, only the minimum, or in installments: what each costs, side by side</source>
            <translation>全额还、只还最低还款、还是分期：每种方式花多少钱，并排比较</translation>
        </message>
        <message>
            <source>On this statement</source>
            <translation>本期账单明细</translation>
        </message>
    </context>
    <context>
        <name>ThemeChoice</name>
        <message>
            <source>Follow the system</source>
            <extracomment>QSettings key of the chosen scheme (read at start by ``application.create_app``). The schemes offered, in order.</extracomment>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>主题</translation>
        </message>
    </context>
    <context>
        <name>TrueCostModels</name>
        <message>
            <source>Pay in 4 (every 2 weeks)</source>
            <translation>分4期（每两周一期）</translation>
        </message>
        <message>
            <source>Pay in full</source>
            <translation>全额还款</translation>
        </message>
        <message>
            <source>%1 months</source>
            <translation>%1 期</translation>
        </message>
        <message>
            <source>%1 once</source>
            <translation>一次 %1</translation>
        </message>
        <message>
            <source>%1, then %2</source>
            <translation>%1，之后每期 %2</translation>
        </message>
        <message>
            <source>no fee</source>
            <translation>无手续费</translation>
        </message>
        <message>
            <source>≈ %1 a year</source>
            <translation>年化约 %1</translation>
        </message>
        <message>
            <source>Avalanche (highest rate first)</source>
            <translation>雪崩法（先还利率最高的）</translation>
        </message>
        <message>
            <source>Snowball (smallest balance first)</source>
            <translation>雪球法（先还余额最小的）</translation>
        </message>
        <message>
            <source>Your order</source>
            <translation>自定顺序</translation>
        </message>
        <message>
            <source>Minimums only</source>
            <translation>只还最低</translation>
        </message>
        <message>
            <source>never</source>
            <translation>永远还不清</translation>
        </message>
        <message>
            <source>%1 paid off</source>
            <translation>%1 还清</translation>
        </message>
        <message>
            <source>Debt %1</source>
            <translation>债务 %1</translation>
        </message>
    </context>
    <context>
        <name>UndoActions</name>
        <message>
            <source>&amp;Undo %1</source>
            <extracomment>Steps that change at least this many rows are reverted on the session's worker thread, not the GUI thread (a 10,000-row import takes about 0.2 s to undo on a 2-core machine: noticeable, so it is not done in the window). A large step is being reverted on the worker (``_revert_in_background``).</extracomment>
            <translation>撤销 %1(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>重做 %1(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>已撤销：%1</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>已重做：%1</translation>
        </message>
        <message>
            <source>Undoing %1…</source>
            <translation>正在撤销 %1…</translation>
        </message>
        <message>
            <source>Redoing %1…</source>
            <translation>正在重做 %1…</translation>
        </message>
        <message>
            <source>The data was changed outside DebtLens since, so the undo history no longer matches it. The history was cleared; your data is as it was.</source>
            <translation>此后数据在明白账之外被改动过，撤销记录已与数据对不上。撤销记录已清空，你的数据保持原样。</translation>
        </message>
        <message>
            <source>The copy of your data saved before the restore (%1) was moved or deleted.</source>
            <translation>恢复前保存的数据副本（%1）已被移动或删除。</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>“%1” could not be undone; nothing was changed.</source>
            <translation>无法撤销“%1”，数据没有任何改动。</translation>
        </message>
        <message>
            <source>“%1” could not be redone; nothing was changed.</source>
            <translation>无法重做“%1”，数据没有任何改动。</translation>
        </message>
    </context>
    <context>
        <name>UndoSteps</name>
        <message>
            <source>Add credit line {line}</source>
            <extracomment>Every step name of ``app.services.undo``, for lupdate (context "UndoSteps"); a test checks none is missing.</extracomment>
            <translation>添加授信账户 {line}</translation>
        </message>
        <message>
            <source>Edit credit line {line}</source>
            <translation>修改授信账户 {line}</translation>
        </message>
        <message>
            <source>Archive credit line {line}</source>
            <translation>归档授信账户 {line}</translation>
        </message>
        <message>
            <source>Show credit line {line} again</source>
            <translation>恢复显示授信账户 {line}</translation>
        </message>
        <message>
            <source>Delete credit line {line}</source>
            <translation>删除授信账户 {line}</translation>
        </message>
        <message>
            <source>Change the limit of {line} to {limit_fen}</source>
            <translation>将 {line} 的额度调整为 {limit_fen}</translation>
        </message>
        <message>
            <source>Add purchase {amount_fen}</source>
            <translation>记一笔消费 {amount_fen}</translation>
        </message>
        <message>
            <source>Edit purchase {amount_fen}</source>
            <translation>修改消费 {amount_fen}</translation>
        </message>
        <message>
            <source>Delete purchase {amount_fen}</source>
            <translation>删除消费 {amount_fen}</translation>
        </message>
        <message>
            <source>Record refund {amount_fen}</source>
            <translation>记录退款 {amount_fen}</translation>
        </message>
        <message>
            <source>Record repayment {amount_fen}</source>
            <translation>记录还款 {amount_fen}</translation>
        </message>
        <message>
            <source>Delete repayment {amount_fen}</source>
            <translation>删除还款 {amount_fen}</translation>
        </message>
        <message>
            <source>Mark the automatic repayment of {statement_date} as failed</source>
            <translation>将 {statement_date} 账单的自动还款标记为失败</translation>
        </message>
        <message>
            <source>Clear the failed automatic repayment of {statement_date}</source>
            <translation>取消 {statement_date} 账单的自动还款失败标记</translation>
        </message>
        <message>
            <source>Pay off installment plan early ({amount_fen})</source>
            <translation>分期提前还款（{amount_fen}）</translation>
        </message>
        <message>
            <source>Turn the bill of {statement_date} into {periods} installments</source>
            <translation>将 {statement_date} 的账单分 {periods} 期</translation>
        </message>
        <message>
            <source>Import {file}</source>
            <translation>导入 {file}</translation>
        </message>
        <message>
            <source>Import a JSON export</source>
            <translation>导入 JSON 导出文件</translation>
        </message>
        <message>
            <source>Change monthly income</source>
            <translation>修改月收入</translation>
        </message>
        <message>
            <source>Change the default credit line</source>
            <translation>修改默认授信账户</translation>
        </message>
        <message>
            <source>Change monthly housing payment</source>
            <translation>修改每月住房支出</translation>
        </message>
        <message>
            <source>Change the warning thresholds</source>
            <translation>修改预警线</translation>
        </message>
        <message>
            <source>Restore backup {file}</source>
            <translation>从备份 {file} 恢复</translation>
        </message>
    </context>
    <context>
        <name>WaitingTimeDialog</name>
        <message>
            <source>Waiting time</source>
            <translation>冷静期</translation>
        </message>
        <message>
            <source>How long something on the list waits before it may be bought, by its price. Dearer things can wait longer: many wants pass by then.</source>
            <translation>清单上的东西要等多久才能买，按价格设定。越贵的东西可以等得越久：很多想要的东西，等一等就不想要了。</translation>
        </message>
        <message>
            <source>From price (¥)</source>
            <translation>起始价格（¥）</translation>
        </message>
        <message>
            <source>Days to wait</source>
            <translation>等待天数</translation>
        </message>
        <message>
            <source>&amp;Add a band</source>
            <translation>添加一档(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Remove band</source>
            <translation>删除此档(&amp;R)</translation>
        </message>
        <message>
            <source>48 &amp;hours for everything</source>
            <translation>一律 48 小时(&amp;H)</translation>
        </message>
        <message>
            <source>The first band starts at 0; each next one at a higher price. 0 days = no wait.</source>
            <translation>第一档从 0 开始，之后每一档的起始价格都要更高。0 天 = 不用等。</translation>
        </message>
        <message>
            <source>Waiting time by price</source>
            <translation>按价格设定的冷静期</translation>
        </message>
    </context>
    <context>
        <name>WelcomeView</name>
        <message>
            <source>Welcome to DebtLens</source>
            <translation>欢迎使用明白账</translation>
        </message>
        <message>
            <source>See what you owe on Huabei, credit cards and pay-later plans, when it is due, and how heavy it is. Everything stays on this computer.</source>
            <translation>看清你在花呗、信用卡和先用后付上欠了多少、什么时候到期、负担有多重。所有数据只保存在这台电脑上。</translation>
        </message>
        <message>
            <source>Add my first credit line</source>
            <translation>添加第一个授信账户</translation>
        </message>
        <message>
            <source>Enter a Huabei account or a credit card: statement day, due day and limit. It takes a minute.</source>
            <translation>填写花呗或信用卡的账单日、还款日和额度，一分钟就好。</translation>
        </message>
        <message>
            <source>Add a credit line…</source>
            <translation>添加授信账户…</translation>
        </message>
        <message>
            <source>Import a bill export</source>
            <translation>导入账单文件</translation>
        </message>
        <message>
            <source>Read the purchases from an Alipay, WeChat Pay or bank export file.</source>
            <translation>从支付宝、微信支付或银行导出的文件中读取消费记录。</translation>
        </message>
        <message>
            <source>Import a file…</source>
            <translation>导入文件…</translation>
        </message>
        <message>
            <source>Look around first</source>
            <translation>先随便看看</translation>
        </message>
        <message>
            <source>Open a demo with made-up purchases on three credit lines. It is kept apart from your own data.</source>
            <translation>打开一份演示数据：三个授信账户上的虚构消费，与你自己的数据分开保存。</translation>
        </message>
        <message>
            <source>Open the demo</source>
            <translation>打开演示数据</translation>
        </message>
    </context>
    <context>
        <name>WishlistView</name>
        <message>
            <source>Waiting has saved you %1 so far (the items you dropped).</source>
            <translation>冷静期到目前为止帮你省下了 %1（你不要了的东西）。</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>冷静中</translation>
        </message>
        <message>
            <source>allowed</source>
            <translation>可以买了</translation>
        </message>
        <message>
            <source>bought</source>
            <translation>已买</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>不要了</translation>
        </message>
        <message>
            <source>%1 is on the list. You can buy it from %2.</source>
            <translation>%1 已加入清单，%2 起可以买。</translation>
        </message>
        <message>
            <source>Ways to pay for %1</source>
            <translation>%1 的付款方式</translation>
        </message>
        <message>
            <source>%1 is still in its cooling-off time until %2. Press “Buy” again to buy it anyway.</source>
            <translation>%1 的冷静期到 %2 才结束。仍要买的话，再按一次“买”。</translation>
        </message>
        <message>
            <source>Bought %1: the purchase of %2 is recorded.</source>
            <translation>已买 %1：%2 的消费已记账。</translation>
        </message>
        <message>
            <source>Dropped %1.</source>
            <translation>%1 不要了。</translation>
        </message>
        <message>
            <source>Cooling-off list</source>
            <translation>冷静清单</translation>
        </message>
        <message>
            <source>&amp;Item</source>
            <translation>东西(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Price (¥)</source>
            <translation>价格（¥）(&amp;P)</translation>
        </message>
        <message numerus="yes">
            <source>Waiting time: %n day(s), whatever the price.</source>
            <translation>
                <numerusform>冷静期：%n 天，不论价格。</numerusform>
            </translation>
        </message>
        <message>
            <source>Waiting time: %1.</source>
            <translation>冷静期：%1。</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) from %1</source>
            <translation>
                <numerusform>%1 起 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>Put here what you want to buy on credit. It can be bought after your waiting time: many wants pass by then. Compare the real cost of each way to pay while you wait.</source>
            <translation>把想用信用消费买的东西放在这里，冷静期过后才能买：很多想要的东西，等一等就不想要了。等待期间可以比较每种付款方式的真实成本。</translation>
        </message>
        <message>
            <source>&amp;Waiting time…</source>
            <translation>冷静期(&amp;W)…</translation>
        </message>
        <message>
            <source>&amp;Where</source>
            <translation>在哪买(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Line you'd use</source>
            <translation>打算用的额度(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Add to the list</source>
            <translation>加入清单(&amp;A)</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>东西</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>在哪买</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>额度</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>加入日期</translation>
        </message>
        <message>
            <source>Allowed from</source>
            <translation>可以买的日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>&amp;Compare ways to pay…</source>
            <translation>比一比怎么付…(&amp;C)</translation>
        </message>
        <message>
            <source>Can I &amp;pay it on that date?…</source>
            <translation>到期那天还得起吗？…(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Buy</source>
            <translation>买(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Drop it</source>
            <translation>不要了(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>%1 a month %2 on %3, so no plan can start; raise the budget</source>
            <translation>每月 %1 在 %3 %2，所以无法开始任何计划；请提高预算</translation>
        </message>
        <message>
            <source>%1 a month never pays off %2 by %3 (its interest is at least what it can get each month, or it takes over 100 years); raise the budget</source>
            <translation>每月 %1 按 %3 永远还不清 %2（利息不少于每月能还的钱，或需要超过 100 年）；请提高预算</translation>
        </message>
        <message>
            <source>%1 months</source>
            <translation>%1 个月</translation>
        </message>
        <message>
            <source>is not a file</source>
            <extracomment>Largest scenario file read: scenarios are short text.</extracomment>
            <translation>不是文件</translation>
        </message>
        <message>
            <source>is larger than %1 bytes</source>
            <translation>大于 %1 字节</translation>
        </message>
        <message>
            <source>is not UTF-8 text</source>
            <translation>不是 UTF-8 文本</translation>
        </message>
        <message>
            <source>no such scenario (shipped: %1)</source>
            <translation>没有这个情景（随附的有：%1）</translation>
        </message>
        <message>
            <source>No workshop story is called “%1”. Stories: %2.</source>
            <translation>没有名为“%1”的工作坊故事。现有的故事：%2。</translation>
        </message>
        <message>
            <source>Chinese handouts need a font that can draw Chinese, and none is installed (on Debian and Ubuntu: the package fonts-wqy-microhei)</source>
            <extracomment>Room on either side of a table cell's text, inches.</extracomment>
            <translation>中文讲义需要能显示中文的字体，但系统中没有安装（Debian 和 Ubuntu 上可安装 fonts-wqy-microhei 软件包）</translation>
        </message>
        <message>
            <source>%1, line %2, %3: %4</source>
            <extracomment>How a line is repaid when the scenario gives no repayments of its own. Figures a moment can check, and what each is (fen unless said otherwise). Figures of the [recovery] payoff plan: computed over every line as of ``recovery.from``, whatever the moment's date (the plan is a projection from that day, not something the ledger has lived through). The fields each table may have ("" is the top of the file): anything else is a typo or a key TOML filed under the table above it, and is refused rather than silently ignored.</extracomment>
            <translation>%1，第 %2 行，%3：%4</translation>
        </message>
        <message>
            <source>%1, %2: %3</source>
            <translation>%1，%2：%3</translation>
        </message>
        <message>
            <source>is missing (a [table] is needed)</source>
            <translation>缺少（需要一个 [表]）</translation>
        </message>
        <message>
            <source>needs both languages: { zh = "…", en = "…" }</source>
            <translation>需要两种语言：{ zh = "…", en = "…" }</translation>
        </message>
        <message>
            <source>contains control characters</source>
            <translation>含有控制字符</translation>
        </message>
        <message>
            <source>needs a date such as 2026-01-05 (no quotes)</source>
            <translation>需要一个日期，例如 2026-01-05（不加引号）</translation>
        </message>
        <message>
            <source>needs an amount in quotes, e.g. "6999.00"</source>
            <translation>需要加引号的金额，例如 "6999.00"</translation>
        </message>
        <message>
            <source>needs a percentage in quotes, e.g. "8.8%"</source>
            <translation>需要加引号的百分比，例如 "8.8%"</translation>
        </message>
        <message>
            <source>needs a whole number from %1 to %2</source>
            <translation>需要 %1 到 %2 之间的整数</translation>
        </message>
        <message>
            <source>must be one of %1</source>
            <translation>必须是以下之一：%1</translation>
        </message>
        <message>
            <source>must be a list of [[%1]] tables</source>
            <translation>必须是一组 [[%1]] 表</translation>
        </message>
        <message>
            <source>belongs at the top of the file, before the first [table]: TOML files a key under the table above it</source>
            <translation>应放在文件开头、第一个 [表] 之前：TOML 会把键归入它上面的表</translation>
        </message>
        <message>
            <source>is not a field here (fields: %1)</source>
            <translation>不是这里的字段（可用字段：%1）</translation>
        </message>
        <message>
            <source>needs a short name of lowercase letters, digits and '-'</source>
            <translation>需要由小写字母、数字和 '-' 组成的短名称</translation>
        </message>
        <message>
            <source>must be after the start and within 10 years of it</source>
            <translation>必须晚于开始日期，且在其后 10 年之内</translation>
        </message>
        <message>
            <source>%1 is outside the scenario (%2 … %3)</source>
            <translation>%1 在情景的时间范围之外（%2 … %3）</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>缺少</translation>
        </message>
        <message>
            <source>%1 is used twice</source>
            <translation>%1 用了两次</translation>
        </message>
        <message>
            <source>a scenario needs at least one [[lines]] table</source>
            <translation>情景至少需要一个 [[lines]] 表</translation>
        </message>
        <message>
            <source>names no line of this scenario (lines: %1)</source>
            <translation>没有指向本情景中的任何额度（额度：%1）</translation>
        </message>
        <message>
            <source>must be after the start</source>
            <translation>必须晚于开始日期</translation>
        </message>
        <message>
            <source>cannot be more than the contract amount</source>
            <translation>不能多于合同金额</translation>
        </message>
        <message>
            <source>must be a [recovery] table with a budget and a from date</source>
            <translation>必须是带有 budget 和 from 日期的 [recovery] 表</translation>
        </message>
        <message>
            <source>must be a table { figure = …, line = …, value = … }</source>
            <translation>必须是一个表 { figure = …, line = …, value = … }</translation>
        </message>
        <message>
            <source>needs a percentage with one decimal, e.g. "45.2%"</source>
            <translation>需要一位小数的百分比，例如 "45.2%"</translation>
        </message>
        <message>
            <source>the scenario has no [[offers]]</source>
            <translation>情景中没有 [[offers]]</translation>
        </message>
        <message>
            <source>needs a percentage with two decimals, e.g. "3724.49%"</source>
            <translation>需要两位小数的百分比，例如 "3724.49%"</translation>
        </message>
        <message>
            <source>needs a [recovery] table with a budget (and a from date)</source>
            <translation>需要带有 budget（和 from 日期）的 [recovery] 表</translation>
        </message>
        <message>
            <source>a payoff plan covers every line: leave line out</source>
            <translation>还清计划覆盖所有额度：不要写 line</translation>
        </message>
        <message>
            <source>the plan starts on recovery.from (%1), after this moment (%2)</source>
            <translation>计划从 recovery.from（%1）开始，晚于这个时刻（%2）</translation>
        </message>
        <message>
            <source>needs from 2 to 6 choices, each { zh = …, en = … }</source>
            <translation>需要 2 到 6 个选项，每个为 { zh = …, en = … }</translation>
        </message>
        <message>
            <source>names the right choice: a number from 1 to %1</source>
            <translation>指出正确选项：1 到 %1 之间的数字</translation>
        </message>
        <message>
            <source>needs choices to pick from</source>
            <translation>需要可供选择的选项</translation>
        </message>
    </context>
    <context>
        <name>WorkshopBar</name>
        <message>
            <source>%1 · moment %2 of %3</source>
            <translation>%1 · 第 %2 / %3 个时刻</translation>
        </message>
        <message>
            <source>%1 · %2: %3</source>
            <translation>%1 · %2：%3</translation>
        </message>
        <message>
            <source>The room picks %1 (key %2)</source>
            <translation>学员选 %1（按键 %2）</translation>
        </message>
        <message>
            <source>Step on to the next moment (PageDown).</source>
            <translation>继续到下一个时刻（PageDown）。</translation>
        </message>
        <message>
            <source>Look at: %1</source>
            <translation>请看：%1</translation>
        </message>
        <message>
            <source>+1 day</source>
            <translation>+1 天</translation>
        </message>
        <message>
            <source>+1 week</source>
            <translation>+1 周</translation>
        </message>
        <message>
            <source>◀ Step back</source>
            <translation>◀ 退一步</translation>
        </message>
        <message>
            <source>+1 month</source>
            <translation>+1 月</translation>
        </message>
        <message>
            <source>Next moment ▶</source>
            <translation>下一个时刻 ▶</translation>
        </message>
        <message>
            <source>Reveal</source>
            <translation>揭晓</translation>
        </message>
        <message>
            <source>Back to the previous moment</source>
            <translation>回到上一个时刻</translation>
        </message>
        <message>
            <source>More</source>
            <translation>更多</translation>
        </message>
        <message>
            <source>Show the answer of this moment</source>
            <translation>显示这个时刻的答案</translation>
        </message>
        <message>
            <source>Undo the last step (PageUp or B)</source>
            <translation>撤销上一步（PageUp 或 B）</translation>
        </message>
        <message>
            <source>PageDown or Space: reveal the answer, then go on</source>
            <translation>PageDown 或空格：先揭晓答案，再进入下一步</translation>
        </message>
        <message>
            <source>The story: numbered moments, life events as diamonds; click a moment to go there</source>
            <translation>故事进度：编号圆点是讨论时刻，菱形是生活事件；点击时刻即可跳转</translation>
        </message>
        <message>
            <source>Reset the story</source>
            <translation>重新开始</translation>
        </message>
        <message>
            <source>Leave the workshop</source>
            <translation>离开课堂模式</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>用法：</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>位置参数</translation>
        </message>
        <message>
            <source>options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>显示本帮助并退出</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s：错误：%(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>参数 %(argument_name)s：%(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>缺少必需的参数：%s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>无法识别的参数：%s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>无效的 %(type)s 值：%(value)r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>需要一个值</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>最多需要一个值</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>至少需要一个值</translation>
        </message>
        <message>
            <source>expected %s argument</source>
            <translation>需要 %s 个值</translation>
        </message>
        <message>
            <source>expected %s arguments</source>
            <translation>需要 %s 个值</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>不能与参数 %s 同时使用</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>必须给出参数 %s 中的一个</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>忽略了多余的值 %r</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>未知的子命令 %(parser_name)r（可选：%(choices)s）</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>无法打开“%(filename)s”：%(error)s</translation>
        </message>
    </context>
</TS>
