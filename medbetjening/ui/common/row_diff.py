"""Turn a list model's rows into new rows with row-level signals instead of a reset.

A reset makes the view forget the selection and measure and paint every row on screen
again (70–320 ms when a visit arrives in today's list); removing, moving and inserting
only the rows that changed keeps the selection and costs the rows touched.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QModelIndex

Row = TypeVar("Row")


def reconcile(
    model: QAbstractItemModel,
    rows: list[Row],
    new_rows: Sequence[Row],
    key: Callable[[Row], Hashable],
    changed: Callable[[Row, Row], bool],
) -> list[int]:
    """Make ``rows`` (the model's own list, changed in place) equal ``new_rows``.

    Rows whose key is gone are removed, rows found elsewhere are moved, new keys are
    inserted (a run of them at once). Returns the row numbers, in the new list, of the
    rows kept whose contents ``changed`` (the caller emits ``dataChanged`` for them).
    """
    root = QModelIndex()
    wanted = {key(row) for row in new_rows}
    _remove_unwanted(model, rows, wanted, key)
    present = {key(row) for row in rows}
    touched: list[int] = []
    number = 0
    while number < len(new_rows):
        after = new_rows[number]
        name = key(after)
        if name not in present:  # new: insert it with the new keys that follow it
            end = number + 1
            while end < len(new_rows) and key(new_rows[end]) not in present:
                end += 1
            model.beginInsertRows(root, number, end - 1)
            rows[number:number] = new_rows[number:end]
            model.endInsertRows()
            number = end
            continue
        if key(rows[number]) != name:  # further down: move it up here
            source = next(n for n in range(number + 1, len(rows)) if key(rows[n]) == name)
            model.beginMoveRows(root, source, source, root, number)
            rows.insert(number, rows.pop(source))
            model.endMoveRows()
        if changed(rows[number], after):
            touched.append(number)
        rows[number] = after
        number += 1
    return touched


def _remove_unwanted(
    model: QAbstractItemModel,
    rows: list[Row],
    wanted: set[Hashable],
    key: Callable[[Row], Hashable],
) -> None:
    """Remove the rows whose key is not wanted, a run at a time from the bottom."""
    end = len(rows) - 1
    while end >= 0:
        if key(rows[end]) in wanted:
            end -= 1
            continue
        start = end
        while start > 0 and key(rows[start - 1]) not in wanted:
            start -= 1
        model.beginRemoveRows(QModelIndex(), start, end)
        del rows[start : end + 1]
        model.endRemoveRows()
        end = start - 1
