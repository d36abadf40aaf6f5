"""All use cases for one open database, composed once in the composition root."""

from __future__ import annotations

from functools import cached_property

from medbetjening.services.appointments import AppointmentService
from medbetjening.services.assessment import AssessmentService
from medbetjening.services.citizens import CitizenService
from medbetjening.services.database import Database
from medbetjening.services.flows import FlowService
from medbetjening.services.outcome import OutcomeService
from medbetjening.services.pseudonym_key import (
    PseudonymKeyService,
    PseudonymKeyStore,
    default_key_store,
)
from medbetjening.services.setup import SetupService
from medbetjening.services.tracking import TrackingService
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
    def outcome(self) -> OutcomeService:
        return OutcomeService(self._uow)

    @cached_property
    def tracking(self) -> TrackingService:
        return TrackingService(self._uow)

    @cached_property
    def flows(self) -> FlowService:
        from medbetjening.settings import EXTRA_FLOWS_DIR, Settings

        return FlowService.with_extra_dir(self._uow, Settings().get(EXTRA_FLOWS_DIR) or None)

    @cached_property
    def assessment(self) -> AssessmentService:
        return AssessmentService(self._uow)

    @cached_property
    def key_store(self) -> PseudonymKeyStore:
        """Outside the database (keyring or 0600 file); tests may assign their own."""
        return default_key_store()

    @cached_property
    def pseudonym_keys(self) -> PseudonymKeyService:
        return PseudonymKeyService(self._uow, self.key_store)

    @cached_property
    def citizens(self) -> CitizenService:
        return CitizenService(self._uow, self.pseudonym_keys)

    @cached_property
    def appointments(self) -> AppointmentService:
        return AppointmentService(self._uow)
