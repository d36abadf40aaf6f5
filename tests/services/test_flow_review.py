"""Leads see which flows are due for review and which the municipality replaced; the
handout reads a step's home line and the flow's bring list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from medbetjening.content.flows import load_flow_library
from medbetjening.domain.flow_review import months_before, review_of
from medbetjening.services.errors import PermissionDenied
from medbetjening.services.flow_catalog import FlowLibraryCatalog
from medbetjening.services.flow_review import flow_review_report
from medbetjening.services.flows import FlowService
from tests.content.test_flows_malformed import GOOD

TODAY = dt.date(2026, 12, 6)


def library_folders(tmp_path: Path) -> list[Path]:
    shipped, own = tmp_path / "shipped", tmp_path / "own"
    shipped.mkdir()
    own.mkdir()
    old = GOOD.format(id="gammel").replace(
        "verified: 2026-12-06\n  - id: send", "verified: 2025-11-30\n  - id: send"
    )
    (shipped / "gammel.yaml").write_text(old, encoding="utf-8")
    (shipped / "frisk.yaml").write_text(GOOD.format(id="frisk"), encoding="utf-8")
    (shipped / "flytning.yaml").write_text(GOOD.format(id="flytning"), encoding="utf-8")
    (own / "flytning.yaml").write_text(GOOD.format(id="flytning"), encoding="utf-8")
    return [shipped, own]


def service(tmp_path: Path) -> FlowService:
    folders = library_folders(tmp_path)
    return FlowService(None, lambda: load_flow_library(folders))  # type: ignore[arg-type]


def test_the_report_names_due_flows_and_replaced_ones(tmp_path: Path, lead) -> None:  # type: ignore[no-untyped-def]
    report = flow_review_report(service(tmp_path), lead, TODAY)
    assert [(r.flow_id, r.oldest_verified, r.stale_steps) for r in report.due] == [
        ("gammel", dt.date(2025, 11, 30), ("log-ind",))
    ]
    [replaced] = report.replaced
    assert replaced.flow_id == "flytning"
    assert replaced.own_file.endswith("own/flytning.yaml")
    assert replaced.shipped_file.endswith("shipped/flytning.yaml")
    assert report.total == 3


def test_only_a_lead_sees_the_report(tmp_path: Path, actor) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        flow_review_report(service(tmp_path), actor, TODAY)


def test_twelve_months_back_and_a_step_never_verified() -> None:
    assert months_before(dt.date(2026, 12, 6), 12) == dt.date(2025, 12, 6)
    assert months_before(dt.date(2024, 2, 29), 12) == dt.date(2023, 2, 28)
    from medbetjening.domain.flows import Flow, FlowStep, LocalText
    from medbetjening.domain.vocabulary import ContactType

    step = FlowStep(id="a", staff=LocalText("x"), citizen=LocalText("y"))
    flow = Flow(id="f", title=LocalText("F"), contact_type=ContactType.INFORMATION, steps=(step,))
    review = review_of(flow, TODAY)
    assert review.due and review.oldest_verified is None and review.stale_steps == ("a",)


def test_the_handout_reads_home_lines_and_bring(tmp_path: Path) -> None:
    text = GOOD.format(id="hjem").replace(
        "    source: https://www.mitid.dk/hjaelp/log-paa/\n",
        "    home: {da: Log på med MitID derhjemme., en: Log on with MitID at home.}\n"
        "    source: https://www.mitid.dk/hjaelp/log-paa/\n",
    )
    text += "bring:\n  - {da: Din telefon, en: Your phone}\n"
    text += "conditions:\n  - {da: Kun for borgere over 15 år, en: Only for citizens over 15}\n"
    (tmp_path / "hjem.yaml").write_text(text, encoding="utf-8")
    flows = load_flow_library([tmp_path]).flows
    summary = FlowLibraryCatalog(lambda: flows).flow("hjem", "da")
    assert summary is not None
    assert [s.citizen_text for s in summary.steps] == [
        "Log på med MitID derhjemme.",
        "Tryk på send.",
    ]
    assert summary.bring == ("Din telefon",)  # conditions are for staff, never on the handout
    english = FlowLibraryCatalog(lambda: flows).flow("hjem", "en")
    assert english is not None and english.steps[0].citizen_text == "Log on with MitID at home."
