"""Tell the staff member, after start-up, which content file is broken (and left out).

Loading and validating the content costs tens of milliseconds (YAML, pydantic), so it
runs off the GUI thread a moment after the window is shown, never during start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from medbetjening.ui.common.error_text import show_as_error

if TYPE_CHECKING:  # for the type checker only: the container is not imported at run time
    from medbetjening.services.container import Services


def content_problems(services: Services) -> list[str]:
    """Every problem of the flow files and of the assessment file, as `file:line: …`."""
    return [str(problem) for problem in services.flows.problems] + list(
        services.assessment.instrument_problems
    )


def broken_content_text(problems: list[str]) -> tuple[str, str] | None:
    """(short status text, tooltip with every problem), or None when all content loaded."""
    if not problems:
        return None
    files = sorted({Path(problem.split(":", 1)[0]).name for problem in problems})
    short = QCoreApplication.translate(
        "FlowProblems", "⚠ Indholdsfil med fejl er udeladt: %1"
    ).replace("%1", ", ".join(files))
    detail = QCoreApplication.translate(
        "FlowProblems", "Kør 'medbetjening flows check' for detaljer."
    )
    return short, "\n".join([*problems, detail])


def show_broken_content(window: QMainWindow, problems: list[str]) -> QLabel | None:
    """A permanent, non-blocking warning in the status bar of ``window``."""
    text = broken_content_text(problems)
    if text is None:
        return None
    short, detail = text
    warning = QLabel(short)
    warning.setToolTip(detail)
    warning.setAccessibleName(short)
    warning.setAccessibleDescription(detail)
    show_as_error(warning)
    window.statusBar().addWidget(warning, 1)
    return warning
