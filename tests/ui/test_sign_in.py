"""The sign-in dialog: profile preselected from the PC user; a password whenever the
profile has one, always for a lead, and for everyone on a shared PC (database policy)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from medbetjening.domain.policies import Policies
from medbetjening.domain.vocabulary import Role
from medbetjening.settings import LAST_STAFF_ID
from medbetjening.ui.shell.sign_in import (
    SignInDialog,
    choose_actor,
    preferred_profile,
    preselected_actor,
)
from tests.seed import LEAD_PASSWORD, add_site, add_staff


@pytest.fixture
def team(services, lead):  # type: ignore[no-untyped-def]
    services.staff.create(lead, "Birthe Frivillig", lead.site_id, Role.AMBASSADOR, "birthe")
    services.staff.create(lead, "Kenni Hansen", lead.site_id, Role.STAFF, "kenni")
    return services.setup.staff()


def _dialog(qtbot, services, profiles, shared_pc: bool, os_user: str = "kenni") -> SignInDialog:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(
        services.staff, profiles, policies=Policies(shared_pc=shared_pc), os_user=os_user
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_preferred_profile_order(team) -> None:  # type: ignore[no-untyped-def]
    names = [p.name for p in team]
    assert names[preferred_profile(team, "kenni", 0)] == "Kenni Hansen"
    lead_id = next(p.id for p in team if p.role == "lead")
    assert team[preferred_profile(team, "ukendt", lead_id)].id == lead_id
    assert preferred_profile(team, "ukendt", 0) == 0


def test_os_user_is_shown_and_preselected_enter_signs_in(qtbot, services, team) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, services, team, shared_pc=False)
    assert "kenni" in dialog.os_user_label.text()
    assert dialog.profile.currentText().startswith("Kenni Hansen")
    assert not dialog.password.isVisible()
    qtbot.keyClick(dialog.profile, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.name == "Kenni Hansen"


def test_shared_pc_first_password_then_wrong_and_right(qtbot, services, team) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, services, team, shared_pc=True)
    assert dialog.password.isVisible() and not dialog.new_password.isVisible()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.new_password.isVisible() and "ingen adgangskode" in dialog.message.text()
    qtbot.keyClicks(dialog.new_password, "kaffe og kage")
    qtbot.keyClicks(dialog.repeat_password, "kaffe og kagr")
    qtbot.keyClick(dialog.repeat_password, Qt.Key.Key_Return)
    assert "ikke ens" in dialog.message.text() and dialog.actor is None
    dialog.repeat_password.clear()
    qtbot.keyClicks(dialog.repeat_password, "kaffe og kage")
    qtbot.keyClick(dialog.repeat_password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.role == Role.STAFF

    again = _dialog(qtbot, services, team, shared_pc=True)
    qtbot.keyClicks(again.password, "forkert")
    qtbot.keyClick(again.password, Qt.Key.Key_Return)
    assert "Forkert adgangskode" in again.message.text() and again.actor is None
    again.password.clear()
    qtbot.keyClicks(again.password, "kaffe og kage")
    qtbot.keyClick(again.password, Qt.Key.Key_Return)
    assert again.actor is not None and again.actor.name == "Kenni Hansen"


def test_a_volunteer_cannot_pick_the_lead_without_the_leads_password(qtbot, services, team) -> None:  # type: ignore[no-untyped-def]
    """Issue 14: a volunteer set a password, was not asked for it, and could pick the lead."""
    birthe = next(p for p in team if p.name == "Birthe Frivillig")
    services.staff.set_first_password(birthe.id, "bøger og kaffe")
    profiles = services.setup.staff()
    dialog = _dialog(qtbot, services, profiles, shared_pc=False, os_user="birthe")
    assert dialog.profile.currentText().startswith("Birthe") and dialog.password.isVisible()
    qtbot.keyClick(dialog.profile, Qt.Key.Key_Return)
    assert "Forkert adgangskode" in dialog.message.text() and dialog.actor is None
    dialog.profile.setCurrentIndex(next(i for i, p in enumerate(profiles) if p.role == "lead"))
    assert dialog.password.isVisible()  # a lead is always asked
    qtbot.keyClicks(dialog.password, "bøger og kaffe")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "Forkert adgangskode" in dialog.message.text() and dialog.actor is None
    dialog.profile.setCurrentIndex(
        next(i for i, p in enumerate(profiles) if p.name == "Kenni Hansen")
    )
    assert not dialog.password.isVisible()  # no password, not a shared PC


def test_every_control_has_an_accessible_name(qtbot, services, team) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, services, team, shared_pc=True)
    for widget in (dialog.profile, dialog.password, dialog.new_password, dialog.repeat_password):
        assert widget.accessibleName()


def test_choose_actor_remembers_the_profile(qtbot, services, team, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LOGNAME", "birthe")  # the OS user, as getpass finds it

    def fake_exec(dialog: SignInDialog) -> int:
        qtbot.addWidget(dialog)
        assert dialog.profile.currentText().startswith("Birthe Frivillig")
        dialog.sign_in()
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", fake_exec)
    actor = choose_actor(services, settings)
    assert actor is not None and actor.role == Role.AMBASSADOR
    assert settings.get(LAST_STAFF_ID) == actor.staff_id


def test_startup_measurement_signs_in_without_a_dialog_only_on_a_personal_pc(
    services, team, lead, settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LOGNAME", "kenni")
    actor = preselected_actor(services, settings)
    assert actor is not None and actor.name == "Kenni Hansen"
    services.policies.change(lead, shared_pc=True)
    assert preselected_actor(services, settings) is None


def test_exit_after_startup_runs_to_the_end(tmp_path, isolated_home) -> None:  # type: ignore[no-untyped-def]
    import getpass
    import subprocess
    import sys
    from pathlib import Path

    from medbetjening.services.container import Services
    from medbetjening.services.database import open_database

    url = f"sqlite:///{tmp_path / 'start.sqlite'}"
    db = open_database(url)
    services = Services(db)
    site = add_site(services, "Rådhuset")
    lead = add_staff(services, "Kenni Hansen", site.id, Role.LEAD)
    add_staff(services, "Birthe", site.id, Role.AMBASSADOR, os_user=getpass.getuser())
    root = Path(__file__).resolve().parents[2]
    for shared in (False, True):
        services.policies.change(
            services.staff.authenticate(lead.id, LEAD_PASSWORD), shared_pc=shared
        )
        done = subprocess.run(
            [sys.executable, "-m", "medbetjening", "--db", url, "--exit-after-startup"],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        assert "startup_seconds=" in done.stdout
    db.dispose()


def test_the_os_user_is_the_one_getpass_finds(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import getpass

    from medbetjening.ui.shell.profiles import os_user

    monkeypatch.setenv("USER", "kenni")
    monkeypatch.setenv("LOGNAME", "birthe")  # getpass reads LOGNAME first
    assert os_user() == getpass.getuser() == "birthe"
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.delenv(variable, raising=False)
    assert os_user() == getpass.getuser()  # the password database's name
