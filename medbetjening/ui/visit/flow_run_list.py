"""The list of a visit's flow runs in the walker: filled once, then only changed rows.

A change answers with the run it changed and the runs it paused (``FlowRunInfo``), so a
key press rewrites one or two rows instead of reading every run of the visit again.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from medbetjening.domain.vocabulary import FlowRunStatus
from medbetjening.services.flow_run_info import FlowRunInfo
from medbetjening.ui.common.flow_titles import shown_flow_titles
from medbetjening.ui.common.labels import label
from medbetjening.ui.common.list_lines import rewrite_line

ROLE_ID = Qt.ItemDataRole.UserRole


class RunRows:
    """The runs shown in ``widget``, by id, in the order they were started."""

    def __init__(self, widget: QListWidget) -> None:
        self.widget = widget
        self.runs: dict[int, FlowRunInfo] = {}
        self._items: dict[int, QListWidgetItem] = {}

    def fill(self, runs: list[FlowRunInfo], current_id: int | None) -> None:
        self.widget.clear()
        self.runs, self._items = {}, {}
        for run in runs:
            self._put(run, current_id)

    def apply(self, changed: FlowRunInfo, current_id: int | None) -> None:
        """Rewrite the changed run's row (added when new) and the rows it paused."""
        self._put(changed, current_id)
        for run_id in changed.paused_run_ids:
            other = self.runs.get(run_id)
            if other is not None:
                self._put(replace(other, status=FlowRunStatus.PAUSED), current_id)

    def _put(self, run: FlowRunInfo, current_id: int | None) -> None:
        done = sum(1 for mark in run.marks if mark.actor)
        text = f"{shown_flow_titles(run.flow_title)} · {label('flow_run_status', run.status.value)}"
        if run.step_count:
            text += f" · {done}/{run.step_count}"
        item = self._items.get(run.id)
        if item is None:  # a new run: the newest, so the last row
            item = self._items[run.id] = QListWidgetItem(text)
            item.setData(ROLE_ID, run.id)
            self.widget.addItem(item)
        else:
            rewrite_line(self.widget, item, text)
        self.runs[run.id] = run
        if run.id == current_id and self.widget.currentItem() is not item:
            self.widget.setCurrentItem(item)
