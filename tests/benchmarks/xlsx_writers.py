"""Which XLSX writer: ``python -m tests.benchmarks.xlsx_writers [VISITS] [ROWS]``.

Writes the same prepared visit rows (the export's own SELECT, dates as Excel serial
numbers, date/time formats) with each candidate in constant memory and prints the CPU
seconds (``process_time``: robust on a loaded machine). Not a measure with a target:
it shows why ``reports/tabular.py`` uses rustpy-xlsxwriter.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from tests.benchmarks.demo_db import CACHE_DIR, ensure

FORMATS = {1: "dd-mm-yyyy", 2: "hh:mm", 3: "hh:mm", 17: "0.000"}


def _rows(db_url: str, count: int) -> list[Any]:
    from medbetjening.reports.export_jobs import visit_labels
    from medbetjening.services.container import Services
    from medbetjening.services.database import open_database
    from medbetjening.services.visit_export import VisitExportOptions
    from medbetjening.storage.streaming import stream_rows

    services = Services(open_database(db_url))
    options = VisitExportOptions(format="xlsx", labels=visit_labels("da"))
    rows: list[Any] = []
    with services.database.uow_factory() as uow:
        query = services.visit_export.visit_export_query(uow.session, None, options).limit(count)
        for chunk in stream_rows(uow.session.connection(), query, 1000):
            rows.extend(chunk)
    return rows


def rustpy(rows: Sequence[Any], names: list[str], out: Path) -> None:
    import rustpy_xlsxwriter as xlsx

    formats = [
        xlsx.Format().set_num_format(FORMATS[i]) if i in FORMATS else None
        for i in range(len(names))
    ]
    book = xlsx.FastExcel(str(out))
    book.sheet("Besøg", (dict(zip(names, r, strict=True)) for r in rows), column_formats=formats)
    book.save()


def xlsxwriter_constant_memory(rows: Sequence[Any], names: list[str], out: Path) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    sheet = book.add_worksheet("Besøg")
    for index, number_format in FORMATS.items():
        sheet.set_column(index, index, None, book.add_format({"num_format": number_format}))
    sheet.write_row(0, 0, names)
    for number, row in enumerate(rows, 1):
        sheet.write_row(number, 0, row)
    book.close()


def openpyxl_write_only(rows: Sequence[Any], names: list[str], out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Besøg")
    sheet.append(names)
    for row in rows:
        cells = []
        for index, value in enumerate(row):
            cell = WriteOnlyCell(sheet, value)
            if index in FORMATS:
                cell.number_format = FORMATS[index]
            cells.append(cell)
        sheet.append(cells)
    book.save(str(out))


WRITERS: list[Callable[[Sequence[Any], list[str], Path], None]] = [
    rustpy,
    xlsxwriter_constant_memory,
    openpyxl_write_only,
]


def main(visits: int = 100_000, count: int = 30_000) -> None:
    demo = ensure(1, visits)
    rows = _rows(demo.url, count)
    names = [f"c{i}" for i in range(len(rows[0]))]
    out = CACHE_DIR / "writer-bench.xlsx"
    for writer in WRITERS:
        started = time.process_time()
        writer(rows, names, out)
        seconds = time.process_time() - started
        print(f"{writer.__name__:28} {len(rows)} rows  {seconds:6.2f} s CPU", flush=True)
        out.unlink(missing_ok=True)


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
