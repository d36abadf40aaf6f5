"""Every bar name of the dashboard readable whole at 100, 150 and 200 % text, in normal
and high contrast, with Danish and English names, on a 1366×768 counter PC: the cards are
laid out as the dashboard lays them out (its CardGrid, two to a row while they fit) and
the test reads what Qt Charts draws."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QGraphicsTextItem, QScrollArea, QWidget

from medbetjening.ui.common.appearance import apply_appearance
from medbetjening.ui.common.check_list import CheckList
from medbetjening.ui.lead.card_grid import CardGrid
from medbetjening.ui.lead.chart_card import ChartCard, ChartTable

NAMES = {
    "da": (
        "Medarbejderen betjener → Medbetjening – borgeren ved tastaturet",
        "Selvbetjening hjemme → Medbetjening – borgeren ved tastaturet",
        "Læseadgang til Digital Post for en pårørende → Medarbejderen betjener",
        "MitID på borgerservice (uden smartphone) (sjældent (med års mellemrum))",
        "Borgerservice Rådhuset → Hovedbiblioteket",
        "Pårørende (læseadgang/fuldmagt)",
    ),
    "en": (
        "Staff-assisted → Assisted self-service – the citizen at the keyboard",
        "Self-service at home → Assisted self-service – the citizen at the keyboard",
        "Read access to Digital Post for a relative → Staff-assisted",
        "MitID at citizen service (without a smartphone) (rarely (years apart))",
        "Borgerservice Rådhuset → Hovedbiblioteket",
        "Relative (read access/power of attorney)",
    ),
}
CHANNELS = {
    "da": ("Biblioteket", "Skranken", "Telefon", "Udgående", "Videomøde"),
    "en": ("Library", "Counter", "Phone", "Outreach", "Video call"),
}
DASHBOARD_VIEWPORT = 1366 - 2 * 11 - 20  # the window's margins, the scroll bar


_SHOWN: list[QWidget] = []  # deleted at the end of the test, before the next one's


@pytest.fixture
def restore_appearance():  # type: ignore[no-untyped-def]
    yield
    # deleted now, not left for a later event loop: a text size set by the next test
    # would reach these charts too
    while _SHOWN:
        widget = _SHOWN.pop()
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    apply_appearance(QApplication.instance(), 100, False)


def _dashboard_cards(qtbot, language: str) -> list[ChartCard]:  # type: ignore[no-untyped-def]
    """Cards in the dashboard's grid, filled in the dashboard's order of steps."""
    scroll, host = QScrollArea(), QWidget()
    scroll.setWidgetResizable(True)
    grid = CardGrid(scroll, host)
    scroll.grid = grid  # type: ignore[attr-defined] # its Python side as long as the area
    _SHOWN.append(scroll)
    tables = [
        ("channels", "stacked", ("Kanal", "Information", "Transaktion"), CHANNELS[language]),
        ("routes", "hbar", ("Rute", "Besøg"), NAMES[language][:3]),
        ("avoided", "hbar", ("Opgave", "Borgere", "Sparede besøg"), NAMES[language][3:4]),
        ("referrals", "hbar", ("Henvist til", "Antal"), NAMES[language][4:]),
        ("short", "hbar", ("Resultat", "Antal"), ("Gennemført", "Ikke gennemført")),
    ]
    cards, filled = [], []
    for key, kind, columns, names in tables:
        card = ChartCard(key, key, kind)
        grid.add(card)
        cards.append(card)
        rows = tuple((name, *(3 + i for i in range(len(columns) - 1))) for name in names)
        filled.append(ChartTable(columns, rows))
    scroll.setWidget(host)
    scroll.resize(DASHBOARD_VIEWPORT + scroll.verticalScrollBar().sizeHint().width(), 600)
    scroll.show()
    QApplication.processEvents()
    for card, table in zip(cards, filled, strict=True):
        card.ask_width(table)
    grid.refit()
    QApplication.processEvents()
    for card, table in zip(cards, filled, strict=True):
        card.reserve(table)
        card.set_table(table)
    for _turn in range(4):
        QApplication.processEvents()
    return cards


def _names(card: ChartCard) -> list[QGraphicsTextItem]:
    """The category names as drawn: left of the plot (sideways bars), under it (upright)."""
    plot = card.chart.plotArea()
    texts = [
        item
        for item in card.chart.scene().items()
        if isinstance(item, QGraphicsTextItem)
        and item.isVisible()
        and item.toPlainText()
        and not card.chart.legend().isAncestorOf(item)
    ]
    if card.kind == "hbar":
        return [t for t in texts if t.sceneBoundingRect().right() <= plot.left() + 1]
    return [
        t
        for t in texts
        if t.sceneBoundingRect().top() >= plot.bottom() - 1
        and not t.toPlainText().replace(".", "").isdigit()
    ]


def _joined(item: QGraphicsTextItem) -> str:
    return " ".join(re.sub(r"(?<=\w)-\n", "", item.toPlainText()).split())


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize("high_contrast", [False, True])
@pytest.mark.parametrize("scale", [100, 150, 200])
def test_every_bar_name_is_drawn_whole_within_its_card(  # type: ignore[no-untyped-def]
    qtbot, restore_appearance, scale: int, high_contrast: bool, language: str
) -> None:
    apply_appearance(QApplication.instance(), scale, high_contrast)
    for card in _dashboard_cards(qtbot, language):
        names = [str(row[0]) for row in card.table.rows]
        drawn = _names(card)
        assert sorted(_joined(item) for item in drawn) == sorted(names), card.key
        view = card.view.viewport().rect()
        for item in drawn:  # inside the chart, not cut at its edge
            box = card.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
            assert view.contains(box), (card.key, _joined(item))
        description = card.view.accessibleDescription()
        assert all(name in description for name in names)  # what a screen reader reads


def test_a_long_site_name_in_the_filter_wraps_instead_of_being_cut(  # type: ignore[no-untyped-def]
    qtbot, restore_appearance
) -> None:
    apply_appearance(QApplication.instance(), 200, True)
    sites = CheckList("Steder", [(1, "Bibliotek Nord"), (2, "Borgerservice Rådhuset")])
    _SHOWN.append(sites)
    sites.resize(sites.fontMetrics().horizontalAdvance("Borgerservice Rådhuset") * 3 // 4, 86)
    sites.show()
    QApplication.processEvents()
    assert sites.horizontalScrollBar().maximum() == 0  # nothing out of sight sideways
    one_line = sites.visualItemRect(sites.item(0)).height()
    wrapped = sites.visualItemRect(sites.item(1))
    assert wrapped.height() >= 2 * one_line - 2  # the long name on two lines
    assert wrapped.right() <= sites.viewport().width()
