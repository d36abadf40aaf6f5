"""The citizen screen's controller: it wires the open visit's walker to the citizen's
window (ui/visit/citizen_screen.py), which it builds only when first needed, so the main
window's first paint loads neither that window nor its widgets."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from medbetjening.ui.visit.citizen_screen import CitizenScreen


class CitizenScreenController(QObject):
    """Owns the citizen screen of a main window and wires it to the open visit's walker."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._screen: CitizenScreen | None = None  # built when first needed
        self._source = None
        self._profile = None  # the Borger tab's language box: the citizen's language
        window.visit_opened.connect(self._visit_opened)
        window.stack.currentChanged.connect(self._page_changed)

    @property
    def screen(self) -> CitizenScreen:
        """The citizen's window, built at its first use (not before the first paint)."""
        if self._screen is None:
            from medbetjening.ui.visit.citizen_screen import CitizenScreen

            self._screen = CitizenScreen(self.window)
        return self._screen

    def retranslate(self) -> None:
        if self._screen is None:  # built later in the new language
            return
        self.screen.retranslate()
        if not self.screen.line.text() or self._source is None:
            self.screen.show_line("")

    def toggle(self) -> None:
        if self.screen.isVisible():
            self.screen.hide()
        else:
            self.screen.place_on_second_screen()
            self.window.activateWindow()  # keep the keyboard with the staff member

    def _visit_opened(self, _visit_id: int) -> None:
        visit_screen = getattr(self.window, "visit_screen", None)
        self._disconnect()
        panels = getattr(visit_screen, "panels", [])
        for panel in panels:
            language = getattr(panel, "language", None)
            if hasattr(language, "currentIndexChanged") and hasattr(language, "currentData"):
                self._profile = language
                language.currentIndexChanged.connect(self._show_current)
        for panel in panels:
            signal = getattr(panel, "citizen_line_changed", None)
            if signal is not None:
                signal.connect(self._show_current)
                self._source = panel
                break
        self._show_current()

    def citizen_language(self) -> str:
        data = self._profile.currentData() if self._profile is not None else None
        return str(data) if data else "da"

    def _show_current(self, *_args: object) -> None:
        """The walker's citizen line, with the step it belongs to and its translation."""
        source = self._source
        text = source.current_citizen_line() if source is not None else ""
        flow = getattr(source, "flow", None)
        index = getattr(source, "step_index", -1)
        if not text or flow is None or not 0 <= index < len(flow.steps):
            self.screen.show_line(text)
            return
        step = flow.steps[index]
        if step.citizen.da != text:  # not a step's line (e.g. "Færdig. Godt klaret!")
            self.screen.show_line(text)
            return
        language = self.citizen_language()
        from medbetjening.domain.flows import StepKind  # loaded by the walker by now
        from medbetjening.ui.visit.citizen_screen import LOOKING_AWAY, text_in

        own = text_in(step.citizen, language)

        # during a MitID step the citizen is told the staff member looks away (issue 15)
        notice = LOOKING_AWAY if step.kind == StepKind.MITID else ""
        self.screen.show_step(text, own, index + 1, len(flow.steps), language, notice)

    def _page_changed(self, _index: int) -> None:
        # Back at today's list: the next citizen must not see the last one's step.
        if self.window.stack.currentWidget() is not getattr(self.window, "visit_screen", None):
            if self._screen is not None:  # never shown: nothing to clear
                self.screen.show_line("")
        elif self._source is not None:
            self._show_current()

    def _disconnect(self) -> None:
        if self._source is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # the old panel may be gone
                self._source.citizen_line_changed.disconnect(self._show_current)
            self._source = None
        if self._profile is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._profile.currentIndexChanged.disconnect(self._show_current)
            self._profile = None
