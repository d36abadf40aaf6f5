"""Accessibility: names and labels on every control of every screen, reading-order focus,
larger text, high contrast, nothing by colour alone, everything by keyboard."""

from __future__ import annotations

import re
import subprocess

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from medbetjening.settings import FONT_SCALE, HIGH_CONTRAST
from medbetjening.storage.models import (
    AssessmentAnswer,
    AssessmentResult,
    FlowRun,
    Outcome,
    StepRecord,
    Visit,
)
from medbetjening.ui.common.appearance import apply_appearance
from medbetjening.ui.shell.main_window import MainWindow
from medbetjening.ui.visit.assessment_panel import AssessmentPanel
from medbetjening.ui.visit.assessment_rows import ItemRow
from medbetjening.ui.visit.citizen_panel import CitizenPanel
from medbetjening.ui.visit.flow_walker import FlowWalker
from medbetjening.ui.visit.outcome_panel import OutcomePanel
from tests.ui.screen_catalog import (
    ScreenContext,
    accessibility_problems,
    all_screens,
    build,
    descendants,
    mnemonic_conflicts_of_the_visit,
    model_columns,
    widget_classes,
)

KNOWN_SCREENS = {
    "FirstRunDialog",
    "ResumeDialog",
    "PreferencesDialog",
    "HelpDialog",
    "TodayScreen",
    "VisitScreen",
}


@pytest.fixture
def screen_context(services, actor, settings):  # type: ignore[no-untyped-def]
    return ScreenContext(services, actor, settings)


@pytest.fixture
def screens(qtbot, screen_context):  # type: ignore[no-untyped-def]
    built, _unbuildable = all_screens(screen_context)  # see test_every_dialog_can_be_built
    for _name, widget in built:
        qtbot.addWidget(widget)
    return built


@pytest.fixture
def restore_appearance():  # type: ignore[no-untyped-def]
    yield
    app = QApplication.instance()
    apply_appearance(app, 100, False)


def test_every_dialog_can_be_built(qtbot, screen_context) -> None:  # type: ignore[no-untyped-def]
    built, unbuildable = all_screens(screen_context)
    for _name, widget in built:
        qtbot.addWidget(widget)
    assert unbuildable == [], (
        f"dialogs the screen catalogue cannot build: {unbuildable} — "
        "add a builder to BUILDERS in tests/ui/screen_catalog.py"
    )


def test_screens_are_discovered_from_the_ui_package(screens) -> None:  # type: ignore[no-untyped-def]
    names = {name for name, _widget in screens}
    assert names >= KNOWN_SCREENS
    assert {cls.__name__ for cls in widget_classes()} >= KNOWN_SCREENS | {"MainWindow"}


def test_every_control_has_an_accessible_name_and_a_visible_label(screens) -> None:  # type: ignore[no-untyped-def]
    problems = []
    checked = 0
    for name, widget in screens:
        problems += accessibility_problems(name, widget)
        checked += len(list(descendants(widget)))
    assert checked > 50  # the walk really reached the widgets
    assert problems == [], "\n".join(problems)


def test_the_checker_finds_a_control_without_name_or_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    bare = QLineEdit()
    bare.setPlaceholderText("Navn")  # a placeholder is not a label
    layout.addWidget(bare)
    named = QPushButton("&Gem")
    layout.addWidget(named)
    problems = accessibility_problems("test", root)
    assert len(problems) == 2 and all("QLineEdit" in p for p in problems)


# -- focus order -------------------------------------------------------------------------
def _tab_chain(qtbot, window: QWidget, start: QWidget) -> list[QWidget]:  # type: ignore[no-untyped-def]
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    chain = [start]
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
        if current in chain:
            break
        chain.append(current)
    return chain


