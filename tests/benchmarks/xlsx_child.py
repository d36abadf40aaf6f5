"""Child process for the XLSX measures: every visit to XLSX through the export runner.

Prints ``done <seconds> <rows> <sheets> <cpu seconds>`` (the export alone, after the
imports); the parent reads the peak RSS of the whole process.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main(db_url: str, out: Path) -> None:
    from openpyxl import load_workbook

    from medbetjening.reports.export_jobs import export_visits
    from medbetjening.services.container import Services
    from medbetjening.services.database import open_database
    from medbetjening.services.visit_export import VisitExportOptions
    from medbetjening.ui.shell.sign_in import actor_for

    services = Services(open_database(db_url))
    lead = actor_for(next(p for p in services.setup.staff() if p.role == "lead"))
    started, cpu = time.perf_counter(), time.process_time()
    written = export_visits(services.visit_export, lead, out, VisitExportOptions(format="xlsx"))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    sheets = len(load_workbook(out, read_only=True).sheetnames)
    out.unlink(missing_ok=True)
    print(f"done {seconds:.3f} {written.count} {sheets} {cpu:.3f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
