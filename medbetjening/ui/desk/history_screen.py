"""One citizen's history: per-task status, assessment level over time, visits.

Opening it is audited by the service (who looked, when). Ambassadors see the
per-task status only.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPaintEvent, QPen, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from medbetjening.domain.roles import Action, allowed
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.services.tracking import CitizenHistory, LevelPoint
from medbetjening.ui.common.error_text import show_as_error
from medbetjening.ui.common.i18n import format_date
from medbetjening.ui.common.labels import citizen_label, label
from medbetjening.ui.common.reflow import table_width, text_size, within_screen
from medbetjening.ui.common.row_list import pick_rows_only
from medbetjening.ui.desk.tracking_models import HistoryVisitsModel, TaskStatusModel

MAX_LEVEL = 3


def _table(model, name: str) -> QTableView:  # type: ignore[no-untyped-def]
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    pick_rows_only(table)
    return table


class LevelChart(QWidget):
    """Assessment level (0–3) per assessed visit, as points joined by a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[LevelPoint] = []
        self.setAccessibleName(self.tr("Kompetenceniveau over tid"))
        self.setMinimumHeight(self.fontMetrics().height() * 7)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_points(self, points: list[LevelPoint]) -> None:
        self.points = list(points)
        description = "; ".join(
            f"{format_date(point.at)}: {label('history_level', str(point.level))}"
            for point in self.points
        )
        self.setAccessibleDescription(description or self.tr("Ingen vurderinger endnu"))
        self.setToolTip(description or self.tr("Ingen vurderinger endnu"))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        names = [label("history_level", str(level)) for level in range(MAX_LEVEL + 1)]
        left = max(metrics.horizontalAdvance(name) for name in names) + 12
        area = QRectF(
            left, metrics.height(), self.width() - left - 16, self.height() - 2.5 * metrics.height()
        )
        text_color = self.palette().windowText().color()
        grid = QColor(text_color)
        grid.setAlpha(60)
        for level in range(MAX_LEVEL + 1):
            y = area.bottom() - area.height() * level / MAX_LEVEL
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text_color)
            painter.drawText(QPointF(4, y + metrics.ascent() / 2), names[level])
        if not self.points:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("Ingen vurderinger endnu"))
            return
        count = len(self.points)
        positions = []
        for number, point in enumerate(self.points):
            x = area.left() + (area.width() * (number + 0.5) / count)
            y = area.bottom() - area.height() * point.level / MAX_LEVEL
            positions.append(QPointF(x, y))
        accent = self.palette().highlight().color()
        painter.setPen(QPen(accent, 2))
        for start, end in zip(positions, positions[1:], strict=False):
            painter.drawLine(start, end)
        painter.setBrush(accent)
        for position, point in zip(positions, self.points, strict=True):
            painter.drawEllipse(position, 4, 4)
            painter.setPen(text_color)
            text = format_date(point.at)
            painter.drawText(
                QPointF(position.x() - metrics.horizontalAdvance(text) / 2, self.height() - 4), text
            )
            painter.setPen(QPen(accent, 2))


class HistoryScreen(QWidget):
    def __init__(
        self,
        services: Services,
        actor: ActorContext,
        citizen_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.citizen_id = citizen_id
        self.full = allowed(actor.role, Action.READ_HISTORY)
        self.setAccessibleName(self.tr("Borgerens historik"))

        self.heading = QLabel()
        self.heading.setAccessibleName(self.tr("Borger"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Udvikling"))
        self.error_label = QLabel()
        show_as_error(self.error_label)
        self.error_label.setAccessibleName(self.tr("Fejl"))
        self.error_label.hide()

        self.tasks_model = TaskStatusModel(self)
        self.tasks_label = QLabel(self.tr("<b>&Opgaver – hvor selvhjulpen er borgeren?</b>"))
        self.tasks_table = _table(self.tasks_model, self.tr("Status pr. opgave"))
        self.tasks_label.setBuddy(self.tasks_table)
        self.chart_label = QLabel(self.tr("<b>Kompetenceniveau over tid</b>"))
        self.chart = LevelChart()
        self.visits_model = HistoryVisitsModel(self)
        self.visits_label = QLabel(self.tr("<b>&Besøg</b>"))
        self.visits_table = _table(self.visits_model, self.tr("Borgerens besøg"))
        self.visits_label.setBuddy(self.visits_table)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tasks_label)
        layout.addWidget(self.tasks_table, 1)
        for widget in (self.chart_label, self.chart, self.visits_label, self.visits_table):
            layout.addWidget(widget, 2 if widget is self.visits_table else 0)
            widget.setVisible(self.full)
        self.setTabOrder(self.tasks_table, self.visits_table)
        self.load()

    def load(self) -> None:
        try:
            if self.full:
                history = self.services.tracking.citizen_history(self.actor, self.citizen_id)
                self._show(history)
            else:
                tasks = self.services.tracking.task_statuses(self.actor, self.citizen_id)
                self.tasks_model.set_rows(tasks)
                # the code the volunteer knows the citizen by, as in the rest of the window
                code = self.services.citizens.get(self.actor, self.citizen_id).citizen_code
                self.heading.setText("<h2>" + citizen_label(self.citizen_id, code) + "</h2>")
                self.summary.setText(
                    self.tr("Som digital ambassadør ser du kun status pr. opgave.")
                )
        except ServiceError as error:
            self.error_label.setText(str(error))
            self.error_label.show()

    def _show(self, history: CitizenHistory) -> None:
        self.heading.setText(
            "<h2>"
            + self.tr("%1 · aldersgruppe %2")
            .replace("%1", citizen_label(history.citizen_id, history.citizen_code))
            .replace("%2", history.age_band)
            + "</h2>"
        )
        selfhelp = sum(1 for task in history.tasks if task.status == "self_sufficient")
        self.summary.setText(
            self.tr("%1 besøg · selvhjulpen i %2 af %3 opgaver · kompetenceniveau: %4")
            .replace("%1", str(len(history.visits)))
            .replace("%2", str(selfhelp))
            .replace("%3", str(len(history.tasks)))
            .replace("%4", label("trend", history.trend.value))
        )
        self.tasks_model.set_rows(history.tasks)
        self.chart.set_points(history.levels)
        self.visits_model.set_rows(list(reversed(history.visits)))  # newest first


class HistoryDialog(QDialog):
    """The history screen in its own window (Ctrl+H from the main window)."""

    def __init__(
        self,
        services: Services,
        actor: ActorContext,
        citizen_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Borgerens historik"))
        self.setAccessibleName(self.tr("Borgerens historik"))
        self.screen_widget = HistoryScreen(services, actor, citizen_id, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Luk"))
        close.setAccessibleName(self.tr("Luk historikken"))
        close.setToolTip(self.tr("Luk historikken (Esc)"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.screen_widget)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+W"), self, self.reject)
        # every column shown whole (level, result, independence), up to the screen's width
        tables = (self.screen_widget.tasks_table, self.screen_widget.visits_table)
        wide = (
            max(table_width(table) for table in tables) + 6 * self.fontMetrics().averageCharWidth()
        )
        self._content = QSize(wide, text_size(self, 0, 34).height())
        self.resize(within_screen(self, self._content))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._content

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.screen_widget.tasks_table.setFocus()
