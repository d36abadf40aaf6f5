"""References in ``instrument.yaml``: unknown scale, area, item, code or barrier."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from medbetjening.content.assessment_schema import (
    InstrumentModel,
    ItemModel,
    RequiresModel,
    ScaleModel,
    WhenModel,
)
from medbetjening.content.problems import ContentProblem
from medbetjening.content.yaml_source import LineMap


@dataclass
class Checker:
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
        all_barriers = {barrier.id for barrier in self.model.barriers}
        for index, item in enumerate(self.model.items):
            self._anchors(index, item)
            if item.not_applicable is not None:
                where = ("items", index, "not_applicable", "when")
                self._conditions(where, item.not_applicable.when, barriers_before=set())
                when = item.not_applicable.when
                if any(c.item is None for c in when.all or when.any or []):
                    self.add(where, "'not_applicable' kan kun teste svar på andre punkter")
        for index, suggestion in enumerate(self.model.suggestions):
            where = ("suggestions", index, "when")
            self._conditions(where, suggestion.when, barriers_before=all_barriers)
        return self.problems

    def _anchors(self, index: int, item: ItemModel) -> None:
        """A score item says what each of its scores looks like at the counter."""
        scale = self._scale_of(item)
        if scale is None:
            return  # the unknown scale is reported already
        if scale.kind != "score":
            if item.anchors:
                self.add(("items", index, "anchors"), "kun et scorepunkt kan have 'anchors'")
            return
        values = {option.value for option in scale.options}
        missing = sorted(v for v in values if v is not None and v not in item.anchors)
        extra = sorted(set(item.anchors) - values)
        if missing:
            self.add(
                ("items", index, "anchors"),
                "mangler en beskrivelse af, hvordan score "
                + ", ".join(map(str, missing))
                + " ser ud ved skranken",
            )
        if extra:
            self.add(
                ("items", index, "anchors"),
                "skalaen har ikke score " + ", ".join(map(str, extra)),
            )

    def _scales(self) -> None:
        for name, scale in self.model.scales.items():
            keys: dict[str, set[str]] = {"da": set(), "en": set()}
            answers: set[object] = set()
            for index, option in enumerate(scale.options):
                where = ("scales", name, "options", index)
                for language, key in (("da", option.key), ("en", option.key_en or option.key)):
                    if key in keys[language]:
                        field = "key" if language == "da" else "key_en"
                        self.add((*where, field), f"tasten '{key}' bruges to gange i skalaen")
                    keys[language].add(key)
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
