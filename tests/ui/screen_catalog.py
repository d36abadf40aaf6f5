"""Find and build every screen of medbetjening/ui, and inspect widget trees.

Used by the accessibility, translation and layout tests, so a screen added later
(another module under ``medbetjening/ui``) is checked without editing the tests:

- every ``QDialog`` subclass must be buildable here (constructor arguments are
  resolved by name or type: services, a service of the container, actor, settings,
  a visit, rows of visits …); if a new dialog needs something else, add a builder
  to ``BUILDERS`` below;
- every other ``QWidget`` subclass that can be built the same way is checked too
  (panels are also reached through the visit screen, which builds all panels of
  ``ui/visit/visit_panels.py``);
- the main window is checked with a visit open, so today's screen, the visit
  screen and all its panels are in one tree.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QGroupBox,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QScrollBar,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

import medbetjening.ui as ui_package
from medbetjening.reports.export_jobs import case_note_text
from tests.seed import add_staff

UNBUILDABLE = object()


@dataclass
class ScreenContext:
    """What constructors may ask for; the visit is created on first use."""

    services: Any
    actor: Any
    settings: Any
    _visit_id: int | None = field(default=None, init=False)

    @property
    def visit_id(self) -> int:
        if self._visit_id is None:
            self._visit_id = self.services.visits.start_visit(self.actor)
        return self._visit_id

    @property
    def visit(self) -> Any:
        return self.services.visits.get_visit(self.actor, self.visit_id)

    @cached_property
    def lead(self) -> Any:
        """A team lead at the actor's site, for the screens only leads may open."""
        from medbetjening.domain.vocabulary import Role
        from medbetjening.services.context import ActorContext

        staff = add_staff(self.services, "Lene Leder", self.actor.site_id, Role.LEAD)
        return ActorContext(staff.id, staff.site_id, Role.LEAD, staff.name)

    @property
    def visit_rows(self) -> list[Any]:
        self.visit_id  # noqa: B018 - makes sure there is one open visit
        return self.services.visits.open_visits(self.actor)


# Dialogs whose constructor cannot be resolved by name/type get a builder here:
# qualified class name → function(context) returning the widget.
BUILDERS: dict[str, Callable[[ScreenContext], QWidget]] = {}


def _citizen_of_the_visit(context: ScreenContext) -> int:
    """A citizen linked to the context's visit (so the history has a visit to show)."""
    citizen = context.services.citizens.visit_citizen(context.actor, context.visit_id)
    if citizen is None:
        citizen = context.services.citizens.create(context.actor, age_band="67-79")
        context.services.citizens.link_visit(context.actor, context.visit_id, citizen.id)
    return citizen.id


def _history_dialog(context: ScreenContext) -> QWidget:
    from medbetjening.ui.desk.history_screen import HistoryDialog

    return HistoryDialog(context.services, context.actor, _citizen_of_the_visit(context))


def _history_screen(context: ScreenContext) -> QWidget:
    from medbetjening.ui.desk.history_screen import HistoryScreen

    return HistoryScreen(context.services, context.actor, _citizen_of_the_visit(context))


def _obstacle_dialog(context: ScreenContext) -> QWidget:
    from medbetjening.ui.visit.obstacle_dialog import ObstacleDialog

    return ObstacleDialog("MitID")  # a step title; the same in both languages


def _for_a_lead(qualified_name: str) -> Callable[[ScreenContext], QWidget]:
    """Screens of the Administration and Statistik menus, built for a team lead."""
    module, _, name = qualified_name.rpartition(".")

    def build_for_lead(context: ScreenContext) -> QWidget:
        cls = getattr(importlib.import_module(module), name)
        return cls(context.services, context.lead)

    return build_for_lead


def _case_note_dialog(context: ScreenContext) -> QWidget:
    from medbetjening.ui.visit.case_note_dialog import CaseNoteDialog

    text = case_note_text(context.services.exports, context.actor, context.visit_id)
    return CaseNoteDialog(text, context.visit_id)


def _sign_in_dialog(context: ScreenContext) -> QWidget:
    from medbetjening.ui.shell.sign_in import make_sign_in_dialog

    context.lead  # noqa: B018 - two profiles to choose from
    return make_sign_in_dialog(context.services, context.settings)


