"""Wait for a file saved off the GUI thread (``ui/common/file_export.FileExport``)."""

from __future__ import annotations

from medbetjening.reports.exporting import Written

# Waiting, not timing: a PDF on a busy 2-core machine may take a while to lay out.
WAIT_MS = 120_000


def saved(qtbot, export) -> Written:  # type: ignore[no-untyped-def]
    """The file ``export`` wrote; fails with its message if it failed or was cancelled."""
    if export.task.running:
        with qtbot.waitSignal(export.finished, timeout=WAIT_MS):
            pass
    assert export.error is None, export.error
    assert export.result is not None, "cancelled"
    return export.result
