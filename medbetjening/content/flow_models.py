"""The flow file format as pydantic models (see resources/flows/README.md), with Danish
messages for what a content editor gets wrong."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, StrictStr, ValidationError, field_validator

from medbetjening.content.problems import ContentProblem
from medbetjening.content.yaml_source import LineMap, problems_from_validation
from medbetjening.domain.flows import (
    Alternative,
    Flow,
    FlowObstacle,
    FlowStep,
    LocalText,
    Recurrence,
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


def check_page_url(value: str | None) -> str | None:
    """A full https address of a specific page: a site's front page proves nothing."""
    if value is None:
        return None
    if not re.match(r"^https://[^\s/]+\.[^\s]+$", value):
        raise ValueError("skal være en fuld https-adresse, fx https://www.borger.dk/…")
    parts = urlsplit(value)
    if not parts.path.strip("/"):
        raise ValueError(
            f"'{value}' er kun forsiden af et websted; angiv den konkrete side (med sti)"
        )
    return value


def _not_in_future(value: dt.date) -> dt.date:
    if value > dt.date.today():
        raise ValueError(f"datoen {value.isoformat()} ligger i fremtiden")
    return value


class StepModel(_Model):
    id: Annotated[StrictStr, Field(pattern=ID_PATTERN)]
    kind: StepKind = StepKind.ACTION
    staff: TextModel
    citizen: TextModel
    home: TextModel | None = None
    tip: TextModel | None = None
    obstacles: list[ObstacleModel] = []
    url: StrictStr | None = None
    source: StrictStr
    verified: dt.date

    @field_validator("url", "source")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return check_page_url(value)

    @field_validator("verified", mode="before")
    @classmethod
    def _a_date(cls, value: object) -> object:
        # YAML reads 2026-12-06 as a date; a datetime or a number is not what was meant
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date | str):
            raise ValueError("skal være en dato som 2026-12-06")
        return value

    @field_validator("verified")
    @classmethod
    def _verified(cls, value: dt.date) -> dt.date:
        return _not_in_future(value)

    def to_domain(self) -> FlowStep:
        return FlowStep(
            id=self.id,
            kind=self.kind,
            staff=self.staff.to_domain(),
            citizen=self.citizen.to_domain(),
            tip=self.tip.to_domain() if self.tip else None,
            obstacles=tuple(o.to_domain() for o in self.obstacles),
            url=self.url,
            source=self.source,
            verified=self.verified,
            home=self.home.to_domain() if self.home else None,
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
    recurrence: Recurrence
    komhen: NonEmpty | None = None
    bring: list[TextModel] = []
    conditions: list[TextModel] = []
    privacy: list[TextModel] = []
    steps: Annotated[list[StepModel], Field(min_length=1)]
    alternatives: list[AlternativeModel] = []
    sources: Annotated[list[StrictStr], Field(min_length=1)]

    @field_validator("sources")
    @classmethod
    def _sources(cls, values: list[str]) -> list[str]:
        for value in values:
            check_page_url(value)
        return values

    def to_domain(self, origin: str) -> Flow:
        return Flow(
            id=self.id,
            title=self.title.to_domain(),
            summary=self.summary.to_domain() if self.summary else None,
            synonyms=tuple(self.synonyms),
            contact_type=self.contact_type,
            komhen=self.komhen,
            bring=tuple(p.to_domain() for p in self.bring),
            conditions=tuple(p.to_domain() for p in self.conditions),
            privacy=tuple(p.to_domain() for p in self.privacy),
            steps=tuple(s.to_domain() for s in self.steps),
            alternatives=tuple(a.to_domain() for a in self.alternatives),
            sources=tuple(self.sources),
            recurrence=self.recurrence,
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
    "date_from_datetime_parsing": "skal være en dato som 2026-12-06",
    "date_parsing": "skal være en dato som 2026-12-06",
    "date_type": "skal være en dato som 2026-12-06",
}
_MISSING_MESSAGES = {
    "source": "feltet mangler: den konkrete officielle side, trinnet er tjekket mod",
    "verified": "feltet mangler: datoen trinnet blev tjekket mod siden (fx 2026-12-06)",
    "recurrence": "feltet mangler: hvor tit borgeren har ærindet "
    "(weekly | monthly | yearly | rare | once)",
    "sources": "feltet mangler: de officielle sider forløbet bygger på",
}
LEGACY_PREREQUISITES = (
    "'prerequisites' findes ikke længere: del listen i 'bring' (det borgeren tager med, "
    "kort og enkelt) og 'conditions' (betingelser og priser til medarbejderen)"
)


def validation_problems(path: Path, lines: LineMap, error: ValidationError) -> list[ContentProblem]:
    problems = problems_from_validation(path, lines, error)
    better: list[ContentProblem] = []
    for problem, item in zip(problems, error.errors(), strict=True):
        kind = item.get("type", "")
        message = problem.message
        last = item["loc"][-1] if item["loc"] else ""
        if kind == "enum":
            expected = item.get("ctx", {}).get("expected", "")
            message = f"ukendt værdi {item.get('input')!r}; tilladt: {expected}"
        elif kind == "value_error":
            message = str(item.get("msg", "")).removeprefix("Value error, ")
        elif kind == "missing" and last in _MISSING_MESSAGES:
            message = _MISSING_MESSAGES[str(last)]
        elif kind in _TYPE_MESSAGES:
            message = _TYPE_MESSAGES[kind]
            if kind == "too_short" and last == "steps":
                message = "forløbet skal have mindst ét trin"
            if kind == "too_short" and last == "sources":
                message = "angiv mindst én konkret officiel side"
        better.append(ContentProblem(problem.file, problem.line, problem.field, message))
    return better
