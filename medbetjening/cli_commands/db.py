"""``medbetjening db upgrade|check|backup|restore``."""

from __future__ import annotations

from pathlib import Path

from medbetjening.cli_language import say
from medbetjening.services import database
from medbetjening.storage.engine import describe


def register(subparsers) -> None:  # type: ignore[no-untyped-def]
    parser = subparsers.add_parser(
        "db", help="databasen: opgradér, tjek, sikkerhedskopiér, genskab"
    )
    db_commands = parser.add_subparsers(dest="db_command", metavar="HANDLING", required=True)

    upgrade = db_commands.add_parser("upgrade", help="opgradér skemaet til nyeste version")
    upgrade.set_defaults(handler=_upgrade)
    check = db_commands.add_parser("check", help="exit 0 når skemaet er nyeste version")
    check.set_defaults(handler=_check)
    backup = db_commands.add_parser("backup", help="tag en sikkerhedskopi (SQLite)")
    backup.add_argument("--out", type=Path, required=True, metavar="FIL")
    backup.set_defaults(handler=_backup)
    restore = db_commands.add_parser("restore", help="genskab fra en sikkerhedskopi (SQLite)")
    restore.add_argument("file", type=Path, metavar="FIL")
    restore.set_defaults(handler=_restore)


def _upgrade(args) -> int:  # type: ignore[no-untyped-def]
    db = database.open_database(args.db)
    report = db.upgrade_report
    db.dispose()
    assert report is not None
    if report.before == report.after:
        say(f"{describe(args.db)} er allerede på nyeste version ({report.after}).")
    else:
        say(f"{describe(args.db)} opgraderet fra {report.before or 'tom'} til {report.after}.")
    if report.backup:
        say(f"Sikkerhedskopi før opgradering: {report.backup}")
    return 0


def _check(args) -> int:  # type: ignore[no-untyped-def]
    state = database.check(args.db)
    if not state.exists:
        say(
            f"{describe(args.db)} findes ikke. Tjek stien, eller kør 'medbetjening db upgrade' "
            "for at oprette databasen."
        )
        return 1
    if state.at_head:
        say(f"OK: skemaversion {state.current} (nyeste).")
        return 0
    if state.empty:
        say(f"Databasen er tom; nyeste version er {state.head}. Kør 'medbetjening db upgrade'.")
    elif not state.known:
        say(f"Skemaversion {state.current} er nyere end programmet kender ({state.head}).")
    else:
        say(f"Skemaversion {state.current}; nyeste er {state.head}. Kør 'medbetjening db upgrade'.")
    return 1


def _backup(args) -> int:  # type: ignore[no-untyped-def]
    out = database.backup(args.db, args.out)
    say(f"Sikkerhedskopi gemt: {out}")
    return 0


def _restore(args) -> int:  # type: ignore[no-untyped-def]
    previous = database.restore(args.db, args.file)
    say(f"Databasen er genskabt fra {args.file}.")
    if previous:
        say(f"Den tidligere database er gemt som {previous}")
    return 0
