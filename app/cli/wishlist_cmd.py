"""``debtlens wishlist``: the cooling-off list (``app.domain.wishlist``).

- ``wishlist add --name N --price P [--shop S] [--line L]``: put it on the list (allowed after the waiting time).
- ``wishlist list``: every item with its status and the day it is allowed, and what waiting saved.
- ``wishlist compare ID``: the real cost of each way to pay it (as ``plan before-buy``) on its line.
- ``wishlist buy ID``: record the purchase (``--installments``, ``--fee-rate``); before the waiting time is up only
  with ``--despite-waiting``.
- ``wishlist drop ID``: I no longer want it.
- ``wishlist wait --bands "0:2,1000:7"``: days to wait from each price (``default`` = 48 hours for everything).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from app.cli.money_input import parse_amount
from app.cli.output import print_json, print_table
from app.domain.errors import ValidationError
from app.domain.rates import parse_rate
from app.domain.wishlist import WishStatus
from app.i18n import formatting as fmt
from app.services.validation import parse_date, parse_int
from app.domain.messages import QT_TRANSLATE_NOOP
from app.cli.language import say


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``wishlist`` and its actions."""
    w = sub.add_parser("wishlist",
                       help=QT_TRANSLATE_NOOP("CliHelp", "the cooling-off list: things you want wait before you buy "
                                                         "them"))
    wsub = w.add_subparsers(dest="wishlist_command", metavar="ACTION", required=True)
    add = wsub.add_parser("add", help=QT_TRANSLATE_NOOP("CliHelp", "put something you want on the list"))
    add.add_argument("--name", required=True)
    add.add_argument("--price", required=True)
    add.add_argument("--shop", default="")
    add.add_argument("--line", help=QT_TRANSLATE_NOOP("CliHelp", "the credit line you would use"))
    add.add_argument("--today", help=QT_TRANSLATE_NOOP("CliHelp", "the day it is added (default today)"))
    add.set_defaults(func=cmd_add)
    lst = wsub.add_parser("list", help=QT_TRANSLATE_NOOP("CliHelp", "the list, with what waiting saved"))
    lst.add_argument("--today")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_list, read_only=True)
    cmp_ = wsub.add_parser("compare", help=QT_TRANSLATE_NOOP("CliHelp", "the real cost of each way to pay an item"))
    cmp_.add_argument("id")
    cmp_.add_argument("--line", help=QT_TRANSLATE_NOOP("CliHelp", "another line than the item's"))
    cmp_.add_argument("--today")
    cmp_.add_argument("--json", action="store_true")
    cmp_.set_defaults(func=cmd_compare, read_only=True)
    buy = wsub.add_parser("buy", help=QT_TRANSLATE_NOOP("CliHelp", "buy an item: records the purchase"))
    buy.add_argument("id")
    buy.add_argument("--line", help=QT_TRANSLATE_NOOP("CliHelp", "another line than the item's"))
    buy.add_argument("--installments", default="1")
    buy.add_argument("--fee-rate")
    buy.add_argument("--today")
    buy.add_argument("--despite-waiting", action="store_true",
                     help=QT_TRANSLATE_NOOP("CliHelp", "buy before the waiting time is up"))
    buy.set_defaults(func=cmd_buy)
    drop = wsub.add_parser("drop",
                           help=QT_TRANSLATE_NOOP("CliHelp", "you no longer want it (counts in what waiting saved)"))
    drop.add_argument("id")
    drop.add_argument("--today")
    drop.set_defaults(func=cmd_drop)
    wait = wsub.add_parser("wait", help=QT_TRANSLATE_NOOP("CliHelp", "set the waiting time by price band"))
    wait.add_argument("--bands", required=True,
                      help=QT_TRANSLATE_NOOP("CliHelp", "FROM:DAYS,... in yuan, e.g. 0:2,1000:7,5000:30; 'default' = "
                                                        "2 days for everything"))
    wait.set_defaults(func=cmd_wait)


def _today(args, ctx) -> date:
    return parse_date(args.today, "--today") if getattr(args, "today", None) else ctx.today()


def _id(args) -> int:
    return parse_int(args.id, "id", 1, 2**62)


def cmd_add(args, ctx) -> int:
    line = ctx.services.queries.line_named(args.line) if args.line else None
    price = parse_amount(args.price, field="price", currency=line.currency if line else "CNY")
    service = ctx.services.wishlist
    today = _today(args, ctx)
    changes = service.add(args.name, price, today, shop=args.shop, line_id=line.id if line else None)
    item = service.get(changes.ids["wish"])
    row = next(r for r in service.rows(today) if r.item.id == item.id)
    print(say(QT_TRANSLATE_NOOP(
            "Cli", "Added %1: %2, %3. Allowed from %4.").arg(item.id, item.name, fmt.money(price), row.allowed_on)))
    return 0


