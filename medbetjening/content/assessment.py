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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from medbetjening.content.problems import ContentError, ContentProblem, unexpected_problem
from medbetjening.content.yaml_source import LineMap, load_yaml_with_lines, problems_from_validation
from medbetjening.domain import assessment as d
from medbetjening.domain.assessment_reachability import unreachable_levels, unreachable_routes
from medbetjening.locations import data_dir, resources_dir

LAST_VALID_NAME = "assessment-last-valid.yaml"
NonEmpty = Annotated[str, Field(min_length=1)]
Identifier = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=60)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class TextModel(_Strict):
    da: NonEmpty
    en: NonEmpty


class OptionModel(_Strict):
    key: Annotated[str, Field(pattern=r"^[0-9a-zæøå]$")]
    value: int | None = None
    code: Identifier | None = None
    text: TextModel


class ScaleModel(_Strict):
    kind: Literal["score", "choice"]
    options: Annotated[list[OptionModel], Field(min_length=2)]


class AreaModel(_Strict):
    id: Identifier
    name: TextModel


class ItemModel(_Strict):
    id: Identifier
    area: str
    mode: Literal["asked", "observed"]
    scale: str
    text: TextModel
    hint: TextModel | None = None
    source: NonEmpty


class AtLeastModel(_Strict):
    count: Annotated[int, Field(ge=1)]
    score: Annotated[int, Field(ge=0)]
    area: str | None = None


class RequiresModel(_Strict):
    areas: dict[str, int] = {}
    items: dict[str, int] = {}
    at_least: list[AtLeastModel] = []


class LevelModel(_Strict):
    level: Annotated[int, Field(ge=0, le=3)]
    name: TextModel
    advice: TextModel
    requires: RequiresModel | None = None


class ConditionModel(_Strict):
    item: str | None = None
    in_: Annotated[list[str], Field(min_length=1)] | None = Field(default=None, alias="in")
    min: int | None = None
    max: int | None = None
    level_min: int | None = None
    level_max: int | None = None
    barrier: str | None = None
    no_barrier: str | None = None

    @model_validator(mode="after")
    def _one_subject(self) -> ConditionModel:
        level = self.level_min is not None or self.level_max is not None
        subjects = [self.item is not None, level, self.barrier is not None, self.no_barrier]
        if sum(bool(s) for s in subjects) != 1:
            raise ValueError(
                "en betingelse tester præcis én ting: item, level_min/level_max, "
                "barrier eller no_barrier"
            )
        if self.item is not None:
            if self.in_ is None and self.min is None and self.max is None:
                raise ValueError("en betingelse på et punkt skal have 'in', 'min' eller 'max'")
            if self.in_ is not None and (self.min is not None or self.max is not None):
                raise ValueError("brug enten 'in' (valg) eller 'min'/'max' (score), ikke begge")
        elif self.in_ is not None or self.min is not None or self.max is not None:
            raise ValueError("'in', 'min' og 'max' hører kun til en betingelse med 'item'")
        return self


class WhenModel(_Strict):
    all: Annotated[list[ConditionModel], Field(min_length=1)] | None = None
    any: Annotated[list[ConditionModel], Field(min_length=1)] | None = None

    @model_validator(mode="after")
    def _one_mode(self) -> WhenModel:
        if (self.all is None) == (self.any is None):
            raise ValueError("skriv enten 'all:' eller 'any:' med en liste af betingelser")
        return self


class FlagModel(_Strict):
    id: Identifier
    name: TextModel
    when: WhenModel
    source: NonEmpty


class BarrierModel(_Strict):
    id: Identifier
    name: TextModel
    when: WhenModel
    source: str = ""


class RouteModel(_Strict):
    id: Identifier
    kind: Literal["self_service", "medbetjening", "staff_assisted", "alternative"]
    name: TextModel
    advice: TextModel
    when: WhenModel | None = None
    flow: Annotated[str, Field(pattern=r"^[a-z0-9-]+$")] | None = None


