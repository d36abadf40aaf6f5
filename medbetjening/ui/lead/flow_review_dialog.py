"""Team leads: the flows due for review and the flows the municipality replaced.

The library is read off the GUI thread (it may not be loaded yet); the dialog then
shows two tables. The routine for a review is in resources/flows/README.md.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from medbetjening.domain.flow_review import REVIEW_MONTHS
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.flow_review import FlowReviewReport, flow_review_report
from medbetjening.ui.common.i18n import current_language
from medbetjening.ui.common.tasks import BackgroundTask


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
    table.resizeColumnsToContents()


class FlowReviewDialog(QDialog):
    def __init__(
        self, services: Services, actor: ActorContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Forløb til gennemsyn"))
        self.setAccessibleName(self.tr("Forløb til gennemsyn"))
        self.setMinimumSize(640, 420)
        self.summary = QLabel(self.tr("Læser forløbene …"))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Opsummering af gennemsynet"))
        due_label = QLabel(
            self.tr(
                "Skal tjekkes mod den officielle side (over %1 måneder siden, eller aldrig):"
            ).replace("%1", str(REVIEW_MONTHS))
        )
        due_label.setWordWrap(True)
        self.due_table = _table(
            [self.tr("Forløb"), self.tr("Ældste tjek"), self.tr("Trin der skal tjekkes")],
            self.tr("Forløb der skal gennemses"),
        )
        due_label.setBuddy(self.due_table)
        replaced_label = QLabel(self.tr("Erstattet af kommunens egen fil:"))
        self.replaced_table = _table(
            [self.tr("Forløb"), self.tr("Kommunens fil"), self.tr("Erstatter")],
            self.tr("Forløb erstattet af kommunen"),
        )
        replaced_label.setBuddy(self.replaced_table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Luk"))
        close.setAccessibleName(self.tr("Luk"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (
            self.summary,
            due_label,
            self.due_table,
            replaced_label,
            self.replaced_table,
            buttons,
        ):
            layout.addWidget(widget)

        language, today = current_language(), dt.date.today()
        self.task = BackgroundTask(
            lambda _control: flow_review_report(services.flows, actor, today, language), self
        )
        self.task.succeeded.connect(self.show_report)
        self.task.failed.connect(lambda error: self.summary.setText(str(error)))
        self.task.start()

    def show_report(self, report: FlowReviewReport) -> None:
        never = self.tr("aldrig (et trin mangler dato)")
        _fill(
            self.due_table,
            [
                [
                    review.title,
                    review.oldest_verified.isoformat() if review.oldest_verified else never,
                    ", ".join(review.stale_steps),
                ]
                for review in report.due
            ],
        )
        _fill(
            self.replaced_table,
            [[item.title, item.own_file, item.shipped_file] for item in report.replaced],
        )
        self.summary.setText(
            self.tr("%1 af %2 forløb skal gennemses; %3 er erstattet af kommunen.")
            .replace("%1", str(len(report.due)))
            .replace("%2", str(report.total))
            .replace("%3", str(len(report.replaced)))
        )


def add_flow_review_action(
    window: QMainWindow, menu: QMenu, services: Services, actor: ActorContext
) -> QAction:
    """The lead's menu entry; the dialog is made when chosen."""
    action = QAction(
        QCoreApplication.translate("FlowReviewDialog", "&Forløb til gennemsyn …"), window
    )
    tip = QCoreApplication.translate(
        "FlowReviewDialog", "Forløb hvis trin skal tjekkes mod den officielle side (teamleder)"
    )
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(lambda: FlowReviewDialog(services, actor, window).exec())
    menu.addAction(action)
    return action
