"""The assessment panel driven by the keyboard, as staff use it at the counter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from medbetjening.content.assessment import (
    LoadedInstrument,
    bundled_instrument_path,
    load_instrument,
)
from medbetjening.content.problems import ContentProblem
from medbetjening.services.assessment import AssessmentService
from medbetjening.storage.models import Citizen, Visit
from medbetjening.ui.visit.assessment_panel import AssessmentPanel
from medbetjening.ui.visit.assessment_rows import ItemRow
from tests.ui.visit_tabs import select_panel

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class Keyboard:
    """Sends keys to whatever has focus and counts them: answers versus everything else."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.answers = 0
        self.other = 0

    def _send(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
        target = QApplication.focusWidget()
        assert target is not None, "nothing has keyboard focus"
        self.qtbot.keyClick(target, key, modifier)

    def answer(self, keys: str) -> None:
        for key in keys:
            self._send(key)
            self.answers += 1

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
        self._send(key, modifier)
        self.other += 1

    def write(self, text: str) -> None:
        """Free text (the override's reason): content, like an answer."""
        target = QApplication.focusWidget()
        self.qtbot.keyClicks(target, text)


def focused_item() -> str | None:
    widget = QApplication.focusWidget()
    return widget.item.id if isinstance(widget, ItemRow) else None


def make_panel(qtbot, services, actor, visit_id: int) -> AssessmentPanel:  # type: ignore[no-untyped-def]
    panel = AssessmentPanel(services, actor, visit_id)
    qtbot.addWidget(panel)
    panel.resize(1200, 820)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(lambda: focused_item() is not None)
    return panel


def test_a_typical_assessment_by_keyboard_takes_few_extra_presses(
    qtbot, main_window, services
) -> None:  # type: ignore[no-untyped-def]
    keys = Keyboard(qtbot)
    main_window.activateWindow()
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # new visit
    screen = main_window.visit_screen
    assert screen.tabs.currentIndex() == 0  # the visit starts in the Borger tab …
    keys.press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # … the next one: Kompetence
    panel = screen.tabs.currentWidget()
    assert isinstance(panel, AssessmentPanel)
    assert screen.tabs.tabText(screen.tabs.currentIndex()) == "Kompetence"
    qtbot.waitUntil(lambda: focused_item() == "devices")  # focus starts at the first question

    keys.answer("1a")  # devices, MitID
    assert focused_item() == "reads_danish"
    keys.press(Qt.Key.Key_Tab)  # skip the language question for now
    assert focused_item() == "equipped"
    keys.answer("22")  # equipped, install_app
    keys.answer("21")  # phishing, when stuck
    keys.answer("jn")  # wish, stand-in
    assert focused_item() == "reads_danish"  # back to the skipped one
    keys.answer("j")
    assert focused_item() == "mitid_login"  # asked items done: on to the observed ones
    result = panel.result_view
    assert "ikke afklaret" in result.level.text()  # a range is not a level

    keys.press(Qt.Key.Key_Tab, SHIFT)  # away from the items; the errand starts …
    assert focused_item() == "stand_in"
    keys.press("o", ALT)  # … and later the observed items: Alt+O
    assert focused_item() == "mitid_login"
    keys.answer("2222")  # login, self-service, Digital Post, files
    assert result.level.text() == "Niveau 2 – Selvhjulpen"
    assert "Selvbetjening hjemme" in result.route.text()
    assert "nej" in result.flag.text()

    keys.press("v", ALT)  # override: Alt+V, pick the level, Tab, reason, Enter
    assert QApplication.focusWidget() is result.override_level
    keys.press("1")
    keys.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is result.reason
    keys.write("Klarede kun login med hjælp")
    keys.press(Qt.Key.Key_Return)

    assert keys.answers == 13
    assert keys.other <= 12, f"{keys.other} key presses beyond the answers"
    assert keys.other == 9
    state = services.assessment.current(main_window.actor, screen.visit_id)
    assert len(state.answers) == 13
    assert (state.level, state.computed_level) == (1, 2)
    assert state.override_reason == "Klarede kun login med hjælp"
    assert "Sat af dig" in result.level_detail.text()
    assert "Klarede kun login med hjælp" in result.override_status.text()


def test_enter_moves_on_and_backspace_clears(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    make_panel(qtbot, services, actor, visit_id)
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Return)
    assert focused_item() == "mitid"
    keys.answer("i")  # no MitID
    assert services.assessment.current(actor, visit_id).answers == {"mitid": "none"}
    keys.press(Qt.Key.Key_Tab, SHIFT)
    assert focused_item() == "mitid"
    keys.answer("x")  # not a key of this item: nothing happens
    keys.press(Qt.Key.Key_Backspace)
    assert services.assessment.current(actor, visit_id).answers == {}
    assert focused_item() == "mitid"


def test_the_mouse_works_too_and_a_second_click_clears(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    panel = make_panel(qtbot, services, actor, visit_id)
    row = next(r for r in panel.rows.rows if r.item.id == "install_app")
    qtbot.mouseClick(row.buttons[0], Qt.MouseButton.LeftButton)
    assert services.assessment.current(actor, visit_id).answers == {"install_app": 0}
    assert row.buttons[0].isChecked() and not row.buttons[1].isChecked()
    assert "ja" in panel.result_view.flag.text()  # cannot install an app: flagged
    qtbot.mouseClick(row.buttons[0], Qt.MouseButton.LeftButton)
    assert services.assessment.current(actor, visit_id).answers == {}
    assert not row.buttons[0].isChecked()


def test_barriers_and_an_alternative_route_in_plain_words(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    panel = make_panel(qtbot, services, actor, visit_id)
    keys = Keyboard(qtbot)
    keys.answer("0in00")  # no device, no MitID, no Danish, not equipped, cannot install
    keys.answer("00nn")  # phishing, when stuck, no wish, nobody to help
    keys.answer("000")  # the observed ones
    view = panel.result_view
    assert view.level.text() == "Niveau 0 – Afhængig"
    assert view.barriers.text().endswith(
        "Ingen enhed, Intet MitID, Digitale færdigheder, Skriftligt dansk, Ingen digital stedfortræder"
    )
    assert "Fritagelse for Digital Post" in view.route.text()
    assert "(foreløbig)" not in view.route.text()


def test_the_previous_result_is_shown_with_the_change(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    with services.database.uow_factory() as uow:
        citizen = Citizen()
        uow.session.add(citizen)
        uow.commit()
    earlier, now = services.visits.start_visit(actor), services.visits.start_visit(actor)
    with services.database.uow_factory() as uow:
        for visit_id, started in (
            (earlier, dt.datetime(2026, 1, 12, 10)),
            (now, dt.datetime.now()),
        ):
            visit = uow.session.get(Visit, visit_id)
            visit.citizen_id, visit.started_at = citizen.id, started.replace(microsecond=0)
        uow.commit()
    for item, answer in {
        "install_app": 1,
        "mitid_login": 1,
        "self_service": 1,
        "phishing": 1,
    }.items():
        services.assessment.record_answer(actor, earlier, item, answer)

    panel = make_panel(qtbot, services, actor, now)
    previous = panel.result_view.previous
    assert "12.01.2026" in previous.text() and "1 – Med hjælp" in previous.text()
    assert "ikke vurderet endnu" in previous.text()
    keys = Keyboard(qtbot)
    keys.answer("3a")
    keys.press(Qt.Key.Key_Tab)
    keys.answer("3322jn")  # asked: equipped 3, install 3, phishing 2, stuck 2
    # the observed items decide between 0 and 3: no arrow yet
    assert "ikke afklaret (0–3)" in previous.text() and "↑" not in previous.text()
    keys.answer("j")  # back at the skipped language question
    keys.answer("22")  # login and self-service alone: now at least 1, at most 3
    assert "ikke afklaret (1–3)" in previous.text() and "↑" not in previous.text()
    keys.answer("33")  # Digital Post, handling files
    assert "Nu:</b> 3 – Kan hjælpe andre" in previous.text()
    assert "↑" in previous.text() and "bedre end sidst" in previous.text()


def test_a_volunteer_sees_no_history(qtbot, services, ambassador) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(ambassador)
    panel = make_panel(qtbot, services, ambassador, visit_id)
    assert panel.result_view.previous.isHidden()


def test_override_without_a_reason_is_refused_in_words(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    panel = make_panel(qtbot, services, actor, visit_id)
    keys = Keyboard(qtbot)
    keys.press("v", ALT)
    keys.press("0")
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Return)
    assert "Skriv hvorfor" in panel.message.text()
    assert services.assessment.current(actor, visit_id).level is None


def test_the_observed_widget_shares_the_assessment(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    panel = make_panel(qtbot, services, actor, visit_id)
    compact = panel.make_observed_widget()
    qtbot.addWidget(compact)
    compact.show()
    qtbot.waitExposed(compact)
    compact.activateWindow()
    qtbot.waitUntil(lambda: compact.isActiveWindow())
    assert [r.item.id for r in compact.rows.rows] == [
        "mitid_login",
        "self_service",
        "digital_post",
        "handles_files",
    ]
    assert compact.focus_first_open()
    qtbot.waitUntil(lambda: focused_item() == "mitid_login")
    Keyboard(qtbot).answer("1")
    assert focused_item() == "self_service"  # moves on inside the compact widget
    panel_row = next(r for r in panel.rows.rows if r.item.id == "mitid_login")
    assert panel_row.answer == 1 and panel_row.buttons[1].isChecked()
    assert "Niveau: ikke afklaret (0–1)" in compact.summary.text()  # login with help: at most 1
    assert "Niveau: ikke afklaret (0–1)" in panel.result_view.level.text()


def test_a_broken_file_is_reported_and_the_previous_instrument_used(
    qtbot, services, actor, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    problem = ContentProblem(tmp_path / "own.yaml", 14, "items.2.scale", "ukendt skala 'x'")
    loaded = LoadedInstrument(
        load_instrument(bundled_instrument_path()), bundled_instrument_path(), True, (problem,)
    )
    services.__dict__["assessment"] = AssessmentService(
        services.database.uow_factory, lambda: loaded
    )
    panel = make_panel(qtbot, services, actor, services.visits.start_visit(actor))
    assert panel.warning.isVisible()
    assert "sidste gyldige udgave" in panel.warning.text()
    assert "own.yaml:14: items.2.scale: ukendt skala 'x'" in panel.warning.text()
    assert len(panel.rows.rows) == 13


def test_the_visit_screen_refreshes_the_previous_result_on_visit_changed(
    qtbot, main_window, services
) -> None:  # type: ignore[no-untyped-def]
    main_window.new_visit()
    screen = main_window.visit_screen
    panel = select_panel(screen, AssessmentPanel)
    assert screen.tabs.tabText(screen.tabs.currentIndex()) == "Kompetence"
    seen: list[int] = []
    panel.controller.citizen_may_have_changed = lambda: seen.append(1)  # type: ignore[method-assign]
    screen.visit_changed.emit(screen.visit_id)
    assert seen == [1]


def test_linking_a_citizen_later_shows_the_previous_result(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    with services.database.uow_factory() as uow:
        citizen = Citizen()
        uow.session.add(citizen)
        uow.commit()
    earlier = services.visits.start_visit(actor)
    with services.database.uow_factory() as uow:
        visit = uow.session.get(Visit, earlier)
        visit.citizen_id, visit.started_at = citizen.id, dt.datetime(2026, 2, 3, 9)
        uow.commit()
    services.assessment.record_answer(actor, earlier, "mitid_login", 0)  # level 0
    now = services.visits.start_visit(actor)
    panel = make_panel(qtbot, services, actor, now)
    assert "Ingen tidligere" in panel.result_view.previous.text()

    with services.database.uow_factory() as uow:  # the citizen panel links the citizen …
        uow.session.get(Visit, now).citizen_id = citizen.id
        uow.commit()
    panel.controller.citizen_may_have_changed()  # … and the visit screen says so
    assert "03.02.2026" in panel.result_view.previous.text()
    assert "0 – Afhængig" in panel.result_view.previous.text()


def test_the_program_starts_with_the_last_valid_instrument_when_the_file_breaks(
    qtbot, services, actor, settings, isolated_home
) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.composition import service_config
    from medbetjening.services.assessment import instrument_loader
    from medbetjening.services.container import Services
    from medbetjening.settings import ASSESSMENT_FILE
    from medbetjening.ui.shell.main_window import MainWindow

    own = isolated_home / "kommunens-afklaring.yaml"
    text = bundled_instrument_path().read_text(encoding="utf-8")
    own.write_text(text.replace("Hvilket MitID bruger du?", "Hvilken slags MitID har du?"), "utf-8")
    settings.set(ASSESSMENT_FILE, str(own))
    config = service_config(settings)
    good_day = AssessmentService(services.database.uow_factory, instrument_loader(own))
    good_day.instrument  # a good day: copy kept  # noqa: B018

    own.write_text(text.replace("scale: mitid\n", "scale: mitidd\n"), "utf-8")  # then a typo
    window = MainWindow(Services(services.database, config), actor, settings)
    qtbot.addWidget(window)
    window.show()
    window.new_visit()
    panel = select_panel(window.visit_screen, AssessmentPanel)
    assert "sidste gyldige udgave" in panel.warning.text()
    assert f"{own}:" in panel.warning.text() and "items.1.scale" in panel.warning.text()
    mitid_row = next(r for r in panel.rows.rows if r.item.id == "mitid")
    assert "Hvilken slags MitID har du?" in mitid_row.question.text()  # the municipality's text


def test_english_window_shows_the_english_texts(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Denmark))
    try:
        panel = make_panel(qtbot, services, actor, services.visits.start_visit(actor))
    finally:
        QLocale.setDefault(previous)
    row = next(r for r in panel.rows.rows if r.item.id == "install_app")
    assert "Can you install an app" in row.question.text()
    assert row.buttons[2].text() == "2  Alone"


def test_a_closed_visit_says_so_and_keeps_its_answers(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    services.assessment.record_answer(actor, visit_id, "devices", "both")
    with services.database.uow_factory() as uow:
        uow.session.get(Visit, visit_id).status = "closed"
        uow.commit()
    panel = make_panel(qtbot, services, actor, visit_id)
    assert focused_item() == "mitid"  # the first open item
    Keyboard(qtbot).answer("a")
    assert "afsluttet" in panel.message.text() and panel.message.isVisible()
    assert services.assessment.current(actor, visit_id).answers == {"devices": "both"}
    assert focused_item() == "mitid"


def test_staff_choose_another_route_with_a_reason(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    for item, value in {"mitid": "none", "reads_danish": "none", "equipped": 3}.items():
        services.assessment.record_answer(actor, visit_id, item, value)
    panel = make_panel(qtbot, services, actor, visit_id)
    view = panel.result_view
    assert "Få MitID først" in view.route.text()  # access, not skill
    assert "Tolk eller andet sprog" in view.route.text()  # offered beside the route
    assert "Ikke relevant:</i> Logger på med MitID" in view.route.text()
    view.override_route.setCurrentIndex(view.override_route.findData("staff_assisted"))
    view.save_route.click()
    assert "Skriv hvorfor du vælger en anden vej" in panel.message.text()
    view.route_reason.setText("Borgeren har travlt i dag")
    view.save_route.click()
    state = services.assessment.current(actor, visit_id)
    assert (state.route, state.route_override_reason) == (
        "staff_assisted",
        "Borgeren har travlt i dag",
    )
    assert "Vej valgt af dig:</b> Medarbejderen betjener" in view.route.text()
