"""Ask the basis before recording that the staff member did a MitID or payment step.

MitID is personal: staff may act only as a digital proxy, for a citizen whose
guardian they act with, or when the citizen typed while they looked away. Without
one of these the mark is not recorded (the service refuses it too). For a citizen the
assessment says has no MitID, "the citizen typed" is not offered, and the dialog says why.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from medbetjening.domain.vocabulary import StaffBasis


class StaffBasisDialog(QDialog):
    """Keys ↑/↓ pick the basis; Enter records; Esc records nothing."""

    def __init__(
        self, bases: tuple[StaffBasis, ...] = tuple(StaffBasis), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Grundlag for MitID-trin"))
        self.setAccessibleName(self.tr("Grundlag for MitID-trin"))
        text = QLabel(
            self.tr(
                "Dette er et MitID- eller betalingstrin. Medarbejderen må kun gøre det "
                "med et grundlag. Hvilket?"
            )
        )
        text.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Grundlag"))
        self.list.setToolTip(self.tr("Vælg grundlaget med piletasterne; Enter gemmer"))
        names = {
            StaffBasis.DIGITAL_POWER_OF_ATTORNEY: self.tr("Digital fuldmagt til medarbejderen"),
            StaffBasis.GUARDIAN: self.tr("Værge"),
            StaffBasis.CITIZEN_TYPED: self.tr("Borgeren tastede selv, mens jeg kiggede væk"),
        }
        for basis in bases:
            item = QListWidgetItem(names[basis])
            item.setData(Qt.ItemDataRole.UserRole, basis.value)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        # each basis shown whole, never scrolled sideways (the longest is a sentence)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumWidth(
            self.list.sizeHintForColumn(0)
            + 2 * self.list.frameWidth()
            + self.list.verticalScrollBar().sizeHint().width()
        )
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list)
        self.why_not_typed = QLabel(
            self.tr(
                "Afklaringen siger, at borgeren ikke har MitID, så borgeren kan ikke have "
                "tastet sit MitID selv. Har borgeren alligevel MitID, så ret afklaringen."
            )
        )
        self.why_not_typed.setWordWrap(True)
        self.why_not_typed.setAccessibleName(self.tr("Hvorfor borgeren ikke kan taste selv"))
        self.why_not_typed.setVisible(StaffBasis.CITIZEN_TYPED not in bases)
        layout.addWidget(self.why_not_typed)
        layout.addWidget(buttons)

    @property
    def basis(self) -> StaffBasis:
        item = self.list.currentItem()
        return StaffBasis(item.data(Qt.ItemDataRole.UserRole))
