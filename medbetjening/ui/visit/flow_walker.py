"""The flow walker: pick a flow by typing, walk its steps, one key records who did each.

Keys: see ``flow_walker_keys``. Every mark is saved at once through FlowService, so a
crash loses nothing and the walker resumes at the right step when the visit is
opened again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from medbetjening.domain.flows import Flow
from medbetjening.domain.vocabulary import FlowRunStatus, StaffBasis, StepActor
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.services.flows import FlowRunInfo
from medbetjening.ui.common.error_text import show_as_error
from medbetjening.ui.common.flow_labels import step_actor_label
from medbetjening.ui.common.labels import label
from medbetjening.ui.common.reflow import scrolling_down
from medbetjening.ui.visit import flow_walker_actions
from medbetjening.ui.visit.flow_picker import PICKER_PARTS, FlowPicker
from medbetjening.ui.visit.flow_run_list import RunRows
from medbetjening.ui.visit.flow_step_view import PARTS, FlowStepView
from medbetjening.ui.visit.flow_texts import flow_info_html
from medbetjening.ui.visit.flow_walker_keys import key_action, move_to_top
from medbetjening.ui.visit.staff_basis_dialog import StaffBasisDialog
from medbetjening.ui.visit.visit_version import shared_version

ROLE_ID = Qt.ItemDataRole.UserRole


class FlowWalker(QWidget):
    """The "Forløb" panel of a visit."""

    citizen_line_changed = Signal(str)  # the citizen's line of the step in view ("" = none)
    run_changed = Signal(object)  # FlowRunInfo after every saved change

    def __init__(
        self, services: Services, actor: ActorContext, visit_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.visit_id = visit_id
        self.visit_version = shared_version(parent, services, actor, visit_id)
        self.visit_version.conflict.connect(lambda: self._load_runs(select_active=True))
        # Staff texts follow the window's language; the citizen screen stays Danish.
        self.language = "en" if QLocale().language() == QLocale.Language.English else "da"
        self.title = self.tr("Forløb")
        self.setAccessibleName(self.tr("Forløb i besøget"))
        self.run: FlowRunInfo | None = None
        self.flow: Flow | None = None
        self.step_index = 0  # the step in view (the run's current step unless chosen)
        self._citizen_line = ""

        self.picker = FlowPicker()
        for name in PICKER_PARTS:
            setattr(self, name, getattr(self.picker, name))
        self.search.textChanged.connect(self._update_results)
        self.search.returnPressed.connect(self._start_selected)
        self.results.itemActivated.connect(lambda _item: self._start_selected())
        self.runs_list.itemActivated.connect(self._open_run_item)
        self.run_rows = RunRows(self.runs_list)
        self.step_view = FlowStepView(actor.is_ambassador)
        for name in PARTS:
            setattr(self, name, getattr(self.step_view, name))
        self.steps_list.currentRowChanged.connect(self._step_chosen)
        for code, button in self.actor_buttons.items():
            button.clicked.connect(lambda _=False, c=code: self.mark(StepActor(c)))
        self.obstacle_button.clicked.connect(self.ask_obstacle)
        self.pause_button.clicked.connect(self.pause)
        self.end_button.clicked.connect(self.end)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.picker)
        # at large text the step and its buttons are taller than the window: scroll down
        splitter.addWidget(scrolling_down(self.step_view, self.tr("Trinnet")))
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._build_shortcuts()
        self.setTabOrder(self.search, self.results)
        self.setTabOrder(self.results, self.runs_list)
        self.setTabOrder(self.runs_list, self.steps_list)

        self._update_results()
        self._load_runs(select_active=True)

    # -- construction -------------------------------------------------------------
    def _build_shortcuts(self) -> None:
        # Ctrl+E / Ctrl+Z work from anywhere in the walker (also from the search box);
        # Ctrl+F belongs to the whole visit screen, which brings this tab forward.
        for keys, slot in (("Ctrl+E", self.end), ("Ctrl+Z", self.undo)):
            item = QShortcut(QKeySequence(keys), self)
            item.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            item.activated.connect(slot)
        # The one-key marks are read from the key events of the step view, so typing
        # in the search box never records anything.
        self.steps_list.installEventFilter(self)
        self.runs_list.installEventFilter(self)
        self.search.installEventFilter(self)

    def _handle_key(self, event) -> bool:  # type: ignore[no-untyped-def]
        action = key_action(event)
        if action is None:
            return False
        name, who = action
        if who is not None:
            self.mark(who)
        else:
            getattr(self, name)()
        return True

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if not self._handle_key(event):
            super().keyPressEvent(event)

    # -- the picker ---------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _update_results(self) -> None:
        self.results.clear()
        for flow in self.services.flows.search(self.search.text()):
            item = QListWidgetItem(flow.title.get(self.language))
            item.setData(ROLE_ID, flow.id)
            item.setToolTip(", ".join(flow.synonyms))
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        if (
            watched in (self.steps_list, self.runs_list)
            and event.type() == QEvent.Type.KeyPress
            and self._handle_key(event)
        ):
            return True
        # Up/Down in the search box move through the results, so typing + Enter is enough.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())
            if step and self.results.count():
                row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def _start_selected(self) -> None:
        item = self.results.currentItem()
        if item is None:
            self._say(self.tr("Intet forløb passer til søgningen."), error=True)
            return
        self.start_flow(str(item.data(ROLE_ID)))

    def start_flow(self, flow_id: str) -> None:
        try:
            flows = self.services.flows
            run = self.visit_version.save(flows.start_run, self.actor, self.visit_id, flow_id)
        except ServiceError as error:
            self._say(str(error), error=error)
            return
        self._changed(run)
        self._say(self.tr("Forløbet »%1« er startet.").replace("%1", run.flow_title))
        self.steps_list.setFocus()

    def _open_run_item(self, item: QListWidgetItem) -> None:
        run_id = int(item.data(ROLE_ID))
        try:
            run = self.services.flows.get_run(self.actor, run_id)
            if run.status != FlowRunStatus.COMPLETED:  # an ended run is taken up again
                run = self.visit_version.save(self.services.flows.resume, self.actor, run_id)
        except ServiceError as error:
            self._say(str(error), error=error)
            return
        self._changed(run)
        self.steps_list.setFocus()

    def _load_runs(self, select_active: bool = False) -> None:
        try:
            runs = self.services.flows.runs(self.actor, self.visit_id)
        except ServiceError as error:
            self._say(str(error), error=True)
            return
        self.run_rows.fill(runs, self.run.id if self.run is not None else None)
        if select_active:
            active = [run for run in runs if run.status == FlowRunStatus.ACTIVE]
            if active:
                self._show_run(active[-1])

    def _changed(self, run: FlowRunInfo) -> None:
        """A saved change: show the run and rewrite only the rows it changed."""
        self._show_run(run)
        self.run_rows.apply(run, run.id)

    # -- showing a run ------------------------------------------------------------
    def _show_run(self, run: FlowRunInfo) -> None:
        self.run = run
        shown = self.flow
        try:
            self.flow = self.services.flows.get_flow(run.flow_id)
        except ServiceError as error:
            self.flow = None
            self.flow_title.setText(run.flow_title)
            self._say(str(error), error=True)
            self.steps_list.clear()
            self._set_citizen_line("")
            return
        self.flow_title.setText(
            f"{self.flow.title.get(self.language)} · {label('flow_run_status', run.status.value)}"
        )
        if self.flow is not shown:  # the same flow: its info text stands
            self.flow_info.setText(flow_info_html(self.flow, self.language))
        self.step_index = min(run.current_step, len(self.flow.steps) - 1)
        self._fill_steps()
        self.run_changed.emit(run)

    def _fill_steps(self) -> None:
        assert self.flow is not None and self.run is not None
        self.step_view.fill_steps(self.flow, self.run, self.step_index, self.language)
        self._show_step()

    def _step_chosen(self, row: int) -> None:
        if self.flow is not None and 0 <= row < len(self.flow.steps):
            self.step_index = row
            self._show_step()

    def _show_step(self) -> None:
        if self.flow is None or self.run is None:
            return
        step = self.step_view.show_step(self.flow, self.run, self.step_index, self.language)
        self._update_buttons()
        # The citizen sees the step only while the flow is going (not paused or stopped).
        active = self.run.status == FlowRunStatus.ACTIVE
        self._set_citizen_line(step.citizen.get("da") if active else "")

    def _update_buttons(self) -> None:
        open_run = self.run is not None and not self.run.finished and self.flow is not None
        for button in self.actor_buttons.values():
            button.setEnabled(open_run)
        for button in (self.obstacle_button, self.pause_button, self.end_button):
            button.setEnabled(open_run)

    # -- marks --------------------------------------------------------------------
    def _usable_run(self) -> FlowRunInfo | None:
        if self.run is None or self.flow is None:
            self._say(self.tr("Start eller vælg et forløb først (Ctrl+F)."), error=True)
            return None
        if self.run.finished:
            self._say(self.tr("Forløbet er afsluttet. Start et nyt forløb (Ctrl+F)."), error=True)
            return None
        return self.run

    def mark(self, who: StepActor, basis: StaffBasis | None = None) -> None:
        """Record who did the step in view, save at once, and move on.

        "Staff did it" on a MitID or payment step first asks for the basis."""
        run = self._usable_run()
        if run is None or self.flow is None:
            return
        index = self.step_index
        if who == StepActor.STAFF and basis is None and self.flow.steps[index].personal:
            try:
                bases = self.services.flows.staff_bases(self.actor, run.id, index)
            except ServiceError as error:
                self._say(str(error), error=error)
                return
            dialog = StaffBasisDialog(bases, self)
            dialog.accepted.connect(lambda: self._mark_at(index, who, dialog.basis))
            dialog.finished.connect(dialog.deleteLater)
            self.basis_dialog = dialog
            dialog.open()
            return
        self._mark_at(index, who, basis)

    def _mark_at(self, index: int, who: StepActor, basis: StaffBasis | None) -> None:
        run = self._usable_run()
        if run is None:
            return
        self.step_index = index
        try:
            save = self.visit_version.save
            flows = self.services.flows
            updated = save(flows.mark_step, self.actor, run.id, who, step_index=index, basis=basis)
        except ServiceError as error:
            self._say(str(error), error=error)
            return
        self._changed(updated)
        message = self.tr("Gemt: trin %1 – %2").replace("%1", str(index + 1))
        message = message.replace("%2", step_actor_label(who.value, self.actor.is_ambassador))
        if updated.status == FlowRunStatus.COMPLETED:
            message += " · " + self.tr("Forløbet er gennemført.")
            self._set_citizen_line(self.tr("Færdig. Godt klaret!"))
        self._say(message)
        self.steps_list.setFocus()

    def ask_obstacle(self) -> None:
        flow_walker_actions.ask_obstacle(self)

    def pause(self) -> None:
        self._change(self.services.flows.pause, self.tr("Forløbet er sat på pause."))

    def end(self) -> None:
        """Ask first: Ctrl+E is one key away from Ctrl+F and Ctrl+Z."""
        flow_walker_actions.confirm_end(self)

    def undo(self) -> None:
        """Ctrl+Z: take back the last step mark (also the last step's)."""
        if self.run is None:
            self._say(self.tr("Der er intet at fortryde."), error=True)
            return
        try:
            flows = self.services.flows
            updated = self.visit_version.save(flows.undo_last_mark, self.actor, self.run.id)
        except ServiceError as error:
            self._say(str(error), error=error)
            return
        self._changed(updated)
        self._say(
            self.tr("Fortrudt: trin %1 er ikke registreret længere.").replace(
                "%1", str(updated.current_step + 1)
            )
        )
        self.steps_list.setFocus()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self.run is None or self.run.finished:
            flow_walker_actions.recommend_route(self)

    def recommend(self, flow_ids: list[str]) -> None:
        """Put these flows first in the list and select the first: Enter starts it."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._update_results()
        move_to_top(self.results, flow_ids)

    def _change(self, action, message: str) -> None:  # type: ignore[no-untyped-def]
        run = self._usable_run()
        if run is None:
            return
        try:
            updated = self.visit_version.save(action, self.actor, run.id)
        except ServiceError as error:
            self._say(str(error), error=error)
            return
        self._changed(updated)
        self._set_citizen_line("")
        self._say(message)

    # -- output -------------------------------------------------------------------
    def current_citizen_line(self) -> str:
        return self._citizen_line

    def _set_citizen_line(self, text: str) -> None:
        if text != self._citizen_line:
            self._citizen_line = text
            self.citizen_line_changed.emit(text)

    def _say(self, text: str, error: bool | ServiceError = False) -> None:
        if isinstance(error, ServiceError):  # a conflict: every panel reloads first
            self.visit_version.failed(error)
        show_as_error(self.feedback, error)
        self.feedback.setText(text)


def flow_walker_panel(
    services: Services, actor: ActorContext, visit_id: int, parent=None
) -> FlowWalker:  # type: ignore[no-untyped-def]
    return FlowWalker(services, actor, visit_id, parent)
