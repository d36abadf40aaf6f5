"""Issue 15: five golden handouts, read back as text through ``pdftotext``.

Each citizen's paper must be true for that citizen: no MitID steps for a citizen
without MitID (the route they do have instead), "we contact you" only with consent
and a follow-up of that kind, and no line that only makes sense at the counter.
The visits are recorded through the services (assessment) and the seed (flow runs,
outcome); the flows come from a fixed catalog so the texts are stable.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

from medbetjening.reports.handout import render_handout
from medbetjening.services.exports import ExportService
from medbetjening.services.flow_catalog import FlowStepText, FlowSummary, StaticFlowCatalog
from medbetjening.storage.models import Citizen, Visit
from tests.reports.seed import Run, Seed, add_citizen, add_visit

GOLDEN = Path(__file__).parent / "golden"
DAY = dt.datetime(2026, 12, 6, 10, 0)
COUNTER_ONLY = ("Du har tid hos os i dag", "Skriv under her", "Vi ser om du kan få hjælp")

KENNI = {
    "devices": "both",
    "mitid": "app",
    "reads_danish": "good",
    "equipped": 2,
    "install_app": 2,
    "phishing": 2,
    "when_stuck": 1,
    "wish": "yes",
    "stand_in": "no",
    "mitid_login": 2,
    "self_service": 2,
    "digital_post": 2,
    "handles_files": 2,
}
FRU_HANSEN = {
    "devices": "none",
    "mitid": "none",
    "reads_danish": "good",
    "equipped": 0,
    "install_app": 0,
    "phishing": 1,
    "when_stuck": 1,
    "wish": "no",
    "stand_in": "no",
    "self_service": 0,
    "handles_files": 0,
}
SKILLED_WITHOUT_MITID = {**KENNI, "mitid": "none"}
SKILLED_WITHOUT_MITID.pop("mitid_login")
SKILLED_WITHOUT_MITID.pop("digital_post")
NEEDS_INTERPRETER = {**KENNI, "reads_danish": "none", "when_stuck": 1, "self_service": 1}


def _catalog() -> StaticFlowCatalog:
    step = FlowStepText
    danish = [
        FlowSummary(
            "boligstoette",
            "Boligstøtte",
            steps=(
                step("s1", "Gå ind på borger.dk og søg efter »Boligstøtte«."),
                step("s2", "Log på med dit MitID.", "mitid"),
                step("s3", "Tag et billede af din lejekontrakt, og vedhæft det.", "document"),
                step("s4", "Tryk på »Send«, og gem kvitteringen."),
            ),
            urls=("https://www.borger.dk/bolig-og-flytning/boligstoette",),
            bring=("Din lejekontrakt",),
        ),
        FlowSummary(
            "varmetillaeg",
            "Varmetillæg",
            steps=(
                step("s1", "Gå ind på borger.dk og søg efter »Varmetillæg«.", "action"),
                step("s2", "Log på med dit MitID.", "mitid"),
                step("s3", "Skriv din udgift til varme, og tryk på »Send«."),
            ),
            urls=("https://www.borger.dk/pension-og-efterloen/varmetillaeg",),
            bring=("Din varmeregning",),
        ),
        FlowSummary(
            "digital-post-fritagelse",
            "Fritagelse for Digital Post",
            steps=(
                step("s1", "Med fritagelse får du dine breve på papir."),
                # the home line of "Skriv under her." (flows' `home`)
                step("s2", "Du skrev under på blanketten hos Borgerservice."),
            ),
        ),
    ]
    english = [
        FlowSummary(
            "boligstoette",
            "Housing benefit",
            steps=(
                step("s1", "Go to borger.dk and search for “Boligstøtte” (housing benefit)."),
                step("s2", "Log in with your MitID.", "mitid"),
                step("s3", "Take a photo of your lease and attach it.", "document"),
                step("s4", "Press “Send” and keep the receipt."),
            ),
            urls=("https://www.borger.dk/bolig-og-flytning/boligstoette",),
            bring=("Your lease",),
        )
    ]
    return StaticFlowCatalog.of(danish, english)


def _pdf_text(path: Path) -> str:
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return "\n".join(line.rstrip() for line in text.splitlines() if line.strip()) + "\n"


def _flat(text: str) -> str:
    return " ".join(text.split())


def _citizen(session, code: str | None, consent: bool) -> int:  # type: ignore[no-untyped-def]
    citizen_id = add_citizen(session, code=code)
    session.get(Citizen, citizen_id).consent_follow_up = consent
    return citizen_id


def _handout(services, actor, session_of, tmp_path: Path, name: str, seed, answers, language="da"):  # type: ignore[no-untyped-def]
    """Record the visit (open, so the assessment can be given), then close it as seeded."""
    visit_id = session_of(lambda session: add_visit(session, seed(session)))
    for item, value in answers.items():
        services.assessment.record_answer(actor, visit_id, item, value)

    def close(session):  # type: ignore[no-untyped-def]
        visit = session.get(Visit, visit_id)
        visit.status = "closed"

    session_of(close)
    exports = ExportService(services.database.uow_factory, _catalog())
    out = tmp_path / f"{name}.pdf"
    render_handout(exports.handout(actor, visit_id, language), out)
    return _pdf_text(out)


def _check(name: str, text: str) -> None:
    golden = GOLDEN / f"{name}.txt"
    if os.environ.get("MEDBETJENING_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8"), f"{name}: the handout changed"
    assert not any(phrase in _flat(text) for phrase in COUNTER_ONLY)


def _open(actor, **kwargs):  # type: ignore[no-untyped-def]
    def seed(session):  # type: ignore[no-untyped-def]
        citizen = kwargs.pop("citizen", None)
        citizen_id = citizen(session) if citizen else None
        return Seed(
            actor.site_id, actor.staff_id, DAY, citizen_id=citizen_id, status="open", **kwargs
        )

    return seed


def test_kenni_self_service_with_guidance(services, actor, session_of, tmp_path) -> None:  # type: ignore[no-untyped-def]
    seed = _open(
        actor,
        citizen=lambda s: _citizen(s, "K3N-N1B", consent=True),
        runs=[
            Run(
                "boligstoette",
                ["citizen_guided", "citizen_alone", "citizen_guided", "citizen_alone"],
            )
        ],
        follow_ups=[("check_alone", "due")],
    )
    text = _handout(services, actor, session_of, tmp_path, "kenni", seed, KENNI)
    _check("kenni", text)
    text = _flat(text)
    assert "Log på med dit MitID." in text and "Vi hører omkring 20.12.2026" in text


def test_fru_hansen_no_device_exemption_no_contact(services, actor, session_of, tmp_path) -> None:  # type: ignore[no-untyped-def]
    seed = _open(
        actor,
        citizen=lambda s: _citizen(s, "H4N-5EN", consent=False),
        runs=[
            Run("varmetillaeg", ["staff"], status="ended"),
            Run("digital-post-fritagelse", ["staff", "citizen_guided"]),
        ],
        follow_ups=[("appointment", "due")],
    )
    text = _handout(services, actor, session_of, tmp_path, "fru_hansen", seed, FRU_HANSEN)
    _check("fru_hansen", text)
    text = _flat(text)
    assert "MitID-kodeviser" not in text and "Log på med dit MitID" not in text
    assert "Gå ind på borger.dk og søg efter »Varmetillæg«" not in text  # cannot alone
    assert "Vi kontakter dig" not in text and "Vi ringer" not in text
    assert "Du er fritaget for Digital Post. Gem kvitteringen." in text
    assert "Vi har aftalt, at du kommer igen omkring 20.12.2026." in text


def test_skilled_citizen_without_mitid(services, actor, session_of, tmp_path) -> None:  # type: ignore[no-untyped-def]
    seed = _open(
        actor,
        citizen=lambda s: _citizen(s, "S7K-1LD", consent=False),
        runs=[Run("boligstoette", ["citizen_alone"], status="ended")],
        follow_ups=[("call", "due")],  # no consent: not printed
    )
    text = _handout(
        services, actor, session_of, tmp_path, "skilled_no_mitid", seed, SKILLED_WITHOUT_MITID
    )
    _check("skilled_no_mitid", text)
    text = _flat(text)
    assert "Log på med dit MitID" not in text
    # a smartphone (devices "both"): the MitID app with a chip passport, borgerservice without
    assert "Hent appen MitID, og brug dit pas med chip." in text
    assert "Har du ikke pas med chip, så bestil en tid i Borgerservice." in text
    assert "Vi ringer" not in text


def test_citizen_needing_an_interpreter_gets_english(services, actor, session_of, tmp_path) -> None:  # type: ignore[no-untyped-def]
    seed = _open(
        actor,
        citizen=lambda s: _citizen(s, "T0L-K99", consent=True),
        runs=[Run("boligstoette", ["citizen_guided", "citizen_guided", "staff", "citizen_guided"])],
        follow_ups=[("call", "due")],
    )
    text = _handout(
        services, actor, session_of, tmp_path, "interpreter", seed, NEEDS_INTERPRETER, "en"
    )
    _check("interpreter", text)
    text = _flat(text)
    assert "We will call you around 20 December 2026." in text
    state = services.assessment.current(actor, 1)
    assert "interpreter" in state.result.suggestions


def test_anonymous_visit(services, actor, session_of, tmp_path) -> None:  # type: ignore[no-untyped-def]
    seed = _open(
        actor, runs=[Run("varmetillaeg", ["citizen_alone", "citizen_alone", "citizen_alone"])]
    )
    text = _handout(services, actor, session_of, tmp_path, "anonymous", seed, {})
    _check("anonymous", text)
    text = _flat(text)
    assert "Dit besøg er anonymt" in text and "borgerkode" not in text.lower()
    assert "Vi kontakter" not in text
