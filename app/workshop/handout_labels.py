"""The handout's own texts (headings, column titles, sentences around the figures), in both languages.

They are document texts like the scenario's (``scenario.Text``), not window texts, so they live here and not in the
Qt translations.
"""

from __future__ import annotations

from app.workshop.scenario import Text

#: The handout's own texts (headings, column titles, sentences around the figures), in both languages.
LABELS: dict[str, Text] = {k: Text(*v) for k, v in {
    "kicker": ("DebtLens 明白账 · 理财课讲义", "DebtLens · Financial-literacy workshop handout"),
    "made_up": ("故事里的人物和商户都是虚构的。", "Everyone and every shop in this story is made up."),
    "persona": ("故事的主人公", "Who the story is about"),
    "name": ("姓名、年龄", "Name, age"),
    "name_value": ("{name}，{n} 岁", "{name}, {n} years old"),
    "situation": ("情况", "Situation"),
    "income": ("收入", "Income"),
    "income_value": ("每月 {amount}，每月 {d} 日到账", "{amount} a month, paid on day {d} of the month"),
    "lines": ("授信账户和条款", "Credit lines and their terms"),
    "line": ("账户", "Line"),
    "line_kind": ("{name}（{kind}）", "{name} ({kind})"),
    "limit": ("额度", "Limit"),
    "days": ("账单日 / 还款日", "Bill day / due day"),
    "days_value": ("每月 {s} 日 / {d} 日", "Day {s} / day {d}"),
    "minimum_rate": ("最低还款", "Minimum"),
    "minimum_none": ("全额", "Whole bill"),
    "daily_rate": ("未还部分日利率", "Interest on what is carried"),
    "daily_rate_value": ("日 {d}（年 {y}）", "{d} a day ({y}\u00a0a\u00a0year)"),
    "policy": ("故事里怎么还", "How it is repaid"),
    "kind.huabei": ("花呗", "Huabei"),
    "kind.credit_card": ("信用卡", "Credit card"),
    "kind.bnpl": ("先用后付", "Pay later"),
    "policy.full": ("每期全额还清", "Every bill paid in full"),
    "policy.minimum": ("每期只还最低还款", "Only the minimum, every bill"),
    "policy.nothing": ("一分不还", "Nothing paid"),
    "policy.auto_fails": ("开了自动还款，但扣款失败", "Auto-repay is on, but it fails"),
    "timeline": ("时间线", "Timeline"),
    "date": ("日期", "Date"),
    "type": ("类别", "Type"),
    "detail": ("发生了什么", "What happens"),
    "t.purchase": ("消费", "Purchase"),
    "t.repayment": ("额外还款", "Repayment"),
    "t.limit": ("额度调整", "Limit change"),
    "t.event": ("生活事件", "Life event"),
    "t.offer": ("借款广告", "Loan offer"),
    "t.moment": ("课堂提问", "Question"),
    "t.recovery": ("还债计划", "Way out"),
    "purchase": ("在{line}消费 {amount}", "{amount} on {line}"),
    "purchase_at": ("：{merchant}", " at {merchant}"),
    "purchase_split": ("，分 {n} 期，总手续费率 {rate}", ", in {n} installments, total fee {rate}"),
    "purchase_split_preset": ("，分 {n} 期（默认费率）", ", in {n} installments (the line's usual fee)"),
    "repayment": ("向{line}还款 {amount}", "{amount} repaid to {line}"),
    "funded_by": ("——钱是从{line}借来的（以贷养贷）", ", with money borrowed from {line} (borrowing to repay)"),
    "event": ("{title}：{text}", "{title}: {text}"),
    "limit_change": ("{line}的额度调整为 {amount}", "{line}'s limit becomes {amount}"),
    "offer": ("{name}：合同 {contract}，到手 {received}，{day}要还 {repay}",
              "{name}: contract {contract}, {received} received, {repay} to repay on {day}"),
    "moment": ("第 {i} 题：{question}", "Question {i}: {question}"),
    "recovery": ("开始还债：每月拿出 {budget} 还所有欠款", "The way out starts: {budget} a month toward all the debts"),
    "calendar": ("还款日历", "Repayment calendar"),
    "calendar_intro": ("下面是故事结束时（{day}）DebtLens 算出的每一张账单：哪天到期、账单金额、最低还款额。",
                       "Every bill of the story as DebtLens computes it at the end ({day}): when it is due, what "
                       "it asks for, and its minimum payment."),
    "due": ("到期日", "Due"),
    "bill": ("账单金额", "Bill"),
    "minimum": ("最低还款", "Minimum"),
    "no_bills": ("这个故事里没有出过账单。", "No bill was issued in this story."),
    "true_cost": ("借钱的真实成本", "What the borrowing really costs"),
    "what": ("项目", "What"),
    "amount": ("金额", "Amount"),
    "fee": ("手续费 / 利息", "Fee / interest"),
    "apr": ("年化利率", "Yearly rate"),
    "effective": ("复利年化", "Compounded"),
    "cost_installments": ("{merchant}（{line}，分 {n} 期）", "{merchant} ({line}, {n} installments)"),
    "cost_installments_plain": ("{line}分 {n} 期", "{line}, {n} installments"),
    "cost_offer": ("{name}（到手 {received}）", "{name} ({received} received)"),
    "cost_revolving": ("{line}：没还清的部分计息（到{day}为止）", "{line}: interest on what is carried (to {day})"),
    "no_cost": ("这个故事里没有手续费，也没有利息。", "Nothing in this story costs a fee or interest."),
    "cost_note": ("分期：按每期现金流算的月利率 × 12（复利年化：按月复利）。借款：全部费用 ÷ 实际到手金额 × 365 ÷ "
                  "借款天数（央行 2021 年第 3 号公告）。未还部分：日利率 × 365（复利年化：按日复利）。",
                  "Installments: the monthly rate of the payments × 12 (compounded: month by month). Loans: all "
                  "costs ÷ the cash actually received × 365 ÷ the days borrowed (PBOC 2021 No. 3). Carried "
                  "balances: the daily rate × 365 (compounded: day by day)."),
    "lessons": ("要记住的", "Key lessons"),
    "debt_log": ("我的借款记录", "My debt log"),
    "debt_log_intro": ("每借一笔、每还一笔都记下来，还欠多少就一直清清楚楚。",
                       "Write down every loan and every repayment: what you still owe is then always in front "
                       "of you."),
    "log_date": ("日期", "Date"),
    "log_line": ("哪个账户", "Line"),
    "log_borrowed": ("借了多少", "Amount borrowed"),
    "log_due": ("哪天到期", "Due date"),
    "log_repaid": ("还了多少", "Amount repaid"),
    "log_owed": ("还欠多少", "Still owed"),
    "quiz": ("课前 / 课后小测", "Quiz: before and after the class"),
    "quiz_intro": ("上课前先答一遍，下课后再答一遍：哪些答案变了？", "Answer once before the class and again after "
                   "it: which answers changed?"),
    "before": ("课前：", "Before:"),
    "after": ("课后：", "After:"),
    "answers": ("答案（讲师用）", "Answer key (for the trainer)"),
    "answers_intro": ("发小测时请不要打印这一页。", "Keep this page back when handing out the quiz."),
    "look_at": ("看这里：", "Look at: "),
    "footer": ("DebtLens · {title}", "DebtLens · {title}"),
    "page": ("第 {n} / {total} 页", "Page {n} of {total}"),
}.items()}


def label(key: str, lang: str, **values: object) -> str:
    """``LABELS[key]`` in ``lang`` with ``{name}`` placeholders filled from ``values``."""
    text = LABELS[key].get(lang)
    return text.format(**values) if values else text
