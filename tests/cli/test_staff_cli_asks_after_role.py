"""`staff add --role lead` and `staff set-password` check the role before asking for a
new password: a staff member was asked twice for a lead's new password and only then
refused (and without a terminal told "Profilen har en adgangskode", which it had not)."""

from __future__ import annotations

from medbetjening.cli import main as cli_main
from tests.seed import LEAD_PASSWORD


def test_a_staff_member_is_refused_before_any_prompt(
    services, actor, lead, sqlite_url, capsys, typed_passwords
) -> None:  # type: ignore[no-untyped-def]
    typed_passwords.extend(["nyt-kodeord-1", "nyt-kodeord-1"])
    as_staff = ["--staff", str(actor.staff_id)]
    for command in (
        ["staff", "set-password", str(lead.staff_id)],
        ["staff", "add", "Ny leder", "--site", str(actor.site_id), "--role", "lead"],
    ):
        assert cli_main(["--db", sqlite_url, *command, *as_staff]) == 1
        error = capsys.readouterr().err
        assert "må ikke administrere medarbejdere" in error, error
    assert typed_passwords == ["nyt-kodeord-1", "nyt-kodeord-1"]  # nothing was asked


def test_no_terminal_for_a_new_password_is_said_as_such(
    services, lead, sqlite_url, capsys, typed_passwords
) -> None:  # type: ignore[no-untyped-def]
    # the lead signs in; the new password then finds no terminal to be typed in
    typed_passwords.append(LEAD_PASSWORD)
    command = ["staff", "set-password", str(lead.staff_id), "--staff", str(lead.staff_id)]
    assert cli_main(["--db", sqlite_url, *command]) == 1
    error = capsys.readouterr().err
    assert "Profilen har en adgangskode" not in error
    assert "ny adgangskode" in error.lower() and "terminal" in error
