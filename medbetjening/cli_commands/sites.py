"""``medbetjening sites list|add NAVN --kind KIND|rename NR NAVN|close NR`` (team lead)."""

from __future__ import annotations

from medbetjening.cli_commands._actor import add_staff_argument, run_signed_in
from medbetjening.cli_language import say, word
from medbetjening.domain.vocabulary import SiteKind

# the kind's word in the list (the stored code is English)
KIND_WORDS = {
    "town_hall": "borgerservice",
    "library": "bibliotek",
    "job_centre": "jobcenter",
    "outreach": "udkørende",
    "other": "andet",
}
KIND_HELP = "borgerservice=town_hall, bibliotek=library, jobcenter=job_centre, udkørende=outreach"


def register(subparsers) -> None:  # type: ignore[no-untyped-def]
    parser = subparsers.add_parser("sites", help="kommunens steder: vis, tilføj, omdøb, luk")
    commands = parser.add_subparsers(dest="sites_command", metavar="HANDLING", required=True)
    listing = commands.add_parser("list", help="vis stederne med deres numre")
    add_staff_argument(listing)
    listing.set_defaults(handler=_list)
    add = commands.add_parser("add", help="tilføj et sted (teamleder)")
    add.add_argument("name", metavar="NAVN")
    add.add_argument(
        "--kind", choices=[k.value for k in SiteKind], default="town_hall", help=KIND_HELP
    )
    add_staff_argument(add)
    add.set_defaults(handler=_add)
    rename = commands.add_parser("rename", help="giv et sted nyt navn (og evt. ny slags)")
    rename.add_argument("site", type=int, metavar="NR")
    rename.add_argument("name", metavar="NAVN")
    rename.add_argument("--kind", choices=[k.value for k in SiteKind], help=KIND_HELP)
    add_staff_argument(rename)
    rename.set_defaults(handler=_rename)
    close = commands.add_parser("close", help="luk et sted uden aktive medarbejdere")
    close.add_argument("site", type=int, metavar="NR")
    add_staff_argument(close)
    close.set_defaults(handler=_close)


def _list(args) -> int:  # type: ignore[no-untyped-def]
    def show(services, actor) -> None:  # type: ignore[no-untyped-def]
        sites = services.sites.accounts(actor)
        say(f"{word('Nr.'):>4}  {word('Slags'):<15} {word('Medarb.'):>7}  {word('Navn')}")
        for site in sites:
            closed = word(f"  (lukket {site.closed_at:%d.%m.%Y})") if site.closed else ""
            kind = word(KIND_WORDS.get(site.kind, site.kind))
            say(f"{site.id:>4}  {kind:<15} {site.active_staff:>7}  {site.name}{closed}")

    return run_signed_in(args, show)


def _add(args) -> int:  # type: ignore[no-untyped-def]
    def add(services, actor) -> None:  # type: ignore[no-untyped-def]
        site = services.sites.add(actor, args.name, args.kind)
        say(f"Sted nr. {site.id} '{site.name}' ({site.kind}) er oprettet.")

    return run_signed_in(args, add)


def _rename(args) -> int:  # type: ignore[no-untyped-def]
    def rename(services, actor) -> None:  # type: ignore[no-untyped-def]
        site = services.sites.rename(actor, args.site, args.name, args.kind)
        say(f"Sted nr. {site.id} hedder nu '{site.name}' ({site.kind}).")

    return run_signed_in(args, rename)


def _close(args) -> int:  # type: ignore[no-untyped-def]
    def close(services, actor) -> None:  # type: ignore[no-untyped-def]
        site = services.sites.close(actor, args.site)
        say(f"Sted nr. {site.id} '{site.name}' er lukket. Dets besøg bevares i statistikken.")

    return run_signed_in(args, close)
