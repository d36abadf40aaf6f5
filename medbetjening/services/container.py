"""All use cases for one open database, composed once in the composition root."""

from __future__ import annotations

import gc
import threading
from functools import cached_property
from typing import TYPE_CHECKING

from medbetjening.services.config import ServiceConfig

if TYPE_CHECKING:  # imported where first used: start-up pays only for what it shows
    from medbetjening.services.appointments import AppointmentService
    from medbetjening.services.assessment import AssessmentService
    from medbetjening.services.audit_log import AuditLogService
    from medbetjening.services.citizen_requests import CitizenRequestService
    from medbetjening.services.citizens import CitizenService
    from medbetjening.services.database import Database
    from medbetjening.services.exports import ExportService
    from medbetjening.services.flow_catalog import FlowCatalog
    from medbetjening.services.flows import FlowService
    from medbetjening.services.friction import FrictionService
    from medbetjening.services.help_points import HelpPointService
    from medbetjening.services.komhen import KomhenService
    from medbetjening.services.observations import ObservationService
    from medbetjening.services.outcome import OutcomeService
    from medbetjening.services.policies import PolicyService
    from medbetjening.services.pseudonym_key import PseudonymKeyService
    from medbetjening.services.quick_tally import QuickTallyService
    from medbetjening.services.referrals import ReferralService
    from medbetjening.services.retention import RetentionService
    from medbetjening.services.route_evidence import RouteEvidenceService
    from medbetjening.services.setup import SetupService
    from medbetjening.services.sites import SiteService
    from medbetjening.services.staff import StaffService
    from medbetjening.services.startup_reads import StartupReads
    from medbetjening.services.statistics import StatisticsService
    from medbetjening.services.tracking import TrackingService
    from medbetjening.services.visit_cancel import VisitCancelService
    from medbetjening.services.visit_export import VisitExportService
    from medbetjening.services.visits import VisitService
    from medbetjening.services.workshops import WorkshopService
    from medbetjening.storage.key_store import PseudonymKeyStore
    from medbetjening.storage.unit_of_work import UnitOfWorkFactory

# What the warm-up imports besides the database: the services the first actions use.
_WARM_UP_MODULES = (
    "medbetjening.services.setup",
    "medbetjening.services.visits",
    "medbetjening.services.appointments",
)


