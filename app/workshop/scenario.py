"""Workshop scenarios: a documented TOML file per classroom story (``resources/scenarios/*.toml``).

A scenario is plain text a trainer can read, edit and share: a persona, credit lines with their terms and a
repayment *policy*, a timeline of purchases, repayments and limit changes, life events, and *moments*: dates the
class stops at, with a question for the room, what to point at, the answer, and the figures the engine must show
then (``expect``: checked by ``debtlens workshop validate``), and optionally a way out (``[recovery]``: a
monthly budget from a given day, whose avalanche and snowball payoff plans moments can claim). Every text is given
in Chinese and English (``{ zh = "…", en = "…" }``). Money is text in yuan (``"6999.00"``), rates are percentages
(``"8.8%"``), dates are TOML dates (``2026-01-05``). The full format is in ``resources/scenarios/README.md``.

This module is what a scenario is; ``scenario_file.parse_scenario`` reads one from its file, raising
``ScenarioError`` with the file, line and field of a mistake.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.domain.credit_line import CreditLine
from app.domain.errors import DebtLensError
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.offers import LoanOffer, OfferCheck, Payment, check_offer

#: How a line is repaid when the scenario gives no repayments of its own.
POLICIES = ("full", "minimum", "nothing", "auto_fails")
#: Figures a moment can check, and what each is (fen unless said otherwise).
FIGURES = {
    "owed": "principal still owed plus interest and fees posted (the overview's total owed for the line)",
    "statement_balance": "the current bill's balance",
    "minimum": "the current bill's minimum payment",
    "overdue": "the unmet minimum that makes the line overdue (0 when it is not)",
    "interest_posted": "all interest posted on the line's bills so far",
    "available": "available credit",
    "utilization": "utilization, a percentage with one decimal (\"45.2%\")",
    "to_repay": "what the bills and plans will still ask for, installment fees included",
    "offer_apr": "the annualized rate of an [[offers]] entry (``offer = N``), a percentage with two decimals",
    "payoff_months_avalanche": "whole months to debt-free paying the [recovery] budget a month, highest rate first "
                               "(an integer, ``value = 7``)",
    "payoff_months_snowball": "whole months to debt-free paying the [recovery] budget a month, smallest balance "
                              "first (an integer)",
    "payoff_interest_avalanche": "all interest paid on the way to debt-free, highest rate first",
    "payoff_interest_snowball": "all interest paid on the way to debt-free, smallest balance first",
}
#: Figures of the [recovery] payoff plan: computed over every line as of ``recovery.from``, whatever the moment's
#: date (the plan is a projection from that day, not something the ledger has lived through).
PAYOFF_FIGURES = ("payoff_months_avalanche", "payoff_months_snowball", "payoff_interest_avalanche",
                  "payoff_interest_snowball")
LANGUAGES = ("zh", "en")
#: The fields each table may have ("" is the top of the file): anything else is a typo or a key TOML filed under
#: the table above it, and is refused rather than silently ignored.
FIELDS: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in {
    "": "scenario persona lines purchases repayments limit_changes events offers moments lessons recovery",
    "scenario": "id title summary start end",
    "persona": "name age situation monthly_income pay_day",
    "lines": "name kind limit statement_day due_day min_payment penalty_rate revolving_basis policy",
    "purchases": "date line amount installments fee_rate merchant",
    "repayments": "date line amount funded_by",
    "limit_changes": "date line limit",
    "events": "date title text",
    "offers": "name contract received start repay_on repay",
    "moments": "date question point_at answer choices correct expect",
    "moments.expect": "figure line value offer",
    "recovery": "budget from",
}.items()}


class ScenarioError(DebtLensError):
    """A scenario file that cannot be used: ``filename``, ``line`` and ``field`` say where, ``reason`` (a
    :class:`~app.domain.messages.Message`) why; ``message`` is the whole sentence, translated at the edge
    (``str(exc)`` is its English)."""

    def __init__(self, filename: str, field_name: str, reason: str, line: int | None = None, *,
                 sentence: str | None = None) -> None:
        self.filename, self.field, self.reason, self.line = filename, field_name, reason, line
        self.message = sentence or (  # ``sentence``: a whole sentence of its own (an unknown story's name)
            QT_TRANSLATE_NOOP("Workshop", "%1, line %2, %3: %4").arg(filename, line, field_name, reason)
            if line else QT_TRANSLATE_NOOP("Workshop", "%1, %2: %3").arg(filename, field_name, reason))
        super().__init__(self.message)


@dataclass(frozen=True)
class Text:
    """A text in both languages."""

    zh: str
    en: str

    def get(self, language: str) -> str:
        """The text for ``language`` (``zh``/``zh_CN`` → Chinese, anything else English)."""
        return self.zh if language.lower().startswith("zh") else self.en


@dataclass(frozen=True)
class Persona:
    """Who the story is about. ``monthly_income_fen`` in fen; ``pay_day`` day of month (1-31)."""

    name: Text
    age: int
    situation: Text
    monthly_income_fen: int
    pay_day: int


@dataclass(frozen=True)
class ScenarioLine:
    """A credit line of the scenario with its repayment ``policy`` (one of ``POLICIES``)."""

    line: CreditLine
    limit_fen: int
    policy: str


@dataclass(frozen=True)
class ScenarioPurchase:
    """A purchase on ``line`` (by name): ``amount_fen`` in ``installments`` parts at ``fee_rate`` (total)."""

    on: date
    line: str
    amount_fen: int
    merchant: Text
    installments: int = 1
    fee_rate: Decimal | None = None


@dataclass(frozen=True)
class ScenarioRepayment:
    """A repayment the story makes on top of the line's policy (or instead of it, with policy ``nothing``);
    ``funded_by`` names the line it was borrowed from (以贷养贷), if any."""

    on: date
    line: str
    amount_fen: int
    funded_by: str | None = None


@dataclass(frozen=True)
class LimitChange:
    """The bank changes ``line``'s credit limit to ``limit_fen`` on ``on``."""

    on: date
    line: str
    limit_fen: int


