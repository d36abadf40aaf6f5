"""The step-friction report as PDF (landscape A4, a table per flow)."""

from __future__ import annotations

import html
from pathlib import Path

from medbetjening.domain.friction import COLUMNS
from medbetjening.reports.friction import cell_text, notes, title, words
from medbetjening.reports.pdf import write_pdf
from medbetjening.services.friction import FrictionFlow, FrictionReport


def friction_html(report: FrictionReport) -> str:
    w, lang = words(report.language), report.language
    parts = [f"<h2>{html.escape(title(report))}</h2>"]
    parts += [f"<p style='font-size: small'>{html.escape(line)}</p>" for line in notes(lang)]
    for flow in report.flows:
        parts.append(_flow_html(flow, report.language))
    if not report.flows:
        parts.append(f"<p>{html.escape(w['flow'])}: 0</p>")
    return "".join(parts)


def _flow_html(flow: FrictionFlow, language: str) -> str:
    w = words(language)
    e = html.escape
    checked = (
        w["never"]
        if flow.verified_from is None
        else e(flow.verified_from.isoformat())
        + ("" if flow.verified_from == flow.verified_to else f"–{flow.verified_to}")
    )
    sources = "<br>".join(e(s) for s in flow.sources) or e(w["never"])
    head = "".join(f"<th>{e(w[c])}</th>" for c in COLUMNS)
    rows = []
    for step in flow.steps:
        text = e(step.text or w["gone"])
        source = e(step.source) if step.source else e(w["never"])
        when = step.verified.isoformat() if step.verified else w["never"]
        cells = "".join(
            f"<td align='right'>{e(str(cell_text(step.cells[c], language)))}</td>" for c in COLUMNS
        )
        rows.append(
            f"<tr><td>{step.position or ''}</td><td>{text}<br><small>{source} ({e(when)})"
            f"</small></td>{cells}</tr>"
        )
    totals = "".join(
        f"<td align='right'><b>{e(str(cell_text(flow.total[c], language)))}</b></td>"
        for c in COLUMNS
    )
    rows.append(f"<tr><td></td><td><b>{e(w['total'])}</b></td>{totals}</tr>")
    return (
        f"<h3>{e(flow.title)}</h3>"
        f"<p style='font-size: small'>{e(w['flow_sources'])}: {sources}<br>"
        f"{e(w['flow_verified'])}: {checked}</p>"
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        f"<tr><th width='4%'>{e(w['position'])}</th>"
        f"<th width='40%'>{e(w['step_text'])}</th>{head}</tr>" + "".join(rows) + "</table>"
    )


def write_friction_pdf(path: Path, report: FrictionReport) -> int:
    """Returns the pages written."""
    return write_pdf(
        path,
        friction_html(report),
        title=words(report.language)["title"],
        point_size=9,
        one_page=False,
        landscape=True,
    )
