"""What the commands print follows --lang: their results, errors and warnings in
English carry no Danish words, and in Danish none of the catalogue's English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from medbetjening.cli import main
from medbetjening.domain.vocabulary import Role
from medbetjening.message_catalogue import english_rows
from medbetjening.services.container import Services
from medbetjening.services.database import open_database
from tests.seed import LEAD_PASSWORD, add_site, add_staff

DANISH = re.compile(
    r"[æøåÆØÅ]|\b(og|ikke|eller|til|med|skal|kan|fra|har|som|besøg|gemt|findes|"
    r"Fejl|Sted|Navn|Rolle|Kode|Slags|oprettet|dage|steder|borgere|aftaler)\b"
)
# names the test itself gives (a site, a profile) are not the program's words
OWN_NAMES = re.compile(r"Rådhuset|Bibliotek Syd|Leder|Kenni|Ny Profil")


@pytest.fixture
def url(sqlite_url: str) -> str:
    db = open_database(sqlite_url)
    services = Services(db)
    site = add_site(services, "Rådhuset")
    add_staff(services, "Leder", site.id, Role.LEAD)
    add_staff(services, "Kenni", site.id, Role.STAFF)
    db.dispose()
    return sqlite_url


def _commands(url: str, folder: Path) -> list[list[str]]:
    lead = ["--staff", "1"]
    return [
        ["--db", url, "sites", "list", *lead],
        ["--db", url, "sites", "add", "Bibliotek Syd", "--kind", "library", *lead],
        ["--db", url, "sites", "add", "Bibliotek Syd", "--kind", "library", *lead],  # an error
        ["--db", url, "staff", "list", *lead],
        ["--db", url, "staff", "list", "--staff", "2"],  # staff may not: a permission error
        ["--db", url, "staff", "list", "--staff", "9"],  # no such profile
        ["--db", url, "db", "check"],
        ["--db", url, "db", "backup", "--out", str(folder / "kopi.sqlite")],
        ["--db", url, "stats", "rebuild", *lead],
        ["--db", url, "key", "status"],
        ["--db", url, "policy", "show"],
        ["--db", url, "purge", "--dry-run", *lead],
        ["--db", url, "appointments", "today", *lead],
        ["--db", str(folder / "mangler.sqlite"), "sites", "list"],  # a missing database
    ]


def _run_all(url: str, folder: Path, language: str, capsys, typed_passwords) -> str:  # type: ignore[no-untyped-def]
    printed = []
    for argv in _commands(url, folder):
        typed_passwords.extend([LEAD_PASSWORD] * 3)
        code = main(["--lang", language, *argv])
        typed_passwords.clear()
        out = capsys.readouterr()
        printed.append(f"$ {' '.join(argv[2:])} -> {code}\n{out.out}{out.err}")
    return "\n".join(printed)


def test_command_output_in_english_has_no_danish(url, tmp_path, capsys, typed_passwords) -> None:  # type: ignore[no-untyped-def]
    text = _run_all(url, tmp_path, "en", capsys, typed_passwords)
    assert "Error:" in text and "Site no." in text  # errors and results were printed
    danish = [
        line
        for line in text.splitlines()
        if not line.startswith("$") and DANISH.search(OWN_NAMES.sub("", line))
    ]
    assert danish == [], "\n".join(danish)


def test_command_output_in_danish_stays_danish(url, tmp_path, capsys, typed_passwords) -> None:  # type: ignore[no-untyped-def]
    text = _run_all(url, tmp_path, "da", capsys, typed_passwords)
    assert "Fejl:" in text and "Sted nr." in text
    english = {e for d, e in english_rows().items() if e != d and len(e) > 20}
    shown = [line for line in text.splitlines() if any(e[:20] in line for e in english)]
    assert shown == [], "\n".join(shown)
