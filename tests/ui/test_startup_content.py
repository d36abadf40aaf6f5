"""--exit-after-startup says which content files were left out and why; a FIFO in the
municipality's folder neither hangs the start nor the background content check."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from medbetjening.domain.vocabulary import Role


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_exit_after_startup_prints_the_skipped_content_files(tmp_path, isolated_home) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.services.container import Services
    from medbetjening.services.database import open_database

    url = f"sqlite:///{tmp_path / 'start.sqlite'}"
    db = open_database(url)
    services = Services(db)
    site = services.setup.create_site("Rådhuset")
    services.setup.create_staff("Kenni Hansen", site.id, Role.LEAD)
    db.dispose()
    extra = tmp_path / "kommunen"
    extra.mkdir()
    (extra / "gammel.yaml").write_text("id: gammel\nprerequisites: []\n", encoding="utf-8")
    os.mkfifo(extra / "pipe.yaml")
    (isolated_home / "settings.ini").write_text(
        f"[security]\nshared_pc = false\n[content]\nextra_flows_dir = {extra}\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "medbetjening", "--db", url, "--exit-after-startup"],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert f"udeladt indholdsfil: {extra / 'gammel.yaml'}:2: prerequisites: " in "\n".join(lines)
    assert (
        f"udeladt indholdsfil: {extra / 'pipe.yaml'}:0: (fil): er ikke en almindelig fil "
        "(fx en pipe eller en enhed)"
    ) in lines
