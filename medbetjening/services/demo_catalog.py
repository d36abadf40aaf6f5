"""Fixed ingredients of the demo data: sites, names, flows, assessment items, weights.

``DEFAULT_FLOW_CATALOG`` is a *fallback*: plausible step ids for the 16 shared flow ids,
used until the caller passes the real flow library (``flow_catalog`` of
``generate_demo_data``: flow id -> its step ids in order). Nothing here is a real person
or a real number: names are common Danish first names and surnames combined at random.
"""

from __future__ import annotations

from medbetjening.domain.vocabulary import SiteKind

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

FLOW_TITLES: dict[str, str] = {
    "mitid-app-pas": "MitID-appen med pas",
    "mitid-borgerservice": "MitID i Borgerservice",
    "digital-post": "Digital Post",
    "digital-post-fritagelse": "Fritagelse for Digital Post",
    "laeseadgang": "Læseadgang til Digital Post",
    "digital-fuldmagt": "Digital Fuldmagt",
    "flytning": "Flytning",
    "boligstoette": "Boligstøtte",
    "sundhedskort": "Sundhedskort",
    "pas": "Pas",
    "koerekort-fornyelse": "Fornyelse af kørekort",
    "folkepension": "Folkepension",
    "dagtilbud": "Pasning og dagtilbud",
    "forskudsopgoerelse": "Forskudsopgørelse",
    "varmetillaeg": "Varmetillæg",
    "byggetilladelse": "Byggetilladelse",
}

# Fallback step ids per flow (see the module docstring).
DEFAULT_FLOW_CATALOG: dict[str, list[str]] = {
    "mitid-app-pas": [
        "tjek-pas-og-telefon", "hent-appen", "scan-koden-i-passet", "laes-chippen",
        "ansigtsscanning", "vaelg-bruger-id", "vaelg-pinkode", "aktiver-appen",
    ],
    "mitid-borgerservice": [
        "vis-legitimation", "vaelg-bruger-id", "kontrolspoergsmaal", "vaelg-kodeviser",
        "aktiver-mitid",
    ],
    "digital-post": [
        "log-ind", "aabn-digital-post", "find-brevet", "laes-brevet", "gem-eller-svar",
        "slaa-besked-til",
    ],
    "digital-post-fritagelse": [
        "forklar-fritagelse", "vis-legitimation", "underskriv-erklaering", "registrer",
        "udlever-kvittering",
    ],
    "laeseadgang": [
        "log-ind", "aabn-menuen", "laese-og-skriveadgang", "anmod-om-adgang", "vaelg-udloeb",
        "send-anmodning", "godkend-adgang",
    ],
    "digital-fuldmagt": [
        "log-ind", "find-digital-fuldmagt", "vaelg-fuldmagtshaver", "vaelg-tjenester",
        "vaelg-periode", "underskriv",
    ],
    "flytning": [
        "log-ind", "ny-adresse", "flyttedato", "hvem-flytter-med", "vaelg-laege", "send",
        "kvittering",
    ],
    "boligstoette": [
        "anmeld-flytning", "beregner", "husleje-og-areal", "husstand", "indkomst-og-formue",
        "vedhaeft-lejekontrakt", "send", "kvittering",
    ],
    "sundhedskort": ["log-ind", "vaelg-aarsag", "betal", "bestil-kort"],
    "pas": ["ansoeg-online", "betal", "book-tid", "fingeraftryk-og-underskrift"],
    "koerekort-fornyelse": ["log-ind", "ansoeg", "foto-og-underskrift", "aflever-kortet"],
    "folkepension": ["log-ind", "start-ansoegning", "indkomst", "formue", "send", "kvittering"],
    "dagtilbud": ["log-ind", "vaelg-barnet", "dato-for-pasning", "oenskerne", "send"],
    "forskudsopgoerelse": [
        "log-ind", "aabn-forskudsopgoerelsen", "felt-201-loen", "oftest-tilfoejede-felter",
        "befordring", "beregn", "godkend",
    ],
    "varmetillaeg": ["log-ind", "find-ansoegningen", "varmeudgifter", "send", "kvittering"],
    "byggetilladelse": [
        "log-ind-byg-og-miljoe", "opret-ansoegning", "beskriv-byggeriet", "vedhaeft-tegninger",
        "send",
    ],
}  # fmt: skip

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

# The counter-side assessment (see shared/domain/assessment.md): (item id, kind).
# Scored and observed items use 0-3; context and routing items store a choice.
ASSESSMENT_INSTRUMENT = ("kompetenceafklaring", "1")
ASSESSMENT_ITEMS: tuple[tuple[str, str], ...] = (
    ("device", "context"),
    ("mitid_means", "context"),
    ("equipped_for_internet", "scored"),
    ("install_app", "scored"),
    ("logs_in_mitid", "observed"),
    ("finds_service", "observed"),
    ("fills_in_form", "observed"),
    ("reads_digital_post", "observed"),
    ("safety", "scored"),
    ("when_stuck", "scored"),
    ("motivation", "routing"),
    ("digital_stand_in", "routing"),
)
DEVICE_CHOICES = ("smartphone", "tablet", "computer", "none")
MITID_CHOICES = ("app", "code_display", "audio_reader", "chip", "none")
ROUTES = ("stand_in", "medbetjening", "tips", "none")  # by level 0..3
BARRIERS = ("device", "digital_skills", "admin_skills", "written_danish", "no_stand_in")

AGE_BANDS = (("18-29", 0.08), ("30-49", 0.17), ("50-66", 0.22), ("67-79", 0.33), ("80+", 0.20))
AGE_SKILL = {"18-29": 0.55, "30-49": 0.5, "50-66": 0.4, "67-79": 0.25, "80+": 0.12}
LANGUAGES = (("da", 0.86), ("en", 0.06), ("ar", 0.03), ("tr", 0.03), ("uk", 0.02))

OBSTACLE_REASON = {
    "no_mitid": "no_mitid",
    "missing_document": "missing_documents",
    "system_down": "system_down",
    "other": "out_of_time",
}
REFERRALS = ("library_course", "digital_ambassador", "relative_access", "digital_post_exemption")
FOLLOW_UP_RESULTS = ("managed_alone", "managed_with_help", "needs_new_visit", "no_answer")
# Short notes without any numbers (notes are scanned for CPR-like numbers in the app).
NOTES = (
    "Borgeren vil øve sig derhjemme med pårørende.",
    "Husk at medbringe pas næste gang.",
    "Telefonen er for gammel til MitID-appen.",
    "Borgeren var tryg ved login til sidst.",
    "Henvist til IT-café på biblioteket.",
)
AUDIT_HISTORY_READ = "citizen.history_read"
AUDIT_EXPORT = "statistics.export"
