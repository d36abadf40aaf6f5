"""KOMHEN counts laid out for pasting: one row per channel × task, a column per type."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from medbetjening.reports.case_note import CHANNEL
from medbetjening.reports.tabular import write_csv

TYPES = (
    ("information", "Information"),
    ("interaction", "Interaktion"),
    ("transaction", "Transaktion"),
)
NO_TASK = "Øvrige henvendelser (intet forløb)"


class KomhenCount(Protocol):
    channel: str
    task: str
    contact_type: str
    contacts: int


def komhen_table(counts: Sequence[KomhenCount]) -> tuple[list[str], list[list[Any]]]:
    header = ["Kanal", "Opgave", *(name for _, name in TYPES), "I alt"]
    cells: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for count in counts:
        cells[(count.channel, count.task)][count.contact_type] += count.contacts
    rows: list[list[Any]] = []
    totals = defaultdict(int)
    for (channel, task), by_type in sorted(
        cells.items(), key=lambda kv: (kv[0][0], kv[0][1] == "", kv[0][1])
    ):
        values = [by_type.get(code, 0) for code, _ in TYPES]
        for (code, _), value in zip(TYPES, values, strict=True):
            totals[code] += value
        rows.append(
            [CHANNEL.get(channel, channel).capitalize(), task or NO_TASK, *values, sum(values)]
        )
    grand = [totals[code] for code, _ in TYPES]
    rows.append(["I alt", "", *grand, sum(grand)])
    return header, rows


def write_komhen_csv(
    out: Path,
    counts: Sequence[KomhenCount],
    date_from: dt.date,
    date_to: dt.date,
    delimiter: str = ";",
) -> int:
    header, rows = komhen_table(counts)
    title = [f"KOMHEN-optælling {date_from.strftime('%d.%m.%Y')}–{date_to.strftime('%d.%m.%Y')}"]
    return write_csv(out, title, [[], header, *rows], delimiter)
