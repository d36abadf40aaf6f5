"""High contrast: controls the style sheet re-draws must still show what they are."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QSpinBox, QStyle, QStyleOptionSpinBox

from medbetjening.ui.common.appearance import apply_appearance, high_contrast_style


def _white_pixels_inside(box: QSpinBox, control: QStyle.SubControl) -> int:
    option = QStyleOptionSpinBox()
    box.initStyleOption(option)
    rect = box.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, control, box)
    inner = rect.adjusted(3, 3, -3, -3)  # leave the button's own white frame out
    image = box.grab().toImage()
    return sum(
        1
        for x in range(inner.left(), inner.right() + 1)
        for y in range(inner.top(), inner.bottom() + 1)
        if QColor(image.pixel(x, y)).lightness() > 200
    )


def test_spin_box_arrows_are_drawn_in_high_contrast_at_200_percent(qtbot) -> None:
    app = QApplication.instance()
    apply_appearance(app, 200, True)
    try:
        box = QSpinBox()
        qtbot.addWidget(box)
        box.resize(240, box.sizeHint().height())
        box.show()
        qtbot.waitExposed(box)
        for control in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
            # an empty square before: the style-sheet style drew no arrow at all
            assert _white_pixels_inside(box, control) >= 6, control
    finally:
        apply_appearance(app, 100, False)


def test_the_arrow_files_the_style_names_exist() -> None:

    files = re.findall(r'url\("([^"]+)"\)', high_contrast_style())
    assert len(files) == 2
    assert all(Path(name).is_file() for name in files)
