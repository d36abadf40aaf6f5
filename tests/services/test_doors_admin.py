"""Issue 14: sites and staff from the command line, the database policy for purge, and
the audit of code look-ups and visit opens."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from medbetjening.cli import main
from medbetjening.domain.contact import iso_week_of
from medbetjening.domain.vocabulary import Autonomy, Completion, Role
from medbetjening.services.audit_log import AuditFilter
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.database import open_database
from medbetjening.services.outcome import CloseRequest
from medbetjening.services.statistics import StatisticsFilter
from tests.seed import LEAD_PASSWORD, add_site, add_staff
from tests.services.records import add_citizen, add_visit


@pytest.fixture
def url(sqlite_url: str) -> str:
    db = open_database(sqlite_url)
    services = Services(db)
    site = add_site(services, "Rådhuset")
    add_staff(services, "Leder", site.id, Role.LEAD)
    add_staff(services, "Kenni", site.id, Role.STAFF)
    db.dispose()
    return sqlite_url


def _close(services: Services, actor: ActorContext, visit_id: int) -> None:
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


def test_a_library_created_from_the_cli_counts_its_visits_as_library(
    url: str, capsys, cli_lead_password
) -> None:  # type: ignore[no-untyped-def]
    lead = ["--staff", "1"]
    assert main(["--db", url, "sites", "add", "Bibliotek Nord", "--kind", "library", *lead]) == 0
    assert "Sted nr. 2 'Bibliotek Nord' (library)" in capsys.readouterr().out
    assert (
        main(
            ["--db", url, "staff", "add", "Frivillig", "--site", "2", "--role", "ambassador", *lead]
        )
        == 0
    )  # noqa: E501
    assert "Profil nr. 3" in capsys.readouterr().out
    assert main(["--db", url, "sites", "list", *lead]) == 0
    listed = capsys.readouterr().out
    assert (
        "   2  bibliotek" in listed
    )  # the kind in words, not its code and "Bibliotek Nord" in listed

    db = open_database(url)
    try:
        services = Services(db)
        volunteer = services.staff.authenticate(3, None)
        visit_id = services.visits.start_visit(volunteer)
        _close(services, volunteer, visit_id)
        lead_actor = services.staff.authenticate(1, LEAD_PASSWORD)
        today = dt.date.today()
        board = services.statistics.dashboard(lead_actor, StatisticsFilter(today, today))
        assert board.by_channel == {"library": 1}
        report = services.komhen.week(lead_actor, iso_week_of(today))
        assert [(r.channel, r.contacts) for r in report.rows] == [("library", 1)]
    finally:
        db.dispose()


def test_staff_commands_show_numbers_and_are_for_leads(url: str, capsys, typed_passwords) -> None:  # type: ignore[no-untyped-def]
    typed_passwords.extend([LEAD_PASSWORD, LEAD_PASSWORD, "ny kode til kenni", "ny kode til kenni"])
    assert main(["--db", url, "staff", "list", "--staff", "1"]) == 0
    out = capsys.readouterr().out
    assert "Nr." in out and "   2  medarbejder" in out  # the role in words
    assert main(["--db", url, "staff", "set-password", "2", "--staff", "1"]) == 0
    assert "ny adgangskode" in capsys.readouterr().out
    typed_passwords.append("ny kode til kenni")  # Kenni now has one: asked for it
    assert main(["--db", url, "staff", "list", "--staff", "2"]) == 1
    assert "Spørg en teamleder" in capsys.readouterr().err
    # a number that does not exist: the message tells where to see the numbers
    assert main(["--db", url, "staff", "list", "--staff", "9"]) == 1
    assert "medbetjening staff list" in capsys.readouterr().err


def test_purge_needs_a_leads_password(url: str, capsys, typed_passwords) -> None:  # type: ignore[no-untyped-def]
    typed_passwords.append("forkert")
    assert main(["--db", url, "purge", "--staff", "1"]) == 1
    assert "Forkert adgangskode" in capsys.readouterr().err
    assert main(["--db", url, "purge", "--staff", "1"]) == 1  # no terminal to ask in
    assert "ingen terminal" in capsys.readouterr().err
    assert main(["--db", url, "purge", "--staff", "2"]) == 1  # staff: not a lead
    assert "Spørg en teamleder" in capsys.readouterr().err


def test_two_pcs_with_different_ini_files_purge_by_the_database_policy(
    url: str, tmp_path: Path, capsys, monkeypatch, cli_lead_password
) -> None:  # type: ignore[no-untyped-def]
    db = open_database(url)
    services = Services(db)
    lead = services.staff.authenticate(1, LEAD_PASSWORD)
    services.policies.change(lead, visit_months=6, note_months=3, audit_months=18)
    staff = services.staff.authenticate(2, None)
    add_visit(services, staff, dt.datetime.now() - dt.timedelta(days=250), add_citizen(services))
    db.dispose()
    summaries = []
    for pc, months in (("pc1", 1), ("pc2", 60)):
        home = tmp_path / pc
        home.mkdir()
        (home / "settings.ini").write_text(
            f"[retention]\nvisit_months = {months}\nnote_months = {months}\n"
            f"audit_months = {months}\n",
            encoding="utf-8",
        )
        monkeypatch.setenv("MEDBETJENING_HOME", str(home))
        assert main(["--db", url, "purge", "--dry-run", "--staff", "1"]) == 0
        summaries.append(capsys.readouterr().out)
    assert summaries[0] == summaries[1] and "1 besøg" in summaries[0]


def test_code_look_ups_and_visit_opens_are_audited_and_found_by_the_filters(
    services, actor, lead
) -> None:  # type: ignore[no-untyped-def]
    citizen = services.citizens.create(actor, age_band="67-79")
    services.citizens.find(actor, citizen.citizen_code)
    visit_id = services.visits.start_visit(actor)
    services.visits.open_visit(actor, visit_id)
    looked = services.audit_log.list(lead, AuditFilter(action="citizen.lookup_code"))
    assert [(r.staff_id, r.target_id) for r in looked] == [(actor.staff_id, citizen.id)]
    opened = services.audit_log.list(lead, AuditFilter(action="visit.open"))
    assert [(r.staff_id, r.target_id) for r in opened] == [(actor.staff_id, visit_id)]
    assert {"citizen.lookup_code", "visit.open"} <= set(services.audit_log.actions(lead))