class Services:
    """Services are built on first use so start-up pays only for what it shows.

    ``Services(database, config)``: an open database (PostgreSQL, the command line, tests);
    ``config`` holds the values the composition root read from the settings (defaults
    when left out: no file of the municipality's, the key in the keyring or data folder).
    ``Services.open(url)``: for the window. A SQLite file or PostgreSQL at head starts
    *deferred*: ``startup`` reads with ``sqlite3`` or libpq, and the full stack (SQLAlchemy,
    models, services) is loaded by ``warm_up()`` in a thread right after the first paint,
    or on first use, whichever comes first (``ready()`` waits for it).
    """

    def __init__(self, database: Database, config: ServiceConfig | None = None) -> None:
        self._init(database.url, database, None, config)

    def _init(
        self,
        url: str,
        database: Database | None,
        fast: StartupReads | None,
        config: ServiceConfig | None,
    ) -> None:
        self.config = config or ServiceConfig()
        self._url = url
        self._database = database
        self._fast_reads = fast
        self._load_lock = threading.Lock()
        self._warm_up_thread: threading.Thread | None = None

    @classmethod
    def open(cls, url: str, config: ServiceConfig | None = None) -> Services:
        """Open ``url`` for the window: deferred for a plain SQLite file or PostgreSQL URL
        at head, else the normal open (create, upgrade after a backup, or refuse)."""
        from medbetjening.services.startup_reads import open_sqlite_startup_reads

        fast_reads = open_sqlite_startup_reads(url)
        if fast_reads is None:
            from medbetjening.services.database import open_database

            return cls(open_database(url), config)
        services = cls.__new__(cls)
        services._init(url, None, fast_reads, config)
        return services

    # -- the full stack ------------------------------------------------------------------
    @property
    def loaded(self) -> bool:
        """Is the full stack (SQLAlchemy, the database, the first services) loaded?"""
        return self._database is not None

    @property
    def database(self) -> Database:
        """The open database; a deferred start loads the full stack here (or waits for the
        warm-up thread to finish loading it)."""
        database = self._database
        if database is None:
            with self._load_lock:  # one loader; the other thread waits here
                if self._database is None:
                    import importlib

                    from medbetjening.services.database import open_database

                    opened = open_database(self._url)
                    for module in _WARM_UP_MODULES:
                        importlib.import_module(module)
                    self._database = opened
                    if self._fast_reads:
                        self._fast_reads.close()  # the services read from now on
                database = self._database
        return database

    @property
    def _uow(self) -> UnitOfWorkFactory:
        return self.database.uow_factory

    def warm_up(self) -> None:
        """Load the full stack in a background thread (no Qt there: it only imports and
        opens the database), after the first paint. Loaded already: only the freeze
        below (a later export would otherwise stall the window in full collections)."""
        if self._warm_up_thread is not None:
            return
        if self.loaded:  # opened normally (PostgreSQL, a migrated file): freeze all the same
            gc.freeze()
            return
        # The imports allocate enough for a full garbage collection, which holds the GIL
        # for 30-80 ms scanning every object (Qt's wrappers too): a stall of the window.
        # Objects alive now live as long as the program: freeze them out of the scans,
        # and what the warm-up created (modules, mappers) when it is done.
        gc.freeze()

        def run() -> None:
            try:
                self.database  # noqa: B018 - loads it
            except Exception:  # noqa: BLE001, S110 - the first use loads again and reports it
                pass
            finally:
                gc.freeze()

        self._warm_up_thread = threading.Thread(target=run, name="warm-up", daemon=True)
        self._warm_up_thread.start()

    def ready(self) -> None:
        """Make sure the full stack is loaded: waits for the warm-up, else loads it now.
        A failed warm-up is retried here, so its error reaches the caller."""
        if self._warm_up_thread is not None:
            self._warm_up_thread.join()
        self.database  # noqa: B018

    @property
    def startup(self) -> StartupReads:
        """Sign-in profiles, today's lists, open visits: the fast SQLite reads until the
        full stack is loaded, the full services after."""
        if self._fast_reads is not None and not self.loaded:
            return self._fast_reads
        return self._service_reads

    @cached_property
    def _service_reads(self) -> StartupReads:
        from medbetjening.services.startup_reads import ServiceStartupReads

        return ServiceStartupReads(self)

    @property
    def description(self) -> str:
        """A short, password-free description of the database (status bar, About)."""
        if self._database is None and self._fast_reads is not None:
            return self._fast_reads.description
        return self.database.description

    def close(self) -> None:
        """At exit: let a running warm-up finish, then close the connections."""
        if self._warm_up_thread is not None:
            self._warm_up_thread.join()
        if self._database is not None:
            self._database.dispose()
        if self._fast_reads is not None:  # the first paint's connection, if still open
            self._fast_reads.close()

    # -- the services: ``self._uow`` first, so a deferred start loads the full stack (or
    # waits for the warm-up) before a service module imports SQLAlchemy on this thread.
    @cached_property
    def setup(self) -> SetupService:
        uow = self._uow
        from medbetjening.services.setup import SetupService

        return SetupService(uow)

    @cached_property
    def visits(self) -> VisitService:
        uow = self._uow
        from medbetjening.services.visits import VisitService

        return VisitService(uow)

    @cached_property
    def observations(self) -> ObservationService:
        from medbetjening.services.observations import ObservationService

        return ObservationService(self._uow, self.flows, self.assessment)

    @cached_property
    def visit_cancel(self) -> VisitCancelService:
        uow = self._uow
        from medbetjening.services.visit_cancel import VisitCancelService

        return VisitCancelService(uow)

    @cached_property
    def outcome(self) -> OutcomeService:
        uow = self._uow
        from medbetjening.services.outcome import OutcomeService

        return OutcomeService(uow)

    @cached_property
    def tracking(self) -> TrackingService:
        uow = self._uow
        from medbetjening.services.tracking import TrackingService

        return TrackingService(uow)

    @cached_property
    def flows(self) -> FlowService:
        uow = self._uow
        from medbetjening.services.flows import FlowService

        return FlowService.with_extra_dir(uow, self.config.extra_flows_dir)

    @cached_property
    def assessment(self) -> AssessmentService:
        uow = self._uow
        from medbetjening.services.assessment import AssessmentService, instrument_loader

        return AssessmentService(uow, instrument_loader(self.config.assessment_file))

    @cached_property
    def key_store(self) -> PseudonymKeyStore:
        """Outside the database (keyring or 0600 file); tests may assign their own."""
        from medbetjening.locations import data_dir
        from medbetjening.storage.key_store import PseudonymKeyStore

        return PseudonymKeyStore(data_dir(), self.config.key_file)

    @cached_property
    def pseudonym_keys(self) -> PseudonymKeyService:
        uow = self._uow
        from medbetjening.services.pseudonym_key import PseudonymKeyService

        return PseudonymKeyService(uow, self.key_store)

    @cached_property
    def citizens(self) -> CitizenService:
        uow = self._uow
        from medbetjening.services.citizens import CitizenService

        return CitizenService(uow, self.pseudonym_keys)

    @cached_property
    def appointments(self) -> AppointmentService:
        uow = self._uow
        from medbetjening.services.appointments import AppointmentService
        from medbetjening.services.import_checks import DateWindow

        window = DateWindow(self.config.import_years_back, self.config.import_years_ahead)
        return AppointmentService(uow, window)

    @cached_property
    def staff(self) -> StaffService:
        uow = self._uow
        from medbetjening.services.staff import StaffService

        return StaffService(uow)

    @cached_property
    def policies(self) -> PolicyService:
        uow = self._uow
        from medbetjening.services.policies import PolicyService

        return PolicyService(uow)

    @cached_property
    def sites(self) -> SiteService:
        uow = self._uow
        from medbetjening.services.sites import SiteService

        return SiteService(uow)

    @cached_property
    def audit_log(self) -> AuditLogService:
        uow = self._uow
        from medbetjening.services.audit_log import AuditLogService

        return AuditLogService(uow)

    @cached_property
    def retention(self) -> RetentionService:
        uow = self._uow
        from medbetjening.services.retention import RetentionService

        # statistics are brought up to date before raw rows go, so past periods stay right
        return RetentionService(uow, before_delete=lambda: self.statistics.refresh())

    @cached_property
    def citizen_requests(self) -> CitizenRequestService:
        uow = self._uow
        from medbetjening.services.citizen_requests import CitizenRequestService

        return CitizenRequestService(
            uow, self.citizens, before_delete=lambda: self.statistics.refresh()
        )

    @cached_property
    def flow_catalog(self) -> FlowCatalog:
        """Flow texts for handouts, case notes and KOMHEN, from the flow library."""
        from medbetjening.services.flow_catalog import FlowLibraryCatalog

        return FlowLibraryCatalog(lambda: self.flows.library.flows)

    @cached_property
    def statistics(self) -> StatisticsService:
        uow = self._uow
        from medbetjening.services.statistics import StatisticsService

        return StatisticsService(uow, self.flow_catalog)

    @cached_property
    def route_evidence(self) -> RouteEvidenceService:
        uow = self._uow
        from medbetjening.services.route_evidence import RouteEvidenceService

        return RouteEvidenceService(uow, self.flow_catalog)

    @cached_property
    def komhen(self) -> KomhenService:
        from medbetjening.services.komhen import KomhenService

        return KomhenService(self._uow, self.flow_catalog, self.statistics)

    @cached_property
    def friction(self) -> FrictionService:
        from medbetjening.services.friction import FrictionService

        return FrictionService(self._uow, lambda: self.flows.library.flows, self.statistics)

    @cached_property
    def quick_tally(self) -> QuickTallyService:
        uow = self._uow
        from medbetjening.services.quick_tally import QuickTallyService

        return QuickTallyService(uow, lambda flow_id: flow_id in self.flows.library.flows)

    @cached_property
    def exports(self) -> ExportService:
        uow = self._uow
        from medbetjening.services.exports import ExportService

        return ExportService(uow, self.flow_catalog)

    @cached_property
    def visit_export(self) -> VisitExportService:
        uow = self._uow
        from medbetjening.services.visit_export import VisitExportService

        return VisitExportService(uow, self.flow_catalog)

    @cached_property
    def workshops(self) -> WorkshopService:
        uow = self._uow
        from medbetjening.services.workshops import WorkshopService

        def title(flow_id: str) -> str | None:
            flow = self.flows.library.flows.get(flow_id)
            return flow.title.da if flow else None

        return WorkshopService(uow, title)

    @cached_property
    def help_points(self) -> HelpPointService:
        from medbetjening.services.help_points import HelpPointService

        return HelpPointService(self._uow)

    @cached_property
    def referrals(self) -> ReferralService:
        from medbetjening.services.referrals import ReferralService

        return ReferralService(self._uow, lambda: self.flow_catalog.titles())
