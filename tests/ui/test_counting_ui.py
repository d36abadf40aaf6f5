"""Counting in the window: the quick tally (Ctrl+T, Enter), the channel at start, KOMHEN."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from medbetjening.services.statistics import StatisticsFilter
from medbetjening.ui.lead.komhen_dialog import KomhenDialog
from medbetjening.ui.shell.main_window import MainWindow
from tests.ui.saving import saved


def test_quick_tally_is_one_key_and_enter_and_counts_in_komhen(
    qtbot, main_window: MainWindow, services, lead
) -> None:  # type: ignore[no-untyped-def]
    main_window.show()
    qtbot.waitExposed(main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = main_window.counting_actions.quick_tally_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.task)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # cleared: the next one
    assert "I dag: 2" in dialog.status.text()
    assert dialog.isVisible()

    report = services.komhen.week(lead, f"{dt.date.today():%G-W%V}")
    assert [(r.channel, r.task, r.contact_type, r.contacts) for r in report.rows] == [
        ("counter", "Generel information og vejvisning", "information", 2)
    ]
    today = dt.date.today()
    board_types = services.statistics.dashboard(lead, StatisticsFilter(today, today))
    assert board_types.quick_contacts == 2 and board_types.visits == 0
    assert board_types.by_channel == {"counter": 2}


def test_a_phone_visit_is_started_with_the_channel_chosen(
    qtbot, main_window: MainWindow, services, actor
) -> None:  # type: ignore[no-untyped-def]
    combo = main_window.today.channel
    combo.setCurrentIndex(combo.findData("phone"))
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    visit_id = main_window.visit_screen.visit_id
    visit = services.visits.get_visit(actor, visit_id)
    assert (visit.channel, visit.contact_type) == ("phone", "information")


def test_komhen_dialog_shows_the_week_and_saves_it(qtbot, services, lead, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.domain.vocabulary import Channel, ContactType
    from medbetjening.services.quick_tally import QuickTally

    services.quick_tally.register(
        lead, QuickTally(Channel.PHONE, ContactType.INTERACTION, flow_id="flytning")
    )
    dialog = KomhenDialog(services, lead)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None)
    model = dialog.model
    cells = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert cells == [
        "Borgerservice Rådhuset",
        "Telefon",
        "Folkeregister – flytning",
        "0",
        "1",
        "0",
        "1",
    ]
    saved(qtbot, dialog.write(tmp_path / "uge.xlsx"))
    assert (tmp_path / "uge.xlsx").exists()


def test_follow_ups_14_and_40_days_ahead_show_under_later_and_book_a_time(
    qtbot, services, actor, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.domain.pseudonym import citizen_code_from_payload
    from medbetjening.ui.desk.appointment_dialog import AppointmentDialog
    from medbetjening.ui.desk.follow_up_screen import FollowUpScreen
    from tests.tracking_seed import add_citizen, add_follow_up, add_visit

    code = citizen_code_from_payload("K7M4P")
    citizen_id = add_citizen(services, code=code)
    visit_id = add_visit(services, actor, citizen_id=citizen_id, started_at=dt.datetime.now())
    today = dt.date.today()
    in_14 = today + dt.timedelta(days=14)
    add_follow_up(services, visit_id, in_14, kind="appointment")
    add_follow_up(services, visit_id, today + dt.timedelta(days=40))
    screen = FollowUpScreen(services, actor)
    qtbot.addWidget(screen)
    assert screen.model.rowCount() == 0  # nothing due today
    screen.filters.when.setCurrentIndex(screen.filters.when.findData("later"))
    assert [screen.model.row_at(i).due_date for i in range(2)] == [
        in_14,
        today + dt.timedelta(days=40),
    ]

    def fake_exec(dialog: AppointmentDialog) -> int:
        assert dialog.citizen.text() == code and dialog.date.date().toPython() == in_14
        dialog._save()
        return 1

    monkeypatch.setattr(AppointmentDialog, "exec", fake_exec)
    screen.book_button.click()
    booked = services.appointments.todays_appointments(actor, in_14)
    assert [a.label for a in booked] == [f"Opfølgning, kode {code}"]
