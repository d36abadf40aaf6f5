"""Command line: the same services as the window, no widgets.

Without a sub-command the window opens. Sub-commands live in ``cli_commands/``, one
module each with ``register(subparsers)``; they are found automatically.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from medbetjening import __version__, cli_commands
from medbetjening.cli_language import (
    cli_language,
    translate_parser,
    use_argparse_words,
    warn,
)
from medbetjening.locations import default_db_path, default_db_url
from medbetjening.message_catalogue import set_language
from medbetjening.storage.files import plain_sqlite_file

_OPTIONS_WITH_VALUE = {"--db", "--lang"}
# commands that make a database on purpose, and db check (it only reads, and says so)
_MAY_MEET_A_MISSING_FILE = {("db", "upgrade"), ("db", "restore"), ("db", "check")}


def wants_command(argv: Sequence[str]) -> bool:
    """Does the command line name a sub-command (or ask for help)? Plain start: no."""
    index = 0
    while index < len(argv):
        token = argv[index]
        if token in ("-h", "--help") or not token.startswith("-"):
            return True
        index += 2 if token in _OPTIONS_WITH_VALUE else 1
    return False


def build_parser(with_commands: bool = True, language: str = "da") -> argparse.ArgumentParser:
    """The parser in ``language``; without ``with_commands`` the sub-command modules are
    not imported (opening the window must not pay for every command's imports)."""
    use_argparse_words(language)
    parser = argparse.ArgumentParser(
        prog="medbetjening",
        description="Medbetjening – hjælp borgeren til at klare sine digitale ærinder selv.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"medbetjening {__version__}",
        help="vis programmets version og afslut",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="databasens adresse (standard: SQLite i brugerens datamappe, eller MEDBETJENING_DB_URL)",
    )
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="start vinduet, skriv opstartstiden og afslut (til målinger og test)",
    )
    parser.add_argument(
        "--lang", choices=["da", "en"], default=None, help="sprog i vinduet og på kommandolinjen"
    )
    parser.add_argument(
        "--create",
        action="store_true",
        help="opret en ny, tom database, hvis filen ikke findes (ellers stopper programmet)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    if not with_commands:
        translate_parser(parser, language)
        return parser
    import importlib  # only with the sub-commands (a plain start opens the window)
    import pkgutil

    for module_info in sorted(pkgutil.iter_modules(cli_commands.__path__), key=lambda m: m.name):
        if module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{cli_commands.__name__}.{module_info.name}")
        module.register(subparsers)
    translate_parser(parser, language)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    language = cli_language(argv, os.environ)
    set_language(language)  # service errors and command output follow --lang
    parser = build_parser(with_commands=wants_command(argv), language=language)
    args = parser.parse_args(argv)
    args.db = args.db or default_db_url()
    missing = _missing_database(args)
    if missing is not None:
        warn(f"Fejl: {missing}")
        return 1
    if args.command is None:
        from medbetjening.app import run_gui

        return run_gui(args)
    from medbetjening.composition import service_config
    from medbetjening.settings import Settings

    # the composition root reads the settings once; commands hand the values to Services
    args.config = service_config(Settings())
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        warn("Afbrudt.")
        return 130
    except Exception as error:  # noqa: BLE001 - every error reaches the user in words
        from medbetjening.cli_commands._common import report_error

        return report_error(error)


def _missing_database(args: argparse.Namespace) -> str | None:
    """No silent new database: a SQLite file that does not exist is made only in the
    default data folder (the first start), by ``db upgrade``/``db restore`` or with
    ``--create``. A mistyped path, or a share or USB drive that is not mounted, would
    otherwise start the counter on a blank database."""
    path = plain_sqlite_file(args.db)
    if path is None or path.exists() or args.create:
        return None
    if (args.command, getattr(args, "db_command", None)) in _MAY_MEET_A_MISSING_FILE:
        return None
    if path.resolve() == default_db_path().resolve():
        return None
    return (
        f"Databasefilen {path} findes ikke (er drevet eller netværksmappen tilsluttet?). "
        "Intet er oprettet. Ret stien, eller start med --create for at oprette en ny, "
        "tom database dér."
    )


def gui_main() -> int:
    """The windowed entry point (``medbetjening-gui``): the window, no arguments."""
    return main([])


if __name__ == "__main__":
    raise SystemExit(main())
