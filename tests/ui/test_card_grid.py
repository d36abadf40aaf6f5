"""The dashboard's cards go one to a row when two do not fit beside each other."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

from medbetjening.ui.lead.card_grid import CardGrid


def _card(width: int) -> QFrame:
    card = QFrame()
    card.setMinimumSize(width, 100)
    return card


def _grid(qtbot, window_width: int) -> tuple[QScrollArea, CardGrid, list[QFrame]]:  # type: ignore[no-untyped-def]
    scroll = QScrollArea()
    qtbot.addWidget(scroll)
    scroll.setWidgetResizable(True)
    host = QWidget()
    grid = CardGrid(scroll, host)
    cards = [_card(500) for _ in range(5)]
    for card in cards[:3]:
        grid.add(card)
    grid.add(cards[3], whole_row=True)
    grid.add(cards[4])
    scroll.setWidget(host)
    scroll.resize(window_width, 600)
    scroll.show()
    QApplication.processEvents()
    return scroll, grid, cards


def test_two_to_a_row_when_two_fit(qtbot) -> None:  # type: ignore[no-untyped-def]
    scroll, grid, cards = _grid(qtbot, 1200)
    assert grid.columns == 2
    assert cards[0].geometry().top() == cards[1].geometry().top()
    assert cards[1].geometry().left() > cards[0].geometry().right()
    # the whole-row card starts a row of its own after the half-filled one
    assert cards[3].geometry().top() > cards[2].geometry().bottom()
    assert cards[3].width() > cards[0].width() * 1.5
    assert not scroll.horizontalScrollBar().isVisible()


def test_one_to_a_row_and_no_sideways_scrolling_when_two_do_not_fit(qtbot) -> None:  # type: ignore[no-untyped-def]
    scroll, grid, cards = _grid(qtbot, 800)
    assert grid.columns == 1
    tops = [card.geometry().top() for card in cards]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    assert not scroll.horizontalScrollBar().isVisible()
    scroll.resize(1200, 600)  # wider again: back to two
    QApplication.processEvents()
    assert grid.columns == 2
    assert cards[0].geometry().top() == cards[1].geometry().top()
