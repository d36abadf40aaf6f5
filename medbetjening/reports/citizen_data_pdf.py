"""The access-request answer as a readable PDF (QtGui only: QTextDocument + QPdfWriter)."""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

SECTION_TITLES = {
    "visits": "Besøg",
    "assessment_result": "Kompetenceafklaring",
    "assessment_answer": "Svar i kompetenceafklaringen",
    "flow_run": "Selvbetjeningsløsninger (forløb)",
    "step_record": "Trin i forløbene",
    "outcome": "Resultat af besøgene",
    "follow_up": "Opfølgning",
    "appointment": "Aftaler",
}

INTRO = (
    "Her er alle de oplysninger, kommunen har gemt om dig i Medbetjening – det program, "
    "medarbejderen brugte, da du fik hjælp til et digitalt ærinde. Dit CPR-nummer er "
    "ikke gemt; højst en kode, der ikke kan regnes tilbage. Oplysningerne slettes "
    "automatisk efter slettefristen. Du kan bede om at få dem slettet før."
)


def _ensure_gui_application() -> None:
    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication([])


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


def render_pdf(data: dict[str, Any], out: Path) -> None:
    _ensure_gui_application()
    writer = QPdfWriter(str(out))
    writer.setTitle("Dine oplysninger i Medbetjening")
    writer.setCreator("Medbetjening")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setDefaultStyleSheet("body { font-size: 9pt; } th { background: #ddd; }")
    document.setHtml(to_html(data))
    document.print_(writer)