def cmd_list(args, ctx) -> int:
    service = ctx.services.wishlist
    rows = service.rows(_today(args, ctx))
    names = {ln.id: ln.name for ln in ctx.services.queries.lines()}
    if args.json:
        print_json({"items": [{"id": r.item.id, "name": r.item.name, "price_fen": r.item.price_fen,
                               "shop": r.item.shop, "line": names.get(r.item.line_id), "added_on": r.item.added_on,
                               "allowed_on": r.allowed_on, "status": r.status.value,
                               "decided_on": r.item.decided_on} for r in rows],
                    "saved_fen": service.saved_fen()})
        return 0
    print_table(QT_TRANSLATE_NOOP("Cli", "id|item|price|shop|line|added|allowed from|status"),
                [[str(r.item.id), r.item.name, fmt.money(r.item.price_fen), r.item.shop,
                  names.get(r.item.line_id, "-"), r.item.added_on.isoformat(), r.allowed_on.isoformat(),
                  say(_STATUS[r.status])] for r in rows])
    print(say(QT_TRANSLATE_NOOP("Cli", "Waiting saved %1 (items dropped).").arg(fmt.money(service.saved_fen()))))
    return 0


_STATUS = {WishStatus.WAITING: QT_TRANSLATE_NOOP("Cli", "waiting"), WishStatus.ALLOWED: QT_TRANSLATE_NOOP("Cli", "allowed"),
           WishStatus.BOUGHT: QT_TRANSLATE_NOOP("Cli", "bought"), WishStatus.DROPPED: QT_TRANSLATE_NOOP("Cli", "dropped")}


def cmd_compare(args, ctx) -> int:
    from app.cli.plan_cmds import cmd_before_buy

    item = ctx.services.wishlist.get(_id(args))
    line = args.line or (ctx.services.queries.line(item.line_id).name if item.line_id else None)
    if line is None:
        raise ValidationError("line", "", QT_TRANSLATE_NOOP("Errors", "the item has no line: give --line"))
    if not args.json:  # the JSON answer is the comparison alone
        print(say(QT_TRANSLATE_NOOP("Cli", "%1, %2:").arg(item.name, fmt.money(item.price_fen))))
    ns = argparse.Namespace(line=line, price=f"{item.price_fen // 100}.{item.price_fen % 100:02d}",
                            today=args.today, periods="1,3,6,9,12", json=args.json)
    return cmd_before_buy(ns, ctx)


def cmd_buy(args, ctx) -> int:
    line = ctx.services.queries.line_named(args.line) if args.line else None
    periods = parse_int(args.installments, "installments", 1, 60)
    fee = parse_rate(args.fee_rate, field="fee_rate") if args.fee_rate is not None else None
    service = ctx.services.wishlist
    item = service.get(_id(args))
    row = next(r for r in service.rows(_today(args, ctx)) if r.item.id == item.id)
    if row.status.value == "waiting" and not args.despite_waiting:
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "debtlens: %1 is in its cooling-off time until %2; nothing was recorded; to buy it anyway, run "
                "the same command with --despite-waiting").arg(item.name, row.allowed_on)), file=sys.stderr)
        return 2
    changes = service.buy(item.id, _today(args, ctx), line.id if line else None, periods, fee,
                          despite_waiting=args.despite_waiting)
    print(say(QT_TRANSLATE_NOOP(
            "Cli", "Bought %1: recorded purchase %2 of %3.")
                    .arg(item.name, changes.ids['purchase'], fmt.money(item.price_fen))))
    return 0


def cmd_drop(args, ctx) -> int:
    service = ctx.services.wishlist
    service.drop(_id(args), _today(args, ctx))
    item = service.get(_id(args))
    print(say(QT_TRANSLATE_NOOP(
            "Cli", "Dropped %1: waiting has saved %2 so far.").arg(item.name, fmt.money(service.saved_fen()))))
    return 0


def cmd_wait(args, ctx) -> int:
    service = ctx.services.wishlist
    text = args.bands.strip()
    if text.lower() == "default":
        service.set_bands(None)
    else:
        bands = []
        for part in text.split(","):
            start, sep, days = part.partition(":")
            if not sep:
                raise ValidationError("wait_bands", part, QT_TRANSLATE_NOOP("Errors", "write FROM:DAYS, e.g. 1000:7"))
            bands.append((parse_amount(start, field="wait_bands", allow_zero=True),
                          parse_int(days, "wait_bands", 0, 365)))
        try:
            service.set_bands(bands)
        except ValidationError as exc:  # the bands in fen would read as 100 times the yuan typed
            raise ValidationError(exc.field, args.bands, exc.reason) from exc
    waits = "; ".join(say(QT_TRANSLATE_NOOP("Cli", "from %1: %2 day(s)").arg(fmt.money(fen), days))
                      for fen, days in service.bands())
    print(say(QT_TRANSLATE_NOOP("Cli", "Waiting time: %1").arg(waits)))
    return 0
