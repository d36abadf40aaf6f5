"""Beside the route: for the errand chosen, how often it comes (and what that means for
teaching it) and what happened to similar citizens in this municipality.

The numbers come from the statistics (one indexed read, no scan of visits), so the call
is made on the GUI thread; the figures are as of the last statistics refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from medbetjening.domain.assessment import Instrument
from medbetjening.domain.route_evidence import MINIMUM_COUNT, UNSETTLED_BAND, RouteFigure
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.services.route_evidence import ErrandEvidence
from medbetjening.ui.common.evidence_labels import route_name, weighing_text
from medbetjening.ui.common.i18n import format_date
from medbetjening.ui.common.labels import label
from medbetjening.ui.common.number_text import percent
from medbetjening.ui.common.wrap_label import WrapLabel
from medbetjening.ui.visit.assessment_controller import AssessmentController


def _figure_line(figure: RouteFigure, band: str, errand: str, name: str) -> str:
    counts = figure.counts
    who = (
        QCoreApplication.translate("RouteEvidence", "borgere med niveau ikke afklaret")
        if band == UNSETTLED_BAND
        else QCoreApplication.translate("RouteEvidence", "borgere på niveau %1").replace("%1", band)
    )
    if figure.share is None or figure.interval is None:
        return (
            QCoreApplication.translate(
                "RouteEvidence", "»%1«: for få tilfælde (%2 %3 med kendt næste gang; mindst %4)"
            )
            .replace("%1", name)
            .replace("%2", str(counts.known))
            .replace("%3", who)
            .replace("%4", str(MINIMUM_COUNT))
        )
    line = (
        QCoreApplication.translate(
            "RouteEvidence",
            "Af %1 %2 med vejen »%3« til %4 klarede %5 den selv næste gang "
            "(inden for 12 måneder) – sandsynligvis mellem %6 og %7.",
        )
        .replace("%1", str(counts.known))
        .replace("%2", who)
        .replace("%3", name)
        .replace("%4", errand)
        .replace("%5", percent(figure.share))
        .replace("%6", percent(figure.interval[0]))
        .replace("%7", percent(figure.interval[1]))
    )
    if figure.mean_visits is not None:
        line += " " + QCoreApplication.translate(
            "RouteEvidence", "De, der nåede dertil, brugte i snit %1 besøg med ærindet."
        ).replace("%1", f"{figure.mean_visits:.1f}".replace(".", ","))
    return line


def evidence_html(found: ErrandEvidence, instrument: Instrument | None, language: str) -> str:
    """The box's text: the errand's recurrence and route, then the figures."""
    errand = found.title
    lines = []
    often = (
        label("recurrence", found.recurrence)
        if found.recurrence
        else QCoreApplication.translate("RouteEvidence", "ikke angivet")
    )
    lines.append(
        QCoreApplication.translate("RouteEvidence", "<b>%1</b> – borgeren har ærindet: %2.")
        .replace("%1", errand)
        .replace("%2", often)
    )
    weighed = found.errand_route
    route = route_name(instrument, weighed.route, language)
    if weighed.changed:
        lines.append(
            QCoreApplication.translate("RouteEvidence", "<b>Vej for dette ærinde:</b> %1.").replace(
                "%1", route
            )
        )
    lines.append(weighing_text(weighed.why.value))
    evidence = found.evidence
    lines.append(_figure_line(evidence.proposed, evidence.band, errand, route))
    if evidence.by_barriers:
        lines.append(
            QCoreApplication.translate("RouteEvidence", "Kun borgere med de samme barrierer.")
        )
    if evidence.proposed.unknown_next_time:
        lines.append(
            QCoreApplication.translate(
                "RouteEvidence", "%1 uden nyt inden for 12 måneder er ikke talt med."
            ).replace("%1", str(evidence.proposed.unknown_next_time))
        )
    for other in evidence.alternatives:
        name = route_name(instrument, other.route, language)
        lines.append("– " + _figure_line(other, evidence.band, errand, name))
    until = (
        format_date(found.counted_until)
        if found.counted_until
        else QCoreApplication.translate("RouteEvidence", "aldrig")
    )
    lines.append(
        "<i>"
        + QCoreApplication.translate(
            "RouteEvidence",
            "Tallene viser, hvad der skete for andre – ikke at vejen var årsagen. "
            "Statistikken er opdateret %1.",
        ).replace("%1", until)
        + "</i>"
    )
    return "<br>".join(lines)


class EvidenceBox(QGroupBox):
    """Choose the errand; see its recurrence, its route and the evidence."""

    def __init__(
        self,
        services,  # type: ignore[no-untyped-def]
        actor: ActorContext,
        controller: AssessmentController,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Erfaring med ærindet"))
        self.setAccessibleName(self.tr("Erfaring med ærindet"))
        self.services, self.actor, self.controller = services, actor, controller
        self.found: ErrandEvidence | None = None
        caption = QLabel(self.tr("Ær&inde:"))
        self.errand = QComboBox()
        self.errand.setAccessibleName(self.tr("Ærinde"))
        self.errand.setToolTip(
            self.tr("Vælg ærindet for at se, hvordan det gik for lignende borgere (Alt+I)")
        )
        self.errand.addItem(self.tr("Vælg ærinde …"), None)
        caption.setBuddy(self.errand)
        self.text = WrapLabel()  # remembers its height: an answer's key relays out less
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAccessibleName(self.tr("Hvordan det gik for lignende borgere"))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.errand)
        layout.addWidget(self.text)
        self._filled = False
        self.errand.currentIndexChanged.connect(self.refresh)
        controller.changed.connect(self.refresh)
        self.refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if not self._filled:  # the flow library loads on first sight, not at start
            self._filled = True
            try:
                titles = self.services.flow_catalog.titles(self.controller.language)
            except ServiceError as error:
                self.text.setText(str(error))
                titles = {}
            for flow_id, title in sorted(titles.items(), key=lambda kv: kv[1].casefold()):
                self.errand.addItem(title, flow_id)
        super().showEvent(event)

    def refresh(self) -> None:
        flow_id = self.errand.currentData()
        state = self.controller.state
        if flow_id is None or state is None:
            self.found = None
            self.text.setText(self.tr("Vælg ærindet for at se, hvordan det gik for andre."))
            return
        result = state.result
        route = state.route or (result.route if result.started else "")
        if not route:
            self.found = None
            self.text.setText(self.tr("Vurder borgeren først: så vises erfaringen her."))
            return
        wish = state.answers.get("wish")
        try:
            self.found = self.services.route_evidence.for_errand(
                self.actor,
                flow_id,
                route,
                state.level,
                result.barriers,
                str(wish) if wish is not None else None,
                result.level_max,
            )
        except ServiceError as error:
            self.found = None
            self.text.setText(str(error))
            return
        self.text.setText(
            evidence_html(self.found, self.controller.instrument, self.controller.language)
        )
