"""Load the flow library: one YAML file a flow, validated, with file:line problems.

The shipped flows live in ``resources/flows/``; a municipality can add flows, or
replace a shipped one by using its id, from a folder of its own (setting
``content/extra_flows_dir``). A broken file is left out and reported; the rest load.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from medbetjening.content.flow_models import (
    LEGACY_PREREQUISITES,
    FlowModel,
    validation_problems,
)
from medbetjening.content.problems import ContentError, ContentProblem, unexpected_problem
from medbetjening.content.yaml_source import LineMap, load_yaml_with_lines
from medbetjening.domain.flows import MAX_CITIZEN_LIX, Flow
from medbetjening.domain.notes import find_cpr_like

# -- loading ------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadedFlow:
    flow: Flow
    path: Path
    line_of_id: int
    advisories: tuple[ContentProblem, ...] = ()  # loads, but `flows check` fails (LIX)
    alternative_lines: tuple[int | None, ...] = ()
    step_lines: tuple[int | None, ...] = ()


def load_flow_file(path: Path) -> LoadedFlow:
    """One flow file; raises ContentError naming every problem (file:line: field: message)."""
    data, lines = load_yaml_with_lines(path)
    if not isinstance(data, dict):
        raise ContentError(
            [ContentProblem(path, 1, "(rod)", "filen skal være en tabel med id, title, steps …")]
        )
    problems = _cpr_problems(path, lines, data)
    if "prerequisites" in data:  # the old format: say how to convert, not just "unknown field"
        data = {key: value for key, value in data.items() if key != "prerequisites"}
        problems.append(
            ContentProblem(
                path, lines.line_of(("prerequisites",)), "prerequisites", LEGACY_PREREQUISITES
            )
        )
    try:
        model = FlowModel.model_validate(data)
    except ValidationError as error:
        raise ContentError(problems + validation_problems(path, lines, error)) from error
    seen: dict[str, int] = {}
    for index, step in enumerate(model.steps):
        if step.id in seen:
            problems.append(
                ContentProblem(
                    path,
                    lines.line_of(("steps", index, "id")),
                    f"steps.{index}.id",
                    f"trin-id '{step.id}' er brugt to gange (også trin {seen[step.id]})",
                )
            )
        seen.setdefault(step.id, index)
    if problems:
        raise ContentError(problems)
    flow = model.to_domain(str(path))
    advisories: list[ContentProblem] = []
    score = flow.citizen_lix()
    if score > MAX_CITIZEN_LIX:
        sentence, worst = flow.hardest_sentence()
        advisories.append(
            ContentProblem(
                path,
                lines.line_of(("steps",)),
                "(borgertekst)",
                f"borgerteksten er for svær: LIX {score:.0f} (højst {MAX_CITIZEN_LIX:.0f}; "
                "titel, trin, home, bring og alternativer læst som én tekst); "
                f'sværeste sætning (LIX {worst:.0f}): "{sentence}"',
            )
        )
    return LoadedFlow(
        flow,
        path,
        lines.line_of(("id",)) or 1,
        tuple(advisories),
        tuple(lines.line_of(("alternatives", i, "flow")) for i in range(len(flow.alternatives))),
        tuple(lines.line_of(("steps", i, "verified")) for i in range(len(flow.steps))),
    )


def _strings(value: Any, location: tuple[str | int, ...]) -> Iterator[tuple[tuple, str]]:
    if isinstance(value, str):
        yield location, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key, location)
            yield from _strings(item, (*location, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*location, index))


def _cpr_problems(path: Path, lines: LineMap, data: dict) -> list[ContentProblem]:
    """A CPR-like number anywhere in the file (a real person's number pasted as an example)."""
    problems = []
    for location, text in _strings(data, ()):
        for found in find_cpr_like(text):
            problems.append(
                ContentProblem(
                    path,
                    lines.line_of(location),
                    ".".join(str(part) for part in location) or "(rod)",
                    f"teksten indeholder et tal der ligner et CPR-nummer ({found[:6]}…); fjern det",
                )
            )
    return problems


@dataclass
class FlowLibrary:
    """The flows that loaded, by id, and every problem found on the way."""

    flows: dict[str, Flow] = field(default_factory=dict)
    problems: list[ContentProblem] = field(default_factory=list)
    advisories: list[ContentProblem] = field(default_factory=list)
    overridden: dict[str, Path] = field(default_factory=dict)  # id → the shipped file replaced
    loaded: list[LoadedFlow] = field(default_factory=list)  # every file that loaded, in order

    @property
    def broken_files(self) -> list[Path]:
        return sorted({problem.file for problem in self.problems})

    def ordered(self) -> list[Flow]:
        return sorted(self.flows.values(), key=lambda flow: flow.title.da.casefold())


def flow_files(folder: Path) -> list[Path]:
    return sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])