def _new_staff_dialog(context: ScreenContext) -> QWidget:
    from medbetjening.ui.lead.staff_admin import NewStaffDialog

    sites = [(site.id, site.name) for site in context.services.setup.sites()]
    return NewStaffDialog(sites, context.actor.site_id)


BUILDERS.update(
    {
        **{
            name: _for_a_lead(name)
            for name in (
                "medbetjening.ui.lead.audit_screen.AuditDialog",
                "medbetjening.ui.lead.staff_admin.StaffAdminDialog",
                "medbetjening.ui.lead.site_admin.SiteAdminDialog",
                "medbetjening.ui.lead.policies_dialog.PoliciesDialog",
                "medbetjening.ui.lead.citizen_requests_dialog.CitizenRequestsDialog",
                "medbetjening.ui.lead.flow_review_dialog.FlowReviewDialog",
                "medbetjening.ui.lead.export_dialog.VisitExportDialog",
                "medbetjening.ui.lead.dashboard.DashboardWindow",
            )
        },
        "medbetjening.ui.visit.case_note_dialog.CaseNoteDialog": _case_note_dialog,
        "medbetjening.ui.shell.sign_in.SignInDialog": _sign_in_dialog,
        "medbetjening.ui.lead.staff_admin.NewStaffDialog": _new_staff_dialog,
        "medbetjening.ui.desk.history_screen.HistoryDialog": _history_dialog,
        "medbetjening.ui.desk.history_screen.HistoryScreen": _history_screen,
        "medbetjening.ui.visit.obstacle_dialog.ObstacleDialog": _obstacle_dialog,
    }
)


def ui_modules() -> list[Any]:
    modules = []
    for info in sorted(
        pkgutil.walk_packages(ui_package.__path__, "medbetjening.ui."), key=lambda m: m.name
    ):
        modules.append(importlib.import_module(info.name))
    return modules


def widget_classes() -> list[type[QWidget]]:
    """Every QWidget subclass defined in medbetjening/ui (not imported ones)."""
    found: list[type[QWidget]] = []
    for module in ui_modules():
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QWidget) and cls.__module__ == module.__name__:
                found.append(cls)
    return found


