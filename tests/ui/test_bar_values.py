"""The values on the dashboard's bars: every label drawn readable, none over another.

Qt Charts centred every value on its bar or segment: the thin segments of the channel
chart's stacked bars ("Telefon", "Udgående") had their numbers drawn over each other, and
a short bar's value sat over the axis. Read back from the chart's scene (the text items
and bars Qt draws), at 100 % and 200 % text, in normal and high contrast."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QRectF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsTextItem, QToolTip

from medbetjening.ui.common.appearance import apply_appearance
from medbetjening.ui.lead.chart_axes import row_text
from medbetjening.ui.lead.chart_card import ChartCard, ChartTable
from tests.ui.chart_items import drawn_items

# The screenshot's numbers: two big channels, three whose segments are a few pixels tall.
CHANNELS = (
    ("Kanal", "Information", "Interaktion", "Transaktion"),
    (
        ("Bibliotek", 281, 122, 1038),
        ("Skranke", 262, 111, 854),
        ("Telefon", 20, 16, 136),
        ("Udgående", 8, 5, 58),
        ("Video", 3, 2, 48),
    ),
)
FOLLOW_UPS = (("Opfølgning", "Antal"), (("Aflyst", 15), ("Udført", 287), ("Aftalt", 19)))
# two bars a category, one ending near the axis' end (its value past it), one a sliver
ROUTES = (
    ("Rute", "Henvist", "Taget op"),
    (("Rådhuset → Hovedbiblioteket", 90, 1), ("Rådhuset → Hotline", 2, 0), ("Nord → Syd", 45, 44)),
)
WIDTHS = (575, 1150)  # half and whole of the dashboard's row at 1200 px
SLACK = 1.0  # px: anti-aliased edges may touch


@pytest.fixture
def restore_appearance():  # type: ignore[no-untyped-def]
    yield
    apply_appearance(QApplication.instance(), 100, False)


def _card(qtbot, kind: str, table: tuple, width: int) -> ChartCard:  # type: ignore[no-untyped-def,type-arg]
    card = ChartCard("card", "Kort", kind)
    qtbot.addWidget(card)
    card.resize(width, 400)
    card.show()
    card.set_table(ChartTable(*table))
    for _turn in range(4):  # as in the dashboard: the card gets the height it asks for
        card.resize(width, card.minimumSizeHint().height())
        QApplication.processEvents()
    return card


def _plot(card: ChartCard) -> QRectF:
    return card.chart.mapRectToScene(card.chart.plotArea())


def _values(card: ChartCard) -> list[QGraphicsTextItem]:
    """The visible labels over the plot (the axes' numbers and names lie beside it)."""
    plot = _plot(card)
    return [
        item
        for item in drawn_items(card.chart)
        if isinstance(item, QGraphicsTextItem)
        and item.isVisible()
        and item.toPlainText()
        and plot.contains(item.sceneBoundingRect().center())
    ]


def _bars(card: ChartCard) -> dict[tuple[int, int], QRectF]:
    """(category, set) → the bar or segment as drawn."""
    series = card.chart.series()[0]
    sets = {bar_set.color().rgba(): index for index, bar_set in enumerate(series.barSets())}
    plot = _plot(card)
    bars = {}
    for item in drawn_items(card.chart):
        box = item.sceneBoundingRect()
        if (
            isinstance(item, QGraphicsRectItem)
            and item.isVisible()
            and item.brush().color().rgba() in sets
            and plot.contains(box.center())
            and box.width() > 0.5
            and box.height() > 0.5
        ):
            at = card.chart.mapToValue(card.chart.mapFromScene(box.center()), series)
            category = round(at.y() if card.kind == "hbar" else at.x())
            bars[(category, sets[item.brush().color().rgba()])] = box
    return bars


def _apart(boxes: list[QRectF]) -> bool:
    for index, box in enumerate(boxes):
        for other in boxes[index + 1 :]:
            both = box.intersected(other)
            if both.width() > SLACK and both.height() > SLACK:
                return False
    return True


def _inside(box: QRectF, bounds: QRectF) -> bool:
    return bounds.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(box)


def _number(value: float) -> str:
    return f"{round(value):,}".replace(",", ".")  # Danish thousands: "1.441"


def _check_common(card: ChartCard, rows: tuple) -> list[QGraphicsTextItem]:  # type: ignore[type-arg]
    labels = _values(card)
    boxes = [label.sceneBoundingRect() for label in labels]
    assert _apart(boxes), [label.toPlainText() for label in labels]
    plot = _plot(card)
    for label, box in zip(labels, boxes, strict=True):
        assert _inside(box, plot), f"{label.toPlainText()!r} leaves the plot area"
    for item in card.values.shown():  # none of the card's own left elsewhere
        assert _inside(item.sceneBoundingRect(), plot), f"{item.toPlainText()!r} outside"
    description = card.view.accessibleDescription().split("\n")
    for row in rows:  # every number still read out, the thin segments' too
        assert row_text(card.table.columns, row).split("\n")[1] in description, row
    return labels


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("scale", "high_contrast"), [(100, False), (200, False), (200, True)])
def test_a_stacked_bar_shows_its_total_above_and_only_the_segments_a_value_fits_in(
    qtbot, restore_appearance, scale: int, high_contrast: bool, width: int
) -> None:  # type: ignore[no-untyped-def]
    apply_appearance(QApplication.instance(), scale, high_contrast)
    rows = CHANNELS[1]
    card = _card(qtbot, "stacked", CHANNELS, width)
    labels = _check_common(card, rows)
    bars = _bars(card)
    totals = set()
    for label in labels:
        box, text = label.sceneBoundingRect(), label.toPlainText()
        column = [
            (key, bar) for key, bar in bars.items() if bar.left() <= box.center().x() <= bar.right()
        ]
        assert column, f"{text!r} is over no bar"
        category = column[0][0][0]
        within = [key for key, bar in column if _inside(box, bar)]
        if within:  # inside its segment, and that segment's value
            assert text == _number(rows[category][within[0][1] + 1]), (text, within)
        else:  # else the bar's total, just above it
            top = min(bar.top() for _key, bar in column)
            assert box.bottom() <= top + SLACK, f"{text!r} crosses its bar"
            assert text == _number(sum(rows[category][1:])), text
            totals.add(category)
    assert totals == set(range(len(rows)))  # every bar's total is drawn


