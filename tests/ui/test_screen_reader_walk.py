"""What a screen reader meets: a walk of the accessibility tree (QAccessible, the tree
AT-SPI and UI Automation are fed from) through sign-in, today's list, each of the
visit's four tabs, the close form and the handout dialog. Every interactive element
the walk reaches must have a name.

AT-SPI itself needs a session bus and the at-spi registry, which the test machine does
not run; the walk goes through the same interfaces Qt's AT-SPI bridge reads.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QWidget

from medbetjening.ui.shell.main_window import MainWindow

Role = QAccessible.Role
INTERACTIVE = {
    Role.Button,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.List,
    Role.Table,
    Role.Tree,
    Role.PageTab,
    Role.Slider,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.Link,
}
# the parts of a control (a table's cells, a list's rows) are named by their text
CONTAINERS = {Role.Table, Role.List, Role.Tree, Role.ComboBox}


def walk(
    interface: QAccessibleInterface, path: str = ""
) -> Iterator[tuple[str, QAccessibleInterface]]:
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is None or not child.isValid() or child.state().invisible:
            continue
        where = f"{path}/{child.role().name}"
        yield where, child
        if child.role() not in CONTAINERS:
            yield from walk(child, where)


def unnamed(widget: QWidget, what: str) -> tuple[list[str], int]:
    """(interactive elements without a name, how many interactive elements were met)."""
    root = QAccessible.queryAccessibleInterface(widget)
    assert root is not None
    problems, met = [], 0
    for where, interface in walk(root):
        if interface.role() not in INTERACTIVE:
            continue
        met += 1
        if not interface.text(QAccessible.Text.Name).strip():
            problems.append(f"{what}: {where} has no name")
    return problems, met


def test_a_screen_reader_finds_every_element_named_through_a_visit(
    qtbot, services, actor, lead, settings
) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.ui.shell.sign_in import make_sign_in_dialog
    from medbetjening.ui.visit.handout_dialog import HandoutDialog
    from medbetjening.ui.visit.outcome_panel import OutcomePanel

    problems: list[str] = []
    met: dict[str, int] = {}

    def check(widget: QWidget, what: str) -> None:
        widget.show()
        QApplication.processEvents()
        found, count = unnamed(widget, what)
        problems.extend(found)
        met[what] = count

    sign_in = make_sign_in_dialog(services, settings)
    qtbot.addWidget(sign_in)
    check(sign_in, "sign-in")

    window = MainWindow(services, actor, settings)
    qtbot.addWidget(window)
    check(window, "today's list")
    window.new_visit()
    tabs = window.visit_screen.tabs
    assert tabs.count() == 4
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        check(window, f"visit tab {tabs.tabText(index)!r}")
        if isinstance(tabs.currentWidget(), OutcomePanel):
            met["close form"] = met[f"visit tab {tabs.tabText(index)!r}"]

    handout = HandoutDialog(services, actor, window.visit_screen.visit_id, 12, window)
    qtbot.addWidget(handout)
    check(handout, "handout dialog")

    assert "close form" in met
    assert all(count >= 3 for count in met.values()), met  # the walk reached the controls
    assert problems == [], "\n".join(problems)


def test_the_walk_finds_an_unnamed_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QPushButton("Gem"))
    layout.addWidget(QLineEdit())
    root.show()
    problems, met = unnamed(root, "test")
    assert met == 2 and problems == ["test: /EditableText has no name"]
