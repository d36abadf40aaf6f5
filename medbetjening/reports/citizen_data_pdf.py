"""The access-request answer as a readable PDF (through the one PDF writer, ``pdf.py``)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from medbetjening.reports.pdf import write_pdf

SECTION_TITLES = {
    "visits": "Besøg",
    "assessment_result": "Kompetenceafklaring",
    "assessment_answer": "Svar i kompetenceafklaringen",
    "flow_run": "Selvbetjeningsløsninger (forløb)",
    "step_record": "Trin i forløbene",
    "outcome": "Resultat af besøgene",
    "follow_up": "Opfølgning",
    "appointment": "Aftaler",
    "workshop_participant": "Workshops: kurser og it-caféer, du deltog i",
}

INTRO = (
    "Her er alle de oplysninger, kommunen har gemt om dig i Medbetjening – det program, "
    "medarbejderen brugte, da du fik hjælp til et digitalt ærinde. Dit CPR-nummer er "
    "ikke gemt; højst en kode, der ikke kan regnes tilbage. Oplysningerne slettes "
    "automatisk efter slettefristen. Du kan bede om at få dem slettet før."
)


def _table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "<p>Ingen.</p>"
    columns = list(rows[0])
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in columns)
    body = "".join(
        "<tr>"
        + "".join(
            f"<td>{html.escape('' if row.get(c) is None else str(row.get(c)))}</td>"
            for c in columns
        )
        + "</tr>"
        for row in rows
    )
    return f'<table border="1" cellspacing="0" cellpadding="3"><tr>{head}</tr>{body}</table>'


def to_html(data: dict[str, Any]) -> str:
    citizen = data["borger"]
    parts = [
        "<h1>Dine oplysninger i Medbetjening</h1>",
        f"<p>{html.escape(INTRO)}</p>",
        f"<p>Udtrukket: {html.escape(str(data['udtrukket']))}</p>",
        "<h2>Om dig</h2>",
        _table([citizen]),
    ]
    for key, rows in data.items():
        if key in ("borger", "udtrukket") or not isinstance(rows, list):
            continue
        parts.append(f"<h2>{html.escape(SECTION_TITLES.get(key, key))}</h2>")
        parts.append(_table(rows))
    return "\n".join(parts)


def render_pdf(data: dict[str, Any], out: Path) -> int:
    """The answer on landscape A4 pages (wide tables); returns the number of pages."""
    return write_pdf(
        out,
        "<style>th { background: #ddd; }</style>" + to_html(data),
        title="Dine oplysninger i Medbetjening",
        point_size=9.0,
        one_page=False,
        landscape=True,
    )
