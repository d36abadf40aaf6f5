"""The flow walker: pick a flow by typing, walk its steps, one key records who did each.

Keys (when the walker has focus): 1 = the citizen alone, 2 = the citizen with
guidance, 3 = the staff member did it, 0 or S = skipped (not needed); O = an
obstacle; P = pause; Ctrl+E = stop the flow; Ctrl+F = find another flow. Every mark
is saved at once through FlowService, so a crash loses nothing and the walker
resumes at the right step when the visit is opened again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from medbetjening.domain.flows import Flow, FlowStep, StepKind
from medbetjening.domain.vocabulary import FlowRunStatus, StepActor
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.services.flows import FlowRunInfo
from medbetjening.ui.appearance import scaled_font
from medbetjening.ui.flow_labels import ACTOR_KEYS, ACTOR_SYMBOLS, step_actor_label
from medbetjening.ui.flow_texts import flow_info_html, mark_text, obstacles_html, url_html
from medbetjening.ui.flow_titles import shown_flow_titles
from medbetjening.ui.labels import label
from medbetjening.ui.obstacle_dialog import THEN_END, THEN_PAUSE, ObstacleDialog
from medbetjening.ui.reflow import FlowLayout, scrolling_down
from medbetjening.ui.visit_version import shared_version

ROLE_ID = Qt.ItemDataRole.UserRole
_MARK_KEYS = {
    Qt.Key.Key_1: StepActor.CITIZEN_ALONE,
    Qt.Key.Key_2: StepActor.CITIZEN_GUIDED,
    Qt.Key.Key_3: StepActor.STAFF,
    Qt.Key.Key_0: StepActor.SKIPPED,
    Qt.Key.Key_S: StepActor.SKIPPED,
}


class FlowWalker(QWidget):
    """The "Forløb" panel of a visit."""

    citizen_line_changed = Signal(str)  # the citizen's line of the step in view ("" = none)
    run_changed = Signal(object)  # FlowRunInfo after every saved change

    def __init__(
        self, services, actor: ActorContext, visit_id: int, parent: QWidget | None = None
    ) -> None:  # type: ignore[no-untyped-def]
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

        self._build_picker()
        self._build_step_view()
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
    def _build_picker(self) -> None:
        self.picker = QWidget()
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Find forløb"))
        self.search.setPlaceholderText(self.tr("Skriv fx flytte, adresse, NemID …"))
        self.search.setToolTip(self.tr("Skriv for at søge; Enter starter det valgte forløb"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._update_results)
        self.search.returnPressed.connect(self._start_selected)
        search_label = QLabel(self.tr("Find f&orløb (Ctrl+F):"))
        search_label.setBuddy(self.search)
        search_label.setWordWrap(True)

        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Forløb der passer"))
        self.results.setToolTip(self.tr("Enter starter forløbet"))
        self.results.itemActivated.connect(lambda _item: self._start_selected())
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.runs_list = QListWidget()
        self.runs_list.setAccessibleName(self.tr("Forløb i dette besøg"))
        self.runs_list.setToolTip(self.tr("Enter viser og genoptager forløbet"))
        self.runs_list.itemActivated.connect(self._open_run_item)
        self.runs_list.setMaximumHeight(140)
        self.runs_list.setWordWrap(True)
        self.runs_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        runs_label = QLabel(self.tr("Forløb i b&esøget:"))
        runs_label.setBuddy(self.runs_list)

        layout = QVBoxLayout(self.picker)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(runs_label)
        layout.addWidget(self.runs_list)

    def _build_step_view(self) -> None:
        self.step_view = QWidget()
        self.flow_title = QLabel(self.tr("Vælg et forløb til venstre"))
        self.flow_title.setFont(scaled_font(self, 1.3, bold=True))
        self.flow_title.setAccessibleName(self.tr("Forløbets titel"))
        self.flow_title.setWordWrap(True)
        self.flow_info = QLabel()
        self.flow_info.setWordWrap(True)
        self.flow_info.setAccessibleName(self.tr("Det skal borgeren have, og alternativer"))
        self.flow_info.setTextFormat(Qt.TextFormat.RichText)

        self.steps_list = QListWidget()
        self.steps_list.setAccessibleName(self.tr("Forløbets trin"))
        self.steps_list.setToolTip(
            self.tr(
                "Pil op/ned vælger trin · 1 selv · 2 med vejledning · 3 medarbejder · 0 sprunget over"
            )
        )
        self.steps_list.currentRowChanged.connect(self._step_chosen)
        self.steps_list.setWordWrap(True)
        # re-wrap the steps when the list's width changes (else long steps are cut off)
        self.steps_list.setResizeMode(QListView.ResizeMode.Adjust)
        # no item spacing: with word wrap it makes Qt cut the current step's text short
        self.steps_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps_list.setMaximumWidth(360)
        self.legend = QLabel(
            self.tr("● selv  ◐ med vejledning  ○ medarbejder  – sprunget over  ⚠ forhindring")
        )
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(self.tr("Tegnforklaring"))

        self.step_box = QFrame()
        self.step_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.step_heading = QLabel()
        self.step_heading.setAccessibleName(self.tr("Trin nummer"))
        self.staff_label = QLabel()
        self.staff_label.setFont(scaled_font(self, 1.5, bold=True))
        self.staff_label.setWordWrap(True)
        self.staff_label.setTextFormat(Qt.TextFormat.PlainText)
        self.staff_label.setAccessibleName(self.tr("Vejledning til medarbejderen"))
        self.citizen_label = QLabel()
        self.citizen_label.setFont(scaled_font(self, 1.2))
        self.citizen_label.setWordWrap(True)
        self.citizen_label.setTextFormat(Qt.TextFormat.PlainText)
        self.citizen_label.setAccessibleName(self.tr("Det borgeren ser"))
        self.privacy_label = QLabel()
        self.privacy_label.setWordWrap(True)
        self.privacy_label.setTextFormat(Qt.TextFormat.PlainText)
        self.privacy_label.setAccessibleName(self.tr("Husk: privatliv"))
        self.privacy_label.setStyleSheet(
            "QLabel { background: #fff3cd; color: #3d2c00; border: 1px solid #b58a00;"
            " padding: 6px; font-weight: bold; }"
        )
        self.tip_label = QLabel()
        self.tip_label.setWordWrap(True)
        self.tip_label.setTextFormat(Qt.TextFormat.PlainText)
        self.tip_label.setAccessibleName(self.tr("Tip"))
        self.obstacles_label = QLabel()
        self.obstacles_label.setWordWrap(True)
        self.obstacles_label.setTextFormat(Qt.TextFormat.RichText)
        self.obstacles_label.setAccessibleName(self.tr("Kendte forhindringer"))
        self.url_label = QLabel()
        self.url_label.setOpenExternalLinks(True)
        self.url_label.setTextFormat(Qt.TextFormat.RichText)
        self.url_label.setWordWrap(True)
        self.url_label.setAccessibleName(self.tr("Officiel adresse"))
        self.mark_label = QLabel()
        self.mark_label.setAccessibleName(self.tr("Registreret på trinnet"))
        box = QVBoxLayout(self.step_box)
        for widget in (
            self.step_heading,
            self.staff_label,
            self.citizen_label,
            self.privacy_label,
            self.tip_label,
            self.obstacles_label,
            self.url_label,
            self.mark_label,
        ):
            box.addWidget(widget)
        box.addStretch(1)
        for optional in (self.privacy_label, self.tip_label, self.obstacles_label, self.url_label):
            optional.hide()  # a step shows the ones it has; no empty boxes before that

        self.actor_buttons: dict[str, QPushButton] = {}
        # two rows that wrap at large text (a grid would widen the window past the screen)
        buttons, actor_row, run_row = QVBoxLayout(), FlowLayout(), FlowLayout()
        buttons.addLayout(actor_row)
        buttons.addLayout(run_row)
        for code, key in ACTOR_KEYS:
            said = step_actor_label(code, self.actor.is_ambassador)
            button = QPushButton(f"{key}  {said}")
            button.setAccessibleName(said)
            button.setToolTip(self.tr("Registrér og gå videre (tast %1)").replace("%1", key))
            button.clicked.connect(lambda _=False, c=code: self.mark(StepActor(c)))
            actor_row.addWidget(button)
            self.actor_buttons[code] = button
        self.obstacle_button = self._button(
            self.tr("O  Forhindring …"), self.tr("Notér hvad der forhindrer trinnet (tast O)")
        )
        self.obstacle_button.clicked.connect(self.ask_obstacle)
        self.pause_button = self._button(
            self.tr("P  Pause"), self.tr("Sæt forløbet på pause (tast P)")
        )
        self.pause_button.clicked.connect(self.pause)
        self.end_button = self._button(
            self.tr("Stop forløbet"), self.tr("Stop forløbet her; det kan ikke genoptages (Ctrl+E)")
        )
        self.end_button.clicked.connect(self.end)
        for button in (self.obstacle_button, self.pause_button, self.end_button):
            run_row.addWidget(button)

        self.feedback = QLabel()
        self.feedback.setAccessibleName(self.tr("Seneste handling"))
        self.feedback.setWordWrap(True)

        steps_column = QVBoxLayout()
        steps_column.addWidget(self.steps_list, 1)
        steps_column.addWidget(self.legend)
        middle = QHBoxLayout()
        middle.addLayout(steps_column, 1)
        middle.addWidget(self.step_box, 3)
        layout = QVBoxLayout(self.step_view)
        layout.addWidget(self.flow_title)
        layout.addWidget(self.flow_info)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback)

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.split("  ", 1)[-1])
        button.setToolTip(tip)
        return button

    def _build_shortcuts(self) -> None:
        # Ctrl+E works from anywhere in the walker (also from the search box); Ctrl+F
        # belongs to the whole visit screen, which brings this tab forward.
        for keys, slot in (("Ctrl+E", self.end),):
            item = QShortcut(QKeySequence(keys), self)
            item.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            item.activated.connect(slot)
        # The one-key marks are read from the key events of the step view, so typing
        # in the search box never records anything.
        self.steps_list.installEventFilter(self)
        self.runs_list.installEventFilter(self)
        self.search.installEventFilter(self)

    def _handle_key(self, event) -> bool:  # type: ignore[no-untyped-def]
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if modifiers == Qt.KeyboardModifier.ControlModifier:
            if key == Qt.Key.Key_F:
                self.focus_search()
                return True
            if key == Qt.Key.Key_E:
                self.end()
                return True
            return False
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        if key in _MARK_KEYS:
            self.mark(_MARK_KEYS[key])
            return True
        if key == Qt.Key.Key_O:
            self.ask_obstacle()
            return True
        if key == Qt.Key.Key_P:
            self.pause()
            return True
        return False

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
        self._show_run(run)
        self._load_runs()
        self._say(self.tr("Forløbet »%1« er startet.").replace("%1", run.flow_title))
        self.steps_list.setFocus()

    def _open_run_item(self, item: QListWidgetItem) -> None:
        run_id = int(item.data(ROLE_ID))
        try:
            run = self.services.flows.get_run(self.actor, run_id)
            if not run.finished:
                run = self.visit_version.save(self.services.flows.resume, self.actor, run_id)
        except ServiceError as error:
            self._say(str(error), error=error)
            return
        self._show_run(run)
        self._load_runs()
        self.steps_list.setFocus()

    def _load_runs(self, select_active: bool = False) -> None:
        try:
            runs = self.services.flows.runs(self.actor, self.visit_id)
        except ServiceError as error:
            self._say(str(error), error=True)
            return
        self.runs_list.clear()
        for run in runs:
            done = sum(1 for mark in run.marks if mark.actor)
            text = f"{shown_flow_titles(run.flow_title)} · {label('flow_run_status', run.status.value)}"
            if run.step_count:
                text += f" · {done}/{run.step_count}"
            item = QListWidgetItem(text)
            item.setData(ROLE_ID, run.id)
            self.runs_list.addItem(item)
            if self.run is not None and run.id == self.run.id:
                self.runs_list.setCurrentItem(item)
        if select_active:
            active = [run for run in runs if run.status == FlowRunStatus.ACTIVE]
            if active:
                self._show_run(active[-1])

    # -- showing a run ------------------------------------------------------------
    def _show_run(self, run: FlowRunInfo) -> None:
        self.run = run
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
        self.flow_info.setText(flow_info_html(self.flow, self.language))
        self.step_index = min(run.current_step, len(self.flow.steps) - 1)
        self._fill_steps()
        self.run_changed.emit(run)

    def _fill_steps(self) -> None:
        assert self.flow is not None and self.run is not None
        self.steps_list.blockSignals(True)
        self.steps_list.clear()
        for number, step in enumerate(self.flow.steps, start=1):
            mark = self.run.mark_for(step.id)
            symbol = ACTOR_SYMBOLS.get(mark.actor.value, " ") if mark and mark.actor else " "
            warning = " ⚠" if mark and mark.obstacle else ""
            first_words = step.citizen.get(self.language)
            item = QListWidgetItem(f"{symbol} {number}. {first_words}{warning}")
            item.setData(ROLE_ID, step.id)
            if mark and mark.actor:
                item.setToolTip(step_actor_label(mark.actor.value, self.actor.is_ambassador))
            self.steps_list.addItem(item)
        self.steps_list.setCurrentRow(self.step_index)
        self.steps_list.blockSignals(False)
        self._show_step()

    def _step_chosen(self, row: int) -> None:
        if self.flow is not None and 0 <= row < len(self.flow.steps):
            self.step_index = row
            self._show_step()

    def _show_step(self) -> None:
        if self.flow is None or self.run is None:
            return
        lang = self.language
        step: FlowStep = self.flow.steps[self.step_index]
        self.step_heading.setText(
            self.tr("Trin %1 af %2")
            .replace("%1", str(self.step_index + 1))
            .replace("%2", str(len(self.flow.steps)))
        )
        self.staff_label.setText(step.staff.get(lang))
        self.citizen_label.setText(
            self.tr("Borgeren ser: %1").replace("%1", step.citizen.get(lang))
        )
        reminders = [r.get(lang) for r in self.flow.privacy]
        show_privacy = step.kind == StepKind.MITID or (
            step.kind == StepKind.PAYMENT and bool(reminders)
        )
        self.privacy_label.setText("\n".join(reminders) if show_privacy else "")
        self.privacy_label.setVisible(show_privacy and bool(reminders))
        self.tip_label.setText(
            self.tr("Tip: %1").replace("%1", step.tip.get(lang)) if step.tip else ""
        )
        self.tip_label.setVisible(step.tip is not None)
        self.obstacles_label.setText(obstacles_html(step, lang))
        self.obstacles_label.setVisible(bool(step.obstacles))
        self.url_label.setText(url_html(step))
        self.url_label.setVisible(step.url is not None)
        self.mark_label.setText(mark_text(self.run.mark_for(step.id)))
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

    def mark(self, who: StepActor) -> None:
        """Record who did the step in view, save at once, and move on."""
        run = self._usable_run()
        if run is None:
            return
        index = self.step_index
        try:
            save = self.visit_version.save
            updated = save(self.services.flows.mark_step, self.actor, run.id, who, step_index=index)
        except ServiceError as error:
            self._say(str(error), error=error)
            return
        self._show_run(updated)
        self._load_runs()
        message = self.tr("Gemt: trin %1 – %2").replace("%1", str(index + 1))
        message = message.replace("%2", step_actor_label(who.value, self.actor.is_ambassador))
        if updated.status == FlowRunStatus.COMPLETED:
            message += " · " + self.tr("Forløbet er gennemført.")
            self._set_citizen_line(self.tr("Færdig. Godt klaret!"))
        self._say(message)
        self.steps_list.setFocus()

    def ask_obstacle(self) -> None:
        run = self._usable_run()
        if run is None or self.flow is None:
            return
        step = self.flow.steps[self.step_index]
        dialog = ObstacleDialog(step.citizen.get(self.language), self)
        dialog.accepted.connect(lambda: self._save_obstacle(dialog, run.id, self.step_index))
        dialog.finished.connect(dialog.deleteLater)
        self.obstacle_dialog = dialog
        dialog.open()

    def _save_obstacle(self, dialog: ObstacleDialog, run_id: int, index: int) -> None:
        try:
            save, flows, note = self.visit_version.save, self.services.flows, dialog.note.text()
            run = save(
                flows.mark_obstacle, self.actor, run_id, dialog.obstacle, note, step_index=index
            )
            if dialog.then_action == THEN_PAUSE:
                run = save(flows.pause, self.actor, run_id)
            elif dialog.then_action == THEN_END:
                run = save(flows.end, self.actor, run_id)
        except ServiceError as error:
            self._say(str(error), error=error)
            return
        self._show_run(run)
        self.steps_list.setCurrentRow(index)
        self._load_runs()
        self._say(
            self.tr("Gemt: forhindring på trin %1 – %2")
            .replace("%1", str(index + 1))
            .replace("%2", label("obstacle", dialog.obstacle.value))
        )
        self.steps_list.setFocus()

    def pause(self) -> None:
        self._change(self.services.flows.pause, self.tr("Forløbet er sat på pause."))

    def end(self) -> None:
        self._change(self.services.flows.end, self.tr("Forløbet er stoppet."))

    def _change(self, action, message: str) -> None:  # type: ignore[no-untyped-def]
        run = self._usable_run()
        if run is None:
            return
        try:
            updated = self.visit_version.save(action, self.actor, run.id)
        except ServiceError as error:
            self._say(str(error), error=error)
            return
        self._show_run(updated)
        self._load_runs()
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
        self.feedback.setStyleSheet("QLabel { color: #a00000; }" if error else "")
        self.feedback.setText(text)


def flow_walker_panel(services, actor: ActorContext, visit_id: int, parent=None) -> FlowWalker:  # type: ignore[no-untyped-def]
    return FlowWalker(services, actor, visit_id, parent)
