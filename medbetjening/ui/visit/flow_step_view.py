"""The step side of the flow walker: the flow's steps, the step in view and the buttons.

Only widgets: ``FlowWalker`` connects them and fills them (kept apart so each file
stays small).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medbetjening.domain.flows import Flow, FlowStep, StepKind
from medbetjening.services.flow_run_info import FlowRunInfo
from medbetjening.ui.common.appearance import scaled_font
from medbetjening.ui.common.flow_labels import ACTOR_KEYS, ACTOR_SYMBOLS, step_actor_label
from medbetjening.ui.common.layout_fence import LayoutFence
from medbetjening.ui.common.list_lines import rewrite_line
from medbetjening.ui.common.reflow import FlowLayout
from medbetjening.ui.common.wrap_label import WrapLabel
from medbetjening.ui.visit.flow_texts import mark_text, obstacles_html, url_html

# The widgets FlowWalker uses by name.
PARTS = (
    "flow_title",
    "flow_info",
    "steps_list",
    "legend",
    "correct_hint",
    "step_box",
    "step_heading",
    "staff_label",
    "citizen_label",
    "privacy_label",
    "tip_label",
    "obstacles_label",
    "url_label",
    "mark_label",
    "actor_buttons",
    "obstacle_button",
    "pause_button",
    "end_button",
    "feedback",
)


class FlowStepView(QWidget):
    """The right-hand side of the "Forløb" panel."""

    def __init__(self, is_ambassador: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.is_ambassador = is_ambassador  # volunteers' words for the actor buttons
        self._filled: tuple[str, str] | None = None  # (flow id, language) of the steps list
        self.flow_title = WrapLabel(self.tr("Vælg et forløb til venstre"))
        self.flow_title.setFont(scaled_font(self, 1.3, bold=True))
        self.flow_title.setAccessibleName(self.tr("Forløbets titel"))
        self.flow_info = WrapLabel()
        self.flow_info.setAccessibleName(self.tr("Det skal borgeren have, og alternativer"))
        self.flow_info.setTextFormat(Qt.TextFormat.RichText)

        self.steps_list = QListWidget()
        self.steps_list.setAccessibleName(self.tr("Forløbets trin"))
        self.steps_list.setToolTip(
            self.tr(
                "Pil op/ned vælger trin · 1 selv · 2 med vejledning · 3 medarbejder · 0 sprunget over"
            )
        )
        self.steps_list.setWordWrap(True)
        # re-wrap the steps when the list's width changes (else long steps are cut off)
        self.steps_list.setResizeMode(QListView.ResizeMode.Adjust)
        # no item spacing: with word wrap it makes Qt cut the current step's text short
        self.steps_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps_list.setMaximumWidth(360)
        self.legend = WrapLabel(
            self.tr("● selv  ◐ med vejledning  ○ medarbejder  – sprunget over  ⚠ forhindring")
        )
        self.legend.setAccessibleName(self.tr("Tegnforklaring"))

        self._build_step_box()

        buttons = self._build_buttons()

        self.feedback = WrapLabel()
        self.feedback.setAccessibleName(self.tr("Seneste handling"))

        # Correcting an earlier step is possible but invisible without saying so.
        self.correct_hint = WrapLabel(
            self.tr("Ret et trin: vælg det med ↑/↓ og tryk tasten igen · Ctrl+Z fortryder")
        )
        self.correct_hint.setAccessibleName(self.tr("Sådan retter du et trin"))

        steps_column = QVBoxLayout()
        steps_column.addWidget(self.steps_list, 1)
        steps_column.addWidget(self.legend)
        steps_column.addWidget(self.correct_hint)
        middle = QHBoxLayout()
        middle.addLayout(steps_column, 1)
        middle.addWidget(LayoutFence(self.step_box), 3)  # a key's new texts stop here
        layout = QVBoxLayout(self)
        layout.addWidget(self.flow_title)
        layout.addWidget(self.flow_info)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)
        layout.addWidget(LayoutFence(self.feedback))

    def _build_buttons(self) -> QVBoxLayout:
        """The actor keys 1/2/3/0 and the run's own buttons, in rows that wrap."""
        self.actor_buttons: dict[str, QPushButton] = {}
        # two rows that wrap at large text (a grid would widen the window past the screen)
        buttons, actor_row, run_row = QVBoxLayout(), FlowLayout(), FlowLayout()
        buttons.addLayout(actor_row)
        buttons.addLayout(run_row)
        for code, key in ACTOR_KEYS:
            said = step_actor_label(code, self.is_ambassador)
            button = QPushButton(f"{key}  {said}")
            button.setAccessibleName(said)
            button.setToolTip(self.tr("Registrér og gå videre (tast %1)").replace("%1", key))
            actor_row.addWidget(button)
            self.actor_buttons[code] = button
        self.obstacle_button = self._button(
            self.tr("O  Forhindring …"), self.tr("Notér hvad der forhindrer trinnet (tast O)")
        )
        self.pause_button = self._button(
            self.tr("P  Pause"), self.tr("Sæt forløbet på pause (tast P)")
        )
        self.end_button = self._button(
            self.tr("Stop forløbet"), self.tr("Stop forløbet her; du bliver spurgt først (Ctrl+E)")
        )
        for button in (self.obstacle_button, self.pause_button, self.end_button):
            run_row.addWidget(button)
        return buttons

    def _build_step_box(self) -> None:
        """The step in view: heading, both texts, privacy, tip, obstacles, address, mark."""
        self.step_box = QFrame()
        self.step_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.step_heading = QLabel()
        self.step_heading.setAccessibleName(self.tr("Trin nummer"))
        self.staff_label = WrapLabel()
        self.staff_label.setFont(scaled_font(self, 1.5, bold=True))
        self.staff_label.setTextFormat(Qt.TextFormat.PlainText)
        self.staff_label.setAccessibleName(self.tr("Vejledning til medarbejderen"))
        self.citizen_label = WrapLabel()
        self.citizen_label.setFont(scaled_font(self, 1.2))
        self.citizen_label.setTextFormat(Qt.TextFormat.PlainText)
        self.citizen_label.setAccessibleName(self.tr("Det borgeren ser"))
        self.privacy_label = WrapLabel()
        self.privacy_label.setTextFormat(Qt.TextFormat.PlainText)
        self.privacy_label.setAccessibleName(self.tr("Husk: privatliv"))
        self.privacy_label.setStyleSheet(
            "QLabel { background: #fff3cd; color: #3d2c00; border: 1px solid #b58a00;"
            " padding: 6px; font-weight: bold; }"
        )
        self.tip_label = WrapLabel()
        self.tip_label.setTextFormat(Qt.TextFormat.PlainText)
        self.tip_label.setAccessibleName(self.tr("Tip"))
        self.obstacles_label = WrapLabel()
        self.obstacles_label.setTextFormat(Qt.TextFormat.RichText)
        self.obstacles_label.setAccessibleName(self.tr("Kendte forhindringer"))
        self.url_label = WrapLabel()
        self.url_label.setOpenExternalLinks(True)
        self.url_label.setTextFormat(Qt.TextFormat.RichText)
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

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.split("  ", 1)[-1])
        button.setToolTip(tip)
        return button

    def fill_steps(self, flow: Flow, run: FlowRunInfo, index: int, language: str) -> None:
        """One line per step: who did it (symbol), its number and the citizen's words.

        The same flow again (a mark, an undo): only the lines whose text changed are
        rewritten, so a key press lays out and paints one line, not the whole list."""
        self.steps_list.blockSignals(True)
        same = (flow.id, language) == self._filled and self.steps_list.count() == len(flow.steps)
        if not same:
            self.steps_list.clear()
        for number, step in enumerate(flow.steps, start=1):
            mark = run.mark_for(step.id)
            symbol = ACTOR_SYMBOLS.get(mark.actor.value, " ") if mark and mark.actor else " "
            warning = " ⚠" if mark and mark.obstacle else ""
            text = f"{symbol} {number}. {step.citizen.get(language)}{warning}"
            tip = (
                step_actor_label(mark.actor.value, self.is_ambassador)
                if mark and mark.actor
                else ""
            )
            item = self.steps_list.item(number - 1) if same else None
            if item is None:
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, step.id)
                item.setToolTip(tip)
                self.steps_list.addItem(item)
            else:
                rewrite_line(self.steps_list, item, text, tip)
        self._filled = (flow.id, language)
        self.steps_list.setCurrentRow(index)
        self.steps_list.blockSignals(False)

    def show_step(self, flow: Flow, run: FlowRunInfo, index: int, language: str) -> FlowStep:
        """Fill the step box for step ``index``; returns the step."""
        lang = language
        step = flow.steps[index]
        self.step_heading.setText(
            self.tr("Trin %1 af %2")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(flow.steps)))
        )
        self.staff_label.setText(step.staff.get(lang))
        self.citizen_label.setText(
            self.tr("Borgeren ser: %1").replace("%1", step.citizen.get(lang))
        )
        reminders = [r.get(lang) for r in flow.privacy]
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
        self.mark_label.setText(mark_text(run.mark_for(step.id)))
        return step
