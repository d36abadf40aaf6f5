"""Error text stays readable in the high-contrast theme, also when switched live: the
citizen panel's refusal was dark red (#a40000) on black, about 2:1."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from medbetjening.ui.common.appearance import apply_appearance
from medbetjening.ui.visit.citizen_panel import CitizenPanel


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def _contrast(style: str, background: QColor) -> float:
    found = re.search(r"color:\s*(#[0-9a-fA-F]{6})", style)
    assert found, style
    a, b = _luminance(QColor(found.group(1))), _luminance(background)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def test_the_refusal_is_readable_in_both_themes(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    panel = CitizenPanel(services, actor, services.visits.start_visit(actor))
    qtbot.addWidget(panel)
    try:
        apply_appearance(app, 100, True)  # switched while the panel is open
        background = app.palette().window().color()
        assert _contrast(panel.message.styleSheet(), background) >= 4.5
        opened_now = CitizenPanel(services, actor, services.visits.start_visit(actor))
        qtbot.addWidget(opened_now)
        assert _contrast(opened_now.message.styleSheet(), background) >= 4.5
    finally:
        apply_appearance(app, 100, False)
    assert _contrast(panel.message.styleSheet(), QColor("#ffffff")) >= 4.5


def test_every_marked_colour_is_readable_on_its_theme() -> None:
    from medbetjening.ui.common.error_text import COLOURS, text_style

    for kind in COLOURS:
        assert _contrast(text_style(kind, False), QColor("#ffffff")) >= 7, kind
        assert _contrast(text_style(kind, True), QColor("#000000")) >= 7, kind
