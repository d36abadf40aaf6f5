"""Tell the staff member at start-up which flow file is broken (and was left out)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow


def broken_flows_text(services) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    """(short status text, tooltip with every problem), or None when all flows loaded."""
    problems = services.flows.problems
    if not problems:
        return None
    files = sorted({Path(problem.file).name for problem in problems})
    short = QCoreApplication.translate(
        "FlowProblems", "⚠ Forløbsfil med fejl er udeladt: %1"
    ).replace("%1", ", ".join(files))
    detail = QCoreApplication.translate(
        "FlowProblems", "Kør 'medbetjening flows check' for detaljer."
    )
    return short, "\n".join([*(str(problem) for problem in problems), detail])


def show_broken_flows(window: QMainWindow, services) -> QLabel | None:  # type: ignore[no-untyped-def]
    """A permanent, non-blocking warning in the status bar of ``window``."""
    text = broken_flows_text(services)
    if text is None:
        return None
    short, detail = text
    warning = QLabel(short)
    warning.setToolTip(detail)
    warning.setAccessibleName(short)
    warning.setAccessibleDescription(detail)
    warning.setStyleSheet("QLabel { color: #8a0000; font-weight: bold; }")
    window.statusBar().addWidget(warning, 1)
    return warning
