"""CSV and XLSX writers that stream rows, with formula injection neutralised.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be
read as a formula by a spreadsheet; such text gets a leading apostrophe. Numbers are
written as numbers (a negative number is not text and not a risk).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from medbetjening.reports.files import replaced_atomically

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheets run as formulas
_DANGEROUS = FORMULA_STARTS
# Control characters XML (and so XLSX) cannot hold.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def neutralise(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_DANGEROUS):
        return "'" + value
    return value


@contextmanager
def _csv_file(path: Path, header: Sequence[str], delimiter: str) -> Iterator[Any]:
    """A csv writer into ``<path>.part`` with the header written; moved into place at the end.

    Plain utf-8 with the BOM written once (Excel needs it): the utf-8-sig codec costs a
    call per row."""
    with (
        replaced_atomically(path) as tmp,
        open(tmp, "w", encoding="utf-8", newline="", buffering=1 << 20) as handle,
    ):
        handle.write("\ufeff")
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow([neutralise(h) for h in header])
        yield writer


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
                    if value.__class__ is str and value.startswith(_DANGEROUS):
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
    """UTF-8 with BOM (Excel recognises it). Written beside, then moved into place.

    ``text_columns``: the only columns that may hold text (others are numbers or fixed
    codes); when given, only they are checked for formula injection.
    """
    safe = _Neutralised(rows, text_columns)
    with _csv_file(path, header, delimiter) as writer:
        writer.writerows(safe)  # None is written as ""
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
    with _csv_file(path, header, delimiter) as writer:
        for chunk in chunks:
            writer.writerows(chunk)
            count += len(chunk)
    return count


def _xlsx_cell(value: Any) -> Any:
    if isinstance(value, str):
        return neutralise(_ILLEGAL_XML.sub("", value))
    return value


def write_xlsx(
    path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]], sheet_title: str = "Data"
) -> int:
    """A write-only (streaming) workbook: memory stays flat however many rows."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=sheet_title[:31])
    sheet.append([_xlsx_cell(h) for h in header])
    count = 0
    try:
        for row in rows:
            sheet.append([_xlsx_cell(v) for v in row])
            count += 1
    except BaseException:
        sheet.close()  # finish and remove openpyxl's temporary file before giving up
        raise
    with replaced_atomically(path) as tmp:
        workbook.save(tmp)
    return count
