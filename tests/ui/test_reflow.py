"""Every screen at a 1366×768 counter PC, at 100, 150 and 200 % text, normal and high
contrast: it fits, no text is clipped, and neither the visit screen nor today's list
scrolls sideways."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from medbetjening.ui.common.appearance import apply_appearance
from tests.ui.screen_catalog import (
    USABLE,
    ScreenContext,
    all_screens,
    clipped_now,
    every_page,
    fit_to_counter_screen,
)


def sideways_scrollbars(widget: QWidget) -> list[str]:
    """Scroll areas in the visit screen that show a horizontal scrollbar now."""
    found = []
    areas = [widget] if isinstance(widget, QAbstractScrollArea) else []
    for area in areas + widget.findChildren(QAbstractScrollArea):
        bar = area.horizontalScrollBar()
        if area.isVisible() and bar.isVisible() and bar.maximum() > 0:
            found.append(f"{type(area).__name__} {area.objectName() or area.accessibleName()!r}")
    return found


def reflow_problems(name: str, widget: QWidget) -> list[str]:
    problems = []
    need = widget.minimumSizeHint()
    if need.width() > USABLE.width() or need.height() > USABLE.height():
        problems.append(f"{name}: needs at least {need.width()}×{need.height()}")
    fit_to_counter_screen(widget)
    widget.show()
    for _page in every_page(widget):
        QApplication.processEvents()
        problems += clipped_now(name, widget)
        if name == "MainWindow+visit":  # the visit and today's list never scroll sideways
            for screen in (widget.visit_screen, widget.today):  # type: ignore[attr-defined]
                if screen is not None and screen.isVisible():
                    problems += [f"{name}: {bar}" for bar in sideways_scrollbars(screen)]
    return problems


@pytest.fixture
def appearance(request):  # type: ignore[no-untyped-def]
    scale, high_contrast = request.param
    app = QApplication.instance()
    apply_appearance(app, scale, high_contrast)
    yield scale, high_contrast
    apply_appearance(app, 100, False)


@pytest.mark.parametrize(
    "appearance",
    [(scale, contrast) for scale in (100, 150, 200) for contrast in (False, True)],
    indirect=True,
    ids=lambda p: f"{p[0]}pct-{'contrast' if p[1] else 'normal'}",
)
def test_every_screen_fits_a_counter_pc(qtbot, appearance, services, actor, settings) -> None:  # type: ignore[no-untyped-def]
    context = ScreenContext(services, actor, settings)
    # a flow under way, so the walker shows a step with its texts and buttons
    services.flows.start_run(actor, context.visit_id, "flytning")
    # and a busy visit whose flows make today's list's "Forløb" column long
    busy = services.visits.start_visit(actor)
    for flow in ("digital-post-fritagelse", "mitid-glemt-adgangskode", "boligstoette-aendring"):
        services.flows.start_run(actor, busy, flow)
    screens, _unbuildable = all_screens(context)
    problems: list[str] = []
    for name, widget in screens:
        qtbot.addWidget(widget)
        problems += reflow_problems(name, widget)
        widget.hide()
    assert len(screens) > 10
    assert problems == [], "\n".join(sorted(set(problems)))


def test_the_reflow_check_finds_a_wide_screen_and_a_sideways_scrollbar(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout

    wide = QWidget()
    qtbot.addWidget(wide)
    fixed = QLabel("fixed width")
    fixed.setMinimumWidth(1600)
    QVBoxLayout(wide).addWidget(fixed)
    assert reflow_problems("wide", wide)[0].startswith("wide: needs at least 16")
    area = QScrollArea()
    qtbot.addWidget(area)
    area.setWidget(QLabel("x" * 400))
    area.resize(200, 100)
    area.show()
    QApplication.processEvents()
    assert sideways_scrollbars(area) != []