class InstrumentModel(_Strict):
    id: Annotated[str, Field(pattern=r"^[a-z0-9-]+$", max_length=60)]
    version: Annotated[str, Field(min_length=1, max_length=20)]
    title: TextModel
    scales: Annotated[dict[str, ScaleModel], Field(min_length=1)]
    areas: Annotated[list[AreaModel], Field(min_length=1)]
    items: Annotated[list[ItemModel], Field(min_length=1)]
    levels: Annotated[list[LevelModel], Field(min_length=2)]
    flag: FlagModel
    barriers: list[BarrierModel] = []
    routes: Annotated[list[RouteModel], Field(min_length=1)]


# -- references -------------------------------------------------------------


@dataclass
class _Checker:
    path: Path
    lines: LineMap
    model: InstrumentModel
    problems: list[ContentProblem] = field(default_factory=list)

    def add(self, location: tuple[str | int, ...], message: str) -> None:
        self.problems.append(
            ContentProblem(
                self.path, self.lines.line_of(location), ".".join(map(str, location)), message
            )
        )

    def run(self) -> list[ContentProblem]:
        self._scales()
        self._areas_and_items()
        self._levels()
        self._conditions(("flag", "when"), self.model.flag.when, barriers_before=set())
        seen: set[str] = set()
        for index, barrier in enumerate(self.model.barriers):
            if barrier.id in seen:
                self.add(("barriers", index, "id"), f"barrieren '{barrier.id}' findes to gange")
            self._conditions(("barriers", index, "when"), barrier.when, barriers_before=seen)
            seen.add(barrier.id)
        self._routes()
        return self.problems

    def _scales(self) -> None:
        for name, scale in self.model.scales.items():
            keys: set[str] = set()
            answers: set[object] = set()
            for index, option in enumerate(scale.options):
                where = ("scales", name, "options", index)
                if option.key in keys:
                    self.add((*where, "key"), f"tasten '{option.key}' bruges to gange i skalaen")
                keys.add(option.key)
                if scale.kind == "score":
                    if option.value is None or option.code is not None:
                        self.add(where, "en scoreskala har 'value' (et tal), ikke 'code'")
                    answers.add(option.value)
                else:
                    if option.code is None or option.value is not None:
                        self.add(where, "en valgskala har 'code' (en kode), ikke 'value'")
                    answers.add(option.code)
            if len(answers) != len(scale.options):
                self.add(("scales", name), "to svarmuligheder har samme værdi eller kode")

    def _area_ids(self) -> set[str]:
        return {area.id for area in self.model.areas}

    def _item(self, item_id: str) -> ItemModel | None:
        return next((item for item in self.model.items if item.id == item_id), None)

    def _scale_of(self, item: ItemModel) -> ScaleModel | None:
        return self.model.scales.get(item.scale)

    def _areas_and_items(self) -> None:
        ids: set[str] = set()
        for index, area in enumerate(self.model.areas):
            if area.id in ids:
                self.add(("areas", index, "id"), f"området '{area.id}' findes to gange")
            ids.add(area.id)
        ids = set()
        for index, item in enumerate(self.model.items):
            if item.id in ids:
                self.add(("items", index, "id"), f"punktet '{item.id}' findes to gange")
            ids.add(item.id)
            if item.area not in self._area_ids():
                self.add(("items", index, "area"), f"ukendt område '{item.area}'")
            if item.scale not in self.model.scales:
                known = ", ".join(sorted(self.model.scales))
                self.add(
                    ("items", index, "scale"), f"ukendt skala '{item.scale}' (kendte: {known})"
                )

    def _score_range(self, item_id: str) -> tuple[int, int] | None:
        item = self._item(item_id)
        scale = self._scale_of(item) if item else None
        if scale is None or scale.kind != "score":
            return None
        values = [o.value or 0 for o in scale.options]
        return min(values), max(values)

    def _levels(self) -> None:
        seen: set[int] = set()
        for index, rule in enumerate(self.model.levels):
            where = ("levels", index)
            if rule.level in seen:
                self.add((*where, "level"), f"niveau {rule.level} findes to gange")
            seen.add(rule.level)
            requires = rule.requires
            empty = requires is None or not (requires.areas or requires.items or requires.at_least)
            if rule.level == 0 and not empty:
                self.add((*where, "requires"), "niveau 0 er bunden og har ingen regel")
            if rule.level > 0 and empty:
                self.add((*where, "requires"), "niveauet mangler en regel (requires)")
            if requires is not None:
                self._requirements((*where, "requires"), requires)
        if 0 not in seen:
            self.add(("levels",), "niveau 0 (bunden) mangler")

    def _requirements(self, where: tuple[str | int, ...], req: RequiresModel) -> None:
        scored_areas = {
            item.area
            for item in self.model.items
            if (scale := self._scale_of(item)) is not None and scale.kind == "score"
        }
        for area, minimum in req.areas.items():
            if area not in self._area_ids():
                self.add((*where, "areas", area), f"reglen nævner et ukendt område '{area}'")
            elif area not in scored_areas:
                self.add(
                    (*where, "areas", area), f"området '{area}' har ingen pointgivende punkter"
                )
            else:
                top = max(
                    r[1]
                    for i in self.model.items
                    if i.area == area and (r := self._score_range(i.id)) is not None
                )
                if minimum > top:
                    self.add((*where, "areas", area), f"minimum {minimum} er over skalaens {top}")
        for item_id, minimum in req.items.items():
            self._score_test((*where, "items", item_id), item_id, minimum, None)
        for index, rule in enumerate(req.at_least):
            if rule.area is not None and rule.area not in self._area_ids():
                self.add(
                    (*where, "at_least", index, "area"),
                    f"reglen nævner et ukendt område '{rule.area}'",
                )

    def _score_test(
        self, where: tuple[str | int, ...], item_id: str, minimum: int | None, maximum: int | None
    ) -> None:
        item = self._item(item_id)
        if item is None:
            self.add(where, f"reglen nævner et ukendt punkt '{item_id}'")
            return
        bounds = self._score_range(item_id)
        if bounds is None:
            if item.scale in self.model.scales:
                self.add(where, f"'{item_id}' er et valg, ikke en score: brug 'in: [...]'")
            return
        for value in (minimum, maximum):
            if value is not None and not bounds[0] <= value <= bounds[1]:
                self.add(where, f"{value} ligger uden for skalaen {bounds[0]}–{bounds[1]}")

    def _conditions(
        self, where: tuple[str | int, ...], when: WhenModel, barriers_before: set[str]
    ) -> None:
        mode = "all" if when.all is not None else "any"
        barrier_ids = {b.id for b in self.model.barriers}
        levels = {rule.level for rule in self.model.levels}
        for index, condition in enumerate(when.all or when.any or []):
            at = (*where, mode, index)
            if condition.item is not None:
                if condition.in_ is not None:
                    self._choice_test(at, condition.item, condition.in_)
                else:
                    self._score_test((*at, "item"), condition.item, condition.min, condition.max)
            for level in (condition.level_min, condition.level_max):
                if level is not None and level not in levels:
                    self.add(at, f"niveau {level} findes ikke")
            barrier = condition.barrier or condition.no_barrier
            if barrier is not None:
                if barrier not in barrier_ids:
                    self.add(at, f"ukendt barriere '{barrier}'")
                elif where[0] == "barriers" and barrier not in barriers_before:
                    self.add(at, f"en barriere kan kun teste barrierer før sig ('{barrier}')")

    def _choice_test(self, where: tuple[str | int, ...], item_id: str, codes: list[str]) -> None:
        item = self._item(item_id)
        if item is None:
            self.add((*where, "item"), f"reglen nævner et ukendt punkt '{item_id}'")
            return
        scale = self._scale_of(item)
        if scale is None:
            return
        if scale.kind != "choice":
            self.add((*where, "in"), f"'{item_id}' er en score: brug 'min'/'max', ikke 'in'")
            return
        known = {o.code for o in scale.options}
        for code in codes:
            if code not in known:
                self.add(
                    (*where, "in"),
                    f"'{code}' er ikke et svar på '{item_id}' (kendte: {', '.join(sorted(known))})",
                )

    def _routes(self) -> None:
        seen: set[str] = set()
        last = len(self.model.routes) - 1
        for index, route in enumerate(self.model.routes):
            if route.id in seen:
                self.add(("routes", index, "id"), f"anbefalingen '{route.id}' findes to gange")
            seen.add(route.id)
            if route.when is None and index != last:
                self.add(
                    ("routes", index, "when"),
                    "kun den sidste anbefaling må mangle 'when' (den gælder ellers altid)",
                )
            if route.when is not None:
                self._conditions(("routes", index, "when"), route.when, barriers_before=set())
        if self.model.routes[last].when is not None:
            self.add(
                ("routes", last, "when"),
                "den sidste anbefaling skal være reserven uden 'when', så der altid er en",
            )