def load_flow_library(folders: Sequence[Path], known_ids: Iterable[str] = ()) -> FlowLibrary:
    """Load every flow file of ``folders`` in order; a later folder overrides by id.

    ``known_ids``: flows that exist elsewhere (the shipped library, when a municipality's
    folder is checked alone), so an alternative pointing to one of them is not dangling.
    """
    library = FlowLibrary()
    origin: dict[str, Path] = {}
    loaded_by_id: dict[str, LoadedFlow] = {}
    for folder in folders:
        if not folder.is_dir():
            message = (
                "er en fil; her skal stå en mappe med forløb"
                if folder.exists()
                else "mappen med forløb findes ikke"
            )
            library.problems.append(ContentProblem(folder, None, "(mappe)", message))
            continue
        in_this_folder: dict[str, LoadedFlow] = {}
        for path in flow_files(folder):
            try:
                loaded = load_flow_file(path)
            except ContentError as error:
                library.problems.extend(error.problems)
                continue
            except Exception as error:  # one odd file must not hide every other flow
                library.problems.append(unexpected_problem(path, error))
                continue
            flow_id = loaded.flow.id
            if flow_id in in_this_folder:
                first = in_this_folder[flow_id]
                library.problems.append(
                    ContentProblem(
                        path,
                        loaded.line_of_id,
                        "id",
                        f"id '{flow_id}' er allerede brugt i {first.path.name}:{first.line_of_id}",
                    )
                )
                continue
            in_this_folder[flow_id] = loaded
            if flow_id in library.flows:
                library.overridden[flow_id] = origin[flow_id]
            library.flows[flow_id] = loaded.flow
            library.loaded.append(loaded)
            loaded_by_id[flow_id] = loaded
            origin[flow_id] = path
            library.advisories.extend(loaded.advisories)
    # A dangling reference does not break the flow: it loads, and `flows check` says so.
    library.advisories.extend(_cross_references(library, loaded_by_id, known_ids))
    return library


def _cross_references(
    library: FlowLibrary, loaded_by_id: dict[str, LoadedFlow], known_ids: Iterable[str]
) -> list[ContentProblem]:
    """An alternative that names a flow which does not exist (a typo, or a removed flow)."""
    problems = []
    known = set(library.flows) | set(known_ids)
    for flow_id, flow in library.flows.items():
        lines = loaded_by_id[flow_id].alternative_lines
        for index, alternative in enumerate(flow.alternatives):
            if alternative.flow and alternative.flow not in known:
                problems.append(
                    ContentProblem(
                        Path(flow.origin),
                        lines[index] if index < len(lines) else None,
                        f"alternatives.{index}.flow",
                        f"forløbet '{alternative.flow}' findes ikke",
                    )
                )
    return problems


def builtin_flows_dir() -> Path:
    from medbetjening.locations import resources_dir

    return resources_dir() / "flows"


def flow_folders(extra_dir: str | Path | None) -> list[Path]:
    """The shipped folder and, when set, the municipality's own folder."""
    folders = [builtin_flows_dir()]
    if extra_dir:
        folders.append(Path(extra_dir).expanduser())
    return folders
