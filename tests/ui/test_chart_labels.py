"""A horizontal bar card with many long flow titles: every name readable, every value apart.

Reads what Qt Charts draws (the text and bar items in the chart's scene), at the widths a
card has in the dashboard at 1200 px and 1366 px, at 100 % and 200 % text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
    QGraphicsTextItem,
    QToolTip,
)

from medbetjening.ui.common.appearance import apply_appearance
from medbetjening.ui.lead.chart_card import ChartCard, ChartTable
from tests.ui.chart_items import drawn_items, joined

TITLES = (
    "Dagtilbud – skriv barnet op (vuggestue, dagpleje, børnehave)",
    "Helbredstillæg og personligt tillæg – søg (pensionist)",
    "Læseadgang til Digital Post for en pårørende",
    "MitID på borgerservice (uden smartphone)",
    "Digital Post – læs post og få besked",
    "Byggetilladelse – søg i Byg og Miljø",
    "Varmetillæg – søg (folkepensionist)",
    "Giv besked om ændringer i boligstøtte",
    "Det blå EU-sygesikringskort – bestil",
    "mit.dk eller e-Boks – sæt appen op",
    "Forskudsopgørelse – ret i TastSelv",
    "NemKonto – vælg eller skift",
)
# a card's width in the dashboard's two columns: window 1200 px, and 1366 px maximised
CARD_WIDTHS = (575, 660)


@pytest.fixture
def restore_appearance():  # type: ignore[no-untyped-def]
    yield
    apply_appearance(QApplication.instance(), 100, False)


def _shown_card(qtbot, width: int, rows: tuple, columns: tuple) -> ChartCard:  # type: ignore[no-untyped-def,type-arg]
    card = ChartCard("flows", "Mest brugte forløb", "hbar")
    qtbot.addWidget(card)
    card.resize(width, 400)
    card.show()
    card.set_table(ChartTable(columns, rows))
    for _turn in range(4):  # as in the dashboard: the card gets the height it asks for
        card.resize(width, card.minimumSizeHint().height())
        QApplication.processEvents()
    return card


def _drawn(card: ChartCard) -> tuple[list[QGraphicsTextItem], list[QGraphicsTextItem]]:
    """(category labels left of the plot, value labels on the bars), as drawn."""
    plot = card.chart.plotArea()
    texts = [
        item
        for item in drawn_items(card.chart)
        if isinstance(item, QGraphicsTextItem) and item.isVisible() and item.toPlainText()
    ]
    names = [t for t in texts if t.sceneBoundingRect().right() <= plot.left() + 1]
    values = [t for t in texts if plot.contains(t.sceneBoundingRect().center())]
    return names, values


def _bars(card: ChartCard) -> list[QGraphicsRectItem]:
    colours = {bar_set.color().rgba() for bar_set in card.chart.series()[0].barSets()}
    plot = card.chart.plotArea()
    return [
        item
        for item in drawn_items(card.chart)
        if isinstance(item, QGraphicsRectItem)
        and item.isVisible()
        and item.brush().color().rgba() in colours
        and plot.contains(item.sceneBoundingRect().center())
    ]


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("width", CARD_WIDTHS)
def test_twelve_long_flow_titles_are_drawn_readable_with_bars_a_line_tall(
    qtbot, restore_appearance, width: int, scale: int
) -> None:  # type: ignore[no-untyped-def]
    apply_appearance(QApplication.instance(), scale, False)
    rows = tuple((title, 100 + 20 * i, 90 + 15 * i) for i, title in enumerate(TITLES))
    card = _shown_card(qtbot, width, rows, ("Forløb", "Besøg", "Gennemført"))

    names, values = _drawn(card)
    assert len(names) == len(TITLES)  # every category named, none hidden
    for item in names:
        text = joined(item)
        assert not text.endswith("..."), f"Qt elided {text!r}"
        shown = text.removesuffix("…")
        assert any(t.startswith(shown) and len(shown) >= min(len(t), 20) for t in TITLES), text
    if scale == 100:  # at most the longest cut short; at 200 % two lines of each name
        assert sum(joined(n) in TITLES for n in names) >= len(TITLES) - 1

    line = max(item.boundingRect().height() for item in values)
    bars = _bars(card)
    assert len(bars) == 2 * len(TITLES)
    assert min(bar.sceneBoundingRect().height() for bar in bars) >= line
    assert len(values) == 2 * len(TITLES)
    boxes = [item.sceneBoundingRect() for item in values]
    for index, box in enumerate(boxes):
        for other in boxes[index + 1 :]:
            overlap = box.intersected(other)
            assert overlap.width() < 1 or overlap.height() < 1, "value labels overlap"


def test_names_alike_up_to_the_ellipsis_each_keep_their_bar(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The avoided-visits card names a task and how often it recurs: names that wrap to
    the same two lines are still separate rows (the axis drops duplicate categories)."""
    stem = "Helbredstillæg og personligt tillæg – søg (pensionist) hvert år gentaget"
    rows = ((f"{stem} (ugentligt)", 3), (f"{stem} (månedligt)", 5), ("Flytning", 2))
    card = _shown_card(qtbot, CARD_WIDTHS[0], rows, ("Opgave", "Borgere"))
    assert len(card.chart.axes()[0].categories()) == 3
    names, _values = _drawn(card)
    assert len(names) == 3
    assert len(_bars(card)) == 3


def test_a_tooltip_on_a_bar_or_its_name_gives_the_whole_title_and_numbers(qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = tuple((title, 100 + i, 90 + i) for i, title in enumerate(TITLES))
    card = _shown_card(qtbot, CARD_WIDTHS[0], rows, ("Forløb", "Besøg", "Gennemført"))
    names, _values = _drawn(card)
    first = min(names, key=lambda item: -item.sceneBoundingRect().top())  # lowest: row 0
    target = card.view.mapFromScene(first.sceneBoundingRect().center())
    viewport = card.view.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, target, viewport.mapToGlobal(target))
    QApplication.sendEvent(viewport, event)
    assert QToolTip.text() == f"{TITLES[0]}\nBesøg: 100, Gennemført: 90"
    QToolTip.hideText()


def test_a_fraction_on_a_bar_is_written_the_danish_way(qtbot) -> None:  # type: ignore[no-untyped-def]
    """An estimate ("0,6 besøg undgået") in the window's locale, not C's "0.6"."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    try:
        rows = (("Varmetillæg – søg", 0.6), ("Flytning", 2.0))
        card = _shown_card(qtbot, CARD_WIDTHS[0], rows, ("Opgave", "Undgåede besøg"))
        _names, values = _drawn(card)
        texts = {v.toPlainText() for v in values}
        assert "0,6" in texts, texts
    finally:
        QLocale.setDefault(before)


def test_the_value_axis_keeps_its_numbers_with_localized_numbers(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt Charts draws no tick labels for "%d" once numbers are localized."""
    rows = (("Flytning", 40.0), ("Pas", 100.0))
    card = _shown_card(qtbot, CARD_WIDTHS[0], rows, ("Opgave", "Besøg"))
    plot = card.chart.plotArea()
    ticks = [
        item.toPlainText()
        for item in drawn_items(card.chart)
        if isinstance(item, QGraphicsTextItem)
        and item.isVisible()
        and item.sceneBoundingRect().top() >= plot.bottom() - 1
        and item.toPlainText().replace(".", "").isdigit()
    ]
    assert "0" in ticks and len(ticks) >= 3, ticks
