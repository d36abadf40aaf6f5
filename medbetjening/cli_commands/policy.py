"""``medbetjening policy show|set``: the municipality's rules (team lead, audited)."""

from __future__ import annotations

from medbetjening.cli_commands._actor import add_staff_argument, sign_in
from medbetjening.cli_commands._common import open_db
from medbetjening.cli_language import say, word
from medbetjening.domain.policies import DANISH_NAMES
from medbetjening.services.container import Services


def register(subparsers) -> None:  # type: ignore[no-untyped-def]
    parser = subparsers.add_parser(
        "policy", help="kommunens regler: slettefrister og delte pc'er (gælder alle pc'er)"
    )
    commands = parser.add_subparsers(dest="policy_command", metavar="HANDLING", required=True)
    show = commands.add_parser("show", help="vis reglerne")
    show.set_defaults(handler=_show)
    change = commands.add_parser("set", help="ændr en eller flere regler (teamleder)")
    change.add_argument("--visit-months", type=int, metavar="MÅNEDER")
    change.add_argument("--note-months", type=int, metavar="MÅNEDER")
    change.add_argument("--audit-months", type=int, metavar="MÅNEDER", help="mindst 12")
    change.add_argument("--shared-pc", choices=["ja", "nej"], help="alle profiler skal have kode")
    change.add_argument(
        "--referral-days", type=int, metavar="DAGE", help="frist for at tage en henvisning op"
    )
    add_staff_argument(change)
    change.set_defaults(handler=_set)


def _show(args) -> int:  # type: ignore[no-untyped-def]
    db = open_db(args)
    try:
        policies = Services(db, args.config).policies.current()
    finally:
        db.dispose()
    for key, value in policies.as_text().items():
        say(f"{word(DANISH_NAMES[key])}: {value}")
    return 0


def _set(args) -> int:  # type: ignore[no-untyped-def]
    changes: dict[str, object] = {
        key: getattr(args, key)
        for key in ("visit_months", "note_months", "audit_months", "referral_days")
        if getattr(args, key) is not None
    }
    if args.shared_pc is not None:
        changes["shared_pc"] = args.shared_pc == "ja"
    db = open_db(args)
    try:
        services = Services(db, args.config)
        actor = sign_in(services, args.staff)
        services.policies.change(actor, **changes)
        say("Reglerne er gemt for hele kommunen.")
        return 0
    finally:
        db.dispose()
