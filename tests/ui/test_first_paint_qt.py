"""What today's list does so the first paint builds none of PySide's Qt enums
(ui/common/roles.py) gives the same list: roles, headers, viewport, row heights."""

from __future__ import annotations

from PySide6.QtCore import Qt

from medbetjening.ui.common import roles
from medbetjening.ui.common.reflow import FlowLayout
from medbetjening.ui.desk.today_screen import TodayScreen


def test_the_role_numbers_are_qts() -> None:
    assert Qt.ItemDataRole.DisplayRole == roles.DISPLAY
    assert Qt.ItemDataRole.ToolTipRole == roles.TOOL_TIP
    assert Qt.ItemDataRole.FontRole == roles.FONT
    assert Qt.ItemDataRole.AccessibleTextRole == roles.ACCESSIBLE_TEXT
    assert Qt.ItemDataRole.UserRole == roles.USER


def test_flow_layout_still_asks_for_no_spare_room() -> None:
    assert FlowLayout().expandingDirections() == Qt.Orientation(0)


def _shown(qtbot, services, actor, visits: int) -> TodayScreen:  # type: ignore[no-untyped-def]
    for _ in range(visits):
        services.visits.start_visit(actor)
    screen = TodayScreen()
    qtbot.addWidget(screen)
    screen.resize(700, 300)
    screen.set_rows(services.visits.todays_visits(actor))
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.wait(20)
    return screen


def test_header_labels_viewport_and_row_heights(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    screen = _shown(qtbot, services, actor, 30)  # more rows than fit: a scroll bar
    table, model = screen.table, screen.model
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        shown = header.model().headerData(column, Qt.Orientation.Horizontal)
        assert shown == model.headerData(column, Qt.Orientation.Horizontal)
        assert shown  # a label, not the column's number
    assert header.count() == model.columnCount()
    assert table.viewport_height() == table.viewport().height()
    least = table.verticalHeader().minimumSectionSize()  # Qt's floor for a row

    def fitted() -> bool:  # the rows on screen got their measured height (a pass or two)
        last = table.rowAt(table.viewport().height() - 1)
        shown = range(last + 1 if last >= 0 else model.rowCount())
        return all(table.rowHeight(r) == max(table.sizeHintForRow(r), least) for r in shown)

    qtbot.waitUntil(fitted)
    assert 0 < table.rowAt(table.viewport().height() - 1) < model.rowCount() - 1
    # the buttons' row takes no spare room from the list (it wraps, it does not grow)
    tallest = max(b.height() for b in (screen.new_button, screen.open_button))
    assert screen.new_button.geometry().bottom() < table.geometry().top()
    assert table.geometry().top() - screen.new_button.geometry().top() < 3 * tallest
