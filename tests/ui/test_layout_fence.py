"""The layout fence (ui/common/layout_fence.py): a fenced widget's changes stop at the
fence while it fits, and the fence asks for more room the moment it does not (so a
scroll area around still scrolls at large text), and gives it back when held."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from medbetjening.ui.common.layout_fence import LayoutFence
from medbetjening.ui.common.wrap_label import WrapLabel
from tests.ui.test_keystroke_layout import LayoutRequests


def _window(qtbot) -> tuple[QWidget, WrapLabel, LayoutFence]:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    label = WrapLabel("Gemt: trin 1")
    fence = LayoutFence(label)
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("Over"))
    layout.addWidget(fence)
    layout.addStretch(1)
    window.resize(300, 400)
    window.show()
    qtbot.wait(50)
    return window, label, fence


def test_a_text_that_fits_stops_at_the_fence(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, label, fence = _window(qtbot)
    outside = LayoutRequests(window)
    for number in range(2, 6):
        label.setText(f"Gemt: trin {number}")
        QCoreApplication.processEvents()
    assert outside.count == 0
    assert label.geometry() == fence.rect()  # the label fills the fence


def test_a_longer_text_makes_room_and_gives_it_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, label, fence = _window(qtbot)
    one_line = fence.height()
    label.setText("Forløbet er sat på pause. " * 12)
    QCoreApplication.processEvents()
    QCoreApplication.processEvents()
    assert fence.height() >= label.heightForWidth(fence.width()) > one_line
    assert label.height() == fence.height()
    label.setText("Gemt: trin 2")
    QCoreApplication.processEvents()
    QCoreApplication.processEvents()
    assert fence.height() == label.heightForWidth(fence.width())


def test_a_wrapped_label_measures_its_new_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = WrapLabel("kort")
    qtbot.addWidget(label)
    short = label.heightForWidth(120)
    label.setText("en meget længere tekst, der skal brydes over flere linjer " * 3)
    assert label.heightForWidth(120) > short  # not the remembered height of the old text
    label.setText("kort")
    assert label.heightForWidth(120) == short
