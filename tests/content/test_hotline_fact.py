"""Den Digitale Hotline's number is a fact a citizen takes home (handout, case note, flow
alternatives): every flow that quotes it cites the page that confirms it, and the handout
says only what that page says the hotline helps with."""

from __future__ import annotations

from medbetjening.content.flows import builtin_flows_dir, load_flow_file
from medbetjening.reports import case_note, export_labels, handout
from medbetjening.reports.hotline import HOTLINE, HOTLINE_CHECKED, HOTLINE_SOURCE


def _quoting_flows() -> list[str]:
    return sorted(
        path.stem
        for path in builtin_flows_dir().glob("*.yaml")
        if HOTLINE in path.read_text(encoding="utf-8")
    )


def test_every_flow_quoting_the_hotline_cites_its_page() -> None:
    quoting = _quoting_flows()
    assert quoting, "no flow quotes the hotline: drop this test with the number"
    for flow_id in quoting:
        flow = load_flow_file(builtin_flows_dir() / f"{flow_id}.yaml").flow
        assert HOTLINE_SOURCE in flow.sources, flow_id


def test_one_number_everywhere_with_its_date() -> None:
    assert HOTLINE_CHECKED.isoformat() == "2026-12-07"  # the date the page was read
    assert HOTLINE in handout.TEXT["da"]["help_hotline"]
    assert HOTLINE in case_note.REFERRAL["digital_hotline"]
    assert HOTLINE in export_labels._ENGLISH["referral"]["digital_hotline"]


def test_the_handout_does_not_promise_mitid_help_the_page_does_not_give() -> None:
    for language in ("da", "en"):
        assert "MitID" not in handout.TEXT[language]["help_hotline"]
