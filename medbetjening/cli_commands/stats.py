"""``medbetjening stats rebuild|refresh``: the pre-aggregated statistics tables."""

from __future__ import annotations

from medbetjening.cli_commands._actor import add_staff_argument, sign_in
from medbetjening.cli_commands._common import TerminalProgress, open_db
from medbetjening.cli_language import say


def register(subparsers) -> None:  # type: ignore[no-untyped-def]
    parser = subparsers.add_parser("stats", help="statistiktabellerne")
    commands = parser.add_subparsers(dest="stats_command", metavar="HANDLING", required=True)
    rebuild = commands.add_parser("rebuild", help="optæl al statistik igen fra besøgene")
    add_staff_argument(rebuild)
    rebuild.set_defaults(handler=_rebuild)
    refresh = commands.add_parser("refresh", help="tæl de seneste ændringer med")
    refresh.set_defaults(handler=_refresh)


def _rebuild(args) -> int:  # type: ignore[no-untyped-def]
    from medbetjening.services.container import Services

    db = open_db(args)
    try:
        services = Services(db, args.config)
        actor = sign_in(services, args.staff)
        bar = TerminalProgress(1, "Optæller måneder")

        def progress(done: int, total: int) -> None:
            bar.total = max(total, 1)
            bar.update(done)

        report = services.statistics.rebuild(actor, progress)
        bar.finish()
    finally:
        db.dispose()
    say(f"Statistikken er optalt igen: {report.days} dage × steder.")
    if report.kept:
        say(f"{report.kept} dage × steder med slettede besøg er bevaret som de var.")
    return 0


def _refresh(args) -> int:  # type: ignore[no-untyped-def]
    from medbetjening.services.container import Services

    db = open_db(args)
    try:
        report = Services(db, args.config).statistics.refresh()
    finally:
        db.dispose()
    if report is None:
        say("En anden pc opdaterer statistikken lige nu; prøv igen om lidt.")
        return 1
    say(f"Statistikken er opdateret: {report.days} dage × steder talt igen.")
    return 0
