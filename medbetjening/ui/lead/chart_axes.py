"""The axes of a dashboard chart, and a bar row as text (its tooltip, what a screen
reader reads): names and numbers a lead can read whole."""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QCategoryAxis, QValueAxis

from medbetjening.ui.common.i18n import format_number


def axis_label(text: str) -> str:
    """A flow title under a vertical bar: the name before " – " ("Flytning – anmeld ny
    adresse" → "Flytning"); the numbers export keeps the rest. Horizontal bars wrap."""
    head, dash, _rest = text.partition(" – ")
    return head if dash and len(text) > 24 else text


MAX_PERIOD_LABELS = 12


def period_axis(labels: list[str]) -> QBarCategoryAxis | QCategoryAxis:
    """The x axis of a trend: every period named while they fit, else every n-th one
    (52 week names side by side were all elided to "…")."""
    if len(labels) <= MAX_PERIOD_LABELS:
        axis = QBarCategoryAxis()
        axis.append(labels)
        return axis
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(0, len(labels) - 1)
    step = -(-len(labels) // MAX_PERIOD_LABELS)
    for index in range(0, len(labels), step):
        axis.append(labels[index], index)
    return axis


def whole_ticks(axis: QValueAxis) -> None:
    """Counts are whole numbers: on a short axis, one tick per unit (no "0 0 1 1")."""
    top = round(axis.max())
    if top <= 6:
        axis.setRange(0, max(top, 1))
        axis.setTickCount(max(top, 1) + 1)


def row_text(columns: tuple[str, ...], row: tuple[Any, ...]) -> str:
    """A bar row's whole name, and its numbers on the next line."""
    numbers = ", ".join(
        f"{heading}: {format_number(number, 0 if float(number).is_integer() else 1)}"
        for heading, number in zip(columns[1:], row[1:], strict=True)
    )
    return f"{row[0]}\n{numbers}"


def pie_label(row: tuple[Any, ...]) -> str:
    """A slice's name with its count: "Borgeren selv (1200)"."""
    return f"{row[0]} ({int(row[1])})"
