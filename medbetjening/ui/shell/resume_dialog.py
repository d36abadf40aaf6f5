"""Pick an open visit to resume (also offered at start-up after a crash)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from medbetjening.services.dto import VisitRow
from medbetjening.ui.common.flow_titles import shown_flow_titles
from medbetjening.ui.common.i18n import format_datetime
from medbetjening.ui.common.labels import citizen_label
from medbetjening.ui.common.reflow import within_screen


class ResumeDialog(QDialog):
    def __init__(
        self, rows: list[VisitRow], parent: QWidget | None = None, unfinished: bool = False
    ) -> None:
        super().__init__(parent)
        self.selected_id: int | None = None
        self.setWindowTitle(self.tr("Genoptag besøg"))
        self.setAccessibleName(self.tr("Genoptag besøg"))
        text = (
            self.tr("Disse besøg blev ikke afsluttet sidst. Vil du fortsætte et af dem?")
            if unfinished
            else self.tr("Vælg det besøg, du vil fortsætte.")
        )
        intro = QLabel(text)
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Åbne besøg"))
        self._rows = rows
        for row in rows:
            item = QListWidgetItem(_line(row))
            item.setData(256, row.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        intro.setBuddy(self.list)
        self.list.itemActivated.connect(lambda _item: self._accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Fortsæt besøget"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Ikke nu"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        # as wide as the longest visit line and as tall as the list (up to the screen)
        margins = 4 * self.fontMetrics().averageCharWidth()
        wide = self.list.sizeHintForColumn(0) + self.list.verticalScrollBar().sizeHint().width()
        self._content = QSize(
            max(wide + margins, self.sizeHint().width()), self.sizeHint().height()
        )
        # the list as tall as its visits (up to ten), not Qt's fixed 192 px
        rows = sum(self.list.sizeHintForRow(i) for i in range(min(self.list.count(), 10)))
        self.list.setMaximumHeight(rows + 2 * self.list.frameWidth() + 4)
        self._content.setHeight(self.sizeHint().height())
        self.resize(within_screen(self, self._content))

    def titles_changed(self) -> None:
        """The library's titles arrived (the start-up offer is shown before they do)."""
        for index, row in enumerate(self._rows):
            self.list.item(index).setText(_line(row))

    def _accept(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.selected_id = int(item.data(256))
            self.accept()


def _line(row: VisitRow) -> str:
    """When, who and the flows, their titles in the interface's language."""
    flows = shown_flow_titles(row.flows)
    return (
        f"{format_datetime(row.started_at)} · {citizen_label(row.citizen_id, row.citizen_code)}"
        + (f" · {flows}" if flows else "")
    )
