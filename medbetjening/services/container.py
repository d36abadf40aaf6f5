"""All use cases for one open database, composed once in the composition root."""

from __future__ import annotations

from functools import cached_property

from medbetjening.services.database import Database
from medbetjening.services.exports import ExportService
from medbetjening.services.flow_catalog import FlowCatalog, StaticFlowCatalog
from medbetjening.services.setup import SetupService
from medbetjening.services.statistics import StatisticsService
from medbetjening.services.visits import VisitService


class Services:
    """Services are built on first use so start-up pays only for what it shows."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._uow = database.uow_factory

    @cached_property
    def setup(self) -> SetupService:
        return SetupService(self._uow)

    @cached_property
    def visits(self) -> VisitService:
        return VisitService(self._uow)

    @cached_property
    def flow_catalog(self) -> FlowCatalog:
        """Flow texts for handouts, case notes and KOMHEN (lead: wire the flow library here)."""
        return StaticFlowCatalog()

    @cached_property
    def statistics(self) -> StatisticsService:
        return StatisticsService(self._uow, self.flow_catalog)

    @cached_property
    def exports(self) -> ExportService:
        return ExportService(self._uow, self.flow_catalog)
