"""The bank credit-card layouts DebtLens knows (``CsvProfile`` presets): CMB, ICBC, CGB, BOCOM, BOC, CITIC, SPDB,
CCB and Chase, tried in this order on a CSV or spreadsheet without a saved mapping. Each comment names the layout
the preset reads; README's import table lists what each keeps and skips.
"""

from __future__ import annotations

from app.importers.csv_profile import CHARGE_NEGATIVE, CHARGE_POSITIVE, FEE, UNSIGNED, CsvProfile
from app.importers.records import PURCHASE, REFUND, REPAYMENT

CMB = CsvProfile(
    name="CMB", date_column="交易日|交易日期", fallback_date_column="记账日|记账日期", description_column="交易摘要",
    amount_column="人民币金额", sign=CHARGE_POSITIVE, date_order="MD", key_prefix="cmb",
)
ICBC = CsvProfile(
    name="ICBC", date_column="交易日期", fallback_date_column="记账日期", description_column="摘要",
    merchant_column="交易场所", debit_column="记账金额(支出)", credit_column="记账金额(收入)", date_order="YMD",
    key_prefix="icbc",
)
CGB = CsvProfile(
    name="CGB", date_column="交易日期", fallback_date_column="入账日期", description_column="交易摘要",
    amount_column="入账金额", sign=CHARGE_POSITIVE, date_order="YMD", key_prefix="cgb",
)
BOCOM = CsvProfile(
    name="BOCOM", date_column="交易日期", fallback_date_column="记账日期", description_column="交易说明",
    amount_column="入账币种/金额", sign=UNSIGNED, type_column="交易说明", type_match="prefix",
    type_map=(("消费", PURCHASE), ("取现", PURCHASE), ("退货", REFUND), ("退款", REFUND), ("信用卡还款", REPAYMENT),
              ("还款", REPAYMENT), ("年费", FEE), ("费用", FEE), ("手续费", FEE),
              ("利息", FEE)),
    key_prefix="bocom",
)
BOC = CsvProfile(
    name="BOC", date_column="交易日", fallback_date_column="银行记账日", description_column="交易描述",
    debit_column="支出", credit_column="存入", currency_column="币种", key_prefix="boc",
)
CITIC = CsvProfile(
    name="CITIC", date_column="交易日期", fallback_date_column="入账日期", description_column="交易描述",
    amount_column="结算金额", sign=CHARGE_POSITIVE, currency_column="结算币种", key_prefix="citic",
)
#: SPDB (浦发银行) card statement detail: 交易日期, 记账日期, 交易摘要, 交易金额(RMB), 卡号后四位, + a charge and − a
#: repayment or refund, as the issuer prints it (the layout public statement readers parse for SPDB cards).
SPDB = CsvProfile(
    name="SPDB", date_column="交易日期", fallback_date_column="记账日期", description_column="交易摘要",
    amount_column="交易金额(RMB)|交易金额(人民币)", sign=CHARGE_POSITIVE, key_prefix="spdb",
)
#: CCB (建设银行) 龙卡 card detail, the transaction table of its card e-statement (电子账单) as a CSV or spreadsheet:
#: 交易日, 银行记账日, 卡号后四位, 交易描述, 交易币种, 交易金额, 结算币种, 结算金额; the 结算金额 is + a charge and − a
#: repayment (还款) or refund (退货/退款), in the 结算币种.
CCB = CsvProfile(
    name="CCB", date_column="交易日", fallback_date_column="银行记账日", description_column="交易描述",
    amount_column="结算金额", sign=CHARGE_POSITIVE, currency_column="结算币种", key_prefix="ccb",
)
CHASE = CsvProfile(
    name="Chase", date_column="Transaction Date", fallback_date_column="Post Date", description_column="Description",
    amount_column="Amount", sign=CHARGE_NEGATIVE, date_order="MDY", type_column="Type",
    type_map=(("Sale", PURCHASE), ("Return", REFUND), ("Payment", REPAYMENT), ("Fee", FEE)),
    category_column="Category", currency="USD", key_prefix="chase",
)
#: Presets tried, in this order, when no profile is given.
PRESETS: tuple[CsvProfile, ...] = (CMB, ICBC, CGB, BOCOM, BOC, CITIC, SPDB, CCB, CHASE)
