"""A real screen-reader walk: the app runs under Xvfb with Qt's AT-SPI bridge on a
private D-Bus session, and a separate process (the system Python's pyatspi) walks the
accessibility tree through sign-in, today's list, a visit's four tabs, the close form
and the handout dialog. Every button, edit, combo, check box, list, table and tab
showing must have a name.

Needs xvfb-run, dbus-run-session, at-spi2-core and python3-pyatspi (``.ci/run``
installs them); in CI (CI=true) a missing piece fails the test instead of skipping it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from medbetjening.services.container import Services
from medbetjening.services.database import open_database
from tests.seed import add_site, add_staff

HERE = Path(__file__).resolve().parent / "atspi"
ROOT = HERE.parent.parent.parent
SYSTEM_PYTHON = "/usr/bin/python3"


def _missing() -> list[str]:
    missing = [tool for tool in ("xvfb-run", "dbus-run-session") if shutil.which(tool) is None]
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("at-spi2-core")
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    )
    if probe.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


@pytest.fixture
def walked(sqlite_migrated_url: str, tmp_path: Path) -> dict[str, dict]:
    missing = _missing()
    if missing:
        message = f"the AT-SPI walk needs {', '.join(missing)} (apt-get install)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from medbetjening.domain.vocabulary import Role

    db = open_database(sqlite_migrated_url)
    services = Services(db)
    site = add_site(services, "Borgerservice Rådhuset")
    staff = add_staff(services, "Kenni Hansen", site.id, Role.STAFF)
    add_staff(services, "Lene Leder", site.id, Role.LEAD)
    from medbetjening.services.context import ActorContext

    actor = ActorContext(staff.id, site.id, Role.STAFF, staff.name)
    visit_id = services.visits.start_visit(actor)
    services.flows.start_run(actor, visit_id, "flytning")  # the flow tab shows a step
    db.dispose()

    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {
        **os.environ,
        "HOME": str(home),  # the app's settings and data folder: this test's own
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1",
        "NO_AT_BRIDGE": "0",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # a private session bus, not the caller's
    command = [
        "dbus-run-session",
        "--",
        "xvfb-run",
        "-a",
        "-s",
        "-screen 0 1366x768x24",
        sys.executable,
        str(HERE / "drive_app.py"),
        sqlite_migrated_url,
        str(visit_id),
    ]
    done = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=90, check=False
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, f"the app printed no report (exit {done.returncode}):\n{done.stderr[-3000:]}"
    return json.loads(lines[-1])


def test_every_control_on_the_clerks_path_has_a_name(walked) -> None:  # type: ignore[no-untyped-def]
    stages = list(walked)
    assert stages[:2] == ["sign-in", "today's list"]
    assert stages[-3:] == ["close form", "handout dialog", "probe"]
    assert len(stages) == 8  # sign-in, today, four tabs (the last: close form), handout
    # the walk finds what it looks for: a bare edit and an empty button, shown last
    assert len(walked.pop("probe")["unnamed"]) == 2
    problems = []
    for stage, found in walked.items():
        assert "error" not in found, f"{stage}: {found['error']}"
        problems += [f"{stage}: {what}" for what in found["unnamed"]]
    assert problems == [], "\n".join(problems)
    # the walk reached the controls (not an empty tree that would pass anything)
    assert walked["sign-in"]["seen"].get("push button", 0) >= 1
    assert walked["today's list"]["seen"].get("table", 0) >= 1
    assert walked["close form"]["seen"].get("push button", 0) >= 1
    assert any(found["seen"].get("page tab", 0) >= 4 for found in walked.values())
    assert walked["handout dialog"]["seen"].get("push button", 0) >= 2
