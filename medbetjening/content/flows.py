"""Load the flow library: one YAML file a flow, validated, with file:line problems.

The shipped flows live in ``resources/flows/``; a municipality can add flows, or
replace a shipped one by using its id, from a folder of its own (setting
``content/extra_flows_dir``). A broken file is left out and reported; the rest load.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictStr, ValidationError, field_validator

from medbetjening.content.problems import ContentError, ContentProblem, unexpected_problem
from medbetjening.content.yaml_source import LineMap, load_yaml_with_lines, problems_from_validation
from medbetjening.domain.flows import (
    MAX_CITIZEN_LIX,
    Alternative,
    Flow,
    FlowObstacle,
    FlowStep,
    LocalText,
    StepKind,
)
from medbetjening.domain.vocabulary import ContactType, Obstacle

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
NonEmpty = Annotated[StrictStr, Field(min_length=1)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TextModel(_Model):
    da: NonEmpty
    en: NonEmpty

    @field_validator("da", "en")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("teksten er tom")
        return value.strip()

    def to_domain(self) -> LocalText:
        return LocalText(da=self.da, en=self.en)


class ObstacleModel(_Model):
    problem: TextModel
    remedy: TextModel
    kind: Obstacle = Obstacle.OTHER

    def to_domain(self) -> FlowObstacle:
        return FlowObstacle(self.problem.to_domain(), self.remedy.to_domain(), self.kind)


def _check_url(value: str | None) -> str | None:
    if value is not None and not re.match(r"^https://[^\s/]+\.[^\s]+$", value):
        raise ValueError("skal være en fuld https-adresse, fx https://www.borger.dk/…")
    return value


class StepModel(_Model):
    id: Annotated[StrictStr, Field(pattern=ID_PATTERN)]
    kind: StepKind = StepKind.ACTION
    staff: TextModel
    citizen: TextModel
    tip: TextModel | None = None
    obstacles: list[ObstacleModel] = []
    url: StrictStr | None = None

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return _check_url(value)

    def to_domain(self) -> FlowStep:
        return FlowStep(
            id=self.id,
            kind=self.kind,
            staff=self.staff.to_domain(),
            citizen=self.citizen.to_domain(),
            tip=self.tip.to_domain() if self.tip else None,
            obstacles=tuple(o.to_domain() for o in self.obstacles),
            url=self.url,
        )


class AlternativeModel(_Model):
    title: TextModel
    text: TextModel
    flow: Annotated[StrictStr, Field(pattern=ID_PATTERN)] | None = None

    def to_domain(self) -> Alternative:
        return Alternative(self.title.to_domain(), self.text.to_domain(), self.flow)


class FlowModel(_Model):
    id: Annotated[StrictStr, Field(pattern=ID_PATTERN)]
    version: int = 1
    title: TextModel
    summary: TextModel | None = None
    synonyms: list[NonEmpty] = []
    contact_type: ContactType
    komhen: NonEmpty | None = None
    prerequisites: list[TextModel] = []
    privacy: list[TextModel] = []
    steps: Annotated[list[StepModel], Field(min_length=1)]
    alternatives: list[AlternativeModel] = []
    sources: list[StrictStr] = []

    @field_validator("sources")
    @classmethod
    def _sources(cls, values: list[str]) -> list[str]:
        for value in values:
            _check_url(value)
        return values

    def to_domain(self, origin: str) -> Flow:
        return Flow(
            id=self.id,
            title=self.title.to_domain(),
            summary=self.summary.to_domain() if self.summary else None,
            synonyms=tuple(self.synonyms),
            contact_type=self.contact_type,
            komhen=self.komhen,
            prerequisites=tuple(p.to_domain() for p in self.prerequisites),
            privacy=tuple(p.to_domain() for p in self.privacy),
            steps=tuple(s.to_domain() for s in self.steps),
            alternatives=tuple(a.to_domain() for a in self.alternatives),
            sources=tuple(self.sources),
            origin=origin,
        )


# -- Danish messages --------------------------------------------------------------

_TYPE_MESSAGES = {
    "string_type": "forkert type: skal være tekst",
    "int_type": "forkert type: skal være et heltal",
    "int_parsing": "forkert type: skal være et heltal",
    "list_type": "forkert type: skal være en liste (linjer der starter med '- ')",
    "dict_type": "forkert type: skal være en tabel med nøgler (fx da: og en:)",
    "model_type": "forkert type: skal være en tabel med nøgler (fx da: og en:)",
    "model_attributes_type": "forkert type: skal være en tabel med nøgler (fx da: og en:)",
    "too_short": "må ikke være tom",
    "string_too_short": "må ikke være tom",
    "string_pattern_mismatch": "kun små bogstaver a-z, tal og bindestreg (fx 'log-ind')",
}


def _validation_problems(
    path: Path, lines: LineMap, error: ValidationError
) -> list[ContentProblem]:
    problems = problems_from_validation(path, lines, error)
    better: list[ContentProblem] = []
    for problem, item in zip(problems, error.errors(), strict=True):
        kind = item.get("type", "")
        message = problem.message
        if kind == "enum":
            expected = item.get("ctx", {}).get("expected", "")
            message = f"ukendt værdi {item.get('input')!r}; tilladt: {expected}"
        elif kind == "value_error":
            message = str(item.get("msg", "")).removeprefix("Value error, ")
        elif kind in _TYPE_MESSAGES:
            message = _TYPE_MESSAGES[kind]
            if kind == "too_short" and item["loc"] and item["loc"][-1] == "steps":
                message = "forløbet skal have mindst ét trin"
        better.append(ContentProblem(problem.file, problem.line, problem.field, message))
    return better


# -- loading ------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadedFlow:
    flow: Flow
    path: Path
    line_of_id: int
    advisories: tuple[ContentProblem, ...] = ()  # readable but worth fixing (LIX)
    alternative_lines: tuple[int | None, ...] = ()


def load_flow_file(path: Path) -> LoadedFlow:
    """One flow file; raises ContentError naming every problem (file:line: field: message)."""
    data, lines = load_yaml_with_lines(path)
    if not isinstance(data, dict):
        raise ContentError(
            [ContentProblem(path, 1, "(rod)", "filen skal være en tabel med id, title, steps …")]
        )
    try:
        model = FlowModel.model_validate(data)
    except ValidationError as error:
        raise ContentError(_validation_problems(path, lines, error)) from error
    problems: list[ContentProblem] = []
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
        advisories.append(
            ContentProblem(
                path,
                lines.line_of(("steps",)),
                "steps.citizen",
                f"borgerteksten er for svær: LIX {score:.0f} (højst {MAX_CITIZEN_LIX:.0f}); "
                "brug kortere sætninger og kortere ord",
            )
        )
    return LoadedFlow(
        flow,
        path,
        lines.line_of(("id",)) or 1,
        tuple(advisories),
        tuple(lines.line_of(("alternatives", i, "flow")) for i in range(len(flow.alternatives))),
    )


@dataclass
class FlowLibrary:
    """The flows that loaded, by id, and every problem found on the way."""

    flows: dict[str, Flow] = field(default_factory=dict)
    problems: list[ContentProblem] = field(default_factory=list)
    advisories: list[ContentProblem] = field(default_factory=list)
    overridden: dict[str, Path] = field(default_factory=dict)  # id → the shipped file replaced

    @property
    def broken_files(self) -> list[Path]:
        return sorted({problem.file for problem in self.problems})

    def ordered(self) -> list[Flow]:
        return sorted(self.flows.values(), key=lambda flow: flow.title.da.casefold())


def flow_files(folder: Path) -> list[Path]:
    return sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])


def load_flow_library(folders: Sequence[Path]) -> FlowLibrary:
    """Load every flow file of ``folders`` in order; a later folder overrides by id."""
    library = FlowLibrary()
    origin: dict[str, Path] = {}
    loaded_by_id: dict[str, LoadedFlow] = {}
    for folder in folders:
        if not folder.is_dir():
            library.problems.append(
                ContentProblem(folder, None, "(mappe)", "mappen med forløb findes ikke")
            )
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
            loaded_by_id[flow_id] = loaded
            origin[flow_id] = path
            library.advisories.extend(loaded.advisories)
    # A dangling reference does not break the flow: it loads, and `flows check` says so.
    library.advisories.extend(_cross_references(library, loaded_by_id))
    return library


def _cross_references(
    library: FlowLibrary, loaded_by_id: dict[str, LoadedFlow]
) -> list[ContentProblem]:
    """An alternative that names a flow which does not exist (a typo, or a removed flow)."""
    problems = []
    for flow_id, flow in library.flows.items():
        lines = loaded_by_id[flow_id].alternative_lines
        for index, alternative in enumerate(flow.alternatives):
            if alternative.flow and alternative.flow not in library.flows:
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


def check_flow_paths(paths: Iterable[Path]) -> list[ContentProblem]:
    """Every problem in the given flow files or folders (for ``flows check``)."""
    problems: list[ContentProblem] = []
    files: list[Path] = []
    folders: list[Path] = []
    for path in paths:
        (folders if path.is_dir() else files).append(path)
    if folders:
        library = load_flow_library(folders)
        problems.extend(library.problems)
        problems.extend(library.advisories)
    for path in files:
        try:
            problems.extend(load_flow_file(path).advisories)
        except ContentError as error:
            problems.extend(error.problems)
        except Exception as error:  # report it and go on with the next file
            problems.append(unexpected_problem(path, error))
    return problems
