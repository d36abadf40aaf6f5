"""``medbetjening flows list|check [PATH…]``: the flow library on the command line.

``check`` validates content files and prints one line per problem as
``file:line: field: message`` (exit 0 when all are valid, else 1). A file is sent to
the checker of its kind (``_kind_of``); flows are checked here, assessment files by
the assessment loader.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import yaml

from medbetjening.cli_language import say
from medbetjening.content.flow_check import check_flow_paths
from medbetjening.content.flows import flow_files, flow_folders, load_flow_library
from medbetjening.content.problems import ContentError, ContentProblem
from medbetjening.content.yaml_source import read_content_text
from medbetjening.locations import resources_dir

Checker = Callable[[Path], list[ContentProblem]]


def register(subparsers) -> None:  # type: ignore[no-untyped-def]
    parser = subparsers.add_parser("flows", help="forløbsbiblioteket: vis og tjek forløb")
    commands = parser.add_subparsers(dest="flows_command", metavar="HANDLING", required=True)
    listing = commands.add_parser("list", help="vis de forløb, programmet kan bruge")
    listing.set_defaults(handler=_list)
    check = commands.add_parser(
        "check",
        help="tjek forløbs- og kompetencefiler (exit 0 når alt er gyldigt)",
        description="Uden STI tjekkes programmets egne forløb og kommunens mappe.",
    )
    check.add_argument("paths", nargs="*", type=Path, metavar="STI", help="fil eller mappe")
    check.set_defaults(handler=_check)


def _extra_dir(args) -> Path | None:  # type: ignore[no-untyped-def]
    return args.config.extra_flows_dir  # read from the settings by cli.py


def _list(args) -> int:  # type: ignore[no-untyped-def]
    library = load_flow_library(flow_folders(_extra_dir(args)))
    for flow in library.ordered():
        own = " (kommunens)" if flow.id in library.overridden else ""
        say(
            f"{flow.id:24} {len(flow.steps):2} trin  {flow.contact_type.value:12} "
            f"{flow.title.da}{own}"
        )
    for problem in library.problems:
        say(f"udeladt: {problem}", file=sys.stderr)
    return 0


# -- check: one checker per kind of content file ------------------------------------


def _check_flows(path: Path) -> list[ContentProblem]:
    return check_flow_paths([path])


def _check_assessment(path: Path) -> list[ContentProblem]:
    from medbetjening.content.assessment import check_assessment_file

    return list(check_assessment_file(path))


CHECKERS: dict[str, Checker] = {"flow": _check_flows, "assessment": _check_assessment}


def _kind_of(path: Path) -> str:
    """'assessment' for files in an assessment folder or with assessment keys; else 'flow'."""
    if "assessment" in (part.lower() for part in path.parts[-2:]):
        return "assessment"
    if path.is_file():
        try:  # the same guarded read as the loaders: size first, never a pipe
            data = yaml.safe_load(read_content_text(path))
        except (ContentError, yaml.YAMLError, ValueError, RecursionError):
            return "flow"  # the flow checker reports the problem with its line
        if isinstance(data, dict) and "steps" not in data and "items" in data:
            return "assessment"
    return "flow"


def _default_paths(args) -> list[Path]:  # type: ignore[no-untyped-def]
    paths = list(flow_folders(_extra_dir(args)))
    assessment = resources_dir() / "assessment"
    if assessment.is_dir():
        paths.extend(sorted(assessment.glob("*.yaml")))
    return paths


def check_paths(paths: list[Path]) -> list[ContentProblem]:
    """Every problem in ``paths``; folders of flows are checked together (duplicate ids)."""
    problems: list[ContentProblem] = []
    flow_dirs = [p for p in paths if p.is_dir() and _kind_of(p) == "flow"]
    if flow_dirs:
        problems.extend(check_flow_paths(flow_dirs))
    for path in paths:
        if path in flow_dirs:
            continue
        if path.is_dir():  # an assessment folder
            for file in flow_files(path):
                problems.extend(CHECKERS["assessment"](file))
            continue
        problems.extend(CHECKERS[_kind_of(path)](path))
    return problems


def _check(args) -> int:  # type: ignore[no-untyped-def]
    paths = args.paths or _default_paths(args)
    problems = check_paths(paths)
    for problem in problems:
        say(str(problem))  # a content file's own wording (file:line: field: …)
    errors = [problem for problem in problems if not problem.warning]
    if not errors:
        say(f"OK: {len(paths)} sti(er) tjekket, ingen fejl.", file=sys.stderr)
    return 1 if errors else 0
