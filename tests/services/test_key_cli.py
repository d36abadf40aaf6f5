"""``medbetjening key status|export|import`` in a fresh data folder."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from medbetjening.cli import main
from medbetjening.domain.vocabulary import Role
from medbetjening.services.container import Services
from medbetjening.services.database import open_database
from tests.seed import LEAD_PASSWORD, add_site, add_staff


@pytest.fixture
def url(sqlite_url: str) -> str:
    db = open_database(sqlite_url)
    services = Services(db)
    site = add_site(services, "Rådhuset")
    add_staff(services, "Leder", site.id, Role.LEAD)
    add_staff(services, "Kenni", site.id, Role.STAFF)
    db.dispose()
    return sqlite_url


def test_status_export_and_import(
    url: str, tmp_path: Path, isolated_home: Path, capsys, typed_passwords
) -> None:  # type: ignore[no-untyped-def]
    typed_passwords.extend([LEAD_PASSWORD, LEAD_PASSWORD])
    assert main(["--db", url, "key", "status"]) == 0
    out = capsys.readouterr().out
    assert "CPR-opslag er slået til" in out and "Fingeraftryk" in out
    exported = tmp_path / "kommune.key"
    assert main(["--db", url, "key", "export", str(exported), "--staff", "1"]) == 0
    assert "ADVARSEL" in capsys.readouterr().out
    if sys.platform != "win32":
        assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    assert main(["--db", url, "key", "import", str(exported), "--staff", "1"]) == 0
    assert "samme" in capsys.readouterr().out
    assert main(["--db", url, "key", "export", str(tmp_path / "x.key"), "--staff", "2"]) == 1
    assert "må ikke administrere pseudonymiseringsnøglen" in capsys.readouterr().err


def test_missing_configured_key_file_reports_disabled(
    url: str, isolated_home: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    (isolated_home / "settings.ini").write_text(
        f"[security]\nkey_file = {isolated_home / 'nope.key'}\n", encoding="utf-8"
    )
    assert main(["--db", url, "key", "status"]) == 1
    assert "slået fra" in capsys.readouterr().out


def test_export_asks_the_leads_password_and_refuses_without_it(
    url: str, tmp_path: Path, isolated_home: Path, capsys, typed_passwords
) -> None:  # type: ignore[no-untyped-def]
    """No fallback to "the only lead", the password always asked, no EOFError."""
    out = tmp_path / "k.key"
    typed_passwords.append("forkert gæt")
    assert main(["--db", url, "key", "export", str(out), "--staff", "1"]) == 1
    assert "Forkert adgangskode" in capsys.readouterr().err and not out.exists()
    # no terminal to ask in: a clear Danish message, nothing written
    assert main(["--db", url, "key", "export", str(out), "--staff", "1"]) == 1
    err = capsys.readouterr().err
    assert "ingen terminal" in err and "EOFError" not in err and not out.exists()
    # no --staff and no profile with this PC user name: no "only lead" fallback
    assert main(["--db", url, "key", "export", str(out)]) == 1
    err = capsys.readouterr().err
    assert "--staff NR" in err and "medbetjening staff list" in err and not out.exists()
