"""One frame per keystroke (issue 22): a key changes what it changed, nothing is laid
out again that did not change. Counted, not timed: layout requests and list rebuilds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt

from medbetjening.ui.visit.assessment_rows import ItemRow
from medbetjening.ui.visit.flow_walker import FlowWalker
from tests.ui.test_assessment_panel import make_panel


class LayoutRequests(QObject):
    """Counts LayoutRequest events sent to ``widget``."""

    def __init__(self, widget) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_moving_focus_between_questions_lays_out_no_row(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    """The focus frame and marker are drawn in the row's fixed margins: before, each
    focus change resized two rows' contents and laid out the whole question list."""
    visit_id = services.visits.start_visit(actor)
    panel = make_panel(qtbot, services, actor, visit_id)
    rows: list[ItemRow] = panel.rows.rows
    rows[5].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.wait(200)  # the first show's deferred layouts are done before counting
    hints = [(row.sizeHint(), row.minimumSizeHint()) for row in rows]
    content = LayoutRequests(panel.scroll.widget())
    for row in rows[:4]:
        row.setFocus(Qt.FocusReason.TabFocusReason)
        QCoreApplication.processEvents()
        assert row.marker.text() == "▶"
    assert [(row.sizeHint(), row.minimumSizeHint()) for row in rows] == hints
    assert content.count == 0
    assert sum(1 for row in rows if row.marker.text()) == 1  # the focused one only


def test_a_step_mark_rewrites_lines_not_the_list(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    walker = FlowWalker(services, actor, visit_id)
    qtbot.addWidget(walker)
    walker.show()
    walker.start_flow("flytning")
    items = [walker.steps_list.item(i) for i in range(walker.steps_list.count())]
    first = items[0].text()
    qtbot.keyClick(walker.steps_list, Qt.Key.Key_1)
    assert walker.steps_list.item(0) is items[0]  # the same line objects: not refilled
    assert [walker.steps_list.item(i) for i in range(len(items))] == items
    assert items[0].text() != first and items[0].text().startswith("●")
    assert walker.steps_list.currentRow() == 1


def test_a_step_mark_lays_out_the_step_box_not_the_panel(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    """The step's texts and the feedback line change on every key: behind their fences
    (ui/common/layout_fence.py) the panel with the flow's info, the step list and the
    buttons is not laid out again, while the step box itself is."""
    visit_id = services.visits.start_visit(actor)
    walker = FlowWalker(services, actor, visit_id)
    qtbot.addWidget(walker)
    walker.resize(1200, 760)
    walker.show()
    walker.start_flow("flytning")
    qtbot.wait(200)  # the first show's deferred layouts are done before counting
    panel = LayoutRequests(walker.step_view)
    box = LayoutRequests(walker.step_box)
    headings = set()
    for _ in range(4):
        qtbot.keyClick(walker.steps_list, Qt.Key.Key_1)
        QCoreApplication.processEvents()
        headings.add(walker.step_heading.text())
    assert len(headings) == 4 and walker.feedback.text().startswith("Gemt: trin 4")
    assert box.count >= 4  # the box did follow its new texts
    assert panel.count == 0
    for fenced in (walker.step_box, walker.feedback):  # each fills its fence, texts shown
        assert fenced.height() > 0 and fenced.geometry() == fenced.parentWidget().rect()
    assert walker.feedback.height() >= walker.feedback.heightForWidth(walker.feedback.width())
