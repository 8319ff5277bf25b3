"""Every view of the main window, one line each: the registry builds the navigation, the View menu's actions and
their shortcuts (Ctrl+1…9, Ctrl+0 for the tenth, in this order), and the views themselves.

A new view is one ``ViewSpec`` line here (and its module under ``app/ui/views/``): its key, where its class lives,
its name (translated in context ``Actions``), and whether it is built on first show and listed under the
true-cost heading.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.ui.session import Session


@dataclass(frozen=True)
class ViewSpec:
    """One view.

    Attributes:
        key: its key in ``MainWindow.views``, the settings and the tests (``"overview"``).
        module, class_name: where the view's class lives; the module is imported when the view is built.
        name: its name in the navigation and the View menu (an English source text of context ``Actions``).
        lazy: built on first show (its module is not needed for the first paint: only the overview, shown
            first, and the welcome page, shown instead when there is no credit line, are built with the window).
        scrolls: a lazy view is shown in a scroll area (a form; a view of tables scrolls its tables itself).
        true_cost: listed under the true-cost (真实成本) heading.
        takes_session: its class is built as ``cls(session)`` (else ``cls()``).
    """

    key: str
    module: str
    class_name: str
    name: str
    lazy: bool = False
    scrolls: bool = True
    true_cost: bool = False
    takes_session: bool = True

    def view_class(self) -> Callable[..., QWidget]:
        """The view's class (its module is imported now)."""
        cls: Callable[..., QWidget] = getattr(importlib.import_module(self.module), self.class_name)
        return cls

    def build(self, session: Session) -> QWidget:
        """A new view of this kind on ``session``."""
        cls = self.view_class()
        return cls(session) if self.takes_session else cls()

    def title(self) -> str:
        """The view's name in the active language."""
        return QCoreApplication.translate("Actions", self.name)


_V = "app.ui.views."
REGISTRY: tuple[ViewSpec, ...] = (
    ViewSpec("overview", _V + "overview", "OverviewView", QT_TRANSLATE_NOOP("Actions", "Overview")),
    ViewSpec("purchases", _V + "purchases", "PurchasesView", QT_TRANSLATE_NOOP("Actions", "Purchases"), lazy=True,
             scrolls=False),
    ViewSpec("statements", _V + "statements", "StatementsView", QT_TRANSLATE_NOOP("Actions", "Statements"),
             lazy=True, scrolls=False),
    ViewSpec("lines", _V + "lines", "LinesView", QT_TRANSLATE_NOOP("Actions", "Credit lines"), lazy=True,
             scrolls=False),
    ViewSpec("welcome", _V + "welcome", "WelcomeView", QT_TRANSLATE_NOOP("Actions", "Get started"),
             takes_session=False),
    ViewSpec("before_you_buy", _V + "before_you_buy", "BeforeYouBuyView",
             QT_TRANSLATE_NOOP("Actions", "Before you buy"), lazy=True, true_cost=True),
    ViewSpec("minimum_trap", _V + "minimum_trap", "MinimumTrapView",
             QT_TRANSLATE_NOOP("Actions", "Minimum-payment trap"), lazy=True, true_cost=True),
    ViewSpec("payoff", _V + "payoff_planner", "PayoffPlannerView", QT_TRANSLATE_NOOP("Actions", "Payoff plan"),
             lazy=True, true_cost=True),
    ViewSpec("offer", _V + "offer_check", "OfferCheckView", QT_TRANSLATE_NOOP("Actions", "Check an offer"),
             lazy=True, true_cost=True),
    ViewSpec("wishlist", _V + "wishlist", "WishlistView", QT_TRANSLATE_NOOP("Actions", "Cooling-off list"),
             lazy=True, true_cost=True),
)
SPECS = {spec.key: spec for spec in REGISTRY}
#: View keys in navigation order.
VIEWS = tuple(spec.key for spec in REGISTRY)
#: The true-cost views, grouped under their own heading in the navigation and the View menu.
TRUE_COST_VIEWS = tuple(spec.key for spec in REGISTRY if spec.true_cost)
#: The views built on first show.
LAZY_VIEWS = tuple(spec.key for spec in REGISTRY if spec.lazy)
