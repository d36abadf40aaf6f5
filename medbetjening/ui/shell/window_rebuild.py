"""A language change without a restart: the main window and its open windows are built
again in the new language, and the person stays where they were (the open visit and its
tab, the guide, the statistics, a citizen's history, the follow-up list).

Every text is read through ``tr()`` when a widget is built, so building again is the one
way that reaches every label, tooltip, accessible name and model header alike. Nothing
is lost: every answer and mark is saved the moment it is made.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from medbetjening.ui.common.flow_titles import FLOW_TITLES, titles_for
from medbetjening.ui.common.i18n import current_language
from medbetjening.ui.shell.main_actions import build_actions, build_menus


def _was_open(widget: QWidget | None) -> bool:
    try:
        return widget is not None and widget.isVisible()
    except RuntimeError:  # deleted on close (WA_DeleteOnClose)
        return False


def _close(widget: QWidget | None) -> None:
    if widget is None:
        return
    try:
        widget.close()
        widget.deleteLater()
    except RuntimeError:
        pass


def rebuild_main_window(window: Any) -> None:
    in_visit = (
        window.visit_screen is not None and window.stack.currentWidget() is window.visit_screen
    )
    visit_id = window.visit_screen.visit_id if window.visit_screen is not None else None
    tab = window.visit_screen.tabs.currentIndex() if window.visit_screen is not None else 0
    history = getattr(window, "history_dialog", None)
    shown = getattr(history, "screen_widget", None) if _was_open(history) else None
    history_citizen = getattr(shown, "citizen_id", None)
    follow_ups_open = _was_open(getattr(window, "follow_up_dialog", None))
    help_open = _was_open(window.help_dialog)
    dashboard_open = _was_open(window.export_actions.dashboard)

    for window_of_old_texts in (
        history,
        getattr(window, "follow_up_dialog", None),
        window.help_dialog,
        window.export_actions.dashboard,
    ):
        _close(window_of_old_texts)
    window.help_dialog = None
    for action in window.actions():
        window.removeAction(action)
        action.deleteLater()
    review = getattr(window, "flow_review_action", None)  # not among the window's actions
    if review is not None:
        review.deleteLater()
    window.menuBar().clear()
    window.export_actions.deleteLater()
    window.counting_actions.deleteLater()
    old_today = window.today
    window.stack.removeWidget(old_today)
    old_today.deleteLater()
    window._build_today()
    build_actions(window)
    build_menus(window)
    window.statusBar().removeWidget(window.user_label)
    window.user_label.deleteLater()
    window._build_status_bar()
    window.setWindowTitle(QCoreApplication.translate("MainWindow", "Medbetjening"))
    window.setAccessibleName(QCoreApplication.translate("MainWindow", "Medbetjening – hovedvindue"))
    window.citizen_screen.retranslate()
    # the stored flows' titles in the new language before the lists are filled (the
    # library is read already: this is a lookup, not a load)
    window.services.ready()
    FLOW_TITLES.set_titles(titles_for(window.services.flows.flows(), current_language()))
    window.refresh_today()

    if visit_id is not None:
        window.open_visit(visit_id)
        window.visit_screen.tabs.setCurrentIndex(tab)
        if not in_visit:
            window.stack.setCurrentWidget(window.today)
    else:
        window.stack.setCurrentWidget(window.today)
    if help_open:
        window.show_help()
    if dashboard_open:
        window.export_actions.show_dashboard()
    if history_citizen is not None:
        window.show_citizen_history(history_citizen)
    if follow_ups_open:
        window.show_follow_ups()


def retranslate_open_windows(app: QApplication) -> None:
    """Every open top-level window that knows how to build its texts again does so.

    A hidden one is left alone: it is built anew, in the new language, when shown again.
    """
    for widget in app.topLevelWidgets():
        retranslate = getattr(widget, "retranslate", None)
        if callable(retranslate) and widget.isVisible():
            retranslate()