@dataclass(frozen=True)
class LifeEvent:
    """Something that happens to the persona on ``on`` (a lost job, a broken phone, an offer)."""

    on: date
    title: Text
    text: Text


@dataclass(frozen=True)
class Offer:
    """A loan offer as it is written: the contract amount, the cash actually received on ``start``, and one
    repayment of ``repay_fen`` on ``repay_on`` (fen)."""

    name: Text
    contract_fen: int
    received_fen: int
    start: date
    repay_on: date
    repay_fen: int

    def check(self) -> OfferCheck:
        """The offer checked by the one rule DebtLens has for it (``app.domain.offers.check_offer``, PBOC
        公告〔2021〕第3号): its cost, the money kept back, the annualized rate and the flags."""
        return check_offer(LoanOffer(self.contract_fen, self.received_fen, self.start,
                                     (Payment(self.repay_on, self.repay_fen),)))

    @property
    def cost_fen(self) -> int:
        """Everything paid beyond the cash received (fen)."""
        return self.check().cost_fen

    def annualized_rate(self) -> Decimal:
        """The annualized rate by the PBOC 2021 definition: all costs ÷ the principal actually received, as a
        simple yearly rate for a single repayment, ``cost / received x 365 / days`` (a fraction, to 1e-4 half up).
        Contract 5,000.00, 3,500.00 received, 6,000.00 due in 7 days: 2,500 / 3,500 x 365 / 7 = 37.2449 (3,724.49 %).
        """
        return self.check().apr

    @property
    def upfront_fen(self) -> int:
        """Money kept back when the loan was paid out (砍头息): contract − received (fen)."""
        return self.check().kept_back_fen


@dataclass(frozen=True)
class Recovery:
    """The way out the story plans (the ``[recovery]`` table): ``budget_fen`` a month (fen) toward all the debts,
    starting from the ledger as it is on ``start`` (the table's ``from``).

    ``source`` (the file name) and ``budget_line`` say where the budget is written: whether it can ever pay the
    debts off is only known once the story is in a ledger, and that error must still point at the file."""

    budget_fen: int
    start: date
    source: str = "scenario.toml"
    budget_line: int | None = None

    def error(self, reason: str) -> ScenarioError:
        """A ``ScenarioError`` about ``recovery.budget`` (file, line, field), e.g. a budget too small."""
        return ScenarioError(self.source, "recovery.budget", reason, self.budget_line)


@dataclass(frozen=True)
class Expect:
    """A figure the engine must show at a moment: ``figure`` (one of ``FIGURES``) of ``line`` (``None``: all
    lines together) equals ``value``: fen, a percentage text for utilization and offer_apr, or whole months
    for ``payoff_months_*``."""

    figure: str
    line: str | None
    value: int | str
    offer: int = 0


@dataclass(frozen=True)
class Moment:
    """A stop in the story: the date, a question for the room, what to point at, the answer, checked figures.

    ``choices`` (optional) turn the question into predict-then-reveal: the room picks one, then the trainer
    reveals; ``correct`` is the 1-based number of the right choice (0 when there are no choices)."""

    on: date
    question: Text
    point_at: Text
    answer: Text
    expect: tuple[Expect, ...] = ()
    choices: tuple[Text, ...] = ()
    correct: int = 0


@dataclass(frozen=True)
class Scenario:
    """A whole workshop scenario (see the module doc)."""

    id: str
    title: Text
    summary: Text
    start: date
    end: date
    persona: Persona
    lines: tuple[ScenarioLine, ...]
    purchases: tuple[ScenarioPurchase, ...] = ()
    repayments: tuple[ScenarioRepayment, ...] = ()
    limit_changes: tuple[LimitChange, ...] = ()
    events: tuple[LifeEvent, ...] = ()
    moments: tuple[Moment, ...] = ()
    lessons: tuple[Text, ...] = field(default=())
    offers: tuple[Offer, ...] = ()
    recovery: Recovery | None = None
