"""``medbetjening purge`` and ``medbetjening citizen export|erase`` from the command line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from medbetjening.cli import main as cli_main
from medbetjening.storage.models import AuditEvent, Citizen, Visit
from tests.seed import LEAD_PASSWORD
from tests.services.records import add_citizen, add_visit

LONG_AGO = dt.datetime.now() - dt.timedelta(days=500)


def _count(services, model, *where) -> int:  # type: ignore[no-untyped-def]
    with services.database.uow_factory() as uow:
        return uow.session.scalar(select(func.count()).select_from(model).where(*where))


def test_purge_dry_run_then_for_real(
    services, actor, lead, sqlite_url, capsys, typed_passwords
) -> None:  # type: ignore[no-untyped-def]
    add_visit(services, actor, LONG_AGO, add_citizen(services, "GAMMEL", LONG_AGO))
    add_visit(services, actor, LONG_AGO, None)
    typed_passwords.extend([LEAD_PASSWORD, LEAD_PASSWORD])
    as_lead = ["--staff", str(lead.staff_id)]
    assert cli_main(["--db", sqlite_url, "purge", "--dry-run", *as_lead]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Prøvekørsel: 1 besøg") and "ville blive slettet" in out
    assert _count(services, Visit) == 2

    assert cli_main(["--db", sqlite_url, "purge", *as_lead]) == 0
    assert "1 besøg" in capsys.readouterr().out
    assert _count(services, Visit) == 1 and _count(services, Citizen) == 0
    assert _count(services, AuditEvent, AuditEvent.action == "retention.purge") == 1


@pytest.fixture
def lead_with_citizen(services, lead, actor):  # type: ignore[no-untyped-def]
    citizen = add_citizen(services, "K7Q2")
    add_visit(services, actor, dt.datetime.now(), citizen)
    return lead


@pytest.mark.usefixtures("cli_lead_password")
def test_citizen_export_json_and_pdf(
    qapp,  # a QApplication first, so the PDF writer does not make a QGuiApplication
    services,
    lead_with_citizen,
    sqlite_url,
    tmp_path: Path,
    capsys,
) -> None:  # type: ignore[no-untyped-def]
    staff = str(lead_with_citizen.staff_id)
    out = tmp_path / "k7q2.json"
    assert (
        cli_main(
            [
                "--db",
                sqlite_url,
                "citizen",
                "export",
                "--code",
                "K7Q2",
                "--out",
                str(out),
                "--staff",
                staff,
            ]
        )
        == 0
    )
    assert json.loads(out.read_text(encoding="utf-8"))["borger"]["citizen_code"] == "K7Q2"
    pdf = tmp_path / "k7q2.pdf"
    assert (
        cli_main(
            [
                "--db",
                sqlite_url,
                "citizen",
                "export",
                "--code",
                "K7Q2",
                "--out",
                str(pdf),
                "--staff",
                staff,
            ]
        )
        == 0
    )
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "1 besøg" in capsys.readouterr().out
    assert _count(services, AuditEvent, AuditEvent.action == "citizen.access_export") == 2


@pytest.mark.usefixtures("cli_lead_password")
def test_citizen_erase_needs_a_lead_and_confirmation(
    services, lead_with_citizen, actor, sqlite_url, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    base = ["--db", sqlite_url, "citizen", "erase", "--code", "K7Q2"]
    assert cli_main([*base, "--staff", str(actor.staff_id), "--yes"]) == 1
    assert "teamleder" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert cli_main([*base, "--staff", str(lead_with_citizen.staff_id)]) == 1
    assert "--yes" in capsys.readouterr().err
    assert _count(services, Citizen) == 1
    assert cli_main([*base, "--staff", str(lead_with_citizen.staff_id), "--yes"]) == 0
    assert "1 besøg" in capsys.readouterr().out
    assert _count(services, Citizen) == 0 and _count(services, Visit) == 0


def test_cli_asks_for_the_password_of_a_protected_profile(
    services, lead_with_citizen, sqlite_url, tmp_path: Path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    services.staff.reset_password(lead_with_citizen, lead_with_citizen.staff_id, "leders kode 1")
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)  # someone at a terminal
    monkeypatch.setattr("getpass.getpass", lambda prompt, stream=None: "forkert")
    args = [
        "--db",
        sqlite_url,
        "citizen",
        "export",
        "--code",
        "K7Q2",
        "--out",
        str(tmp_path / "x.json"),
        "--staff",
        str(lead_with_citizen.staff_id),
    ]
    assert cli_main(args) == 1
    assert "Forkert adgangskode" in capsys.readouterr().err
    monkeypatch.setattr("getpass.getpass", lambda prompt, stream=None: "leders kode 1")
    assert cli_main(args) == 0


def test_cli_finds_the_profile_by_os_user(
    services, lead_with_citizen, sqlite_url, tmp_path: Path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("getpass.getuser", lambda: "ingen-saadan")
    args = [
        "--db",
        sqlite_url,
        "citizen",
        "export",
        "--code",
        "K7Q2",
        "--out",
        str(tmp_path / "x.json"),
    ]
    assert cli_main(args) == 1
    assert "--staff" in capsys.readouterr().err


@pytest.mark.usefixtures("cli_lead_password")
def test_citizen_export_by_cpr_asks_for_the_number_and_never_takes_it_as_an_argument(
    services, lead, sqlite_url, tmp_path: Path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    created = services.citizens.create(
        lead, cpr="211062-5629", age_band="67-79", language="da", consent_follow_up=False
    )
    monkeypatch.setattr("getpass.getpass", lambda prompt, stream=None: "2110625629")
    out = tmp_path / "borger.json"
    staff = str(lead.staff_id)
    args = ["--db", sqlite_url, "citizen", "export", "--cpr", "--out", str(out), "--staff", staff]
    assert cli_main(args) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["borger"]["citizen_code"] == created.citizen_code
    assert "2110625629" not in out.read_text(encoding="utf-8")
    assert "211062" not in capsys.readouterr().out
