"""``medbetjening demo-data --visits N [--seed S]``: fill a database with synthetic visits."""

from __future__ import annotations

from medbetjening.cli_commands._common import TerminalProgress, open_db
from medbetjening.cli_language import say


def register(subparsers) -> None:  # type: ignore[no-untyped-def]
    parser = subparsers.add_parser(
        "demo-data",
        help="fyld databasen med realistiske, opdigtede besøg (til demo og målinger)",
        description=(
            "Lægger opdigtede besøg for de sidste 12 måneder på tre steder (rådhus og to "
            "biblioteker) i en database uden besøg. Samme --seed giver samme data."
        ),
    )
    parser.add_argument(
        "--visits", type=_positive, required=True, metavar="N", help="antal besøg, fx 5000"
    )
    parser.add_argument("--seed", type=int, default=1, metavar="S", help="startværdi (standard 1)")
    parser.set_defaults(handler=_run)


def _positive(value: str) -> int:
    import argparse

    try:
        number = int(value.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' er ikke et helt tal") from None
    if number < 1:
        raise argparse.ArgumentTypeError("antallet skal være mindst 1")
    return number


def _run(args) -> int:  # type: ignore[no-untyped-def]
    # only when used: keeps start-up lean
    from medbetjening.demo import demo_catalog, demo_data, demo_sites

    # The same content the app shows: the shipped flows plus the municipality's folder,
    # and the municipality's assessment file when one is set.
    flow_catalog = demo_catalog.real_flow_catalog(args.config.extra_flows_dir)
    instrument = demo_catalog.real_instrument(args.config.assessment_file)
    db = open_db(args)
    progress = TerminalProgress(args.visits, "Demodata")
    try:
        summary = demo_data.generate_demo_data(
            db.engine,
            args.visits,
            seed=args.seed,
            flow_catalog=flow_catalog,
            instrument=instrument,
            progress=lambda done, total: progress.update(done),
            after_generate=demo_data.DEFAULT_AFTER_GENERATE,
        )
    finally:
        db.dispose()
    progress.finish()
    counts = summary.counts
    say(
        f"{counts['visit']} besøg, {counts['citizen']} borgere, {counts['flow_run']} forløb "
        f"med {counts['step_record']} trin, {counts['assessment_result']} kompetenceafklaringer, "
        f"{counts['follow_up']} opfølgninger lagt i {db.description} "
        f"på {summary.seconds:.1f} s. Teamledernes adgangskode: {demo_sites.DEMO_LEAD_PASSWORD}"
    )
    return 0