@pytest.mark.parametrize(("scale", "high_contrast"), [(100, False), (200, True)])
def test_a_short_upright_bar_has_its_value_above_it_not_over_the_axis(
    qtbot, restore_appearance, scale: int, high_contrast: bool
) -> None:  # type: ignore[no-untyped-def]
    apply_appearance(QApplication.instance(), scale, high_contrast)
    rows = FOLLOW_UPS[1]
    card = _card(qtbot, "bar", FOLLOW_UPS, WIDTHS[0])
    labels = _check_common(card, rows)
    bars = _bars(card)
    assert sorted(label.toPlainText() for label in labels) == sorted(str(r[1]) for r in rows)
    for label in labels:
        box = label.sceneBoundingRect()
        category = next(c for c, row in enumerate(rows) if str(row[1]) == label.toPlainText())
        bar = bars[(category, 0)]
        assert bar.left() <= box.center().x() <= bar.right()
        assert box.bottom() <= bar.top() + SLACK, f"{label.toPlainText()!r} is on its bar"


@pytest.mark.parametrize("scale", [100, 200])
def test_a_sideways_bar_has_its_value_past_its_end_within_the_plot(
    qtbot, restore_appearance, scale: int
) -> None:  # type: ignore[no-untyped-def]
    apply_appearance(QApplication.instance(), scale, False)
    rows = ROUTES[1]
    card = _card(qtbot, "hbar", ROUTES, WIDTHS[0])
    labels = _check_common(card, rows)
    bars = _bars(card)
    assert len(labels) == 2 * len(rows)  # the bars are a line tall: every value drawn
    for label in labels:
        box, text = label.sceneBoundingRect(), label.toPlainText()
        beside = [
            key
            for key, bar in bars.items()
            if bar.top() - SLACK <= box.center().y() <= bar.bottom() + SLACK
            and abs(box.left() - bar.right()) <= 4
        ]
        if text == "0":  # no bar drawn: the value at the axis, in a row with a zero
            series = card.chart.series()[0]
            at = card.chart.mapToValue(card.chart.mapFromScene(box.center()), series)
            assert abs(box.left() - _plot(card).left()) <= 4
            assert 0 in rows[round(at.y())][1:]
        else:
            assert any(text == str(rows[c][s + 1]) for c, s in beside), text


def test_a_tooltip_on_an_upright_bar_gives_every_number_of_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The values of segments too thin for their label are in the bar's tooltip."""
    card = _card(qtbot, "stacked", CHANNELS, WIDTHS[0])
    phone = _bars(card)[(2, 2)]
    target = card.view.mapFromScene(phone.center())
    viewport = card.view.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, target, viewport.mapToGlobal(target))
    QApplication.sendEvent(viewport, event)
    assert QToolTip.text() == "Telefon\nInformation: 20, Interaktion: 16, Transaktion: 136"
    QToolTip.hideText()


def test_new_numbers_leave_no_label_of_their_own_outside_the_plot(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A refresh with more bars than before: labels made for values that do not fit
    are not left drawn in the chart's corner."""
    card = _card(qtbot, "stacked", (CHANNELS[0], (("Bibliotek", 1, 1, 1),)), WIDTHS[0])
    card.set_table(ChartTable(*CHANNELS))
    QApplication.processEvents()  # placed at the next turn of the event loop
    plot = _plot(card)
    assert len(card.values.shown()) > 1
    for item in card.values.shown():
        assert _inside(item.sceneBoundingRect(), plot), f"{item.toPlainText()!r} outside"


def test_the_labels_are_placed_anew_when_the_text_grows_while_shown(  # type: ignore[no-untyped-def]
    qtbot, restore_appearance
) -> None:
    card = _card(qtbot, "stacked", CHANNELS, WIDTHS[0])
    small = {item.toPlainText(): item.sceneBoundingRect() for item in card.values.shown()}
    apply_appearance(QApplication.instance(), 200, True)
    for _turn in range(4):
        card.resize(WIDTHS[0], card.minimumSizeHint().height())
        QApplication.processEvents()
    labels = _check_common(card, CHANNELS[1])
    font = card.font()
    assert all(label.font() == font for label in labels)  # the new text size
    big = {label.toPlainText(): label.sceneBoundingRect() for label in labels}
    assert "1.441" in big and big["1.441"].height() > small["1.441"].height()
