"""Load and validate the assessment instrument (``resources/assessment/instrument.yaml``).

Validation has three stages, each naming file, line and field:
1. shape (pydantic): missing texts, wrong types, unknown fields;
2. references: unknown scale, area, item, choice code or barrier, a score test on a
   choice item, a minimum the scale cannot reach;
3. reachability: a level or a route that can never be the result.

``load_active_instrument`` is what the program uses: a broken file does not stop
the counter. The last valid instrument is kept in the data folder and used
instead (then the bundled one), and the problems are reported.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from medbetjening.content.assessment_build import build_instrument
from medbetjening.content.assessment_checks import Checker
from medbetjening.content.assessment_schema import InstrumentModel
from medbetjening.content.problems import ContentError, ContentProblem, unexpected_problem
from medbetjening.content.yaml_source import load_yaml_with_lines, problems_from_validation
from medbetjening.domain import assessment as d
from medbetjening.domain.assessment_reachability import unreachable_levels, unreachable_routes
from medbetjening.locations import data_dir, resources_dir

LAST_VALID_NAME = "assessment-last-valid.yaml"


def _level_index(model: InstrumentModel, level: int) -> int:
    return next(i for i, rule in enumerate(model.levels) if rule.level == level)


def load_instrument(path: Path) -> d.Instrument:
    """Parse and validate ``path``; raises ContentError listing every problem."""
    data, lines = load_yaml_with_lines(path)
    try:
        model = InstrumentModel.model_validate(data)
    except ValidationError as error:
        raise ContentError(problems_from_validation(path, lines, error)) from error
    checker = Checker(path, lines, model)
    problems = checker.run()
    if problems:
        raise ContentError(problems)
    instrument = build_instrument(model)
    for dead in unreachable_levels(instrument):
        checker.add(
            ("levels", _level_index(model, int(dead.id))), f"niveau {dead.id}: {dead.reason}"
        )
    for dead in unreachable_routes(instrument):
        checker.add(("routes", dead.index), f"'{dead.id}': {dead.reason}")
    if checker.problems:
        raise ContentError(checker.problems)
    return instrument


def check_assessment_file(path: Path) -> list[ContentProblem]:
    """Every problem in the file (empty when it is valid): for ``flows check``."""
    try:
        load_instrument(path)
    except ContentError as error:
        return error.problems
    except Exception as error:  # report it like any other problem of the file
        return [unexpected_problem(path, error)]
    return []


def bundled_instrument_path() -> Path:
    return resources_dir() / "assessment" / "instrument.yaml"


@dataclass(frozen=True)
class LoadedInstrument:
    """The instrument in use, where it came from, and what was wrong on the way."""

    instrument: d.Instrument
    path: Path
    fallback: bool  # True: the wanted file was broken, an earlier valid one is in use
    problems: tuple[ContentProblem, ...] = ()


def load_active_instrument(
    path: Path | None = None, store_dir: Path | None = None
) -> LoadedInstrument:
    """The instrument to use now; never fails because one file is broken.

    ``path`` is the municipality's file (default: the bundled one). On success a copy
    is kept in ``store_dir`` (default: the data folder); when the file is broken that
    copy is used, then the bundled file. Raises ContentError only if none is valid.
    """
    bundled = bundled_instrument_path()
    wanted = path or bundled
    store = (store_dir or data_dir()) / LAST_VALID_NAME
    try:
        instrument = load_instrument(wanted)
    except ContentError as error:
        problems = tuple(error.problems)
    except Exception as error:  # an unforeseen failure still falls back to a valid copy
        problems = (unexpected_problem(wanted, error),)
    else:
        _keep_copy(wanted, store)
        return LoadedInstrument(instrument, wanted, fallback=False)
    for candidate in (store, bundled):
        if candidate == wanted or not candidate.exists():
            continue
        try:
            instrument = load_instrument(candidate)
        except ContentError as error:
            problems += tuple(error.problems)
            continue
        except Exception as error:
            problems += (unexpected_problem(candidate, error),)
            continue
        return LoadedInstrument(instrument, candidate, fallback=True, problems=problems)
    raise ContentError(list(problems))


def _keep_copy(source: Path, store: Path) -> None:
    try:
        if store.exists() and store.read_bytes() == source.read_bytes():
            return
        store.parent.mkdir(parents=True, exist_ok=True)
        tmp = store.with_suffix(".tmp")
        shutil.copyfile(source, tmp)
        tmp.replace(store)
    except OSError:
        return  # a read-only data folder must not stop the assessment
