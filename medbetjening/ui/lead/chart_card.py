"""One chart of the dashboard: a title, the chart, and "save as PNG" / "export numbers"."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from medbetjening.reports.export_jobs import export_table
from medbetjening.ui.common.file_export import FileExport, save_in_background
from medbetjening.ui.lead.bar_labels import BarLabels
from medbetjening.ui.lead.chart_axes import (
    axis_label,
    period_axis,
    pie_label,
    row_text,
    whole_ticks,
)
from medbetjening.ui.lead.chart_style import (
    BAR_WIDTH,
    category_labels,
    chart_width_for,
    chrome_height,
    dress_axis,
    dress_series,
    follow_appearance,
    label_width,
    learn_chrome,
    names_width,
    pie_width,
    plain_height,
    plot_height_needed,
    upright_width,
)


@dataclass(frozen=True)
class ChartTable:
    """The numbers behind a chart: a row per category, a column per series."""

    columns: tuple[str, ...]  # first: the category heading, then one per series
    rows: tuple[tuple[Any, ...], ...]  # (label, value, value, ...)

    def value(self, label: str, column: int = 1) -> float:
        for row in self.rows:
            if row[0] == label:
                return row[column]
        return 0


class ChartCard(QFrame):
    """kind: "bar", "hbar", "stacked", "pie" or "line"."""

    def __init__(self, key: str, title: str, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.kind = kind
        self.table = ChartTable(("", ""), ())
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(title)

        self.title = QLabel(f"<b>{title}</b>")
        self.title.setAccessibleName(title)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)  # an estimate's assumptions are a sentence or two
        self.subtitle.setAccessibleName(self.tr("Nøgletal for %1").replace("%1", title))
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setLocalizeNumbers(True)  # "0,6" in Danish: the default locale, not C
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(self.chart.margins() * 0)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(plain_height(self.font()))
        self.view.setAccessibleName(self.tr("Diagram: %1").replace("%1", title))
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.viewport().installEventFilter(self)  # a tooltip names the whole row
        self.chart.plotAreaChanged.connect(self._laid_out)
        self.values = BarLabels(self.chart, self)  # the bars' values, where they can be read
        self._categories: QBarCategoryAxis | None = None  # of a horizontal bar chart
        self._label_lines = 1
        self._labels: list[str] = []
        self._wrapped_for: tuple[object, ...] | None = None  # what the names were wrapped for
        self._wanted = 0  # the width at which every name is drawn whole (0: any)

        self.png_button = QPushButton(self.tr("Gem som billede …"))
        self.png_button.setAccessibleName(self.tr("Gem %1 som PNG-billede").replace("%1", title))
        self.png_button.setToolTip(self.tr("Gem diagrammet som PNG"))
        self.png_button.clicked.connect(self._ask_png)
        self.csv_button = QPushButton(self.tr("Eksportér tal …"))
        self.csv_button.setAccessibleName(self.tr("Eksportér tallene bag %1").replace("%1", title))
        self.csv_button.setToolTip(self.tr("Gem tallene som CSV (åbner i Excel)"))
        self.csv_button.clicked.connect(self._ask_csv)

        buttons = QHBoxLayout()
        buttons.addWidget(self.subtitle, 1)
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        follow_appearance(self.chart, self.view, self)  # before the first data arrives

    # -- data ----------------------------------------------------------------------------
    def set_table(self, table: ChartTable, subtitle: str = "") -> None:
        self._clear_chart()
        self.ask_width(table)
        # a screen reader reads every whole name with its numbers, as the tooltips show them
        self.view.setAccessibleDescription(
            "\n".join(row_text(table.columns, r) for r in table.rows)
        )
        self.reserve(table, subtitle)  # resizes an empty chart: the cheap layout
        self._fill_chart(table)
        follow_appearance(self.chart, self.view, self)
        # the chart is laid out once, at its final height; _laid_out checks that height

    def reserve(self, table: ChartTable, subtitle: str = "") -> None:
        """Take the height ``table`` will need before the chart is filled: laid out with
        its bars first, a chart of many names was laid out again at its new height, and
        the card sharing its row with it. The dashboard reserves every card at once while
        the charts are empty, so the cards find their rows in one layout pass."""
        self.subtitle.setText(subtitle)  # a wrapped sentence makes the card taller too
        if self.chart.series() or self.kind != "hbar" or not table.rows:
            return  # a chart still showing numbers: laid out again as it is filled
        _labels, lines = self._wrapped([str(row[0]) for row in table.rows])
        needed = plot_height_needed(len(table.rows), len(table.columns) - 1, self.font(), lines)
        chrome = chrome_height(self.font(), legend=len(table.columns) > 2)
        self.view.setMinimumHeight(max(240, round(chrome + needed + 1)))

    def ask_width(self, table: ChartTable) -> None:
        """Note the width at which ``table``'s names are drawn whole (three lines at most):
        the dashboard's grid gives a card a whole row when half a row is narrower."""
        self._wanted = 0
        if not table.rows or self.kind == "line":
            return
        names, font = [str(row[0]) for row in table.rows], self.font()
        if self.kind == "hbar":
            chart = chart_width_for(names_width(names, font))
        elif self.kind == "pie":
            chart = pie_width([pie_label(row) for row in table.rows if row[1]], font)
        else:
            chart = upright_width([axis_label(name) for name in names], font)
        margins = self.layout().contentsMargins()
        self._wanted = chart + margins.left() + margins.right() + 2 * self.frameWidth()

    def wanted_width(self) -> int:
        return self._wanted

    def _wrapped(self, texts: list[str]) -> tuple[list[str], int]:
        """The names wrapped within the axis' width (once per names, width and font)."""
        width = label_width(self.view.width())
        wrapped_for = (tuple(texts), width, self.font().key())
        if wrapped_for != self._wrapped_for:
            self._wrapped_for = wrapped_for
            self._labels, self._label_lines = category_labels(texts, self.font(), width)
        return self._labels, self._label_lines

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            # after the chart's own handling of the change, which resets it to its theme
            QTimer.singleShot(0, self, self._follow_appearance)

    def _follow_appearance(self) -> None:
        follow_appearance(self.chart, self.view, self)
        if self.kind != "hbar":
            self.view.setMinimumHeight(plain_height(self.font()))
        self._fit_labels()  # the names wrap anew at the new text size
        self.values.place_soon()

    def resizeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().resizeEvent(event)
        self._fit_labels()

    # -- horizontal bars: every name readable, every value apart ------------------------
    def _fit_labels(self) -> None:
        """Wrap the names within the width Qt Charts gives the axis, then ask for the
        height at which none is elided and each bar is at least a text line tall."""
        if self._categories is None:
            return
        # a height change (ours, from _fit_height) resizes the card too: wrap only anew
        # when the names, their width or the font changed
        labels, _lines = self._wrapped([str(row[0]) for row in self.table.rows])
        if labels != self._categories.categories():
            self._categories.setCategories(labels)
        self._fit_height()

    def _laid_out(self) -> None:
        """The chart was laid out: what it took besides the plot area is known now."""
        plot = self.chart.plotArea().height()
        if self._categories is not None and plot > 0:
            chrome = self.view.height() - plot
            if chrome > 0 and abs(self.chart.size().height() - self.view.height()) < 1:
                learn_chrome(self.font(), self.chart.legend().isVisible(), round(chrome))
        self._fit_height()
        self.values.place_soon()

    def _fit_height(self) -> None:
        if self._categories is None or not self.table.rows:
            return
        needed = plot_height_needed(
            len(self.table.rows), len(self.table.columns) - 1, self.font(), self._label_lines
        )
        plot = self.chart.plotArea().height()
        if plot <= 0:  # not laid out yet: a first guess, corrected once it is
            around = 6 * self.fontMetrics().lineSpacing() + 40
            self.view.setMinimumHeight(max(240, round(needed + around)))
            return
        # the axes, legend and margins take the rest of the view, whatever its height
        height = max(240, round(self.view.height() - plot + needed + 1))
        if abs(height - self.view.minimumHeight()) > 1:
            self.view.setMinimumHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.kind in ("hbar", "bar", "stacked"):
            row = self._row_at(event.pos())  # type: ignore[attr-defined]
            if row is not None:
                QToolTip.showText(event.globalPos(), row, self.view)  # type: ignore[attr-defined]
                return True
        return super().eventFilter(watched, event)

    def _row_at(self, pos: QPoint) -> str | None:
        """The whole name and the numbers of the bar row under ``pos`` (on the bars or
        on their name), or None."""
        if not self.chart.series():
            return None
        value = self.chart.mapToValue(self.chart.mapFromScene(self.view.mapToScene(pos)))
        index = round(value.y() if self.kind == "hbar" else value.x())
        if not 0 <= index < len(self.table.rows):
            return None
        return row_text(self.table.columns, self.table.rows[index])

    def _clear_chart(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self._keep: list[object] = []  # PySide does not own axes added to a chart: keep them
        self._categories = None
        self.values.clear()

    def _fill_chart(self, table: ChartTable) -> None:
        """Bars and axes for ``table`` on the chart ``set_table`` has just cleared."""
        self.table = table
        if not table.rows:
            self.chart.setTitle(self.tr("Ingen data i perioden"))
            return
        self.chart.setTitle("")
        labels = [axis_label(str(row[0])) for row in table.rows]
        if self.kind == "pie":
            series = QPieSeries()
            series.setPieSize(0.55)  # room above and below for a small slice's label
            for row in table.rows:
                if row[1]:
                    piece = series.append(pie_label(row), float(row[1]))
                    piece.setLabelVisible(True)
            dress_series(series, self)
            self.chart.addSeries(series)
            self.chart.legend().setVisible(False)
            return
        self.chart.legend().setVisible(len(table.columns) > 2)
        if self.kind == "line":
            axis_x = period_axis(labels)
            axis_y = QValueAxis()
            axis_y.setLabelFormat("%.0f")  # "%d" draws nothing with localized numbers
            self._keep += [axis_x, axis_y]
            dress_axis(axis_x, self)
            dress_axis(axis_y, self)
            self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
            self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
            top = 0.0
            for column in range(1, len(table.columns)):
                line = QLineSeries()
                line.setName(table.columns[column])
                for index, row in enumerate(table.rows):
                    line.append(index, float(row[column]))
                    top = max(top, float(row[column]))
                self.chart.addSeries(line)
                line.attachAxis(axis_x)
                line.attachAxis(axis_y)
            axis_y.setRange(0, max(top * 1.1, 1))
            axis_y.applyNiceNumbers()
            whole_ticks(axis_y)
            return
        series_type = {
            "bar": QBarSeries,
            "hbar": QHorizontalBarSeries,
            "stacked": QStackedBarSeries,
        }[self.kind]
        series = series_type()
        top = 0.0
        for column in range(1, len(table.columns)):
            bar_set = QBarSet(table.columns[column])
            for row in table.rows:
                bar_set.append(float(row[column]))
            series.append(bar_set)
        for row in table.rows:
            values = [float(v) for v in row[1:]]
            top = max(top, sum(values) if self.kind == "stacked" else max(values))
        dress_series(series, self)
        self.chart.addSeries(series)
        horizontal = self.kind == "hbar"
        categories = QBarCategoryAxis()
        if horizontal:  # whole names, wrapped within the axis' width (see _fit_labels)
            labels = self._wrapped([str(row[0]) for row in table.rows])[0]
        categories.append(labels)
        values_axis = QValueAxis()
        values_axis.setLabelFormat("%.0f")  # "%d" draws nothing with localized numbers
        values_axis.setRange(0, max(top * 1.1, 1))
        values_axis.applyNiceNumbers()
        whole_ticks(values_axis)
        if horizontal:  # the height is fitted in _fit_labels, also as the width changes
            self._categories = categories
            series.setBarWidth(BAR_WIDTH)
        else:
            self.view.setMinimumHeight(plain_height(self.font()))
        self._keep += [categories, values_axis]
        dress_axis(categories, self)
        dress_axis(values_axis, self)
        self.chart.addAxis(
            categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
        )
        self.chart.addAxis(
            values_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
        )
        series.attachAxis(categories)
        series.attachAxis(values_axis)
        self.values.show(series, values_axis, table.rows, self.kind)

    # -- saving ----------------------------------------------------------------------------
    def save_png(self, path: Path) -> bool:
        return self.grab().save(str(path), "PNG")

    def save_csv(self, path: Path) -> FileExport:
        """The chart's numbers, off the GUI thread (a warning names the file on failure)."""
        columns, rows = self.table.columns, self.table.rows
        return save_in_background(
            self,
            self.tr("Eksportér tal"),
            path,
            lambda feedback: export_table(path, columns, rows, feedback),
        )

    def _ask_png(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Gem diagram"), f"{self.key}.png", self.tr("PNG-billede (*.png)")
        )
        if name and not self.save_png(Path(name)):
            QMessageBox.warning(self, self.tr("Kunne ikke gemme"), name)

    def _ask_csv(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Eksportér tal"), f"{self.key}.csv", self.tr("CSV-fil (*.csv)")
        )
        if name:
            self.save_csv(Path(name))
