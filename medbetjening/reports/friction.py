"""The step-friction report for the owners of the self-services: CSV, XLSX or PDF.

One row per flow step and a total row per flow. A count under 5 reads "<5"; a count
hidden so that a "<5" cannot be worked out from the totals reads "skjult" (it is 5 or
more). Every flow names the pages its steps were checked against and when, so the owner
knows which version of their service the counts concern. Nothing names a citizen, a
member of staff or a visit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from medbetjening.domain.disclosure import Shown
from medbetjening.domain.friction import COLUMNS
from medbetjening.reports.tabular import write_csv, write_xlsx
from medbetjening.services.friction import Cell, FrictionReport

_WORDS = {
    "da": {
        "title": "Friktion i selvbetjeningerne",
        "all_sites": "alle steder",
        "flow": "Forløb",
        "flow_sources": "Forløbets kilder",
        "flow_verified": "Kontrolleret",
        "position": "Trin nr.",
        "step": "Trin",
        "step_text": "Trinnet for borgeren",
        "step_source": "Trinnets kilde",
        "step_verified": "Trinnet kontrolleret",
        "runs_reached": "Nåede trinnet",
        "obstacle_no_mitid": "Forhindring: intet MitID",
        "obstacle_missing_document": "Forhindring: manglende dokument",
        "obstacle_system_down": "Forhindring: systemet virkede ikke",
        "obstacle_other": "Forhindring: andet",
        "runs_staff": "Medarbejderen gjorde det",
        "runs_ended": "Stoppede her",
        "total": "I alt (nåede: forløb startet)",
        "gone": "findes ikke i forløbets nuværende udgave",
        "never": "ikke kontrolleret",
        "under": "<5",
        "hidden": "skjult",
        "note_counts": "Tallene er forløb hos borgere, der fik hjælp ved kommunens skranke – "
        "ikke alle, der bruger selvbetjeningen. De viser hvor, ikke hvorfor.",
        "note_under": '"<5": færre end 5 (også 0), skjult af hensyn til borgerne.',
        "note_hidden": '"skjult": 5 eller flere, skjult så et "<5" ikke kan regnes ud af summerne.',
        "note_total": "I alt-rækken: forløb startet og summen af trinene (et forløb kan "
        "tælle ved flere trin).",
    },
    "en": {
        "title": "Friction in the self-services",
        "all_sites": "all sites",
        "flow": "Flow",
        "flow_sources": "Flow sources",
        "flow_verified": "Checked",
        "position": "Step no.",
        "step": "Step",
        "step_text": "The step for the citizen",
        "step_source": "Step source",
        "step_verified": "Step checked",
        "runs_reached": "Reached the step",
        "obstacle_no_mitid": "Obstacle: no MitID",
        "obstacle_missing_document": "Obstacle: missing document",
        "obstacle_system_down": "Obstacle: system not working",
        "obstacle_other": "Obstacle: other",
        "runs_staff": "Staff did it",
        "runs_ended": "Stopped here",
        "total": "Total (reached: flows started)",
        "gone": "not in the flow's current version",
        "never": "not checked",
        "under": "<5",
        "hidden": "hidden",
        "note_counts": "The counts are flows of citizens helped at the municipality's "
        "counter – not everyone who uses the self-service. They show where, not why.",
        "note_under": '"<5": fewer than 5 (0 included), hidden to protect the citizens.',
        "note_hidden": '"hidden": 5 or more, hidden so a "<5" cannot be worked out from '
        "the totals.",
        "note_total": "The total row: flows started and the sum over the steps (a flow "
        "can count at several steps).",
    },
}
FIELDS = (
    "flow",
    "flow_sources",
    "flow_verified",
    "position",
    "step",
    "step_text",
    "step_source",
    "step_verified",
    *COLUMNS,
)


def words(language: str) -> dict[str, str]:
    return _WORDS["en" if language == "en" else "da"]


def cell_text(cell: Cell, language: str = "da") -> int | str:
    """A number, or the word that stands in for it."""
    if cell.shown is Shown.VALUE:
        return cell.value
    return words(language)["under" if cell.shown is Shown.UNDER_THRESHOLD else "hidden"]


def title(report: FrictionReport) -> str:
    w = words(report.language)
    period = f"{report.date_from.strftime('%d.%m.%Y')}–{report.date_to.strftime('%d.%m.%Y')}"
    where = ", ".join(report.site_names) or w["all_sites"]
    return f"{w['title']} {period}, {where}"


def notes(language: str) -> list[str]:
    w = words(language)
    return [w["note_counts"], w["note_under"], w["note_hidden"], w["note_total"]]


def friction_table(report: FrictionReport) -> tuple[list[str], list[list[Any]]]:
    """The header and the rows (a flow's steps, then its total row)."""
    w, lang = words(report.language), report.language
    rows: list[list[Any]] = []
    for flow in report.flows:
        verified = (
            w["never"]
            if flow.verified_from is None
            else flow.verified_from.isoformat()
            if flow.verified_from == flow.verified_to
            else f"{flow.verified_from.isoformat()}–{flow.verified_to.isoformat()}"  # type: ignore[union-attr]
        )
        head = [flow.title, " ".join(flow.sources), verified]
        for step in flow.steps:
            rows.append(
                [
                    *head,
                    step.position if step.position is not None else "",
                    step.step_id,
                    step.text or w["gone"],
                    step.source,
                    step.verified.isoformat() if step.verified else w["never"],
                    *(cell_text(step.cells[c], lang) for c in COLUMNS),
                ]
            )
        totals = (cell_text(flow.total[c], lang) for c in COLUMNS)
        rows.append([*head, "", w["total"], "", "", "", *totals])
    return [w[field] for field in FIELDS], rows


def write_friction(path: Path, report: FrictionReport, name: Path | None = None) -> int:
    """CSV (``;``), XLSX or PDF by the suffix of ``name`` (``path`` may be its ``.part``)."""
    suffix = (name or path).suffix.lower()
    if suffix == ".pdf":
        from medbetjening.reports.friction_pdf import write_friction_pdf

        return write_friction_pdf(path, report)
    header, rows = friction_table(report)
    tail = [[], *([line] for line in notes(report.language))]
    if suffix == ".xlsx":
        blank = [""] * (len(header) - 1)
        padded = [*rows, *([*line, *blank] if line else [""] * len(header) for line in tail)]
        write_xlsx(path, header, padded, "Friktion", title=title(report))
    else:
        write_csv(path, [title(report)], [[], header, *rows, *tail], ";")
    return len(rows)
