"""What makes a bank statement's line one period of the bank's installment plan (分期), e.g. CGB's
``（分期）银联分期00000000000/10/12期`` (input-formats.md §6 "Installments (分期)"). Pure text rules: the card
importers read new files with them, and the ledger's schema version 11 the lines earlier versions had stored as
purchases.

Such a line is not a new purchase: it is period ``n`` of ``N`` of a plan the bank runs, billed on this statement and
due in full in its minimum payment (domain-rules.md §1.5). The banks print the period in a few ways; each needs the
分期 mark *and* a period ``n/N`` (1 <= n <= N, 2 <= N <= 60, the periods a plan may have), so a shop whose name merely
holds 分期 stays a purchase:

* ``…00000000000/10/12期`` (CGB): the plan's id right before the period;
* ``… 第3/12期``, ``… 3/12期``, ``(03/12)``;
* ``… 第3期/共12期``, ``… 第3期 共12期``.

The plan is named by its id where the line prints one (a run of at least 6 digits or letters next to the period, else
anywhere in the text), else by the text with the period taken out: every period of one plan then has the same name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.installments import MAX_PERIODS

#: The mark of an installment line (分期 in the type or the text).
MARK = "分期"
# the forms of "period n of N", tried in this order; group "n" and "N" (named "of" for N)
_FORMS = (
    re.compile(r"第\s*(?P<n>\d{1,2})\s*期\s*[/／,，]?\s*共\s*(?P<of>\d{1,2})\s*期"),
    re.compile(r"(?P<id>[0-9A-Za-z]{6,})?\s*[/／]\s*(?P<n>\d{1,2})\s*[/／]\s*(?P<of>\d{1,2})\s*期"),
    re.compile(r"(?:第\s*)?(?P<n>\d{1,2})\s*[/／]\s*(?P<of>\d{1,2})\s*期"),
    re.compile(r"[(（]\s*(?P<n>\d{1,2})\s*[/／]\s*(?P<of>\d{1,2})\s*[)）]"),
)
_ID = re.compile(r"[0-9A-Za-z]{6,}")


@dataclass(frozen=True, slots=True)
class PlanPeriod:
    """One period of a bank's installment plan as printed on its line.

    Attributes:
        plan_ref: the plan's id as printed (``"00000000000"``), or the line's text without its period when the
            line prints no id.
        period: ``n``, the period this line bills (1-based).
        periods: ``N``, the plan's number of periods.
    """

    plan_ref: str
    period: int
    periods: int

    def key(self, prefix: str, amount_fen: int) -> str:
        """The period's source identity, ``"cgb:plan:00000000000:10/12:38742"``: the same period seen in two
        overlapping downloads is one row; two plans' periods of equal amounts are two (``amount_fen``: the
        period's amount, fen, which also keeps a period's principal and fee lines apart)."""
        return f"{prefix}:plan:{self.plan_ref}:{self.period}/{self.periods}:{amount_fen}"


def plan_period(*texts: str) -> PlanPeriod | None:
    """The plan period a line's ``texts`` (its type, summary, merchant) print, or ``None`` when they are no
    installment line: no 分期 mark, or no period ``n/N`` with 1 <= n <= N and 2 <= N <= 60."""
    text = " ".join(t for t in dict.fromkeys(texts) if t)
    if MARK not in text:
        return None
    for form in _FORMS:
        found = form.search(text)
        if found is None:
            continue
        n, of = int(found["n"]), int(found["of"])
        if not (1 <= n <= of and 2 <= of <= MAX_PERIODS):
            return None
        ref = found.groupdict().get("id")
        rest = (text[:found.start()] + " " + text[found.end():]).strip()
        if not ref:
            printed = _ID.findall(rest)
            ref = printed[-1] if printed else " ".join(rest.split())
        return PlanPeriod(ref, n, of)
    return None
