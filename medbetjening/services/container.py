"""All use cases for one open database, composed once in the composition root."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from medbetjening.services.database import Database

if TYPE_CHECKING:  # imported where first used: start-up pays only for what it shows
    from medbetjening.services.appointments import AppointmentService
    from medbetjening.services.assessment import AssessmentService
    from medbetjening.services.audit_log import AuditLogService
    from medbetjening.services.citizen_requests import CitizenRequestService
    from medbetjening.services.citizens import CitizenService
    from medbetjening.services.exports import ExportService
    from medbetjening.services.flow_catalog import FlowCatalog
    from medbetjening.services.flows import FlowService
    from medbetjening.services.outcome import OutcomeService
    from medbetjening.services.pseudonym_key import PseudonymKeyService, PseudonymKeyStore
    from medbetjening.services.retention import RetentionService
    from medbetjening.services.setup import SetupService
    from medbetjening.services.staff import StaffService
    from medbetjening.services.statistics import StatisticsService
    from medbetjening.services.tracking import TrackingService
    from medbetjening.services.visits import VisitService


class Services:
    """Services are built on first use so start-up pays only for what it shows."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._uow = database.uow_factory

    @cached_property
    def setup(self) -> SetupService:
        from medbetjening.services.setup import SetupService

        return SetupService(self._uow)

    @cached_property
    def visits(self) -> VisitService:
        from medbetjening.services.visits import VisitService

        return VisitService(self._uow)

    @cached_property
    def outcome(self) -> OutcomeService:
        from medbetjening.services.outcome import OutcomeService

        return OutcomeService(self._uow)

    @cached_property
    def tracking(self) -> TrackingService:
        from medbetjening.services.tracking import TrackingService

        return TrackingService(self._uow)

    @cached_property
    def flows(self) -> FlowService:
        from medbetjening.services.flows import FlowService
        from medbetjening.settings import EXTRA_FLOWS_DIR, Settings

        return FlowService.with_extra_dir(self._uow, Settings().get(EXTRA_FLOWS_DIR) or None)

    @cached_property
    def assessment(self) -> AssessmentService:
        from medbetjening.services.assessment import AssessmentService

        return AssessmentService(self._uow)

    @cached_property
    def key_store(self) -> PseudonymKeyStore:
        """Outside the database (keyring or 0600 file); tests may assign their own."""
        from medbetjening.services.pseudonym_key import default_key_store

        return default_key_store()

    @cached_property
    def pseudonym_keys(self) -> PseudonymKeyService:
        from medbetjening.services.pseudonym_key import PseudonymKeyService

        return PseudonymKeyService(self._uow, self.key_store)

    @cached_property
    def citizens(self) -> CitizenService:
        from medbetjening.services.citizens import CitizenService

        return CitizenService(self._uow, self.pseudonym_keys)

    @cached_property
    def appointments(self) -> AppointmentService:
        from medbetjening.services.appointments import AppointmentService

        return AppointmentService(self._uow)

    @cached_property
    def staff(self) -> StaffService:
        from medbetjening.services.staff import StaffService

        return StaffService(self._uow)

    @cached_property
    def audit_log(self) -> AuditLogService:
        from medbetjening.services.audit_log import AuditLogService

        return AuditLogService(self._uow)

    @cached_property
    def retention(self) -> RetentionService:
        from medbetjening.services.retention import RetentionService

        # statistics are brought up to date before raw rows go, so past periods stay right
        return RetentionService(self._uow, before_delete=lambda: self.statistics.refresh())

    @cached_property
    def citizen_requests(self) -> CitizenRequestService:
        from medbetjening.services.citizen_requests import CitizenRequestService

        return CitizenRequestService(self._uow)

    @cached_property
    def flow_catalog(self) -> FlowCatalog:
        """Flow texts for handouts, case notes and KOMHEN, from the flow library."""
        from medbetjening.services.flow_catalog import FlowLibraryCatalog

        return FlowLibraryCatalog(lambda: self.flows.library.flows)

    @cached_property
    def statistics(self) -> StatisticsService:
        from medbetjening.services.statistics import StatisticsService

        return StatisticsService(self._uow, self.flow_catalog)

    @cached_property
    def exports(self) -> ExportService:
        from medbetjening.services.exports import ExportService

        return ExportService(self._uow, self.flow_catalog)
