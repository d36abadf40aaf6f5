"""One assessment item as a keyboard-first row: its option keys answer it.

The row itself takes focus (Tab reaches it); the option buttons are for the mouse
and show the keys. A key answers and moves on; Enter moves on without answering;
Backspace/Delete clears the answer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from medbetjening.domain.assessment import Answer, Item, Mode
from medbetjening.ui.common.reflow import FlowLayout
from medbetjening.ui.common.wrap_label import WrapLabel

FOCUS_FRAME = 3  # frame width of the focused row


class ItemRow(QFrame):
    answered = Signal(str, object)  # item id, answer (None: cleared)
    advance = Signal(str)  # item id: move on without answering

    def __init__(
        self, item: Item, number: int, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.language = language
        self.answer: Answer | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # the frame is painted here (paintEvent), 1 px or FOCUS_FRAME px inside fixed
        # margins: a focus change repaints two rows instead of laying out every row
        self.setFrameShape(QFrame.Shape.NoFrame)
        # not Maximum: the size hint is one line, and wrapped text at large sizes needs more
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setStyleSheet(
            "QPushButton:checked { background: #1d4f91; color: white; border: 1px solid #0b2a55;"
            " border-radius: 3px; padding: 3px 6px; }"
        )

        text = item.text.get(language)
        self.question = WrapLabel(f"<b>{number}.</b> {text}")
        self.question.setTextFormat(Qt.TextFormat.RichText)
        self.marker = QLabel()
        self._fit_marker()
        top = QHBoxLayout()
        top.addWidget(self.marker)
        top.addWidget(self.question, 1)
        if item.mode == Mode.OBSERVED:
            tag = QLabel(self.tr("observeres"))
            tag.setToolTip(self.tr("Vurderes mens borgeren gør ærindet; kan besvares senere"))
            top.addWidget(tag)

        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.setContentsMargins(
            6 + FOCUS_FRAME, 4 + FOCUS_FRAME, 6 + FOCUS_FRAME, 4 + FOCUS_FRAME
        )
        layout.addLayout(top)
        if item.hint is not None:
            hint = WrapLabel(item.hint.get(language))
            hint.setStyleSheet("QLabel { font-style: italic; }")
            layout.addWidget(hint)

        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so an answer can be cleared
        self.buttons: dict[object, QPushButton] = {}
        options = FlowLayout(spacing=4)  # wraps at large text instead of widening the list
        for option in item.scale.options:
            button = QPushButton(f"{option.key_in(language)}  {option.text.get(language)}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes row to row; keys answer
            button.setAccessibleName(option.text.get(language))
            tip = self.tr("Tast %1").replace("%1", option.key_in(language))
            anchor = item.anchors.get(option.value) if option.value is not None else None
            if anchor is not None:  # what this score looks like at the counter
                tip += "\n" + anchor.get(language)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, a=option.answer: self._pick(a))
            self.group.addButton(button)
            self.buttons[option.answer] = button
            options.addWidget(button)
        layout.addLayout(options)

        self.setAccessibleName(text)
        self._keys = self._keys_help()  # the same on every answer
        self.setToolTip(self._keys)
        self._show()

    def _keys_help(self) -> str:
        keys = ", ".join(
            f"{o.key_in(self.language)}: {o.text.get(self.language)}"
            for o in self.item.scale.options
        )
        return self.tr("Taster – %1. Enter: videre. Tilbage-tast: slet svaret.").replace("%1", keys)

    def set_answer(self, answer: Answer | None) -> None:
        if answer == self.answer:  # the panel sets every row's answer after each key
            return
        self.answer = answer
        self._show()

    def _show(self) -> None:
        for answer, button in self.buttons.items():
            button.setChecked(answer == self.answer)
        option = self.item.scale.option_for_answer(self.answer)
        status = option.text.get(self.language) if option is not None else self.tr("ikke besvaret")
        self.setAccessibleDescription(
            self.tr("Svar: %1. %2").replace("%1", status).replace("%2", self._keys)
        )

    def _pick(self, answer: Answer) -> None:
        self.answered.emit(self.item.id, None if answer == self.answer else answer)
        self._show()  # the controller sets the real answer; undo the button's own toggle

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.advance.emit(self.item.id)
            return
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.answered.emit(self.item.id, None)
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
            self._focus_neighbour(1 if key == Qt.Key.Key_Down else -1)
            return
        commands = (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if not (event.modifiers() & commands) and event.text():
            option = self.item.scale.option_for_key(event.text(), self.language)
            if option is not None:
                self.answered.emit(self.item.id, option.answer)
                return
        super().keyPressEvent(event)

    def _focus_neighbour(self, step: int) -> None:
        """↑/↓: the question above or below (the list's ends stop there)."""
        parent = self.parentWidget()
        if parent is None:
            return
        rows = parent.findChildren(ItemRow, options=Qt.FindChildOption.FindDirectChildrenOnly)
        index = rows.index(self) + step
        if 0 <= index < len(rows):
            rows[index].setFocus(Qt.FocusReason.TabFocusReason)

    def _fit_marker(self) -> None:
        """The focus marker's box fits "▶" and never changes size: showing or clearing
        the marker then repaints it without laying out the row (or the list) again."""
        shown = self.marker.text()
        self.marker.setMinimumSize(0, 0)
        self.marker.setMaximumSize(16777215, 16777215)
        self.marker.setText("▶")
        self.marker.setFixedSize(self.marker.sizeHint().expandedTo(QSize(12, 0)))
        self.marker.setText(shown)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # another text size: another marker box
            self._fit_marker()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A thick box when focused, a thin line otherwise, both inside the margins."""
        super().paintEvent(event)
        painter = QPainter(self)
        focused = self.hasFocus()
        width = FOCUS_FRAME if focused else 1
        color = self.palette().windowText() if focused else self.palette().mid()
        box = self.rect()
        painter.fillRect(box.x(), box.y(), box.width(), width, color)
        painter.fillRect(box.x(), box.bottom() - width + 1, box.width(), width, color)
        painter.fillRect(box.x(), box.y(), width, box.height(), color)
        painter.fillRect(box.right() - width + 1, box.y(), width, box.height(), color)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.marker.setText("▶")
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.marker.setText("")
        self.update()
        super().focusOutEvent(event)
