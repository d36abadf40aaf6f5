"""The dashboard's fill lays each chart out once: cards take their heights before their
charts are filled, the grid grows its host in one pass, and the fill runs step by step."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from medbetjening.ui.lead.card_grid import CardGrid
from medbetjening.ui.lead.chart_card import ChartCard, ChartTable
from medbetjening.ui.lead.fill_steps import FillSteps

NAMES = tuple(f"Opgave {n} – ansøg om noget med et langt navn" for n in range(18))


def _table(rows: int, series: int = 1) -> ChartTable:
    columns = ("Opgave", *(f"Serie {s}" for s in range(series)))
    return ChartTable(
        columns, tuple((NAMES[n], *(n + s + 1 for s in range(series))) for n in range(rows))
    )


def _card(qtbot) -> ChartCard:  # type: ignore[no-untyped-def]
    card = ChartCard("avoided", "Undgåede besøg", "hbar")
    qtbot.addWidget(card)
    card.resize(575, 400)
    card.show()
    QApplication.processEvents()
    return card


def _settle() -> None:
    for _turn in range(4):
        QApplication.processEvents()


def test_an_empty_card_takes_the_height_its_numbers_need_before_it_is_filled(qtbot) -> None:  # type: ignore[no-untyped-def]
    for series in (1, 2):  # without and with a legend
        first = _card(qtbot)  # a chart laid out once: what the axes and legend take is known
        first.set_table(_table(4, series))
        _settle()
        card = _card(qtbot)
        card.reserve(_table(18, series), "Skønnet ud fra tidligere besøg")
        reserved = card.view.minimumHeight()
        assert reserved > 400  # 18 names, each readable
        assert card.subtitle.text() == "Skønnet ud fra tidligere besøg"
        card.set_table(_table(18, series), "Skønnet ud fra tidligere besøg")
        _settle()
        # laid out once at the reserved height: the fit after the layout changed nothing
        assert abs(card.view.minimumHeight() - reserved) <= 1
        assert card.chart.plotArea().height() > 0


def test_a_card_still_showing_numbers_keeps_its_height_until_it_is_filled(qtbot) -> None:  # type: ignore[no-untyped-def]
    card = _card(qtbot)
    card.set_table(_table(3))
    _settle()
    before = card.view.minimumHeight()
    card.reserve(_table(18))  # a refresh: the old chart is not laid out again at a new height
    assert card.view.minimumHeight() == before
    card.set_table(_table(18))
    _settle()
    assert card.view.minimumHeight() > before


class _Resizes(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.Resize:
            self.count += 1
        return False


def _grid_card() -> tuple[QFrame, QWidget]:
    """A card as the dashboard's: a frame whose layout holds a view of a minimum height."""
    card, view = QFrame(), QWidget()
    view.setMinimumSize(300, 150)
    note = QLabel("Et skøn ud fra tidligere besøg, der kan brydes over flere linjer")
    note.setWordWrap(True)  # its height follows the width, as a card's subtitle does
    layout = QVBoxLayout(card)
    layout.addWidget(view)
    layout.addWidget(note)
    return card, view


def test_a_growing_card_leaves_the_other_rows_as_they_are(qtbot) -> None:  # type: ignore[no-untyped-def]
    scroll = QScrollArea()
    qtbot.addWidget(scroll)
    scroll.setWidgetResizable(True)
    host = QWidget()
    grid = CardGrid(scroll, host)
    cards = [_grid_card() for _ in range(8)]
    for card, _view in cards:
        grid.add(card)
    scroll.setWidget(host)
    scroll.resize(800, 400)  # the cards are taller than the window: it scrolls
    scroll.show()
    _settle()
    first_row = _Resizes(cards[0][0])
    height = cards[0][0].height()
    cards[6][1].setMinimumHeight(600)  # a card in the last row gets its chart
    _settle()
    assert cards[6][0].height() > 600 and cards[7][0].height() == cards[6][0].height()
    # the host's minimum follows its cards, so it grows in the same layout pass (left to
    # the scroll area, it grew a pass later: the dashboard's rows were squeezed first)
    assert host.minimumHeight() == host.layout().minimumSize().height() >= 600
    assert first_row.count == 0
    assert cards[0][0].height() == height


def test_fill_steps_run_in_order_and_a_stop_drops_the_rest(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QObject()
    steps = FillSteps(owner)
    ran: list[str] = []
    steps.run([lambda: ran.append("a"), lambda: ran.append("b")], lambda: ran.append("done"))
    assert steps.running and ran == []  # nothing in the caller's turn
    qtbot.waitUntil(lambda: "done" in ran)
    assert ran == ["a", "b", "done"] and not steps.running

    ran.clear()
    steps.run(
        [lambda: (ran.append("a"), steps.stop()), lambda: ran.append("b")],
        lambda: ran.append("done"),
    )
    qtbot.waitUntil(lambda: ran == ["a"])
    steps.run([lambda: ran.append("c")], lambda: ran.append("done"))  # a newer fill
    qtbot.waitUntil(lambda: "done" in ran)
    assert ran == ["a", "c", "done"]
