"""Self-service flows: a guided errand, step by step, and search over the library.

Pure data: the YAML loader in ``content/flows.py`` builds these, the walker shows
them, and the service records who did each step.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from medbetjening.domain.lix import lix_of_lines, worst_sentence
from medbetjening.domain.vocabulary import ContactType, Obstacle

MAX_CITIZEN_LIX = 35.0


class StepKind(StrEnum):
    """What kind of step it is; a MitID step always shows the privacy reminder."""

    ACTION = "action"  # the citizen does something on the screen
    MITID = "mitid"  # log on or sign with MitID: the helper looks away
    INFO = "info"  # read or explain, nothing to click
    PAYMENT = "payment"  # pay with a payment card
    DOCUMENT = "document"  # show, scan or attach a document
    APPOINTMENT = "appointment"  # book a time or attend in person


class Recurrence(StrEnum):
    """How often a citizen meets this errand (Digital Post weekly, a passport rarely)."""

    WEEKLY = "weekly"
    MONTHLY = "monthly"
    YEARLY = "yearly"
    RARE = "rare"
    ONCE = "once"


@dataclass(frozen=True)
class LocalText:
    """A text in Danish and English."""

    da: str
    en: str = ""

    def get(self, language: str = "da") -> str:
        return self.en if language == "en" and self.en else self.da


# A thing to bring that is the citizen's own MitID (a helper's or a witness's is not,
# nor one asked for "if you have it"): left off the handout of a citizen without MitID.
OWN_MITID_BRING = ("Dit MitID", "Din telefon med MitID")


def asks_for_own_mitid(item: LocalText) -> bool:
    return item.da.startswith(OWN_MITID_BRING)


@dataclass(frozen=True)
class FlowObstacle:
    """A known obstacle on a step and what to do about it."""

    problem: LocalText
    remedy: LocalText
    kind: Obstacle = Obstacle.OTHER


PERSONAL_KINDS = frozenset({StepKind.MITID, StepKind.PAYMENT})  # staff may not act without basis


@dataclass(frozen=True)
class FlowStep:
    id: str
    staff: LocalText  # short instruction for the staff member
    citizen: LocalText  # one plain-language line for the citizen (shown on their screen)
    kind: StepKind = StepKind.ACTION
    tip: LocalText | None = None
    obstacles: tuple[FlowObstacle, ...] = ()
    url: str | None = None
    source: str | None = None  # the official page this step was compared with
    verified: dt.date | None = None  # when it was compared (None: never)
    home: LocalText | None = None  # the handout's line when `citizen` only fits the counter

    def handout_line(self, language: str = "da") -> str:
        """What the citizen reads at home: ``home`` when given, else the citizen line."""
        return (self.home or self.citizen).get(language)

    @property
    def personal(self) -> bool:
        """A MitID or payment step: only the citizen (or a proxy with a basis) does it."""
        return self.kind in PERSONAL_KINDS


@dataclass(frozen=True)
class Alternative:
    """What to offer when the citizen cannot do it (læseadgang, fuldmagt, paper …)."""

    title: LocalText
    text: LocalText
    flow: str | None = None  # another flow that does it, if there is one


@dataclass(frozen=True)
class Flow:
    id: str
    title: LocalText
    contact_type: ContactType
    steps: tuple[FlowStep, ...]
    synonyms: tuple[str, ...] = ()
    komhen: str | None = None
    summary: LocalText | None = None
    bring: tuple[LocalText, ...] = ()  # things the citizen brings ("Tag med næste gang")
    conditions: tuple[LocalText, ...] = ()  # for staff: eligibility, prices, rules
    privacy: tuple[LocalText, ...] = ()
    alternatives: tuple[Alternative, ...] = ()
    sources: tuple[str, ...] = ()
    recurrence: Recurrence | None = None
    origin: str = ""  # the file it came from (shown when the flow is checked)

    def step_index(self, step_id: str) -> int:
        for index, step in enumerate(self.steps):
            if step.id == step_id:
                return index
        raise KeyError(step_id)

    def citizen_lines(self, language: str = "da") -> list[str]:
        return [step.citizen.get(language) for step in self.steps]

    def citizen_texts(self, language: str = "da") -> list[str]:
        """Every text a citizen reads: title, step and home lines, bring, alternatives."""
        texts = [self.title.get(language)]
        for step in self.steps:
            texts.append(step.citizen.get(language))
            if step.home:
                texts.append(step.home.get(language))
        texts.extend(item.get(language) for item in self.bring)
        for alternative in self.alternatives:
            texts.extend((alternative.title.get(language), alternative.text.get(language)))
        return texts

    def citizen_lix(self) -> float:
        """LIX of all the Danish citizen-facing text of the flow read as one text."""
        return lix_of_lines(self.citizen_texts("da"))

    def hardest_sentence(self) -> tuple[str, float]:
        """The Danish citizen-facing sentence with the highest LIX (to name in a check)."""
        return worst_sentence(self.citizen_texts("da"))


# -- search ---------------------------------------------------------------------

_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue"})


def fold(text: str) -> str:
    """A spelling-tolerant key: lower case, no accents, æ/ae → a, ø/oe → o, å/aa → a.

    So 'Kørekort', 'koerekort' and 'korekort' all become 'korekort'.
    """
    text = text.casefold().translate(_FOLD)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("ae", "a").replace("oe", "o").replace("aa", "a").replace("ue", "u")


def _words(text: str) -> list[str]:
    cleaned = "".join(ch if ch.isalnum() else " " for ch in fold(text))
    return cleaned.split()


@dataclass(frozen=True)
class _Index:
    flow: Flow
    title_words: tuple[str, ...]
    other_words: tuple[str, ...]
    title_text: str
    all_text: str = field(default="")


def _index(flow: Flow) -> _Index:
    titles = f"{flow.title.da} {flow.title.en}"
    others = " ".join([*flow.synonyms, flow.id.replace("-", " ")])
    return _Index(
        flow=flow,
        title_words=tuple(_words(titles)),
        other_words=tuple(_words(others)),
        title_text=fold(titles),
        all_text=fold(f"{titles} {others}"),
    )


def _term_score(term: str, entry: _Index) -> int:
    if entry.title_words and entry.title_words[0].startswith(term):
        return 4  # the title begins with it: "pas" → "Pas – ansøg …" before "MitID … pas"
    if any(word.startswith(term) for word in entry.title_words):
        return 3
    if any(word.startswith(term) for word in entry.other_words):
        return 2
    if term in entry.all_text.replace(" ", ""):
        return 1  # inside a compound word: "post" in "digitalpost", "kort" in "sundhedskort"
    return 0


def search_flows(flows: Iterable[Flow], query: str) -> list[Flow]:
    """Flows whose title, synonyms or id match every word of ``query``, best first.

    Tolerant of case and of æøå written as ae/oe/aa. An empty query lists all flows
    by Danish title.
    """
    entries = [_index(flow) for flow in flows]
    terms = _words(query)
    if not terms:
        return [e.flow for e in sorted(entries, key=lambda e: fold(e.flow.title.da))]
    scored: list[tuple[int, str, Flow]] = []
    for entry in entries:
        scores = [_term_score(term, entry) for term in terms]
        if all(scores):
            scored.append((-sum(scores), fold(entry.flow.title.da), entry.flow))
    scored.sort(key=lambda item: (item[0], item[1]))
    return [flow for _, _, flow in scored]
