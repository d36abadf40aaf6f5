"""The MitID-step basis dialog shows each basis whole, at 100 and 200 % text."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from medbetjening.ui.common.appearance import apply_appearance
from medbetjening.ui.visit.staff_basis_dialog import StaffBasisDialog


@pytest.mark.parametrize("scale", [100, 200])
def test_no_basis_is_cut_off_or_scrolled_sideways(qtbot, scale) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    apply_appearance(app, scale, False)
    try:
        dialog = StaffBasisDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        bar = dialog.list.horizontalScrollBar()
        assert not (bar.isVisible() and bar.maximum() > 0), "a basis is cut off"
        widest = max(
            dialog.list.visualItemRect(dialog.list.item(row)).width()
            for row in range(dialog.list.count())
        )
        assert widest <= dialog.list.viewport().width()
    finally:
        apply_appearance(app, 100, False)
