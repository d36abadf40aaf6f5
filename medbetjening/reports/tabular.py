"""CSV and XLSX renderers that stream rows, with formula injection neutralised.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be
read as a formula by a spreadsheet; such text gets a leading apostrophe
(``domain/spreadsheet.py``). Numbers are written as numbers. The renderers write the
path they are given; ``reports/exporting.write_export`` hands them ``<name>.part``.

XLSX goes through ``rustpy-xlsxwriter`` (Rust, constant memory). Measured again on
2026-12-07 with the same 30,000 prepared visit rows (``python -m
tests.benchmarks.xlsx_writers``, CPU seconds on the loaded 2-core test machine):
rustpy-xlsxwriter 0.66 s, xlsxwriter constant-memory 6.8 s, openpyxl write-only 18.6 s.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

from medbetjening.domain.spreadsheet import FORMULA_STARTS, neutralise
from medbetjening.reports.exporting import SILENT, Feedback

# Excel's rows per sheet (header included); more rows continue on the next sheet.
XLSX_MAX_ROWS = 1_048_576
# Control characters XML (and so XLSX) cannot hold.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

__all__ = [
    "FORMULA_STARTS",
    "neutralise",
    "write_csv",
    "write_csv_chunks",
    "write_csv_lines",
    "write_xlsx",
]


def _csv_writer(handle: Any, header: Sequence[str], delimiter: str) -> Any:
    """Plain utf-8 with the BOM written once (Excel needs it): the utf-8-sig codec costs
    a call per row."""
    handle.write("\ufeff")
    writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in header])
    return writer


class _Neutralised:
    """Rows with formula-like text made harmless, counted as they pass (one layer, since
    a million-row export pays for every Python step per row)."""

    def __init__(self, rows: Iterable[Sequence[Any]], text_columns: Sequence[int] | None) -> None:
        self._rows = rows
        self._text_columns = text_columns
        self.count = 0

    def __iter__(self) -> Iterator[Sequence[Any]]:
        count = 0
        try:
            if self._text_columns is None:
                for row in self._rows:
                    count += 1
                    yield [neutralise(v) for v in row]
                return
            columns = self._text_columns
            for row in self._rows:  # only the columns that can hold free text need a look
                count += 1
                fixed: list[Any] | None = None
                for index in columns:
                    value = row[index]
                    if value.__class__ is str and value.startswith(FORMULA_STARTS):
                        if fixed is None:
                            fixed = list(row)
                        fixed[index] = "'" + value
                yield row if fixed is None else fixed
        finally:
            self.count = count


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    delimiter: str = ",",
    text_columns: Sequence[int] | None = None,
) -> int:
    """UTF-8 with BOM (Excel recognises it); returns the rows written.

    ``text_columns``: the only columns that may hold text (others are numbers or fixed
    codes); when given, only they are checked for formula injection.
    """
    safe = _Neutralised(rows, text_columns)
    with open(path, "w", encoding="utf-8", newline="", buffering=1 << 20) as handle:
        _csv_writer(handle, header, delimiter).writerows(safe)  # None is written as ""
    return safe.count


def write_csv_chunks(
    path: Path,
    header: Sequence[str],
    chunks: Iterable[Sequence[Sequence[Any]]],
    delimiter: str = ",",
) -> int:
    """Like ``write_csv`` for rows already made formula-safe, a chunk at a time (each one
    written by the csv module in C: a million rows pay no Python per row)."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="", buffering=1 << 20) as handle:
        writer = _csv_writer(handle, header, delimiter)
        for chunk in chunks:
            writer.writerows(chunk)
            count += len(chunk)
    return count


def write_csv_lines(
    path: Path,
    header: Sequence[str],
    chunks: Iterable[Sequence[str]],
    delimiter: str = ",",
) -> int:
    """Like ``write_csv_chunks`` for rows already written as CSV lines (formula-safe,
    quoted, no line end: ``storage/csv_sql.py``), a chunk at a time."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="", buffering=1 << 20) as handle:
        _csv_writer(handle, header, delimiter)
        for chunk in chunks:
            if chunk:
                handle.write("\r\n".join(chunk))
                handle.write("\r\n")
                count += len(chunk)
    return count


def _xlsx_cell(value: Any) -> Any:
    if value.__class__ is str:
        return neutralise(_ILLEGAL_XML.sub("", value))
    return value


def write_xlsx(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    sheet_title: str = "Data",
    *,
    total: int | None = None,
    number_formats: Mapping[int, str] | None = None,
    convert: Mapping[int, Callable[[Any], Any]] | None = None,
    title: str | None = None,
    feedback: Feedback = SILENT,
    sheet_rows: int = XLSX_MAX_ROWS,
    prepared: bool = False,
) -> int:
    """A constant-memory workbook; returns the rows written.

    ``total``: the number of rows (needed to lay out more than one sheet; a sequence
    gives it itself). ``number_formats``/``convert`` by column index: e.g. a date in
    ISO text becomes a date cell shown as dd-mm-yyyy. ``title`` is a first line above
    the header. Past Excel's 1,048,576 rows (``sheet_rows``, header included) the rest
    continues on "<sheet> (2)", and ``feedback`` says so. ``prepared``: the rows are
    cells already (text made formula-safe, dates as Excel serial numbers: the visit
    export does it in SQL), so no Python runs per cell; a control character XML cannot
    hold is then written escaped by the writer (``_x0001_``), the file stays valid.
    """
    import rustpy_xlsxwriter as xlsx

    if total is None:
        rows = list(rows)
        total = len(rows)
    names = list(header)
    header_row = 0 if title is None else 1
    per_sheet = sheet_rows - 1 - header_row
    sheets = max(1, math.ceil(total / per_sheet))
    formats = [
        xlsx.Format().set_num_format(number_formats[i]) if i in (number_formats or {}) else None
        for i in range(len(names))
    ]
    converters = dict(convert or {})
    source = iter(rows)
    written = 0

    def records(sheet: int) -> Iterator[dict[str, Any]]:
        nonlocal written
        if sheet > 1:
            limit = f"{sheet_rows:,}".replace(",", ".")
            feedback.tell(f"Excel rummer {limit} rækker pr. ark: resten fortsætter på ark {sheet}")
        if prepared:
            for row in islice(source, per_sheet):
                written += 1
                if not written % 5000:
                    feedback.step(written, total)
                yield dict(zip(names, row, strict=True))
            return
        for row in islice(source, per_sheet):
            cells = [_xlsx_cell(v) for v in row]
            for index, make in converters.items():
                if cells[index] is not None:
                    cells[index] = make(cells[index])
            written += 1
            if written % 5000 == 0:
                feedback.step(written, total)
            yield dict(zip(names, cells, strict=True))

    book = xlsx.FastExcel(str(path)).format(datetime_format="dd-mm-yyyy")
    for sheet in range(1, sheets + 1):
        name = sheet_title[:31] if sheet == 1 else f"{sheet_title[:25]} ({sheet})"
        extra: dict[str, Any] = {}
        if title is not None:
            extra = {"header_row": 1, "merge_ranges": [(0, 0, 0, len(names) - 1, title)]}
        book.sheet(name, records(sheet), column_formats=formats, **extra)
    book.save()
    feedback.step(written, total)
    return written
