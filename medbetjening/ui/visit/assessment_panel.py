"""The competence assessment in the visit: keyboard-first items, a live result.

Number keys (and letters for the context questions) answer the item in focus and
move on to the next open one; Tab/Enter move on without answering; the observed
items can be answered later, also from the compact widget beside the flow walker
(``make_observed_widget``). The level, the flag, the barriers and the route are
shown in plain words as they change, beside the citizen's previous result.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from medbetjening.domain.assessment import Instrument, Mode
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.ui.common.error_text import show_as_error
from medbetjening.ui.common.reflow import scrolling_down
from medbetjening.ui.visit.assessment_controller import AssessmentController
from medbetjening.ui.visit.assessment_result_view import ResultView, level_text
from medbetjening.ui.visit.assessment_rows import ItemRow
from medbetjening.ui.visit.route_evidence_view import EvidenceBox


class _Rows:
    """The item rows of one widget, and where focus goes after an answer."""

    def __init__(self, controller: AssessmentController) -> None:
        self.controller = controller
        self.rows: list[ItemRow] = []

    def add(self, row: ItemRow) -> None:
        row.answered.connect(self._answered)
        row.advance.connect(self._advance)
        self.rows.append(row)

    def refresh(self) -> None:
        for row in self.rows:
            row.set_answer(self.controller.answer(row.item.id))

    def first_open(self, mode: Mode | None) -> ItemRow | None:
        return next(
            (
                r
                for r in self.rows
                if (mode is None or r.item.mode == mode)
                and self.controller.answer(r.item.id) is None
            ),
            None,
        )

    def focus_first_open(self, mode: Mode | None) -> bool:
        row = self.first_open(mode) or next(
            (r for r in self.rows if mode is None or r.item.mode == mode), None
        )
        if row is None:
            return False
        row.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def _index(self, item_id: str) -> int:
        return next(i for i, r in enumerate(self.rows) if r.item.id == item_id)

    def _answered(self, item_id: str, answer: object) -> None:
        if not self.controller.record(item_id, answer):  # type: ignore[arg-type]
            return
        if answer is None:
            return
        index = self._index(item_id)
        mode = self.rows[index].item.mode
        # Next open item of the same kind; the asked ones lead on to the observed ones.
        after = self.rows[index + 1 :] + self.rows[:index]
        target = next(
            (r for r in after if r.item.mode == mode and self.controller.answer(r.item.id) is None),
            None,
        )
        if target is None and mode == Mode.ASKED:
            target = self.first_open(Mode.OBSERVED)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def _advance(self, item_id: str) -> None:
        index = self._index(item_id)
        self.rows[index].focusNextChild()


class AssessmentPanel(QWidget):
    """Tab "Kompetence" of the visit screen."""

    def __init__(
        self, services: Services, actor: ActorContext, visit_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.title = self.tr("Kompetence")
        self.setAccessibleName(self.tr("Kompetenceafklaring"))
        self.controller = AssessmentController(services, actor, visit_id, self)
        self.rows = _Rows(self.controller)
        self._focused_once = False

        outer = QVBoxLayout(self)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning.setAccessibleName(self.tr("Advarsel om kompetenceafklaringens fil"))
        self.warning.setStyleSheet("QLabel { background: #fff3cd; color: #5c4400; padding: 6px; }")
        outer.addWidget(self.warning)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Besked"))
        show_as_error(self.message)
        outer.addWidget(self.message)

        instrument = self.controller.instrument
        if instrument is None:
            self.warning.setText(self.controller.load_error)
            outer.addStretch(1)
            self.result_view = None
            return

        body = QHBoxLayout()
        outer.addLayout(body, 1)
        body.addWidget(self._build_items(instrument), 3)
        self.result_view = ResultView(self.controller, self)
        self.evidence = EvidenceBox(services, actor, self.controller, self.result_view)
        self.result_view.add_under_route(self.evidence)
        # the result grows with the route box and what to offer: scroll, never squeeze
        body.addWidget(scrolling_down(self.result_view, self.tr("Resultat")), 2)

        self._shortcut("Alt+S", lambda: self.rows.focus_first_open(Mode.ASKED))
        self._shortcut("Alt+O", lambda: self.rows.focus_first_open(Mode.OBSERVED))
        self.controller.changed.connect(self._refresh)
        self.controller.failed.connect(self._show_message)
        visit_changed = getattr(parent, "visit_changed", None)  # the visit screen's signal
        if visit_changed is not None:
            visit_changed.connect(lambda _visit_id: self.controller.citizen_may_have_changed())
        self._refresh()
        self._show_problems()

    # -- construction -------------------------------------------------------------
    def _shortcut(self, keys: str, slot) -> None:  # type: ignore[no-untyped-def]
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def _build_items(self, instrument: Instrument) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(4)
        number = 0
        sections = [
            (Mode.ASKED, self.tr("Spørg borgeren (Alt+S)")),
            (Mode.OBSERVED, self.tr("Observér under ærindet – kan besvares senere (Alt+O)")),
        ]
        for mode, heading in sections:
            header = QLabel(f"<b>{heading}</b>")
            header.setAccessibleName(heading)
            header.setWordWrap(True)
            layout.addWidget(header)
            for item in instrument.items:
                if item.mode != mode:
                    continue
                number += 1
                row = ItemRow(item, number, self.controller.language, content)
                row.installEventFilter(self)
                self.rows.add(row)
                layout.addWidget(row)
        keys = QLabel(
            self.tr(
                "Tast svaret (tallet eller bogstavet på knappen). Tab eller Enter: videre "
                "uden svar. Tilbage-tast: slet svaret."
            )
        )
        keys.setWordWrap(True)
        keys.setStyleSheet("QLabel { font-style: italic; }")
        layout.addWidget(keys)
        layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setAccessibleName(self.tr("Spørgsmål"))
        # No sideways scrolling: a row's answer buttons do not wrap, so the list is at least
        # as wide as the widest row (else rows get less height than they need, too).
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scrollbar = self.scroll.verticalScrollBar().sizeHint().width()
        self.scroll.setMinimumWidth(content.minimumSizeHint().width() + scrollbar)
        return self.scroll

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        if event.type() == event.Type.FocusIn and isinstance(watched, ItemRow):
            self.scroll.ensureWidgetVisible(watched, 0, 20)
        return super().eventFilter(watched, event)

    # -- behaviour ---------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.controller.instrument is not None:
            self.controller.citizen_may_have_changed()  # linked in the Borger tab meanwhile?
        if not self._focused_once and self.controller.instrument is not None:
            self._focused_once = True
            # After the visit screen has placed its own focus: start at the first question.
            # (A child timer: it dies with the panel, so it never fires on deleted rows.)
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda: self.rows.focus_first_open(None))
            timer.timeout.connect(timer.deleteLater)
            timer.start(0)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _refresh(self) -> None:
        self._show_message("")
        self.rows.refresh()

    def _show_problems(self) -> None:
        problems = self.controller.problems
        if not problems:
            self.warning.hide()
            return
        lead = (
            self.tr("Filen med kompetenceafklaringen har fejl; den sidste gyldige udgave bruges.")
            if self.controller.using_fallback
            else self.tr("Filen med kompetenceafklaringen har fejl.")
        )
        shown = problems[:3]
        more = len(problems) - len(shown)
        text = lead + "\n" + "\n".join(shown)
        if more > 0:
            text += "\n" + self.tr("… og %1 fejl mere.").replace("%1", str(more))
        self.warning.setText(text)

    def make_observed_widget(self, parent: QWidget | None = None) -> ObservedItemsWidget:
        """A compact widget with the observed items, sharing this panel's assessment."""
        return ObservedItemsWidget(self.controller, parent)


