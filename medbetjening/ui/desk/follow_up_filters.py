"""The follow-up list's choices: which follow-ups (due, this week, later), whose, and where."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.follow_up_list import FollowUpFilter, FollowUpScope


class FollowUpFilters(QObject):
    changed = Signal()

    def __init__(self, services: Services, actor: ActorContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.when = QComboBox()
        for scope, text in (
            (FollowUpScope.DUE, self.tr("Forfaldne og dagens")),
            (FollowUpScope.WEEK, self.tr("Resten af ugen")),
            (FollowUpScope.LATER, self.tr("Senere")),
        ):
            self.when.addItem(text, scope.value)
        self.staff = QComboBox()
        self.staff.addItem(self.tr("Alle medarbejdere"), None)
        self.site = QComboBox()
        self.site.addItem(self.tr("Dette sted"), None)
        for profile in services.setup.staff():
            self.staff.addItem(profile.name, profile.id)
        if actor.is_lead:
            for site in services.setup.sites():
                if site.id != actor.site_id:
                    self.site.addItem(site.name, site.id)
        self.site.setEnabled(actor.is_lead)
        self.layout_row = QHBoxLayout()
        for text, combo, name, tip in (
            (
                self.tr("&Hvornår:"),
                self.when,
                self.tr("Hvilke opfølgninger"),
                self.tr("Forfaldne, resten af ugen eller senere"),
            ),
            (
                self.tr("&Medarbejder:"),
                self.staff,
                self.tr("Medarbejder"),
                self.tr("Hvem havde besøget"),
            ),
            (self.tr("St&ed:"), self.site, self.tr("Sted"), self.tr("Et andet sted (teamleder)")),
        ):
            combo.setAccessibleName(name)
            combo.setToolTip(tip)
            combo.currentIndexChanged.connect(self.changed)
            label = QLabel(text)
            label.setBuddy(combo)
            self.layout_row.addWidget(label)
            self.layout_row.addWidget(combo)
        self.layout_row.addStretch(1)
        self.last_widget = self.site

    def scope(self) -> FollowUpScope:
        return FollowUpScope(self.when.currentData())

    def filter(self, limit: int, offset: int) -> FollowUpFilter:
        return FollowUpFilter(
            site_id=self.site.currentData(),
            staff_id=self.staff.currentData(),
            limit=limit,
            offset=offset,
        )
