"""The picker side of the flow walker: find a flow, and the flows of this visit.

Only widgets: ``FlowWalker`` connects and fills them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget

PICKER_PARTS = ("search", "results", "runs_list")


class FlowPicker(QWidget):
    """The left-hand side of the "Forløb" panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Find forløb"))
        self.search.setPlaceholderText(self.tr("Skriv fx flytte, adresse, NemID …"))
        self.search.setToolTip(self.tr("Skriv for at søge; Enter starter det valgte forløb"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("Find f&orløb (Ctrl+F):"))
        search_label.setBuddy(self.search)
        search_label.setWordWrap(True)

        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Forløb der passer"))
        self.results.setToolTip(self.tr("Enter starter forløbet"))
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.runs_list = QListWidget()
        self.runs_list.setAccessibleName(self.tr("Forløb i dette besøg"))
        self.runs_list.setToolTip(self.tr("Enter viser og genoptager forløbet"))
        self.runs_list.setMaximumHeight(140)
        self.runs_list.setWordWrap(True)
        self.runs_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        runs_label = QLabel(self.tr("Forløb i b&esøget:"))
        runs_label.setBuddy(self.runs_list)

        layout = QVBoxLayout(self)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(runs_label)
        layout.addWidget(self.runs_list)
