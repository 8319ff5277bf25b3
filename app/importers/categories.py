"""DebtLens spending categories and how the source files' own categories map onto them.

The set is small and fixed on purpose: it is what charts group by. The original text is always kept in
``ImportedEvent.source_category``, so nothing is lost when a mapping is coarse.
"""

from __future__ import annotations

DINING = "Dining"
GROCERIES = "Groceries"
SHOPPING = "Shopping"
ELECTRONICS = "Electronics"
TRANSPORT = "Transport"
TRAVEL = "Travel"
ENTERTAINMENT = "Entertainment"
UTILITIES = "Utilities"
HEALTH = "Health"
EDUCATION = "Education"
HOME = "Home"
FEES = "Fees"  # card fees and interest (OFX FEE/INT, Chase "Fee")
OTHER = "Other"

#: Every category an importer may assign, in display order.
CATEGORIES: tuple[str, ...] = (
    DINING, GROCERIES, SHOPPING, ELECTRONICS, TRANSPORT, TRAVEL, ENTERTAINMENT, UTILITIES, HEALTH, EDUCATION,
    HOME, FEES, OTHER,
)

#: Alipay 交易分类 (app statement) -> DebtLens category. Unlisted values (转账红包, 信用借还, 投资理财 ...) -> Other.
ALIPAY: dict[str, str] = {
    "餐饮美食": DINING,
    "日用百货": GROCERIES,  # supermarkets and daily necessities
    "服饰装扮": SHOPPING,
    "美容美发": SHOPPING,
    "母婴亲子": SHOPPING,
    "宠物": SHOPPING,
    "数码电器": ELECTRONICS,
    "交通出行": TRANSPORT,
    "爱车养车": TRANSPORT,
    "酒店旅游": TRAVEL,
    "文化休闲": ENTERTAINMENT,
    "运动户外": ENTERTAINMENT,
    "充值缴费": UTILITIES,
    "生活服务": UTILITIES,
    "公共服务": UTILITIES,
    "医疗健康": HEALTH,
    "教育培训": EDUCATION,
    "家居家装": HOME,
    "住房物业": HOME,
}

#: WeChat 交易类型 -> DebtLens category. WeChat has no spending category, so this is coarse on purpose.
WECHAT: dict[str, str] = {
    "商户消费": SHOPPING,
    "扫二维码付款": SHOPPING,
    "亲属卡交易": SHOPPING,
}

#: Chase ``Category`` column -> DebtLens category.
CHASE: dict[str, str] = {
    "Food & Drink": DINING,
    "Groceries": GROCERIES,
    "Shopping": SHOPPING,
    "Personal": SHOPPING,
    "Travel": TRAVEL,
    "Gas": TRANSPORT,
    "Automotive": TRANSPORT,
    "Entertainment": ENTERTAINMENT,
    "Bills & Utilities": UTILITIES,
    "Health & Wellness": HEALTH,
    "Education": EDUCATION,
    "Home": HOME,
    "Fees & Adjustments": FEES,
}

#: Words a person may type in a spreadsheet (lower case) -> DebtLens category.
ENGLISH_ALIASES: dict[str, str] = {
    "food": DINING, "restaurant": DINING, "restaurants": DINING, "coffee": DINING, "food & drink": DINING,
    "grocery": GROCERIES, "supermarket": GROCERIES,
    "clothing": SHOPPING, "clothes": SHOPPING, "personal": SHOPPING,
    "computer": ELECTRONICS, "computers": ELECTRONICS, "phone": ELECTRONICS, "digital": ELECTRONICS,
    "gas": TRANSPORT, "fuel": TRANSPORT, "taxi": TRANSPORT, "car": TRANSPORT, "automotive": TRANSPORT,
    "hotel": TRAVEL, "flight": TRAVEL, "flights": TRAVEL,
    "sports": ENTERTAINMENT, "sport": ENTERTAINMENT, "fitness": ENTERTAINMENT, "movies": ENTERTAINMENT,
    "games": ENTERTAINMENT,
    "bills": UTILITIES, "phone bill": UTILITIES, "internet": UTILITIES,
    "medical": HEALTH, "pharmacy": HEALTH, "doctor": HEALTH,
    "books": EDUCATION, "book": EDUCATION, "tuition": EDUCATION, "courses": EDUCATION,
    "furniture": HOME, "rent": HOME, "household": HOME,
    "fee": FEES, "interest": FEES,
}

#: The fixed categories as the Chinese window names them (``translations/debtlens_zh_CN.ts``, context
#: ``ImportTexts``; a test keeps the two the same): a file typed from what the window shows is filed alike.
CHINESE_NAMES: dict[str, str] = {
    "餐饮": DINING, "日用百货": GROCERIES, "购物": SHOPPING, "数码电器": ELECTRONICS, "交通": TRANSPORT, "旅行": TRAVEL,
    "文娱": ENTERTAINMENT, "生活缴费": UTILITIES, "医疗健康": HEALTH, "教育": EDUCATION, "居家": HOME, "费用": FEES,
    "其他": OTHER,
}

_BY_LOWER = {name.lower(): name for name in CATEGORIES}


def from_alipay(text: str) -> str:
    """Map an Alipay 交易分类 to a DebtLens category (``Other`` when unknown)."""
    return ALIPAY.get(text, OTHER)


def from_wechat(transaction_type: str) -> str:
    """Map a WeChat 交易类型 (``商户消费-退款`` counts as ``商户消费``) to a DebtLens category."""
    return WECHAT.get(transaction_type.removesuffix("-退款"), OTHER)


def from_chase(text: str) -> str:
    """Map a Chase ``Category`` value to a DebtLens category (``Other`` when unknown)."""
    return CHASE.get(text, OTHER)


def from_text(text: str) -> str | None:
    """Map free text a user typed (``"Dining"``, ``"books"``, ``"餐饮"``, ``"餐饮美食"``) to a category, or ``None``."""
    key = text.strip().lower()
    return (_BY_LOWER.get(key) or ENGLISH_ALIASES.get(key) or CHINESE_NAMES.get(text.strip())
            or ALIPAY.get(text.strip()))
