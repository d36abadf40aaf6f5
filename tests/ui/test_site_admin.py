"""Administration → Steder and Regler for kommunen in the window, and Log af."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog

from medbetjening.domain.contact import iso_week_of
from medbetjening.domain.vocabulary import Autonomy, Completion, Role
from medbetjening.services.outcome import CloseRequest
from medbetjening.services.statistics import StatisticsFilter
from medbetjening.ui.lead.policies_dialog import PoliciesDialog
from medbetjening.ui.lead.site_admin import SiteAdminDialog
from medbetjening.ui.shell.main_window import MainWindow


def test_a_library_created_in_the_window_counts_its_visits_as_library(
    qtbot, services, lead
) -> None:  # type: ignore[no-untyped-def]
    dialog = SiteAdminDialog(services, lead)
    qtbot.addWidget(dialog)
    dialog.name.setText("Hovedbiblioteket")
    dialog.kind.setCurrentIndex(dialog.kind.findData("library"))
    dialog.add_button.click()
    site = dialog.current()
    assert site is not None and (site.name, site.kind) == ("Hovedbiblioteket", "library")
    assert dialog.model.index(dialog.table.currentIndex().row(), 0).data() == str(site.id)
    staff = services.staff.create(lead, "Bibliotekar", site.id, Role.STAFF)
    actor = services.staff.authenticate(staff.id, None)
    visit_id = services.visits.start_visit(actor)
    version = services.outcome.defaults(actor, visit_id).version
    services.outcome.close_visit(
        actor,
        visit_id,
        CloseRequest(
            Completion.COMPLETED,
            Autonomy.AUTONOMOUS,
            10,
            note="Spurgte om åbningstider",  # a visit with nothing recorded cannot be completed
            expected_version=version,
        ),
    )
    today = dt.date.today()
    board = services.statistics.dashboard(lead, StatisticsFilter(today, today, (site.id,)))
    assert board.by_channel == {"library": 1}
    report = services.komhen.week(lead, iso_week_of(today), (site.id,))
    assert [r.channel for r in report.rows] == ["library"]


def test_renaming_and_closing_a_site(qtbot, services, lead, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    warnings: list[str] = []
    monkeypatch.setattr(
        "medbetjening.ui.lead.site_admin.QMessageBox.warning", lambda *a: warnings.append(a[2])
    )
    dialog = SiteAdminDialog(services, lead)
    qtbot.addWidget(dialog)
    dialog.name.setText("Udkørende team")
    dialog.kind.setCurrentIndex(dialog.kind.findData("outreach"))
    dialog.add_button.click()
    dialog.name.setText("Udkørende team Nord")
    dialog.rename_button.click()
    assert dialog.current().name == "Udkørende team Nord"
    dialog.close_button.click()
    assert dialog.current().closed and not dialog.close_button.isEnabled()
    dialog.refresh(lead.site_id)
    dialog.close_button.click()  # the lead's own site still has staff: refused, told
    assert warnings and "aktive medarbejdere" in warnings[0]


def test_policies_dialog_changes_the_whole_municipality(qtbot, services, lead, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = PoliciesDialog(services, lead)
    qtbot.addWidget(dialog)
    assert dialog.months["audit_months"].minimum() == 12  # the floor
    dialog.months["visit_months"].setValue(6)
    dialog.months["note_months"].setValue(3)
    dialog.shared_pc.setChecked(True)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    policies = services.policies.current()
    assert (policies.visit_months, policies.note_months, policies.shared_pc) == (6, 3, True)
    warnings: list[str] = []
    monkeypatch.setattr(
        "medbetjening.ui.lead.policies_dialog.QMessageBox.warning", lambda *a: warnings.append(a[2])
    )
    again = PoliciesDialog(services, lead)
    qtbot.addWidget(again)
    again.months["note_months"].setValue(9)  # longer than the visits: refused, told
    again.save()
    assert warnings and "højst" in warnings[0]


def test_sign_out_lets_another_sign_in_without_a_restart(
    qtbot, services, actor, lead, settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services, actor, settings)
    qtbot.addWidget(window)
    window.show()
    assert "Administration" not in " ".join(a.text() for a in window.menuBar().actions())
    monkeypatch.setattr("medbetjening.ui.shell.sign_in.choose_actor", lambda *_a: lead)
    window.admin.sign_out_action.trigger()
    successor = window.successor
    qtbot.addWidget(successor)
    assert successor.actor == lead and successor.isVisible() and not window.isVisible()
    assert successor.admin_menu is not None