def qualified(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _resolve(name: str, hint: Any, context: ScreenContext) -> Any:
    services = context.services
    by_name: dict[str, Callable[[], Any]] = {
        "services": lambda: services,
        "actor": lambda: context.actor,
        "settings": lambda: context.settings,
        "visit": lambda: context.visit,
        "visit_id": lambda: context.visit_id,
        "rows": lambda: context.visit_rows,
        "visits": lambda: context.visit_rows,
    }
    if name in by_name:
        return by_name[name]()
    if isinstance(hint, type):
        for value in (context.actor, context.settings, services):
            if isinstance(value, hint):
                return value
        if hint.__name__ == "VisitRow":
            return context.visit
    # a service of the container, by attribute name (``setup``) or by type
    if not name.startswith("_") and hasattr(type(services), name):
        return getattr(services, name)
    if isinstance(hint, type) and hint.__module__.startswith("medbetjening.services"):
        for attribute, member in vars(type(services)).items():
            if attribute.startswith("_") or not isinstance(member, cached_property | property):
                continue
            value = getattr(services, attribute)
            if isinstance(value, hint):
                return value
    return UNBUILDABLE


def build(cls: type[QWidget], context: ScreenContext) -> QWidget | None:
    """An instance of ``cls``, or None when its constructor cannot be resolved."""
    builder = BUILDERS.get(qualified(cls))
    if builder is not None:
        return builder(context)
    signature = inspect.signature(cls.__init__)
    try:
        hints = typing.get_type_hints(cls.__init__)
    except Exception:  # noqa: BLE001 - unresolvable annotations: fall back to names
        hints = {}
    kwargs: dict[str, Any] = {}
    for name, parameter in list(signature.parameters.items())[1:]:
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        if parameter.default is not inspect.Parameter.empty:
            continue
        value = _resolve(name, hints.get(name), context)
        if value is UNBUILDABLE:
            return None
        kwargs[name] = value
    return cls(**kwargs)


def main_window_with_visit(context: ScreenContext) -> QMainWindow:
    from medbetjening.ui.shell.main_window import MainWindow

    visit_id = context.visit_id  # first, so today's list shows it
    window = MainWindow(context.services, context.actor, context.settings)
    window.open_visit(visit_id)
    return window


def all_screens(context: ScreenContext) -> tuple[list[tuple[str, QWidget]], list[str]]:
    """(name, widget) for the main window and every buildable screen class.

    The second list names dialog classes that could not be built (a failure).
    """
    screens: list[tuple[str, QWidget]] = [("MainWindow+visit", main_window_with_visit(context))]
    unbuildable: list[str] = []
    for cls in widget_classes():
        if issubclass(cls, QMainWindow):
            continue  # the main window is above, with a visit open
        try:
            widget = build(cls, context)
        except Exception as error:  # noqa: BLE001 - reported for dialogs, below
            if issubclass(cls, QDialog):
                unbuildable.append(f"{qualified(cls)} ({type(error).__name__}: {error})")
            continue
        if widget is None:
            if issubclass(cls, QDialog):
                unbuildable.append(qualified(cls))
            continue
        screens.append((cls.__name__, widget))
    return screens, unbuildable


# -- walking a tree ---------------------------------------------------------------------
def shown_in(widget: QWidget, root: QWidget) -> bool:
    """Would the widget be on screen if its page (tab, stack page) were chosen?"""
    current: QWidget | None = widget
    while current is not None and current is not root:
        parent = current.parentWidget()
        if current.isHidden() and not isinstance(parent, QStackedWidget):
            return False
        current = parent
    return True


def descendants(root: QWidget) -> Iterator[QWidget]:
    for child in root.findChildren(QWidget):
        if shown_in(child, root) and child.window() is root.window():
            yield child


def path_of(widget: QWidget, root: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None and current is not root:
        names.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(names))


INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QTabWidget,
    QAbstractSlider,
    QCalendarWidget,
    QKeySequenceEdit,
)
# Parts of a compound control: the control itself is checked, not its inner parts.
COMPOUND = (QAbstractSpinBox, QComboBox, QTabBar, QAbstractItemView, QCalendarWidget, QMenuBar)


def is_checked_control(widget: QWidget, root: QWidget) -> bool:
    if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar | QTabBar):
        return False
    if widget.objectName().startswith("qt_"):  # Qt's own private helpers
        return False
    if isinstance(widget, QGroupBox) and not widget.isCheckable():
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOUND):
            return False
        parent = parent.parentWidget()
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus or isinstance(widget, QAbstractButton)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (name or widget.accessibleName()).strip()


def has_visible_label(widget: QWidget, buddies: set[int]) -> bool:
    if widget.toolTip().strip():
        return True
    if id(widget) in buddies:
        return True
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return True
    if isinstance(widget, QGroupBox) and widget.title().strip():
        return True
    return bool(
        isinstance(widget, QTabWidget)
        and widget.count() > 0
        and all(widget.tabText(i).replace("&", "").strip() for i in range(widget.count()))
    )


def accessibility_problems(name: str, root: QWidget) -> list[str]:
    buddies = {
        id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None
    }
    problems = []
    for widget in [root, *descendants(root)]:
        if not is_checked_control(widget, root):
            continue
        where = f"{name}: {type(widget).__name__} {path_of(widget, root)!r}"
        if not accessible_name(widget):
            problems.append(f"{where} has no accessible name (setAccessibleName)")
        if not has_visible_label(widget, buddies):
            problems.append(f"{where} has no visible label (QLabel buddy, text) or tooltip")
    return problems


# -- texts a person sees ------------------------------------------------------------------
def model_columns(model: Any) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # list models hide columnCount: one column
        return 1


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    for column in range(model_columns(model)):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(min(model.rowCount(QModelIndex()), 5)):
            yield str(model.data(model.index(row, column, QModelIndex())) or "")


