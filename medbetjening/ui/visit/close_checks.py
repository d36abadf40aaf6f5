"""Before closing: ask (not force) to rate the observed items, and offer to cancel a
visit that recorded nothing. Sits at the top of the "Afslut" tab."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.ui.visit.assessment_controller import content_language
from medbetjening.ui.visit.visit_version import shared_version


class CloseChecks(QWidget):
    changed = Signal()  # an answer was recorded or the visit was cancelled
    cancelled = Signal(int)

    def __init__(
        self, services: Services, actor: ActorContext, visit_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.visit_id = visit_id
        self.visit_version = shared_version(parent, services, actor, visit_id)
        self.setAccessibleName(self.tr("Før du lukker"))
        self.observed = QLabel()
        self.observed.setWordWrap(True)
        self.observed.setAccessibleName(self.tr("Observerede punkter, der ikke er vurderet"))
        self.fill = QPushButton(self.tr("Udfyld fra &trinene"))
        self.fill.setAccessibleName(self.tr("Udfyld fra trinene"))
        self.fill.setToolTip(self.tr("Vurdér punkterne ud fra, hvem der gjorde trinene (Alt+T)"))
        self.fill.clicked.connect(self.fill_from_steps)
        self.cancel = QPushButton(self.tr("Annullér besøget"))
        self.cancel.setAccessibleName(self.tr("Annullér besøget"))
        self.cancel.setToolTip(
            self.tr("Besøget er startet ved en fejl: intet er registreret; tæller ikke med")
        )
        self.cancel.clicked.connect(self.cancel_visit)
        row = QHBoxLayout()
        row.addWidget(self.fill)
        row.addWidget(self.cancel)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.observed)
        layout.addLayout(row)

    def refresh(self) -> None:
        try:
            found = self.services.observations.open_observations(self.actor, self.visit_id)
            can_cancel = self.services.visit_cancel.can_cancel(self.actor, self.visit_id)
        except ServiceError:
            self.hide()  # the form itself still closes the visit
            return
        instrument = self.services.assessment.instrument
        language = content_language()
        names = [instrument.item(item_id).text.get(language) for item_id in found.open_items]
        self.observed.setText(
            self.tr("Før du lukker: vurdér gerne det, ærindet viste: %1").replace(
                "%1", "; ".join(names)
            )
            if names
            else ""
        )
        self.observed.setVisible(bool(names))
        self.fill.setVisible(bool(found.suggested))
        self.cancel.setVisible(can_cancel)
        self.setVisible(bool(names) or can_cancel)

    def fill_from_steps(self) -> None:
        try:
            self.visit_version.save(
                self.services.observations.fill_from_steps, self.actor, self.visit_id
            )
        except ServiceError as error:
            self.visit_version.failed(error)  # a conflict: the visit screen reloads
            self.observed.setText(str(error))
            return
        self.refresh()
        self.changed.emit()

    def cancel_visit(self) -> None:
        try:
            self.visit_version.save(
                self.services.visit_cancel.cancel, self.actor, self.visit_id, "startet ved en fejl"
            )
        except ServiceError as error:
            self.visit_version.failed(error)
            self.observed.setText(str(error))
            self.observed.show()
            return
        self.cancelled.emit(self.visit_id)
