"""Reading a workshop scenario file (TOML, ``resources/scenarios/README.md``) into a ``scenario.Scenario``.

Parsing is pure (``tomllib`` and the domain's own parsers); a mistake raises ``ScenarioError`` naming the file, the
line (where it can be found) and the field, e.g. ``student.toml, line 31, purchases[2].amount: is not a number``.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from decimal import Decimal

from app.domain.credit_line import AutoRepay, CreditLine, LineKind, RevolvingBasis, default_fee_presets
from app.domain.errors import ValidationError
from app.domain.money import parse_amount
from app.domain.payoff import MAX_MONTHS
from app.domain.rates import parse_rate
from app.domain.messages import QT_TRANSLATE_NOOP
from app.workshop.scenario import (
    FIELDS,
    FIGURES,
    LANGUAGES,
    PAYOFF_FIGURES,
    POLICIES,
    Expect,
    LifeEvent,
    LimitChange,
    Moment,
    Offer,
    Persona,
    Recovery,
    Scenario,
    ScenarioError,
    ScenarioLine,
    ScenarioPurchase,
    ScenarioRepayment,
    Text,
)


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
            raise self.fail(path, QT_TRANSLATE_NOOP("Workshop", "is missing (a [table] is needed)"))
        return value

    def text(self, data: dict, key: str, path: str, required: bool = True) -> Text:
        value = data.get(key)
        if value is None and not required:
            return Text("", "")
        if isinstance(value, str):
            return Text(value, value)
        if not isinstance(value, dict) or not all(isinstance(value.get(lang), str) and value[lang].strip()
                                                  for lang in LANGUAGES):
            raise self.fail(f"{path}.{key}", QT_TRANSLATE_NOOP(
                    "Workshop", "needs both languages: { zh = \"…\", en = \"…\" }"))
        for lang in LANGUAGES:
            if any(ord(ch) < 32 and ch not in "\n\t" for ch in value[lang]):
                raise self.fail(f"{path}.{key}", QT_TRANSLATE_NOOP("Workshop", "contains control characters"))
        return Text(value["zh"].strip(), value["en"].strip())

    def day(self, data: dict, key: str, path: str) -> date:
        value = data.get(key)
        if not isinstance(value, date) or hasattr(value, "hour"):
            raise self.fail(f"{path}.{key}", QT_TRANSLATE_NOOP(
                    "Workshop", "needs a date such as 2026-01-05 (no quotes)"))
        return value

    def money(self, data: dict, key: str, path: str, allow_zero: bool = False) -> int:
        value = data.get(key)
        if not isinstance(value, str):
            raise self.fail(f"{path}.{key}", QT_TRANSLATE_NOOP(
                    "Workshop", "needs an amount in quotes, e.g. \"6999.00\""))
        try:
            return parse_amount(value, field=key, allow_zero=allow_zero)
        except ValidationError as exc:
            raise self.fail(f"{path}.{key}", exc.reason) from None

    def rate(self, data: dict, key: str, path: str) -> Decimal | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(f"{path}.{key}", QT_TRANSLATE_NOOP(
                    "Workshop", "needs a percentage in quotes, e.g. \"8.8%\""))
        try:
            return parse_rate(value, field=key)
        except ValidationError as exc:
            raise self.fail(f"{path}.{key}", exc.reason) from None

    def integer(self, data: dict, key: str, path: str, low: int, high: int, default: int | None = None) -> int:
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(f"{path}.{key}", QT_TRANSLATE_NOOP(
                    "Workshop", "needs a whole number from %1 to %2").arg(low, high))
        return value

    def choice(self, data: dict, key: str, path: str, choices: tuple[str, ...], default: str) -> str:
        value = data.get(key, default)
        if value not in choices:
            raise self.fail(f"{path}.{key}", QT_TRANSLATE_NOOP(
                    "Workshop", "must be one of %1").arg(', '.join(choices)))
        return value

    def items(self, data: dict, key: str) -> list[tuple[str, dict]]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(key, QT_TRANSLATE_NOOP("Workshop", "must be a list of [[%1]] tables").arg(key))
        return [(f"{key}[{i}]", v) for i, v in enumerate(value, 1)]


def _check_fields(r: _Reader, data: dict) -> None:
    """Refuse a field no table of that kind has (``FIELDS``), naming where it is."""
    def check(table: dict, kind: str, path: str) -> None:
        for key in table:
            if key in FIELDS[kind]:
                continue
            where = f"{path}.{key}" if path else key
            if kind and key in FIELDS[""]:
                raise r.fail(where, QT_TRANSLATE_NOOP(
                        "Workshop", "belongs at the top of the file, before the first [table]: TOML files a key under "
                                    "the table above it"))
            raise r.fail(where, QT_TRANSLATE_NOOP(
                    "Workshop", "is not a field here (fields: %1)").arg(', '.join(sorted(FIELDS[kind]))))

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
        raise r.fail("scenario.id", QT_TRANSLATE_NOOP(
                "Workshop", "needs a short name of lowercase letters, digits and '-'"))
    start, end = r.day(head, "start", "scenario"), r.day(head, "end", "scenario")
    if not start < end <= date(start.year + 10, start.month, 1):
        raise r.fail("scenario.end", QT_TRANSLATE_NOOP(
                "Workshop", "must be after the start and within 10 years of it"))
    p = r.table(data, "persona", "persona")
    persona = Persona(r.text(p, "name", "persona"), r.integer(p, "age", "persona", 10, 100),
                      r.text(p, "situation", "persona"), r.money(p, "monthly_income", "persona", allow_zero=True),
                      r.integer(p, "pay_day", "persona", 1, 31, default=1))

    def within(path: str, key: str, day: date) -> date:
        if not start <= day <= end:
            raise r.fail(f"{path}.{key}", QT_TRANSLATE_NOOP(
                    "Workshop", "%1 is outside the scenario (%2 … %3)").arg(day.isoformat(), start, end))
        return day

    lines: list[ScenarioLine] = []
    for path, item in r.items(data, "lines"):
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise r.fail(f"{path}.name", QT_TRANSLATE_NOOP("Workshop", "is missing"))
        if any(sl.line.name == name for sl in lines):
            raise r.fail(f"{path}.name", QT_TRANSLATE_NOOP("Workshop", "%1 is used twice").arg(repr(name)))
        kind = r.choice(item, "kind", path, tuple(k.value for k in LineKind), "huabei")
        basis = r.choice(item, "revolving_basis", path, tuple(b.value for b in RevolvingBasis),
                         RevolvingBasis.UNPAID_FROM_DUE.value)
        min_share = r.rate(item, "min_payment", path)
        penalty = r.rate(item, "penalty_rate", path)
        try:
            credit_line = CreditLine(
                name=name.strip(), kind=LineKind(kind), statement_day=r.integer(item, "statement_day", path, 1, 31, 1),
                due_day=r.integer(item, "due_day", path, 1, 31, 10),
                min_payment_rate=Decimal("0.10") if min_share is None else min_share,
                daily_penalty_rate=Decimal("0.0005") if penalty is None else penalty,
                revolving_basis=RevolvingBasis(basis), fee_presets=default_fee_presets(kind),
                auto_repay=AutoRepay.FULL if item.get("policy") == "auto_fails" else AutoRepay.OFF,
            ).with_changes()
        except ValidationError as exc:
            raise r.fail(f"{path}.{exc.field}", exc.reason) from None
        lines.append(ScenarioLine(credit_line, r.money(item, "limit", path),
                                  r.choice(item, "policy", path, POLICIES, "full")))
    if not lines:
        raise r.fail("lines", QT_TRANSLATE_NOOP("Workshop", "a scenario needs at least one [[lines]] table"))
    names = {sl.line.name for sl in lines}

    def line_name(path: str, item: dict, key: str = "line") -> str:
        value = item.get(key)
        if not isinstance(value, str) or value not in names:
            raise r.fail(f"{path}.{key}", QT_TRANSLATE_NOOP(
                    "Workshop", "names no line of this scenario (lines: %1)").arg(', '.join(sorted(names))))
        return value

    def optional_line_name(path: str, item: dict, key: str) -> str | None:
        return None if item.get(key) is None else line_name(path, item, key)

    purchases = tuple(
        ScenarioPurchase(within(path, "date", r.day(item, "date", path)), line_name(path, item),
                         r.money(item, "amount", path), r.text(item, "merchant", path, required=False),
                         r.integer(item, "installments", path, 1, 60, 1), r.rate(item, "fee_rate", path))
        for path, item in r.items(data, "purchases"))
    repayments = tuple(
        ScenarioRepayment(within(path, "date", r.day(item, "date", path)), line_name(path, item),
                          r.money(item, "amount", path), optional_line_name(path, item, "funded_by"))
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
            raise r.fail(f"{path}.repay_on", QT_TRANSLATE_NOOP("Workshop", "must be after the start"))
        if offer.received_fen > offer.contract_fen:
            raise r.fail(f"{path}.received", QT_TRANSLATE_NOOP(
                    "Workshop", "cannot be more than the contract amount"))
        offers.append(offer)
    recovery = None
    if "recovery" in data:
        rec = data["recovery"]
        if not isinstance(rec, dict):
            raise r.fail("recovery", QT_TRANSLATE_NOOP(
                    "Workshop", "must be a [recovery] table with a budget and a from date"))
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
                raise r.fail(epath, QT_TRANSLATE_NOOP(
                        "Workshop", "must be a table { figure = …, line = …, value = … }"))
            figure = r.choice(exp, "figure", epath, tuple(FIGURES), "")
            value: int | str
            offer_index = 0
            if figure == "utilization":
                given = exp.get("value")
                if not isinstance(given, str) or not re.fullmatch(r"\d+\.\d%", given):
                    raise r.fail(f"{epath}.value", QT_TRANSLATE_NOOP(
                            "Workshop", "needs a percentage with one decimal, e.g. \"45.2%\""))
                value = given
            elif figure == "offer_apr":
                given = exp.get("value")
                offer_index = r.integer(exp, "offer", epath, 1, max(1, len(offers)), 1)
                if not offers:
                    raise r.fail(f"{epath}.offer", QT_TRANSLATE_NOOP("Workshop", "the scenario has no [[offers]]"))
                if not isinstance(given, str) or not re.fullmatch(r"\d+\.\d\d%", given):
                    raise r.fail(f"{epath}.value", QT_TRANSLATE_NOOP(
                            "Workshop", "needs a percentage with two decimals, e.g. \"3724.49%\""))
                value = given
            elif figure in PAYOFF_FIGURES:
                if recovery is None:
                    raise r.fail(f"{epath}.figure", QT_TRANSLATE_NOOP(
                            "Workshop", "needs a [recovery] table with a budget (and a from date)"))
                if "line" in exp:  # the plan decides between the lines: it is never about one of them
                    raise r.fail(f"{epath}.line", QT_TRANSLATE_NOOP(
                            "Workshop", "a payoff plan covers every line: leave line out"))
                if on < recovery.start:
                    raise r.fail(f"{epath}.figure", QT_TRANSLATE_NOOP(
                            "Workshop", "the plan starts on recovery.from (%1), after this "
                                        "moment (%2)").arg(recovery.start, on))
                if figure.startswith("payoff_months_"):
                    value = r.integer(exp, "value", epath, 0, MAX_MONTHS)
                else:
                    value = r.money(exp, "value", epath, allow_zero=True)
            else:
                value = r.money(exp, "value", epath, allow_zero=True)
            expects.append(Expect(figure, optional_line_name(epath, exp, "line"), value, offer_index))
        raw_choices = item.get("choices", [])
        if not isinstance(raw_choices, list) or len(raw_choices) == 1 or len(raw_choices) > 6:
            raise r.fail(f"{path}.choices", QT_TRANSLATE_NOOP(
                    "Workshop", "needs from 2 to 6 choices, each { zh = …, en = … }"))
        choices = tuple(r.text({"choice": v}, "choice", f"{path}.choices[{k}]")
                        for k, v in enumerate(raw_choices, 1))
        correct = 0
        if choices:
            if "correct" not in item:
                raise r.fail(f"{path}.correct", QT_TRANSLATE_NOOP(
                        "Workshop", "names the right choice: a number from 1 to %1").arg(len(choices)))
            correct = r.integer(item, "correct", path, 1, len(choices))
        elif "correct" in item:
            raise r.fail(f"{path}.correct", QT_TRANSLATE_NOOP("Workshop", "needs choices to pick from"))
        moments.append(Moment(on, r.text(item, "question", path), r.text(item, "point_at", path),
                              r.text(item, "answer", path), tuple(expects), choices, correct))
    moments.sort(key=lambda m: m.on)
    lessons = tuple(r.text({"lesson": v}, "lesson", f"lessons[{i}]")
                    for i, v in enumerate(data.get("lessons", []), 1))
    return Scenario(ident, r.text(head, "title", "scenario"), r.text(head, "summary", "scenario"), start, end,
                    persona, tuple(lines), purchases, repayments, limit_changes, events, tuple(moments), lessons,
                    tuple(offers), recovery)