def _action_texts(actions) -> Iterator[str]:  # type: ignore[no-untyped-def]
    for action in actions:
        yield action.text()
        yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        yield action.statusTip()
        if action.menu() is not None:
            yield from _action_texts(action.menu().actions())


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person sees or a screen reader reads."""
    for widget in [root, *descendants(root)]:
        where = f"{type(widget).__name__} {path_of(widget, root)!r}"
        texts: list[str] = [widget.accessibleName(), widget.accessibleDescription()]
        texts.append(widget.toolTip())
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QAbstractSpinBox):
            texts.append(widget.specialValueText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                texts.extend([widget.tabText(i), widget.tabToolTip(i)])
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget):
            texts.extend(_model_texts(widget))
        if isinstance(widget, QListWidget):
            texts.extend(widget.item(i).text() for i in range(min(widget.count(), 5)))
        if isinstance(widget, QMenuBar | QMenu) or widget is root:
            texts.extend(_action_texts(widget.actions()))
        for text in texts:
            if text and text.strip():
                yield where, text


# -- layout -----------------------------------------------------------------------------
COUNTER_SCREEN = QSize(1366, 768)
# what a window may use of a counter PC's screen: the task bar and the frame take the rest
USABLE = QSize(COUNTER_SCREEN.width(), COUNTER_SCREEN.height() - 80)


def fit_to_counter_screen(widget: QWidget) -> None:
    """A main window is maximised; a dialog opens at its size hint, at most the screen."""
    if isinstance(widget, QMainWindow):
        widget.resize(USABLE)
    else:
        widget.resize(widget.sizeHint().boundedTo(USABLE).expandedTo(widget.minimumSizeHint()))


def _inside_compound(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOUND):
            return True
        parent = parent.parentWidget()
    return False


# A widget may opt out of the clipping check: widget.setProperty("clipping_ok", True).
CLIPPING_OK = "clipping_ok"


def clipped_now(name: str, root: QWidget) -> list[str]:
    """Labels and buttons on screen now whose text needs more room than they got."""
    problems = []
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if not widget.isVisible() or widget.objectName().startswith("qt_"):
            continue
        if widget.property(CLIPPING_OK):  # elided on purpose (full text in the tooltip)
            continue
        if _inside_compound(widget, root) or not widget.text().strip():
            continue
        hint = widget.sizeHint()
        need_width, need_height = hint.width(), hint.height()
        if isinstance(widget, QLabel) and widget.wordWrap():
            need_width = 0  # a wrapped label needs height, not width
            need_height = widget.heightForWidth(widget.width())
        if widget.width() + 1 < need_width or widget.height() + 1 < need_height:
            problems.append(
                f"{name}: {type(widget).__name__} {widget.text()[:40]!r} is "
                f"{widget.width()}×{widget.height()} but needs {need_width}×{need_height}"
            )
    return problems


def every_page(root: QWidget) -> Iterator[None]:
    """Show each page of every stack and tab widget in turn (yields after each switch)."""
    yield None
    for stack in root.findChildren(QStackedWidget):
        original = stack.currentIndex()
        for index in range(stack.count()):
            if index != original:
                stack.setCurrentIndex(index)
                yield None
        stack.setCurrentIndex(original)


def mnemonic_conflicts(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter keys that two things on screen now claim in one window (menus, tabs,
    buttons, labels with a buddy): Qt then gives the key to neither reliably."""
    claims: dict[str, list[str]] = {}

    def claim(text: str, what: str) -> None:
        key = QKeySequence.mnemonic(text).toString()
        if key:
            claims.setdefault(key, []).append(f"{what} {text!r}")

    for bar in window.findChildren(QMenuBar):
        for action in bar.actions():
            claim(action.text(), "menu")
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            for index in range(bar.count()):
                claim(bar.tabText(index), "tab")
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.isEnabled():
            claim(button.text(), type(button).__name__)
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None:
            claim(label.text(), "label")
    return {key: what for key, what in claims.items() if len(what) > 1}


def mnemonic_conflicts_of_the_visit(window: QMainWindow) -> list[str]:
    """Conflicts on today's screen and on each tab of a new visit."""
    from PySide6.QtWidgets import QApplication

    problems = [f"today: {key}: {what}" for key, what in mnemonic_conflicts(window).items()]
    window.new_visit()
    tabs = window.visit_screen.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        problems += [
            f"{tabs.tabText(index)}: {key}: {what}"
            for key, what in mnemonic_conflicts(window).items()
        ]
    return problems