def _rect(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def reading_order_problems(chain: list[QWidget]) -> list[str]:
    """Tab may go right on a row, down, or up into a new column to the right — never back."""
    problems = []
    for before, after in zip(chain, chain[1:], strict=False):
        a, b = _rect(before), _rect(after)
        same_row = b.top() < a.bottom() and a.top() < b.bottom()
        if (same_row and b.right() <= a.left()) or (
            not same_row and b.bottom() <= a.top() and b.left() < a.right()
        ):
            problems.append(
                f"{type(before).__name__} {before.accessibleName()!r} → "
                f"{type(after).__name__} {after.accessibleName()!r} goes against reading order"
            )
    return problems


def test_tab_order_of_todays_screen_follows_reading_order(
    qtbot, main_window: MainWindow, services, actor
) -> None:  # type: ignore[no-untyped-def]
    services.visits.start_visit(actor)
    main_window.refresh_today()
    today = main_window.today
    chain = _tab_chain(qtbot, main_window, today.channel)
    assert chain == [
        today.channel,  # the channel the new visit is counted under, left of its button
        today.new_button,
        today.open_button,
        today.add_appointment_button,  # the booking buttons at the right of the same row
        today.import_button,
        today.table,
    ]
    assert reading_order_problems(chain) == []


def test_tab_order_of_the_visit_screen_follows_reading_order(
    qtbot, main_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    main_window.new_visit()
    screen = main_window.visit_screen
    chain = _tab_chain(qtbot, main_window, screen.back_button)
    assert chain[:2] == [screen.back_button, screen.tabs.tabBar()]
    assert reading_order_problems(chain) == []


@pytest.mark.parametrize("class_name", ["FirstRunDialog", "PreferencesDialog", "ResumeDialog"])
def test_tab_order_of_dialogs_follows_reading_order(qtbot, screen_context, class_name) -> None:  # type: ignore[no-untyped-def]
    cls = next(c for c in widget_classes() if c.__name__ == class_name)
    dialog = build(cls, screen_context)
    qtbot.addWidget(dialog)
    first = dialog.focusWidget() or dialog.nextInFocusChain()
    dialog.show()
    chain = _tab_chain(qtbot, dialog, dialog.focusWidget() or first)
    assert len(chain) >= 2
    assert reading_order_problems(chain) == []


def test_reading_order_check_finds_a_backwards_jump(qtbot) -> None:  # type: ignore[no-untyped-def]
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    top, bottom = QLineEdit(), QLineEdit()
    layout.addWidget(top)
    layout.addWidget(bottom)
    root.show()
    qtbot.waitExposed(root)
    assert reading_order_problems([bottom, top])
    assert reading_order_problems([top, bottom]) == []


# -- text size, contrast, colour -----------------------------------------------------------
def test_font_scale_follows_the_start_up_font_and_applies_live(
    qtbot, restore_appearance, main_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    apply_appearance(app, 100, False)
    base = app.font().pointSizeF()
    label_height = main_window.today.empty_label.sizeHint().height()
    apply_appearance(app, 150, False)
    assert app.font().pointSizeF() == pytest.approx(base * 1.5)
    label = main_window.today.empty_label
    qtbot.waitUntil(lambda: label.font().pointSizeF() == pytest.approx(base * 1.5))
    assert main_window.today.empty_label.sizeHint().height() > label_height
    apply_appearance(app, 100, False)
    assert app.font().pointSizeF() == pytest.approx(base)


def test_high_contrast_theme_switches_on_and_off(qtbot, restore_appearance) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    apply_appearance(app, 100, False)
    normal_window = app.palette().color(QPalette.ColorRole.Window)
    apply_appearance(app, 100, True)
    palette = app.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert palette.color(QPalette.ColorRole.Highlight).name() == "#ffd700"
    apply_appearance(app, 100, False)
    assert app.palette().color(QPalette.ColorRole.Window) == normal_window


def test_preferences_dialog_by_keyboard_saves_and_applies(
    qtbot, settings, restore_appearance
) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.ui.shell.preferences_dialog import PreferencesDialog

    app = QApplication.instance()
    apply_appearance(app, 100, False)
    base = app.font().pointSizeF()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.font_scale.setFocus()
    dialog.font_scale.selectAll()
    qtbot.keyClicks(dialog.font_scale, "150")
    dialog.high_contrast.setFocus()
    qtbot.keyClick(dialog.high_contrast, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.font_scale, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.get(FONT_SCALE) == 150 and settings.get(HIGH_CONTRAST) is True
    assert app.font().pointSizeF() == pytest.approx(base * 1.5)
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"


def test_preferences_menu_entry_opens_the_dialog(
    qtbot, main_window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.ui.shell.preferences_dialog import PreferencesDialog

    opened: list[PreferencesDialog] = []
    monkeypatch.setattr(PreferencesDialog, "exec", lambda self: opened.append(self) or 0)
    assert main_window.preferences_action in main_window.file_menu.actions()
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1


def test_nothing_is_shown_by_colour_alone(screens) -> None:  # type: ignore[no-untyped-def]
    """Where a cell has a colour or an icon, it also has text."""
    colour_roles = (
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.DecorationRole,
    )
    problems, cells = [], 0
    for name, root in screens:
        for view in root.findChildren(QAbstractItemView):
            model = view.model()
            if model is None or view.objectName().startswith("qt_"):
                continue
            for row in range(min(model.rowCount(QModelIndex()), 20)):
                for column in range(model_columns(model)):
                    index = model.index(row, column)
                    cells += 1
                    coloured = any(model.data(index, role) is not None for role in colour_roles)
                    text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "").strip()
                    if coloured and not text:
                        problems.append(f"{name}: {type(model).__name__} cell {row},{column}")
    assert cells > 0
    assert problems == [], "\n".join(problems)


# -- keyboard only -----------------------------------------------------------------------
def test_whole_visit_by_keyboard_only(
    qtbot, main_window: MainWindow, services, actor, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """A whole visit driven by keys only: today's list and back, resume, then the
    citizen (Borger), the assessment (number keys), a flow (search, Enter, 1/2/3/0),
    closing with Ctrl+Enter and the citizen's handout as PDF (Ctrl+P, Alt+P) — checked
    in the database and in the PDF afterwards."""

    def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        target = QApplication.focusWidget() or main_window
        qtbot.keyClick(target, key, modifier)

    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    screen = main_window.visit_screen
    assert screen is not None and main_window.stack.currentWidget() is screen
    assert screen.isAncestorOf(QApplication.focusWidget())  # focus moved into the visit
    visit_id = screen.visit_id
    # every panel of the visit is reachable by Ctrl+Tab
    for index in range(1, screen.tabs.count()):
        press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        assert screen.tabs.currentIndex() == index
    press(Qt.Key.Key_Escape)
    assert main_window.stack.currentWidget() is main_window.today
    assert main_window.today.table.hasFocus()
    assert services.visits.get_visit(actor, visit_id).status == "open"
    press(Qt.Key.Key_Return)
    assert main_window.stack.currentWidget() is main_window.visit_screen
    assert main_window.visit_screen.visit_id == visit_id
    press(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert main_window.stack.currentWidget() is main_window.today
    # Ctrl+R: the resume dialog (modal) is answered with Enter
    answered: list[str] = []

    def answer_modal() -> None:
        dialog = QApplication.activeModalWidget()
        answered.append(type(dialog).__name__)
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer_modal)
    press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert answered == ["ResumeDialog"]
    assert main_window.stack.currentWidget() is main_window.visit_screen
    assert main_window.visit_screen.visit_id == visit_id
    screen = main_window.visit_screen
    # The window manager gives the main window back its activation when the dialog
    # closes; the offscreen platform does not, so do what it would.
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)

    def go_to_tab(panel_type: type) -> QWidget:
        """Ctrl+Tab (it wraps round) until the panel of that type shows; by type, not index."""
        for _ in range(screen.tabs.count()):
            if isinstance(screen.tabs.currentWidget(), panel_type):
                break
            press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        panel = screen.tabs.currentWidget()
        assert isinstance(panel, panel_type)
        return panel

    def focus_in(panel: QWidget) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and panel.isAncestorOf(focused)

    # Borger: a new citizen who says yes to follow-up (Alt+J), created with Alt+O
    citizen_panel = go_to_tab(CitizenPanel)
    press(Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(citizen_panel.consent.isChecked)  # a mnemonic "animates" the click
    press(Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: citizen_panel.citizen is not None)
    citizen = services.citizens.visit_citizen(actor, visit_id)
    assert citizen is not None and citizen.consent_follow_up
    assert citizen.citizen_code in citizen_panel.status.text()

    # Kompetence: focus starts at the first question; number/letter keys answer
    assessment = go_to_tab(AssessmentPanel)
    qtbot.waitUntil(
        lambda: isinstance(QApplication.focusWidget(), ItemRow) and focus_in(assessment)
    )
    for key in (Qt.Key.Key_1, Qt.Key.Key_A):  # devices: smartphone; MitID: the app
        press(key)

    # Forløb: Ctrl+F, type to search, Enter starts the flow; 1/2/3/0 mark the steps
    walker = go_to_tab(FlowWalker)
    qtbot.waitUntil(lambda: focus_in(walker))
    press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert walker.search.hasFocus()
    qtbot.keyClicks(walker.search, "flytte")
    press(Qt.Key.Key_Return)
    assert walker.steps_list.hasFocus()
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_0):
        press(key)

    # Afslut: Ctrl+Enter shows the tab with the close button focused. Half the flow's steps
    # are marked, so the suggestion is "partly completed", which needs a reason: H&vorfor
    # (Alt+V), Down picks the first reason, Ctrl+Enter closes.
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    outcome_panel = screen.tabs.currentWidget()
    assert isinstance(outcome_panel, OutcomePanel) and outcome_panel.close_button.hasFocus()
    assert outcome_panel.completion.currentData() == "partly"
    press(Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert outcome_panel.reason.hasFocus()
    press(Qt.Key.Key_Down)
    reason = outcome_panel.reason.currentData()
    assert reason
    handout = tmp_path / "papir.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(handout), ""))
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert main_window.stack.currentWidget() is main_window.today

    # Closing offered the citizen's handout at once, Udskriv as the default button and a
    # preview of the paper; Alt+P saves the PDF (the file dialog answers with a path),
    # Esc closes it.
    dialog = QApplication.activeModalWidget()
    assert type(dialog).__name__ == "HandoutDialog"
    assert dialog.print_button.isDefault()
    assert citizen.citizen_code in dialog.preview.toPlainText()
    dialog.activateWindow()  # what the window manager does for a new dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    # The file is on disk a moment before the writer's signal reaches the status line.
    qtbot.waitUntil(lambda: str(handout) in dialog.status.text())
    assert handout.exists()
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert main_window.export_actions.current_visit_id() == visit_id  # Ctrl+P would reopen it
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(handout), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    steps = services.flow_catalog.flow("flytning", "da").steps
    assert steps and all(" ".join(step.citizen_text.split()) in text for step in steps)
    assert citizen.citizen_code in text
    assert not re.search(r"\d{6}-?\d{4}", text)  # no CPR number

    with services.database.uow_factory() as uow:
        visit = uow.session.get(Visit, visit_id)
        assert visit.status == "closed" and visit.citizen_id == citizen.id
        outcome = uow.session.scalar(select(Outcome).where(Outcome.visit_id == visit_id))
        assert outcome is not None
        assert (outcome.completion, outcome.reason) == ("partly", reason)
        [run] = uow.session.scalars(select(FlowRun).where(FlowRun.visit_id == visit_id))
        assert run.flow_id == "flytning"
        marks = uow.session.scalars(
            select(StepRecord.actor)
            .where(StepRecord.flow_run_id == run.id)
            .order_by(StepRecord.step_index)
        ).all()
        assert marks == ["citizen_alone", "citizen_guided", "staff", "skipped"]
        assert outcome.citizen_share is not None and 0 < outcome.citizen_share < 1
        answers = uow.session.scalars(
            select(AssessmentAnswer.item_id)
            .join(AssessmentResult, AssessmentAnswer.assessment_id == AssessmentResult.id)
            .where(AssessmentResult.visit_id == visit_id)
        ).all()
        assert sorted(answers) == ["devices", "mitid"]


def test_no_two_things_on_a_visit_screen_share_an_alt_key(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    main_window.show()
    qtbot.waitExposed(main_window)
    assert mnemonic_conflicts_of_the_visit(main_window) == []
