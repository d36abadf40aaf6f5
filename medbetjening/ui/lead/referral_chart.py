"""The dashboard's referral card: per route (sender → destination) made and taken up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from medbetjening.domain.referrals import share_taken_up
from medbetjening.services.referral_stats import RouteCount
from medbetjening.ui.common.number_text import whole_percent
from medbetjening.ui.lead.chart_card import ChartTable


def route_table(routes: tuple[RouteCount, ...]) -> tuple[ChartTable, str]:
    """The card's numbers (its CSV export too) and a subtitle with the share taken up."""
    rows = tuple(
        (f"{route.from_site} → {route.destination}", route.made, route.taken_up)
        for route in reversed(routes)
    )
    share = share_taken_up(sum(r.made for r in routes), sum(r.taken_up for r in routes))
    subtitle = (
        QCoreApplication.translate("DashboardWindow", "Taget op: %1").replace(
            "%1", whole_percent(round(share * 100))
        )
        if share is not None
        else QCoreApplication.translate("DashboardWindow", "Ingen henvisninger i perioden")
    )
    table = ChartTable(
        (
            QCoreApplication.translate("DashboardWindow", "Rute"),
            QCoreApplication.translate("DashboardWindow", "Henvist"),
            QCoreApplication.translate("DashboardWindow", "Taget op"),
        ),
        rows,
    )
    return table, subtitle
