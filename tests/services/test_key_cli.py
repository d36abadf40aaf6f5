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


@pytest.fixture
def url(sqlite_url: str) -> str:
    db = open_database(sqlite_url)
    services = Services(db)
    site = services.setup.create_site("Rådhuset")
    services.setup.create_staff("Leder", site.id, Role.LEAD)
    services.setup.create_staff("Kenni", site.id, Role.STAFF)
    db.dispose()
    return sqlite_url


def test_status_export_and_import(url: str, tmp_path: Path, isolated_home: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", url, "key", "status"]) == 0
    out = capsys.readouterr().out
    assert "CPR-opslag er slået til" in out and "Fingeraftryk" in out
    exported = tmp_path / "kommune.key"
    assert main(["--db", url, "key", "export", str(exported)]) == 0
    assert "ADVARSEL" in capsys.readouterr().out
    if sys.platform != "win32":
        assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    assert main(["--db", url, "key", "import", str(exported)]) == 0
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
