"""Administration → Regler for kommunen: retention periods and the shared-PC rule.

One set for the whole municipality (the database), changed by a team lead and audited;
the floors (e.g. the audit log at least 12 months) are checked by the service.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from medbetjening.domain.policies import DAYS_BOUNDS, MONTHS_CEILING, MONTHS_FLOOR
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError


class PoliciesDialog(QDialog):
    def __init__(
        self, services: Services, actor: ActorContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.setWindowTitle(self.tr("Regler for hele kommunen"))
        self.setAccessibleName(self.tr("Regler for hele kommunen"))
        current = services.policies.current()
        intro = QLabel(
            self.tr(
                "Reglerne gælder på alle kommunens pc'er. Kun en teamleder kan ændre dem, "
                "og hver ændring skrives i revisionsloggen."
            )
        )
        intro.setWordWrap(True)
        self.months: dict[str, QSpinBox] = {}
        form = QFormLayout()
        for key, text in (
            ("visit_months", self.tr("Slet &besøg knyttet til en borger efter (måneder):")),
            ("note_months", self.tr("Slet &noter efter (måneder):")),
            ("audit_months", self.tr("Slet &revisionsloggen efter (måneder):")),
        ):
            box = QSpinBox()
            box.setRange(MONTHS_FLOOR[key], MONTHS_CEILING)
            box.setValue(getattr(current, key))
            box.setAccessibleName(text.replace("&", "").rstrip(":"))
            self.months[key] = box
            form.addRow(text, box)
        self.referral_days = QSpinBox()  # issue 21: before the sender sees it on follow-up
        self.referral_days.setRange(*DAYS_BOUNDS["referral_days"])
        self.referral_days.setValue(current.referral_days)
        self.referral_days.setAccessibleName(self.tr("Frist for at tage en henvisning op (dage)"))
        form.addRow(self.tr("&Frist for at tage en henvisning op (dage):"), self.referral_days)
        self.shared_pc = QCheckBox(self.tr("&Delte pc'er: alle profiler skal have adgangskode"))
        self.shared_pc.setAccessibleName(self.tr("Delte pc'er"))
        self.shared_pc.setChecked(current.shared_pc)
        form.addRow("", self.shared_pc)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        values: dict[str, object] = {key: box.value() for key, box in self.months.items()}
        values["shared_pc"] = self.shared_pc.isChecked()
        values["referral_days"] = self.referral_days.value()
        try:
            self.services.policies.change(self.actor, **values)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Kan ikke gemme"), str(error))
            return
        self.accept()
