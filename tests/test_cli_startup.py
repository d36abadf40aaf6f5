"""Opening the window does not import the sub-command modules (start-up time)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from medbetjening.cli import build_parser, wants_command

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], False),
        (["--db", "sqlite:///x.sqlite", "--exit-after-startup"], False),
        (["--db=sqlite:///x.sqlite", "--lang", "en"], False),
        (["--version"], False),
        (["db", "check"], True),
        (["--db", "sqlite:///x.sqlite", "demo-data", "--visits", "5"], True),
        (["--help"], True),
    ],
)
def test_wants_command(argv: list[str], expected: bool) -> None:
    assert wants_command(argv) is expected


def test_a_plain_start_parses_without_importing_the_commands() -> None:
    probe = (
        "import sys\n"
        "from medbetjening.cli import build_parser, wants_command\n"
        "argv = ['--db', 'sqlite:///x.sqlite', '--exit-after-startup']\n"
        "args = build_parser(wants_command(argv)).parse_args(argv)\n"
        "assert args.command is None and args.exit_after_startup\n"
        "print(sorted(m for m in sys.modules if m.startswith(('medbetjening.cli_commands.', 'sqlalchemy'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_commands_are_still_registered_when_named() -> None:
    args = build_parser().parse_args(["demo-data", "--visits", "3"])
    assert args.command == "demo-data" and args.visits == 3
