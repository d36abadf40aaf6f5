"""``medbetjening appointments import FILE [--site ID]`` end to end on a SQLite file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from medbetjening.cli import main
from medbetjening.domain.vocabulary import Role, SiteKind
from medbetjening.services.container import Services
from medbetjening.services.database import open_database
from tests.seed import LEAD_PASSWORD, add_site, add_staff


@pytest.fixture
def seeded(sqlite_url: str):  # type: ignore[no-untyped-def]
    db = open_database(sqlite_url)
    services = Services(db)
    town = add_site(services, "Rådhuset", SiteKind.TOWN_HALL)
    library = add_site(services, "Biblioteket", SiteKind.LIBRARY)
    add_staff(services, "Leder", town.id, Role.LEAD)
    add_staff(services, "Kenni", town.id, Role.STAFF)
    db.dispose()
    return sqlite_url, town.id, library.id


def test_import_good_file_then_today(seeded, tmp_path: Path, capsys, typed_passwords) -> None:  # type: ignore[no-untyped-def]
    url, _town, library = seeded
    typed_passwords.extend([LEAD_PASSWORD] * 3)  # the lead (nr. 1), for another site
    today = dt.date.today()
    path = tmp_path / "booking.csv"
    path.write_text(f"id;dato;tid;emne\n1;{today:%d-%m-%Y};10:00;Pas\n", encoding="utf-8")
    lead = ["--site", str(library), "--staff", "1"]
    assert main(["--db", url, "appointments", "import", str(path), *lead]) == 0
    assert "1 nye" in capsys.readouterr().out
    assert main(["--db", url, "appointments", "import", str(path), *lead]) == 0
    assert "1 fandtes allerede" in capsys.readouterr().out
    assert main(["--db", url, "appointments", "today", *lead]) == 0
    assert "10:00  booket" in capsys.readouterr().out


def test_import_broken_file_exits_1_with_the_line(seeded, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    url, _town, _library = seeded
    path = tmp_path / "booking.csv"
    path.write_text("id;start\n1;i morgen\n", encoding="utf-8")
    assert main(["--db", url, "appointments", "import", str(path), "--staff", "2"]) == 1
    err = capsys.readouterr().err
    assert "linje 2" in err and "Intet er importeret" in err


def test_staff_profile_cannot_import_for_another_site(seeded, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    url, _town, library = seeded
    path = tmp_path / "b.csv"
    path.write_text(f"start\n{dt.date.today():%Y-%m-%d} 10:00\n", encoding="utf-8")
    code = main(
        ["--db", url, "appointments", "import", str(path), "--site", str(library), "--staff", "2"]
    )
    assert code == 1 and "teamleder" in capsys.readouterr().err
