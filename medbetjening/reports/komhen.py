"""KOMHEN counts laid out for pasting: one row per site × channel × task, a column per type."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from medbetjening.reports.case_note import CHANNEL
from medbetjening.reports.tabular import write_csv, write_xlsx
from medbetjening.services.komhen import KomhenReport

TYPES = (
    ("information", "Information"),
    ("interaction", "Interaktion"),
    ("transaction", "Transaktion"),
)
NO_TASK = "Øvrige henvendelser (intet forløb)"
HEADER = ["Sted", "Kanal", "Opgave", *(name for _, name in TYPES), "I alt"]


def danish_channel(code: str) -> str:
    return CHANNEL.get(code, code).capitalize()


def komhen_table(
    report: KomhenReport, channel_label: Callable[[str], str] = danish_channel
) -> tuple[list[str], list[list[Any]]]:
    """Rows in the report's order, then a total row; counts are numbers."""
    cells: dict[tuple[str, str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in report.rows:
        cells[(row.site_name, row.channel, row.task)][row.contact_type] += row.contacts
    rows: list[list[Any]] = []
    totals: dict[str, int] = defaultdict(int)
    for (site, channel, task), by_type in cells.items():
        values = [by_type.get(code, 0) for code, _ in TYPES]
        for (code, _), value in zip(TYPES, values, strict=True):
            totals[code] += value
        rows.append([site, channel_label(channel), task or NO_TASK, *values, sum(values)])
    grand = [totals[code] for code, _ in TYPES]
    rows.append(["I alt", "", "", *grand, sum(grand)])
    return HEADER, rows


def title(report: KomhenReport) -> str:
    period = f"{report.date_from.strftime('%d.%m.%Y')}–{report.date_to.strftime('%d.%m.%Y')}"
    week = f"uge {report.week.split('-W')[1]} {report.week[:4]}, " if report.week else ""
    return f"KOMHEN-optælling {week}{period}"


def write_komhen(
    path: Path, report: KomhenReport, delimiter: str = ";", name: Path | None = None
) -> int:
    """CSV (``;`` for Danish Excel) or XLSX by the suffix of ``name`` (the file asked for;
    ``path`` may be its ``.part``); the title is the first row."""
    header, rows = komhen_table(report)
    if (name or path).suffix.lower() == ".xlsx":
        return write_xlsx(path, header, rows, "KOMHEN", title=title(report))
    return write_csv(path, [title(report)], [[], header, *rows], delimiter)
