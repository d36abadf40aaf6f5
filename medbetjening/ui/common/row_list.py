"""A read-only list a person picks rows from (history, follow-ups, referrals): one way to
set it up, so the lists behave alike for the keyboard and for screen readers."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView


def pick_rows_only(table: QAbstractItemView, *, max_lines: int | None = None) -> None:
    """Whole rows, one at a time, never edited; Tab leaves the table for the buttons
    (arrows move inside it); columns as wide as their contents, the last one takes the
    rest. ``max_lines``: at most that many text lines high (a panel under another list)."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)  # type: ignore[attr-defined]
    header = table.horizontalHeader()  # type: ignore[attr-defined]
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    if max_lines is not None:
        table.setMaximumHeight(table.fontMetrics().lineSpacing() * max_lines)
