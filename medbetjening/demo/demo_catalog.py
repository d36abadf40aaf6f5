"""Fixed ingredients of the demo data: sites, names, weights, and the real content.

The flows (ids, Danish titles, step ids) come from the real flow library and the
assessment from the real instrument, both loaded only when demo data is made
(``real_flow_catalog``, ``real_instrument``), so every screen can open a demo visit.
Nothing here is a real person or a real number: names are common Danish first names
and surnames combined at random.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from medbetjening.domain.vocabulary import SiteKind

if TYPE_CHECKING:
    from medbetjening.content.flows import FlowLibrary
    from medbetjening.domain.assessment import Instrument


@dataclass(frozen=True)
class DemoFlow:
    """What the generator needs of a flow: its Danish title and step ids in order."""

    title: str
    steps: tuple[str, ...]
    mitid_steps: frozenset[int] = frozenset()  # indexes of the MitID steps
    personal_steps: frozenset[int] = frozenset()  # MitID and payment steps (need a basis)
    contact_type: str = "transaction"  # the flow's own type: the visit's type derives from it
    gives_mitid: bool = False  # a MitID errand: completed, the citizen has a working MitID


def flow_catalog_from_library(library: FlowLibrary) -> dict[str, DemoFlow]:
    from medbetjening.demo.demo_access import MITID_CATEGORY
    from medbetjening.domain.flows import StepKind

    return {
        flow.id: DemoFlow(
            title=flow.title.da,
            steps=tuple(step.id for step in flow.steps),
            personal_steps=frozenset(
                index for index, step in enumerate(flow.steps) if step.personal
            ),
            mitid_steps=frozenset(
                index for index, step in enumerate(flow.steps) if step.kind == StepKind.MITID
            ),
            contact_type=flow.contact_type.value,
            gives_mitid=flow.komhen == MITID_CATEGORY,
        )
        for flow in library.flows.values()
        if flow.steps
    }


def real_flow_catalog(extra_dir: str | Path | None = None) -> dict[str, DemoFlow]:
    """The shipped flow library (and the municipality's folder, when given)."""
    from medbetjening.content.flows import flow_folders, load_flow_library
    from medbetjening.services.errors import InvalidInput

    catalog = flow_catalog_from_library(load_flow_library(flow_folders(extra_dir)))
    if not catalog:
        raise InvalidInput(
            "Der er ingen forløb at lave demodata med (se 'medbetjening flows check')."
        )
    return catalog


def real_instrument(path: str | Path | None = None) -> Instrument:
    """The municipality's assessment file when given, else the bundled instrument."""
    from medbetjening.content.assessment import bundled_instrument_path, load_instrument

    return load_instrument(Path(path) if path else bundled_instrument_path())


# How the answers of the choice items depend on the citizen (item id -> weights).
# The skill (0..1) shifts the "none"/"no" answers; language decides written Danish.
# Items the generator does not know get an even choice among their codes.
CHOICE_WEIGHTS: Mapping[str, Mapping[str, float]] = {
    "devices": {"phone_tablet": 0.55, "computer": 0.1, "both": 0.3, "none": 0.05},
    "mitid": {
        "app": 0.68, "code_display": 0.13, "audio_reader": 0.01, "chip": 0.03,
        "none": 0.06, "not_working": 0.05, "unknown": 0.04,
    },
    "wish": {"yes": 0.65, "maybe": 0.2, "no": 0.15},
    "stand_in": {"yes": 0.55, "no": 0.45},
}  # fmt: skip
# (the ``mitid`` answer is the citizen's access: ``demo_access``)
LOW_SKILL_CHOICES: Mapping[str, str] = {"devices": "none", "wish": "no"}
READS_DANISH = {"da": ("good", "good", "good", "good", "some"), "other": ("good", "some", "none")}

# (name, kind, share of all visits, desks)
SITES: tuple[tuple[str, SiteKind, float, tuple[str, ...]], ...] = (
    (
        "Borgerservice Rådhuset",
        SiteKind.TOWN_HALL,
        0.5,
        ("Skranke 1", "Skranke 2", "Skranke 3", "Skranke 4"),
    ),
    ("Hovedbiblioteket", SiteKind.LIBRARY, 0.3, ("Digitalt hjørne", "Skranke 1", "Skranke 2")),
    ("Bibliotek Nord", SiteKind.LIBRARY, 0.2, ("Digitalt hjørne", "Skranke 1")),
)

# Staff per site kind: (role, how many). One lead per site.
STAFFING: dict[SiteKind, tuple[tuple[str, int], ...]] = {
    SiteKind.TOWN_HALL: (("lead", 1), ("staff", 5), ("ambassador", 1)),
    SiteKind.LIBRARY: (("lead", 1), ("staff", 2), ("ambassador", 3)),
}

FIRST_NAMES = (
    "Anne", "Mette", "Kirsten", "Hanne", "Susanne", "Lene", "Camilla", "Louise", "Sofie",
    "Ida", "Peter", "Jens", "Lars", "Henrik", "Søren", "Michael", "Thomas", "Mads",
    "Rasmus", "Jonas", "Kenni", "Ditte", "Birgitte", "Ejnar", "Fatima", "Ali", "Amira",
)  # fmt: skip
SURNAMES = (
    "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
    "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
    "Thomsen", "Poulsen", "Holm", "Lund", "Østergaard", "Yilmaz",
)  # fmt: skip

# Opening hours per site kind and weekday (Monday = 0): (open hour, close hour) or None.
OPENING_HOURS: dict[SiteKind, tuple[tuple[float, float] | None, ...]] = {
    SiteKind.TOWN_HALL: ((10, 15), (10, 15), (10, 15), (10, 17.5), (10, 14), None, None),
    SiteKind.LIBRARY: ((10, 18), (10, 18), (10, 18), (10, 18), (10, 16), (10, 14), None),
}
WEEKDAY_WEIGHT = (1.3, 1.0, 0.95, 1.1, 0.8, 0.45, 0.0)
MONTH_WEIGHT = (1.15, 1.05, 1.1, 1.0, 1.0, 0.9, 0.55, 0.9, 1.05, 1.05, 1.0, 0.75)
CLOSED_DAYS = {(12, 24), (12, 25), (12, 26), (12, 31), (1, 1)}

# Relative popularity per flow, and the months (1-12) where it is twice as common.
FLOW_WEIGHTS: dict[str, tuple[float, tuple[int, ...]]] = {
    "mitid-app-pas": (12, ()),
    "mitid-borgerservice": (7, ()),
    "digital-post": (14, ()),
    "digital-post-fritagelse": (4, ()),
    "laeseadgang": (5, ()),
    "digital-fuldmagt": (5, ()),
    "flytning": (9, (7, 8)),
    "boligstoette": (6, (7, 8)),
    "sundhedskort": (6, ()),
    "pas": (9, (4, 5, 6)),
    "koerekort-fornyelse": (4, ()),
    "folkepension": (5, ()),
    "dagtilbud": (3, (2, 3)),
    "forskudsopgoerelse": (5, (11, 12, 1)),
    "varmetillaeg": (2, (10, 11, 12, 1, 2)),
    "byggetilladelse": (2, (4, 5)),
}

AGE_BANDS = (("18-29", 0.08), ("30-49", 0.17), ("50-66", 0.22), ("67-79", 0.33), ("80+", 0.20))
AGE_SKILL = {"18-29": 0.55, "30-49": 0.5, "50-66": 0.4, "67-79": 0.25, "80+": 0.12}
LANGUAGES = (("da", 0.86), ("en", 0.06), ("ar", 0.03), ("tr", 0.03), ("uk", 0.02))

# Chosen when an errand was not completed and no obstacle names the reason.
FALLBACK_REASONS = (("out_of_time", 0.7), ("citizen_declined", 0.15), ("other_authority", 0.15))
REFERRALS = ("library_course", "digital_ambassador", "relative_access", "digital_post_exemption")
# Short notes without any numbers (notes are scanned for CPR-like numbers in the app).
NOTES = (
    "Borgeren vil øve sig derhjemme med pårørende.",
    "Husk at medbringe pas næste gang.",
    "Telefonen er for gammel til MitID-appen.",
    "Borgeren var tryg ved login til sidst.",
    "Henvist til IT-café på biblioteket.",
)
