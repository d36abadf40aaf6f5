"""Each file the program writes, as one call to the export runner (window and CLI alike).

A job names the service call that gives the data (and authorises and audits) and the
renderer that writes it; ``write_export`` does the rest (``reports/exporting.py``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from medbetjening.reports import export_labels
from medbetjening.reports.case_note import render_text
from medbetjening.reports.exporting import SILENT, Feedback, Written, given, write_export
from medbetjening.reports.tabular import (
    XLSX_MAX_ROWS,
    write_csv,
    write_csv_chunks,
    write_csv_lines,
    write_xlsx,
)
from medbetjening.services.audit_log import AuditFilter, AuditLogService, AuditRow
from medbetjening.services.citizen_requests import CitizenRequestService
from medbetjening.services.context import ActorContext
from medbetjening.services.export_data import HandoutData
from medbetjening.services.exports import ExportService
from medbetjening.services.friction import FrictionReport
from medbetjening.services.komhen import KomhenReport
from medbetjening.services.visit_export import (
    VisitExportOptions,
    VisitExportService,
    VisitTable,
)

T = TypeVar("T")
AUDIT_HEADER = ("id", "tidspunkt", "medarbejder", "sted", "handling", "type", "objekt", "detaljer")


# How the visit columns look in Excel, by their code header (the SQL gives dates and
# times as Excel serial numbers: real date cells).
_XLSX_FORMATS = {
    "dato": "dd-mm-yyyy",
    "start": "hh:mm",
    "slut": "hh:mm",
    "minutter": "0",
    "besøg": "0",
    "borger": "0",
    "borgerens_andel_af_trin": "0.000",
}


def visit_labels(language: str) -> dict[str, dict[str, str]]:
    """The label tables the visit export applies, in ``language``."""
    export_labels.check_language(language)
    groups = set(export_labels.VALUE_GROUPS.values())
    return {group: export_labels.values(group, language) for group in groups}


def export_visits(
    service: VisitExportService,
    actor: ActorContext,
    out: Path,
    options: VisitExportOptions,
    feedback: Feedback = SILENT,
    *,
    codes: bool = False,
    sheet_rows: int = XLSX_MAX_ROWS,
) -> Written:
    """Visits as CSV or XLSX: words in ``options.language``, or machine codes (``codes``).
    ``sheet_rows``: rows per XLSX sheet, header included (Excel's limit; tests pass less)."""
    options = replace(options, labels=None if codes else visit_labels(options.language))
    names = export_labels.ANONYMISED_CODES if options.anonymised else export_labels.VISIT_CODES
    header = names if codes else export_labels.headers(names, options.language)

    def render(table: VisitTable, path: Path) -> int:
        feedback.step(0, table.total)
        if table.lines:
            return write_csv_lines(path, header, _stepped(table, feedback), options.delimiter)
        if options.format == "csv":
            return write_csv_chunks(path, header, _stepped(table, feedback), options.delimiter)
        formats = {i: _XLSX_FORMATS[n] for i, n in enumerate(names) if n in _XLSX_FORMATS}
        rows = (row for chunk in table.chunks for row in chunk)
        return write_xlsx(
            path,
            header,
            rows,
            "Besøg",
            total=table.total,
            number_formats=formats,
            feedback=feedback,
            sheet_rows=sheet_rows,
            prepared=True,
        )

    return write_export(out, lambda: service.table(actor, options), render)


def _stepped(table: VisitTable, feedback: Feedback) -> Any:
    done = 0
    for chunk in table.chunks:
        yield chunk
        done += len(chunk)
        feedback.step(done, table.total)


def export_audit_log(
    service: AuditLogService,
    actor: ActorContext,
    out: Path,
    criteria: AuditFilter | None = None,
    feedback: Feedback = SILENT,
) -> Written:
    """The filtered audit log as CSV (';', BOM) with every text cell formula-safe."""

    def render(rows: list[AuditRow], path: Path) -> int:
        def cells() -> Any:
            for number, row in enumerate(rows):
                if number % 200 == 0:
                    feedback.step(number, len(rows))
                yield (
                    row.id,
                    row.at.isoformat(sep=" "),
                    row.staff_name,
                    row.site_name,
                    row.action,
                    row.target_type or "",
                    "" if row.target_id is None else row.target_id,
                    row.detail,
                )
            feedback.step(len(rows), len(rows))

        return write_csv(path, AUDIT_HEADER, cells(), ";", text_columns=(2, 3, 4, 5, 7))

    return write_export(out, lambda: service.exported(actor, criteria), render)


def export_access_answer(
    service: CitizenRequestService, actor: ActorContext, citizen_id: int, out: Path
) -> Written:
    """All data held about a citizen as .json or .pdf (the count is the visits)."""
    kind = out.suffix.lower().lstrip(".")

    def render(data: dict[str, Any], path: Path) -> int:
        if kind == "pdf":
            from medbetjening.reports.citizen_data_pdf import render_pdf

            render_pdf(data, path)
        else:
            path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        return len(data["visits"])

    return write_export(out, lambda: service.access_answer(actor, citizen_id, kind), render)


def _framed(render: Callable[[T, Path], int], feedback: Feedback) -> Callable[[T, Path], int]:
    """A one-piece render that reports its start and end: a cancel at either raises
    there, inside the runner, so the part file is dropped and nothing is written."""

    def run(data: T, path: Path) -> int:
        feedback.step(0, 1)
        count = render(data, path)
        feedback.step(1, 1)
        return count

    return run


def export_handout(
    service: ExportService,
    actor: ActorContext,
    visit_id: int,
    out: Path,
    *,
    language: str = "da",
    retention_months: int = 12,
    large_print: bool = False,
) -> Written:
    """The citizen's handout as PDF (the count is pages)."""
    from medbetjening.reports.handout import render_handout

    return write_export(
        out,
        lambda: given(service.handout(actor, visit_id, language, retention_months)),
        lambda data, path: render_handout(data, path, large_print=large_print),
    )


def save_handout(
    data: HandoutData, out: Path, *, large_print: bool = False, feedback: Feedback = SILENT
) -> Written:
    """A handout already read (and audited) for a preview, as PDF (the count is pages)."""
    from medbetjening.reports.handout import render_handout

    def render(d: HandoutData, path: Path) -> int:
        return render_handout(d, path, large_print=large_print)

    return write_export(out, lambda: given(data), _framed(render, feedback))


def case_note_text(service: ExportService, actor: ActorContext, visit_id: int) -> str:
    """The case note as text (audited by the service)."""
    return render_text(service.case_note_data(actor, visit_id))


def save_case_note(text: str, out: Path, feedback: Feedback = SILENT) -> Written:
    """A case note already shown (and audited) as .pdf, or else as UTF-8 text."""

    def render(note: str, path: Path) -> int:
        if out.suffix.lower() == ".pdf":
            from medbetjening.reports.case_note_pdf import write_case_note_pdf

            return write_case_note_pdf(note, path)
        path.write_text(note, encoding="utf-8")
        return 1

    return write_export(out, lambda: given(text), _framed(render, feedback))


def export_komhen(
    report: KomhenReport, out: Path, delimiter: str = ";", feedback: Feedback = SILENT
) -> Written:
    """A KOMHEN count (already audited by ``KomhenService``) as CSV or XLSX by suffix."""
    from medbetjening.reports.komhen import write_komhen

    def render(data: KomhenReport, path: Path) -> int:
        return write_komhen(path, data, delimiter, out)

    return write_export(out, lambda: given(report), _framed(render, feedback))


def export_table(
    out: Path,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    feedback: Feedback = SILENT,
) -> Written:
    """A small table (a chart's numbers) as CSV for Danish Excel."""

    def render(data: Sequence[Sequence[Any]], path: Path) -> int:
        return write_csv(path, columns, data, ";")

    return write_export(out, lambda: given(rows), _framed(render, feedback))


def export_friction(report: FrictionReport, out: Path, feedback: Feedback = SILENT) -> Written:
    """The step-friction report (already audited by ``FrictionService``): CSV, XLSX or PDF
    by suffix; the count is the table's rows (CSV/XLSX) or pages (PDF)."""
    from medbetjening.reports.friction import write_friction

    def render(data: FrictionReport, path: Path) -> int:
        return write_friction(path, data, out)

    return write_export(out, lambda: given(report), _framed(render, feedback))