class ObservedItemsWidget(QWidget):
    """The observed items and a one-line result: to sit beside the flow walker."""

    def __init__(self, controller: AssessmentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setAccessibleName(self.tr("Observerede punkter"))
        self.rows = _Rows(controller)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel("<b>" + self.tr("Observér undervejs") + "</b>")
        heading.setAccessibleName(self.tr("Observér undervejs"))
        layout.addWidget(heading)
        instrument = controller.instrument
        if instrument is not None:
            number = sum(1 for item in instrument.items if item.mode == Mode.ASKED)
            for item in instrument.items:
                if item.mode == Mode.OBSERVED:
                    number += 1
                    row = ItemRow(item, number, controller.language, self)
                    self.rows.add(row)
                    layout.addWidget(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Foreløbigt resultat"))
        layout.addWidget(self.summary)
        layout.addStretch(1)
        controller.changed.connect(self.refresh)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.controller.reload()  # another widget or desk may have answered meanwhile

    def focus_first_open(self) -> bool:
        return self.rows.focus_first_open(Mode.OBSERVED)

    def refresh(self) -> None:
        self.rows.refresh()
        instrument, state = self.controller.instrument, self.controller.state
        if instrument is None or state is None:
            self.summary.setText(self.controller.load_error)
            return
        result = state.result
        lang = self.controller.language
        level = level_text(instrument, result.effective_level, lang)
        if not result.started and state.level is None:
            text = self.tr("Niveau: ikke vurderet endnu")
        elif result.provisional and not state.overridden:
            text = (
                self.tr("Niveau: ikke afklaret (%1–%2)")
                .replace("%1", str(result.level))
                .replace("%2", str(result.level_max))
            )
        else:
            text = self.tr("Niveau %1").replace("%1", level)
        route = instrument.route(result.route)
        if route is not None:
            text += " · " + route.name.get(lang)
        self.summary.setText(text)
