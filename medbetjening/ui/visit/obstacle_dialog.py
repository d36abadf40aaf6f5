"""A small keyboard chooser: what blocked this step, a short note, and what next."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from medbetjening.domain.vocabulary import Obstacle
from medbetjening.ui.common.labels import choices

THEN_CONTINUE = "continue"
THEN_PAUSE = "pause"
THEN_END = "end"


class ObstacleDialog(QDialog):
    """Keys 1–4 pick the obstacle; Enter saves; Esc cancels."""

    def __init__(self, step_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Forhindring på trinnet"))
        self.setAccessibleName(self.tr("Forhindring på trinnet"))
        heading = QLabel(self.tr("Hvad forhindrer trinnet »%1«?").replace("%1", step_title))
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Forhindringer"))
        self.list.setToolTip(self.tr("Vælg med piletasterne eller tast 1–4"))
        for number, (code, text) in enumerate(choices("obstacle"), start=1):
            item = QListWidgetItem(f"{number}  {text}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.setWordWrap(True)  # long reasons wrap at large text, never scroll sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        list_label = QLabel(self.tr("&Forhindring:"))
        list_label.setBuddy(self.list)

        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setAccessibleName(self.tr("Kort note"))
        self.note.setPlaceholderText(self.tr("Kort note (valgfri) – aldrig CPR-nummer"))
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.note)

        self.then = QComboBox()
        self.then.setAccessibleName(self.tr("Hvad nu"))
        self.then.addItem(self.tr("Fortsæt forløbet"), THEN_CONTINUE)
        self.then.addItem(self.tr("Sæt forløbet på pause"), THEN_PAUSE)
        self.then.addItem(self.tr("Stop forløbet her"), THEN_END)
        then_label = QLabel(self.tr("&Derefter:"))
        then_label.setBuddy(self.then)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Fortryd"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())

        form = QFormLayout()
        form.addRow(list_label, self.list)
        form.addRow(note_label, self.note)
        form.addRow(then_label, self.then)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.list.installEventFilter(self)
        self.list.setFocus()

    @property
    def obstacle(self) -> Obstacle:
        item = self.list.currentItem() or self.list.item(0)
        return Obstacle(item.data(Qt.ItemDataRole.UserRole))

    @property
    def then_action(self) -> str:
        return str(self.then.currentData())

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and Qt.Key.Key_1 <= event.key() < Qt.Key.Key_1 + self.list.count()
        ):
            self.list.setCurrentRow(event.key() - Qt.Key.Key_1)
            return True
        return super().eventFilter(watched, event)
