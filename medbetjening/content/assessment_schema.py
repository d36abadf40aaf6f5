"""The shape of ``instrument.yaml`` (pydantic): types, required texts, unknown fields."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

NonEmpty = Annotated[str, Field(min_length=1)]
Identifier = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=60)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class TextModel(_Strict):
    da: NonEmpty
    en: NonEmpty


class OptionModel(_Strict):
    key: Annotated[str, Field(pattern=r"^[0-9a-zæøå]$")]
    # the key in English when the Danish one is a Danish word's letter (j for ja → y)
    key_en: Annotated[str, Field(pattern=r"^[0-9a-z]$")] | None = None
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
    # What each score looks like at the counter; every score item needs one per score.
    anchors: dict[int, TextModel] = {}
    not_applicable: NotApplicableModel | None = None


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
    kind: Literal[
        "self_service", "medbetjening", "staff_assisted", "alternative", "referral", "access"
    ]
    name: TextModel
    advice: TextModel
    when: WhenModel | None = None
    flow: Annotated[str, Field(pattern=r"^[a-z0-9-]+$")] | None = None


class NotApplicableModel(_Strict):
    when: WhenModel
    reason: TextModel


class SuggestionModel(_Strict):
    id: Identifier
    name: TextModel
    advice: TextModel
    when: WhenModel
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
    suggestions: list[SuggestionModel] = []


ItemModel.model_rebuild()
