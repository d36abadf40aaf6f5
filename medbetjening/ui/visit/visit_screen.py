"""One visit: a header with who/when and the panels (assessment, flows, outcome)."""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.dto import VisitRow
from medbetjening.services.errors import ServiceError
from medbetjening.ui.common.i18n import format_time
from medbetjening.ui.common.labels import citizen_label, label
from medbetjening.ui.visit.visit_panels import panel_factories
from medbetjening.ui.visit.visit_version import VisitVersion, version_reader


class VisitScreen(QWidget):
    back_requested = Signal()
    visit_changed = Signal(int)

    def __init__(
        self,
        services: Services,
        actor: ActorContext,
        visit: VisitRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.visit_id = visit.id
        self.setAccessibleName(self.tr("Besøg"))
        # One version for all panels: each save passes it and keeps the new one.
        reader = version_reader(services, actor, visit.id)
        self.visit_version = VisitVersion(visit.version, reader, self)
        self.visit_version.conflict.connect(self._reload_header)

        self.header = QLabel()
        self.header.setAccessibleName(self.tr("Besøgets oplysninger"))
        self.back_button = QPushButton(self.tr("← Tilbage til &dagens besøg"))
        self.back_button.setAccessibleName(self.tr("Tilbage til dagens besøg"))
        self.back_button.setToolTip(self.tr("Besøget forbliver åbent (Esc)"))
        self.back_button.clicked.connect(self.back_requested)

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.back_button)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Besøgets trin"))
        self.panels: list[QWidget] = []
        for factory in panel_factories():
            panel = factory(services, actor, visit.id, self)
            self.panels.append(panel)
            self.tabs.addTab(panel, getattr(panel, "title", panel.accessibleName()))
        if not self.panels:
            empty = QLabel(self.tr("Besøget er oprettet og gemt."))
            empty.setAccessibleName(self.tr("Besøget er oprettet"))
            self.tabs.addTab(empty, self.tr("Besøg"))

        find = QShortcut(QKeySequence("Ctrl+F"), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.find_flow)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.show_visit(visit)

    def _reload_header(self) -> None:
        """Another PC changed the visit (each panel reloads itself): the header too."""
        with suppress(ServiceError):  # the panel that failed shows its message
            self.show_visit(self.services.visits.get_visit(self.actor, self.visit_id))

    def find_flow(self) -> None:
        """Ctrl+F from any tab of the visit: the flow tab, with the cursor in its search."""
        for index, panel in enumerate(self.panels):
            focus_search = getattr(panel, "focus_search", None)
            if callable(focus_search):
                self.tabs.setCurrentIndex(index)
                focus_search()
                return

    def show_visit(self, visit: VisitRow) -> None:
        self.visit_version.keep(visit.version)
        text = self.tr("Besøg nr. %1 · startet %2 · %3 · %4 · %5")
        for number, value in enumerate(
            [
                str(visit.id),
                format_time(visit.started_at),
                label("channel", visit.channel),
                citizen_label(visit.citizen_id, visit.citizen_code),
                label("visit_status", visit.status),
            ],
            start=1,
        ):
            text = text.replace(f"%{number}", value)
        self.header.setText(f"<b>{text}</b>")
