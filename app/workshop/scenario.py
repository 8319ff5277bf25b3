"""Workshop scenarios: a documented TOML file per classroom story (``resources/scenarios/*.toml``).

A scenario is plain text a trainer can read, edit and share: a persona, credit lines with their terms and a
repayment *policy*, a timeline of purchases, repayments and limit changes, life events, and *moments*: dates the
class stops at, with a question for the room, what to point at, the answer, and the figures the engine must show
then (``expect``: checked by ``debtlens workshop validate``), and optionally a way out (``[recovery]``: a
monthly budget from a given day, whose avalanche and snowball payoff plans moments can claim). Every text is given
in Chinese and English (``{ zh = "…", en = "…" }``). Money is text in yuan (``"6999.00"``), rates are percentages
(``"8.8%"``), dates are TOML dates (``2026-01-05``). The full format is in ``resources/scenarios/README.md``.

Parsing is pure (``tomllib`` and the domain's own parsers); a mistake raises ``ScenarioError`` naming the file,
the line (where it can be found) and the field, e.g. ``student.toml, line 31, purchases[2].amount: is not a
number``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.domain.credit_line import AutoRepay, CreditLine, LineKind, RevolvingBasis, default_fee_presets
from app.domain.errors import DebtLensError, ValidationError
from app.domain.money import parse_amount
from app.domain.offers import LoanOffer, OfferCheck, Payment, check_offer
from app.domain.payoff import MAX_MONTHS
from app.domain.rates import parse_rate

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
    """A scenario file that cannot be used: ``where`` names the file, line and field; ``reason`` says why."""

    def __init__(self, filename: str, field_name: str, reason: str, line: int | None = None) -> None:
        self.filename, self.field, self.reason, self.line = filename, field_name, reason, line
        where = f"{filename}, line {line}" if line else filename
        super().__init__(f"{where}, {field_name}: {reason}")


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


class _Reader:
    """Reads typed values out of the parsed TOML, raising ``ScenarioError`` with the field path and line."""

    def __init__(self, filename: str, text: str) -> None:
        self.filename = filename
        self.lines = text.splitlines()

    def line_of(self, path: str) -> int | None:
        """Best effort: the line of the ``n``-th ``[[table]]`` of a path like ``purchases[2].amount`` (or of a
        ``[table]`` key, or of a nested ``[[moments.expect]]`` key: ``moments[2].expect[1].value``), so the
        trainer can find the mistake."""
        match = re.match(r"(\w+)(?:\[(\d+)\])?(?:\.(\w+))?(?:\[(\d+)\])?(?:\.(\w+))?", path)
        if not match:
            return None
        table, index, key = match.group(1), match.group(2), match.group(3)
        header = re.compile(rf"^\s*\[\[?\s*{re.escape(table)}\s*\]\]?\s*$")
        starts = [i for i, ln in enumerate(self.lines) if header.match(ln)]
        if not starts:
            return None
        start = starts[int(index) - 1] if index and int(index) - 1 < len(starts) else starts[0]
        if key and match.group(4):  # a [[table.key]] inside the table: find its n-th header, then the key there
            sub = re.compile(rf"^\s*\[\[\s*{re.escape(table)}\.{re.escape(key)}\s*\]\]\s*$")
            subs = []
            for i in range(start + 1, len(self.lines)):
                if header.match(self.lines[i]):
                    break
                if sub.match(self.lines[i]):
                    subs.append(i)
            if int(match.group(4)) - 1 < len(subs):  # else written inline (expect = [{…}]): the table's line
                start, key = subs[int(match.group(4)) - 1], match.group(5)
        if key:
            for i in range(start + 1, len(self.lines)):
                if self.lines[i].lstrip().startswith("["):
                    break
                if re.match(rf"^\s*{re.escape(key)}\s*=", self.lines[i]):
                    return i + 1
        return start + 1

    def fail(self, path: str, reason: str) -> ScenarioError:
        return ScenarioError(self.filename, path, reason, self.line_of(path))

    def table(self, data: dict, key: str, path: str) -> dict:
        value = data.get(key)
        if not isinstance(value, dict):
            raise self.fail(path, "is missing (a [table] is needed)")
        return value

    def text(self, data: dict, key: str, path: str, required: bool = True) -> Text:
        value = data.get(key)
        if value is None and not required:
            return Text("", "")
        if isinstance(value, str):
            return Text(value, value)
        if not isinstance(value, dict) or not all(isinstance(value.get(lang), str) and value.get(lang).strip()
                                                  for lang in LANGUAGES):
            raise self.fail(f"{path}.{key}", 'needs both languages: { zh = "…", en = "…" }')
        for lang in LANGUAGES:
            if any(ord(ch) < 32 and ch not in "\n\t" for ch in value[lang]):
                raise self.fail(f"{path}.{key}", "contains control characters")
        return Text(value["zh"].strip(), value["en"].strip())

    def day(self, data: dict, key: str, path: str) -> date:
        value = data.get(key)
        if not isinstance(value, date) or hasattr(value, "hour"):
            raise self.fail(f"{path}.{key}", "needs a date such as 2026-01-05 (no quotes)")
        return value

    def money(self, data: dict, key: str, path: str, allow_zero: bool = False) -> int:
        value = data.get(key)
        if not isinstance(value, str):
            raise self.fail(f"{path}.{key}", 'needs an amount in quotes, e.g. "6999.00"')
        try:
            return parse_amount(value, field=key, allow_zero=allow_zero)
        except ValidationError as exc:
            raise self.fail(f"{path}.{key}", exc.reason) from None

    def rate(self, data: dict, key: str, path: str) -> Decimal | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(f"{path}.{key}", 'needs a percentage in quotes, e.g. "8.8%"')
        try:
            return parse_rate(value, field=key)
        except ValidationError as exc:
            raise self.fail(f"{path}.{key}", exc.reason) from None

    def integer(self, data: dict, key: str, path: str, low: int, high: int, default: int | None = None) -> int:
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(f"{path}.{key}", f"needs a whole number from {low} to {high}")
        return value

    def choice(self, data: dict, key: str, path: str, choices: tuple[str, ...], default: str) -> str:
        value = data.get(key, default)
        if value not in choices:
            raise self.fail(f"{path}.{key}", f"must be one of {', '.join(choices)}")
        return value

    def items(self, data: dict, key: str) -> list[tuple[str, dict]]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(key, f"must be a list of [[{key}]] tables")
        return [(f"{key}[{i}]", v) for i, v in enumerate(value, 1)]


def _check_fields(r: _Reader, data: dict) -> None:
    """Refuse a field no table of that kind has (``FIELDS``), naming where it is."""
    def check(table: dict, kind: str, path: str) -> None:
        for key in table:
            if key in FIELDS[kind]:
                continue
            where = f"{path}.{key}" if path else key
            if kind and key in FIELDS[""]:
                raise r.fail(where, "belongs at the top of the file, before the first [table]: TOML files a key "
                                    "under the table above it")
            raise r.fail(where, f"is not a field here (fields: {', '.join(sorted(FIELDS[kind]))})")

    check(data, "", "")
    for kind in ("scenario", "persona", "recovery"):
        if isinstance(data.get(kind), dict):
            check(data[kind], kind, kind)
    for kind in ("lines", "purchases", "repayments", "limit_changes", "events", "offers", "moments"):
        items = data.get(kind)
        for i, item in enumerate(items if isinstance(items, list) else [], 1):
            if isinstance(item, dict):
                check(item, kind, f"{kind}[{i}]")
                if kind == "moments" and isinstance(item.get("expect"), list):
                    for j, exp in enumerate(item["expect"], 1):
                        if isinstance(exp, dict):
                            check(exp, "moments.expect", f"moments[{i}].expect[{j}]")


def parse_scenario(text: str, filename: str = "scenario.toml") -> Scenario:
    """Parse and validate a scenario file.

    Args:
        text: the file's text (UTF-8 TOML).
        filename: shown in error messages.

    Returns:
        The ``Scenario``; dates of everything lie between ``start`` and ``end``, every line named exists.

    Raises:
        ScenarioError: bad TOML (with its line) or a bad value, naming the file, line and field.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        raise ScenarioError(filename, "TOML", str(exc), int(line.group(1)) if line else None) from None
    r = _Reader(filename, text)
    _check_fields(r, data)
    head = r.table(data, "scenario", "scenario")
    ident = head.get("id")
    if not isinstance(ident, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,40}", ident):
        raise r.fail("scenario.id", "needs a short name of lowercase letters, digits and '-'")
    start, end = r.day(head, "start", "scenario"), r.day(head, "end", "scenario")
    if not start < end <= date(start.year + 10, start.month, 1):
        raise r.fail("scenario.end", "must be after the start and within 10 years of it")
    p = r.table(data, "persona", "persona")
    persona = Persona(r.text(p, "name", "persona"), r.integer(p, "age", "persona", 10, 100),
                      r.text(p, "situation", "persona"), r.money(p, "monthly_income", "persona", allow_zero=True),
                      r.integer(p, "pay_day", "persona", 1, 31, default=1))

    def within(path: str, key: str, day: date) -> date:
        if not start <= day <= end:
            raise r.fail(f"{path}.{key}", f"{day.isoformat()} is outside the scenario ({start} … {end})")
        return day

    lines: list[ScenarioLine] = []
    for path, item in r.items(data, "lines"):
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise r.fail(f"{path}.name", "is missing")
        if any(sl.line.name == name for sl in lines):
            raise r.fail(f"{path}.name", f"{name!r} is used twice")
        kind = r.choice(item, "kind", path, tuple(k.value for k in LineKind), "huabei")
        basis = r.choice(item, "revolving_basis", path, tuple(b.value for b in RevolvingBasis),
                         RevolvingBasis.UNPAID_FROM_DUE.value)
        min_share = r.rate(item, "min_payment", path)
        penalty = r.rate(item, "penalty_rate", path)
        try:
            line = CreditLine(
                name=name.strip(), kind=LineKind(kind), statement_day=r.integer(item, "statement_day", path, 1, 31, 1),
                due_day=r.integer(item, "due_day", path, 1, 31, 10),
                min_payment_rate=Decimal("0.10") if min_share is None else min_share,
                daily_penalty_rate=Decimal("0.0005") if penalty is None else penalty,
                revolving_basis=RevolvingBasis(basis), fee_presets=default_fee_presets(kind),
                auto_repay=AutoRepay.FULL if item.get("policy") == "auto_fails" else AutoRepay.OFF,
            ).with_changes()
        except ValidationError as exc:
            raise r.fail(f"{path}.{exc.field}", exc.reason) from None
        lines.append(ScenarioLine(line, r.money(item, "limit", path),
                                  r.choice(item, "policy", path, POLICIES, "full")))
    if not lines:
        raise r.fail("lines", "a scenario needs at least one [[lines]] table")
    names = {sl.line.name for sl in lines}

    def line_name(path: str, item: dict, key: str = "line", required: bool = True) -> str | None:
        value = item.get(key)
        if value is None and not required:
            return None
        if value not in names:
            raise r.fail(f"{path}.{key}", f"names no line of this scenario (lines: {', '.join(sorted(names))})")
        return value

    purchases = tuple(
        ScenarioPurchase(within(path, "date", r.day(item, "date", path)), line_name(path, item),
                         r.money(item, "amount", path), r.text(item, "merchant", path, required=False),
                         r.integer(item, "installments", path, 1, 60, 1), r.rate(item, "fee_rate", path))
        for path, item in r.items(data, "purchases"))
    repayments = tuple(
        ScenarioRepayment(within(path, "date", r.day(item, "date", path)), line_name(path, item),
                          r.money(item, "amount", path), line_name(path, item, "funded_by", required=False))
        for path, item in r.items(data, "repayments"))
    limit_changes = tuple(
        LimitChange(within(path, "date", r.day(item, "date", path)), line_name(path, item),
                    r.money(item, "limit", path, allow_zero=True))
        for path, item in r.items(data, "limit_changes"))
    events = tuple(LifeEvent(within(path, "date", r.day(item, "date", path)), r.text(item, "title", path),
                             r.text(item, "text", path))
                   for path, item in r.items(data, "events"))
    offers = []
    for path, item in r.items(data, "offers"):
        offer = Offer(r.text(item, "name", path), r.money(item, "contract", path), r.money(item, "received", path),
                      within(path, "start", r.day(item, "start", path)),
                      within(path, "repay_on", r.day(item, "repay_on", path)), r.money(item, "repay", path))
        if offer.repay_on <= offer.start:
            raise r.fail(f"{path}.repay_on", "must be after the start")
        if offer.received_fen > offer.contract_fen:
            raise r.fail(f"{path}.received", "cannot be more than the contract amount")
        offers.append(offer)
    recovery = None
    if "recovery" in data:
        rec = data["recovery"]
        if not isinstance(rec, dict):
            raise r.fail("recovery", "must be a [recovery] table with a budget and a from date")
        recovery = Recovery(r.money(rec, "budget", "recovery"),
                            within("recovery", "from", r.day(rec, "from", "recovery")), filename,
                            r.line_of("recovery.budget"))
    moments = []
    for path, item in r.items(data, "moments"):
        on = within(path, "date", r.day(item, "date", path))
        expects = []
        for j, exp in enumerate(item.get("expect", []), 1):
            epath = f"{path}.expect[{j}]"
            if not isinstance(exp, dict):
                raise r.fail(epath, "must be a table { figure = …, line = …, value = … }")
            figure = r.choice(exp, "figure", epath, tuple(FIGURES), "")
            value: int | str
            offer_index = 0
            if figure == "utilization":
                value = exp.get("value")
                if not isinstance(value, str) or not re.fullmatch(r"\d+\.\d%", value):
                    raise r.fail(f"{epath}.value", 'needs a percentage with one decimal, e.g. "45.2%"')
            elif figure == "offer_apr":
                value = exp.get("value")
                offer_index = r.integer(exp, "offer", epath, 1, max(1, len(offers)), 1)
                if not offers:
                    raise r.fail(f"{epath}.offer", "the scenario has no [[offers]]")
                if not isinstance(value, str) or not re.fullmatch(r"\d+\.\d\d%", value):
                    raise r.fail(f"{epath}.value", 'needs a percentage with two decimals, e.g. "3724.49%"')
            elif figure in PAYOFF_FIGURES:
                if recovery is None:
                    raise r.fail(f"{epath}.figure", "needs a [recovery] table with a budget (and a from date)")
                if "line" in exp:  # the plan decides between the lines: it is never about one of them
                    raise r.fail(f"{epath}.line", "a payoff plan covers every line: leave line out")
                if on < recovery.start:
                    raise r.fail(f"{epath}.figure", f"the plan starts on recovery.from ({recovery.start}), "
                                                    f"after this moment ({on})")
                if figure.startswith("payoff_months_"):
                    value = r.integer(exp, "value", epath, 0, MAX_MONTHS)
                else:
                    value = r.money(exp, "value", epath, allow_zero=True)
            else:
                value = r.money(exp, "value", epath, allow_zero=True)
            expects.append(Expect(figure, line_name(epath, exp, required=False), value, offer_index))
        raw_choices = item.get("choices", [])
        if not isinstance(raw_choices, list) or len(raw_choices) == 1 or len(raw_choices) > 6:
            raise r.fail(f"{path}.choices", "needs from 2 to 6 choices, each { zh = …, en = … }")
        choices = tuple(r.text({"choice": v}, "choice", f"{path}.choices[{k}]")
                        for k, v in enumerate(raw_choices, 1))
        correct = 0
        if choices:
            if "correct" not in item:
                raise r.fail(f"{path}.correct", f"names the right choice: a number from 1 to {len(choices)}")
            correct = r.integer(item, "correct", path, 1, len(choices))
        elif "correct" in item:
            raise r.fail(f"{path}.correct", "needs choices to pick from")
        moments.append(Moment(on, r.text(item, "question", path), r.text(item, "point_at", path),
                              r.text(item, "answer", path), tuple(expects), choices, correct))
    moments.sort(key=lambda m: m.on)
    lessons = tuple(r.text({"lesson": v}, "lesson", f"lessons[{i}]")
                    for i, v in enumerate(data.get("lessons", []), 1))
    return Scenario(ident, r.text(head, "title", "scenario"), r.text(head, "summary", "scenario"), start, end,
                    persona, tuple(lines), purchases, repayments, limit_changes, events, tuple(moments), lessons,
                    tuple(offers), recovery)
