"""All use cases for one open database, composed once in the composition root."""

from __future__ import annotations

from functools import cached_property

from medbetjening.services.audit_log import AuditLogService
from medbetjening.services.citizen_requests import CitizenRequestService
from medbetjening.services.database import Database
from medbetjening.services.retention import RetentionService
from medbetjening.services.setup import SetupService
from medbetjening.services.staff import StaffService
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
    def staff(self) -> StaffService:
        return StaffService(self._uow)

    @cached_property
    def audit_log(self) -> AuditLogService:
        return AuditLogService(self._uow)

    @cached_property
    def retention(self) -> RetentionService:
        # The lead sets retention.before_delete to refresh the statistics aggregates.
        return RetentionService(self._uow)

    @cached_property
    def citizen_requests(self) -> CitizenRequestService:
        return CitizenRequestService(self._uow)
