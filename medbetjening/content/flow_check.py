"""``flows check``: every problem in flow files or folders, and the reviews that are due.

Problems (a missing or root-only source, LIX over 35, a dangling reference, …) make the
check fail; a step verified more than a year ago is a warning: the file is valid, but
someone should compare the step with its page again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from medbetjening.content.flows import (
    LoadedFlow,
    builtin_flows_dir,
    flow_files,
    load_flow_file,
    load_flow_library,
)
from medbetjening.content.problems import ContentError, ContentProblem, unexpected_problem
from medbetjening.content.yaml_source import load_yaml_with_lines
from medbetjening.domain.flow_review import REVIEW_MONTHS, is_stale


def stale_step_warnings(loaded: LoadedFlow, today: dt.date) -> list[ContentProblem]:
    """A warning for each step verified more than REVIEW_MONTHS months before ``today``."""
    warnings = []
    for index, step in enumerate(loaded.flow.steps):
        if step.verified is not None and is_stale(step.verified, today):
            warnings.append(
                ContentProblem(
                    loaded.path,
                    loaded.step_lines[index] if index < len(loaded.step_lines) else None,
                    f"steps.{index}.verified",
                    f"trinnet '{step.id}' blev sidst tjekket {step.verified.isoformat()} "
                    f"(over {REVIEW_MONTHS} måneder siden); tjek det mod {step.source} igen",
                    warning=True,
                )
            )
    return warnings


def _shipped_ids(shipped_dir: Path | None) -> set[str]:
    """The ids of the shipped flows, read only for their ``id`` (their own problems are
    not the municipality's to fix)."""
    if shipped_dir is None or not shipped_dir.is_dir():
        return set()
    ids = set()
    for path in flow_files(shipped_dir):
        try:
            data, _lines = load_yaml_with_lines(path)
        except ContentError:
            continue
        if isinstance(data, dict) and isinstance(data.get("id"), str):
            ids.add(data["id"])
    return ids


def check_flow_paths(
    paths: Iterable[Path],
    shipped_dir: Path | None = None,
    today: dt.date | None = None,
) -> list[ContentProblem]:
    """Every problem in the given flow files or folders (for ``flows check``).

    Folders are loaded together (a later one overrides by id, as in the program), and
    their references may point to the shipped library (``shipped_dir``, by default the
    program's own folder).
    """
    today = today or dt.date.today()
    shipped = _shipped_ids(shipped_dir if shipped_dir is not None else builtin_flows_dir())
    problems: list[ContentProblem] = []
    files: list[Path] = []
    folders: list[Path] = []
    for path in paths:
        (folders if path.is_dir() else files).append(path)
    if folders:
        library = load_flow_library(folders, known_ids=shipped)
        problems.extend(library.problems)
        problems.extend(library.advisories)
        for loaded in library.loaded:
            problems.extend(stale_step_warnings(loaded, today))
    for path in files:
        try:
            loaded = load_flow_file(path)
        except ContentError as error:
            problems.extend(error.problems)
            continue
        except Exception as error:  # report it and go on with the next file
            problems.append(unexpected_problem(path, error))
            continue
        problems.extend(loaded.advisories)
        problems.extend(stale_step_warnings(loaded, today))
    return problems