# -- domain objects -----------------------------------------------------------


def _text(model: TextModel) -> d.Text:
    return d.Text(da=model.da, en=model.en)


def _when(model: WhenModel) -> d.When:
    mode = "all" if model.all is not None else "any"
    conditions = []
    for c in model.all or model.any or []:
        if c.item is not None:
            conditions.append(
                d.Condition(
                    d.Subject.ITEM,
                    c.item,
                    minimum=c.min,
                    maximum=c.max,
                    choices=frozenset(c.in_ or ()),
                )
            )
        elif c.barrier is not None or c.no_barrier is not None:
            conditions.append(
                d.Condition(
                    d.Subject.BARRIER, c.barrier or str(c.no_barrier), present=c.barrier is not None
                )
            )
        else:
            conditions.append(
                d.Condition(d.Subject.LEVEL, minimum=c.level_min, maximum=c.level_max)
            )
    return d.When(mode, tuple(conditions))


def _build(model: InstrumentModel) -> d.Instrument:
    scales = {
        name: d.Scale(
            name,
            d.ScaleKind(scale.kind),
            tuple(
                d.Option(key=o.key, text=_text(o.text), value=o.value, code=o.code)
                for o in scale.options
            ),
        )
        for name, scale in model.scales.items()
    }
    items = tuple(
        d.Item(
            id=item.id,
            area=item.area,
            mode=d.Mode(item.mode),
            scale=scales[item.scale],
            text=_text(item.text),
            hint=_text(item.hint) if item.hint else None,
            source=item.source,
        )
        for item in model.items
    )
    levels = tuple(
        sorted(
            (
                d.LevelRule(
                    level=rule.level,
                    name=_text(rule.name),
                    advice=_text(rule.advice),
                    requires=d.Requirements(
                        areas=dict(rule.requires.areas),
                        items=dict(rule.requires.items),
                        at_least=tuple(
                            d.AtLeast(a.count, a.score, a.area) for a in rule.requires.at_least
                        ),
                    )
                    if rule.requires
                    else d.Requirements(),
                )
                for rule in model.levels
            ),
            key=lambda rule: rule.level,
        )
    )
    return d.Instrument(
        id=model.id,
        version=model.version,
        title=_text(model.title),
        scales=scales,
        areas=tuple(d.Area(a.id, _text(a.name)) for a in model.areas),
        items=items,
        levels=levels,
        flag=d.Flag(
            model.flag.id, _text(model.flag.name), _when(model.flag.when), model.flag.source
        ),
        barriers=tuple(
            d.Barrier(b.id, _text(b.name), _when(b.when), b.source) for b in model.barriers
        ),
        routes=tuple(
            d.Route(
                id=r.id,
                kind=d.RouteKind(r.kind),
                name=_text(r.name),
                advice=_text(r.advice),
                when=_when(r.when) if r.when else None,
                flow=r.flow,
            )
            for r in model.routes
        ),
    )


def _level_index(model: InstrumentModel, level: int) -> int:
    return next(i for i, rule in enumerate(model.levels) if rule.level == level)


def load_instrument(path: Path) -> d.Instrument:
    """Parse and validate ``path``; raises ContentError listing every problem."""
    data, lines = load_yaml_with_lines(path)
    try:
        model = InstrumentModel.model_validate(data)
    except ValidationError as error:
        raise ContentError(problems_from_validation(path, lines, error)) from error
    checker = _Checker(path, lines, model)
    problems = checker.run()
    if problems:
        raise ContentError(problems)
    instrument = _build(model)
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
