"""The close form's referral: where the citizen is sent and for which task (issue 21).

A destination is another site of the municipality (its today's list shows "henvist
hertil", and the citizen's visit there takes the referral up) or a help point a lead
keeps. The receiving site sees the task, never the note.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.services.referrals import ReferralTarget
from medbetjening.ui.common.i18n import current_language


class ReferralFields(QWidget):
    """Two combos, one under the other: "Henvis til" and "Opgave"."""

    def __init__(self, services, actor: ActorContext, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.destination = QComboBox()
        self.destination.addItem(self.tr("Ingen henvisning til et sted"), None)
        self.task = QComboBox()
        self.task.addItem(self.tr("Opgave ikke angivet"), None)
        try:
            destinations = services.referrals.destinations(actor)
            titles = services.flow_catalog.titles(current_language())
        except ServiceError:  # e.g. a role that cannot record: the form is disabled anyway
            destinations, titles = [], {}
        for place in destinations:
            if place.site_id is not None:
                self.destination.addItem(place.name, f"site:{place.site_id}")
        for place in destinations:
            if place.help_point_id is not None:
                text = self.tr("%1 (hjælpested)").replace("%1", place.name)
                self.destination.addItem(text, f"help_point:{place.help_point_id}")
        for flow_id, title in sorted(titles.items(), key=lambda item: item[1]):
            self.task.addItem(title, flow_id)
        self.destination.setAccessibleName(self.tr("Henvis til"))
        self.destination.setToolTip(
            self.tr("Et andet af kommunens steder eller et hjælpested; stedet ser ikke noten")
        )
        self.task.setAccessibleName(self.tr("Opgave for henvisningen"))
        self.task.setToolTip(self.tr("Hvad borgeren skal have hjælp til dér"))
        self.destination.currentIndexChanged.connect(self._changed)
        for combo in (self.destination, self.task):  # long flow titles must not widen the form
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(24)
        layout = QVBoxLayout(self)  # one under the other: room for 200 % text
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.destination)
        layout.addWidget(self.task)
        self._changed()

    def _changed(self) -> None:
        self.task.setEnabled(self.destination.currentData() is not None)

    def target(self) -> ReferralTarget | None:
        chosen = self.destination.currentData()
        if chosen is None:
            return None
        kind, _, number_text = str(chosen).partition(":")  # "site:3", "help_point:1"
        number = int(number_text)
        flow_id = self.task.currentData()
        if kind == "site":
            return ReferralTarget(site_id=number, flow_id=flow_id)
        return ReferralTarget(help_point_id=number, flow_id=flow_id)
