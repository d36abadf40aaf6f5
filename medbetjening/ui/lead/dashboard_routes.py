"""The dashboard's cards on routes: how often staff chose another route than the one
proposed (and which), and the counter visits newly self-sufficient citizens may save."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from medbetjening.domain.assessment import Instrument
from medbetjening.services.statistics import Dashboard
from medbetjening.ui.common.evidence_labels import route_name
from medbetjening.ui.common.flow_titles import shown_flow_titles
from medbetjening.ui.common.labels import label
from medbetjening.ui.common.number_text import percent
from medbetjening.ui.lead.chart_card import ChartTable


def override_card(
    data: Dashboard, instrument: Instrument | None, language: str
) -> tuple[ChartTable, str]:
    rows = tuple(
        (
            QCoreApplication.translate("DashboardRoutes", "%1 → %2")
            .replace("%1", route_name(instrument, proposed, language))
            .replace("%2", route_name(instrument, chosen, language)),
            n,
        )
        for (proposed, chosen), n in sorted(data.route_overrides.items(), key=lambda kv: kv[1])
    )
    subtitle = (
        QCoreApplication.translate("DashboardRoutes", "Ændret ved %1 af %2 vurderede besøg (%3)")
        .replace("%1", str(sum(data.route_overrides.values())))
        .replace("%2", str(sum(data.routes.values())))
        .replace("%3", percent(data.route_override_share))
    )
    return ChartTable(
        (
            QCoreApplication.translate("DashboardRoutes", "Foreslået → valgt"),
            QCoreApplication.translate("DashboardRoutes", "Besøg"),
        ),
        rows,
    ), subtitle


def avoided_card(data: Dashboard) -> tuple[ChartTable, str]:
    rows = tuple(
        (
            f"{shown_flow_titles(a.title)} ({label('recurrence', a.recurrence)})"
            if a.recurrence
            else shown_flow_titles(a.title),
            a.citizens,
            round(a.visits_next_year, 1) if a.visits_next_year is not None else 0,
        )
        for a in reversed(data.avoided)
    )
    total = sum(a.visits_next_year or 0 for a in data.avoided)
    subtitle = QCoreApplication.translate(
        "DashboardRoutes",
        "Skøn: ca. %1 besøg sparet næste år. Antaget: borgeren var ellers kommet hver gang "
        "ærindet opstår, højst 12 gange om året (ugentligt og månedligt 12, hvert år 1, "
        "sjældent 0,2, én gang 0). Et skøn, ikke en måling.",
    ).replace("%1", f"{total:.0f}")
    return (
        ChartTable(
            (
                QCoreApplication.translate("DashboardRoutes", "Opgave"),
                QCoreApplication.translate("DashboardRoutes", "Blev selvhjulpne"),
                QCoreApplication.translate("DashboardRoutes", "Sparede besøg næste år (skøn)"),
            ),
            rows,
        ),
        subtitle,
    )
