"""``medbetjening assessment check [FIL]``: validate the competence-assessment file.

``medbetjening flows check`` validates it too (with the flows); this command is for
the content editor who changes only the assessment.
"""

from __future__ import annotations

from pathlib import Path

from medbetjening.cli_language import say
from medbetjening.content.assessment import bundled_instrument_path, check_assessment_file


def register(subparsers) -> None:  # type: ignore[no-untyped-def]
    parser = subparsers.add_parser("assessment", help="kompetenceafklaringen: tjek filen")
    commands = parser.add_subparsers(dest="assessment_command", metavar="HANDLING", required=True)
    check = commands.add_parser(
        "check", help="tjek filen (fil:linje: felt: fejl); exit 0 når den er gyldig"
    )
    check.add_argument(
        "file",
        type=Path,
        nargs="?",
        metavar="FIL",
        help="standard: kommunens fil fra indstillingerne, ellers den medfølgende",
    )
    check.set_defaults(handler=_check)


def _check(args) -> int:  # type: ignore[no-untyped-def]
    path = args.file
    if path is None:
        path = args.config.assessment_file or bundled_instrument_path()
    problems = check_assessment_file(path)
    for problem in problems:
        say(str(problem))  # a content file's own wording (file:line: field: …)
    if problems:
        say(f"{len(problems)} fejl i {path}.")
        return 1
    say(f"OK: {path}")
    return 0
