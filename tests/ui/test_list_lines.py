"""Rewriting one line of a word-wrapped list (ui/common/list_lines.py): the line shows
its new text and tooltip; the list lays its lines out again only when the line's
height changed, and then the line gets its new height."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QListWidget

from medbetjening.ui.common.list_lines import rewrite_line

STEP = "Log på med dit MitID, og godkend i appen på din telefon"


def _list(qtbot) -> QListWidget:  # type: ignore[no-untyped-def]
    view = QListWidget()
    qtbot.addWidget(view)
    view.setWordWrap(True)
    view.resize(220, 400)
    for number in range(1, 9):  # wrapped: as wide as the list, as a flow's steps are
        view.addItem(f"  {number}. {STEP}")
    view.show()
    qtbot.wait(20)
    return view


def test_a_line_of_the_same_height_is_only_repainted(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _list(qtbot)
    told: list[int] = []
    view.model().dataChanged.connect(lambda first, *_: told.append(first.row()))
    item = view.item(2)
    height = view.visualItemRect(item).height()
    rewrite_line(view, item, f"● 3. {STEP}", "Borgeren selv")
    QCoreApplication.processEvents()
    assert item.text() == f"● 3. {STEP}" and item.toolTip() == "Borgeren selv"
    assert told == [] and view.visualItemRect(item).height() == height
    rewrite_line(view, item, f"○ 3. {STEP}")  # the tooltip stays
    assert item.toolTip() == "Borgeren selv"


def test_a_taller_line_is_laid_out_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _list(qtbot)
    told: list[int] = []
    view.model().dataChanged.connect(lambda first, *_: told.append(first.row()))
    item = view.item(2)
    one_line = view.visualItemRect(item).height()
    rewrite_line(view, item, f"● 3. {STEP} " * 3, "")
    qtbot.wait(20)  # the list's delayed layout
    assert told == [2]
    assert view.visualItemRect(item).height() > one_line
