"""Exports: the citizen's handout, the case note, and visits as CSV/XLSX (all audited)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Float, Numeric, String, case, cast, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from medbetjening.domain import notes
from medbetjening.domain.roles import Action
from medbetjening.reports.tabular import FORMULA_STARTS, write_csv, write_csv_chunks, write_xlsx
from medbetjening.services import audit
from medbetjening.services.authorization import require
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput
from medbetjening.services.flow_catalog import FlowCatalog
from medbetjening.services.output_files import cannot_write, check_output_path
from medbetjening.services.visit_papers import VisitPapers, mask_cpr
from medbetjening.storage.models import (
    Citizen,
    FlowRun,
    Outcome,
    Site,
    Staff,
    Visit,
)
from medbetjening.storage.stats_sql import as_date, day_of, joined_text
from medbetjening.storage.streaming import stream_rows
from medbetjening.storage.unit_of_work import UnitOfWorkFactory

# Rows per chunk: the csv module writes a chunk in one C call that holds the interpreter
# lock (~2.5 µs a row), so a chunk must stay well under the window's 50 ms stall budget.
CSV_CHUNK_ROWS = 1000
SUPPRESS_BELOW = 5  # anonymised exports: groups smaller than this are not shown
SUPPRESSED = "*"

VISIT_HEADER = (
    "besøg",
    "dato",
    "start",
    "slut",
    "minutter",
    "sted",
    "medarbejder",
    "kanal",
    "henvendelsestype",
    "borger",
    "borgerkode",
    "aldersgruppe",
    "forløb",
    "resultat",
    "selvstændighed",
    "forhindring",
    "henvisning",
    "borgerens_andel_af_trin",
    "note",
)
# Columns that can hold free text (names, notes); the others are numbers, dates or codes.
VISIT_TEXT = (5, 6, 10, 12, 18)
ANONYMISED_TEXT = (1, 5)
ANONYMISED_HEADER = (
    "uge",
    "sted",
    "kanal",
    "henvendelsestype",
    "aldersgruppe",
    "forløb",
    "resultat",
    "selvstændighed",
    "forhindring",
    "henvisning",
    "minutter",
    "borgerens_andel_af_trin",
)


@dataclass(frozen=True)
class VisitExportOptions:
    out: Path
    format: str = "csv"  # "csv" or "xlsx"
    date_from: dt.date | None = None
    date_to: dt.date | None = None  # inclusive
    site: str | None = None  # site id or name
    anonymised: bool = False
    delimiter: str = ","  # ";" for Danish Excel

    def __post_init__(self) -> None:
        if self.format not in ("csv", "xlsx"):
            raise InvalidInput("Formatet skal være csv eller xlsx.")
        if self.delimiter not in (",", ";", "\t"):
            raise InvalidInput("Skilletegnet skal være komma, semikolon eller tabulator.")
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise InvalidInput("Slutdatoen ligger før startdatoen.")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


Progress = Callable[[int, int], None]


class ExportService(VisitPapers):
    def __init__(self, uow_factory: UnitOfWorkFactory, catalog: FlowCatalog) -> None:
        self._uow = uow_factory
        self._catalog = catalog

    # -- visits as CSV / XLSX --------------------------------------------------------------
    def export_visits(
        self, actor: ActorContext, options: VisitExportOptions, progress: Progress | None = None
    ) -> ExportResult:
        """Stream the visits to a file; ``progress`` may raise to cancel (nothing is left)."""
        require(actor, Action.EXPORT_VISITS)
        check_output_path(options.out)  # a wrong --out is told before the query runs
        try:
            return self._export_visits(actor, options, progress)
        except OSError as error:  # a full disk or a lost share half-way; no half file is left
            raise cannot_write(options.out, error) from error

    def _export_visits(
        self, actor: ActorContext, options: VisitExportOptions, progress: Progress | None
    ) -> ExportResult:
        with self._uow() as uow:
            session = uow.session
            where = self._visit_filter(session, options)
            total = session.scalar(select(func.count()).select_from(Visit).where(*where)) or 0
            if options.format == "csv" and not options.anonymised:  # the million-row case
                chunks = self._visit_chunks(session, where, total, progress)
                written = write_csv_chunks(options.out, VISIT_HEADER, chunks, options.delimiter)
                self._audit_export(session, actor, options, written)
                uow.commit()
                return ExportResult(options.out, written)
            if options.anonymised:
                header = ANONYMISED_HEADER
                rows: Iterator[tuple[Any, ...]] = self._anonymised_rows(session, where)
            else:
                header = VISIT_HEADER
                rows = self._visit_rows(session, where)
            counted = _counting(rows, total, progress)
            if options.format == "csv":
                text_columns = ANONYMISED_TEXT if options.anonymised else VISIT_TEXT
                written = write_csv(options.out, header, counted, options.delimiter, text_columns)
            else:
                written = write_xlsx(options.out, header, counted, "Besøg")
            self._audit_export(session, actor, options, written)
            uow.commit()
        if progress is not None:
            progress(total, total)
        return ExportResult(options.out, written)

    @staticmethod
    def _audit_export(
        session: Session, actor: ActorContext, options: VisitExportOptions, written: int
    ) -> None:
        audit.record(
            session,
            actor,
            "export.visits",
            detail=(
                f"{options.format} rækker={written} fra={options.date_from} til={options.date_to} "
                f"sted={options.site or 'alle'} anonymiseret={options.anonymised}"
            ),
        )

    # -- helpers -----------------------------------------------------------------------------
    @staticmethod
    def _visit_filter(session: Session, options: VisitExportOptions) -> list[Any]:
        where: list[Any] = []
        if options.date_from:
            where.append(Visit.started_at >= dt.datetime.combine(options.date_from, dt.time.min))
        if options.date_to:
            end = dt.datetime.combine(options.date_to + dt.timedelta(days=1), dt.time.min)
            where.append(Visit.started_at < end)
        if options.site:
            site = options.site.strip()
            query = select(Site.id).where(
                Site.id == int(site) if site.isdigit() else Site.name == site
            )
            site_id = session.scalar(query)
            if site_id is None:
                raise InvalidInput(f"Stedet '{site}' findes ikke.")
            where.append(Visit.site_id == site_id)
        return where

    @staticmethod
    def _flows_column(session: Session) -> Any:
        return (
            select(joined_text(session, FlowRun.flow_id, ","))
            .where(FlowRun.visit_id == Visit.id)
            .scalar_subquery()
        )

    def visit_export_query(self, session: Session, where: list[Any] | None = None) -> Any:
        """The SELECT behind the visit export, one column per CSV column (benchmarks run
        it through the sqlite3 CLI as the baseline). Dates are cut and shares rounded in
        SQL: on a million rows every Python step per row shows."""
        started = cast(Visit.started_at, String)  # 'YYYY-MM-DD HH:MM:SS' on both engines
        ended = cast(Visit.ended_at, String)
        return (
            select(
                Visit.id,
                func.substr(started, 1, 10),
                func.substr(started, 12, 5),
                func.substr(ended, 12, 5),
                Visit.duration_minutes,
                _formula_safe(Site.name),
                _formula_safe(Staff.name),
                Visit.channel,
                Visit.contact_type,
                Visit.citizen_id,
                Citizen.citizen_code,  # the code alphabet: never a formula
                Citizen.age_band,
                self._flows_column(session),  # flow ids: lower-case letters and hyphens
                Outcome.completion,
                Outcome.autonomy,
                Outcome.reason,
                Outcome.referral,
                # Float, not Numeric: no Decimal made per row (PostgreSQL rounds numeric)
                type_coerce(func.round(cast(Outcome.citizen_share, Numeric), 3), Float),
                _formula_safe(Outcome.note),
            )
            .join(Site, Site.id == Visit.site_id)
            .join(Staff, Staff.id == Visit.staff_id)
            .outerjoin(Citizen, Citizen.id == Visit.citizen_id)
            .outerjoin(Outcome, Outcome.visit_id == Visit.id)
            .where(*(where or []))
            .order_by(Visit.id)
        )

    def _visit_chunks(
        self, session: Session, where: list[Any], total: int, progress: Progress | None
    ) -> Iterator[list[Any]]:
        """The export rows a thousand at a time; the CSV writer takes each chunk in C,
        so no Python runs per row but the note check (formula-safe text comes from SQL)."""
        query = self.visit_export_query(session, where)
        done = 0
        if progress is not None:
            progress(0, total)
        for partition in stream_rows(session.connection(), query, CSV_CHUNK_ROWS):
            rows: list[Any] = partition
            if any(row[18] and notes.contains_cpr_like(row[18]) for row in partition):
                rows = [  # a safety net; notes are masked when they are saved
                    (*row[:18], mask_cpr(row[18])) if row[18] else row for row in partition
                ]
            yield rows
            done += len(rows)
            if progress is not None:
                progress(done, total)

    def _visit_rows(self, session: Session, where: list[Any]) -> Iterator[tuple[Any, ...]]:
        for chunk in self._visit_chunks(session, where, 0, None):
            yield from chunk

    def _anonymised_rows(self, session: Session, where: list[Any]) -> Iterator[tuple[Any, ...]]:
        """Week instead of date and time; no visit, staff or citizen; small groups hidden.

        The identifying combination is (week, site, age band): where fewer than
        ``SUPPRESS_BELOW`` visits share it, the age band is replaced by ``*``.
        """
        age = func.coalesce(Citizen.age_band, "unknown")
        day = day_of(session, Visit.started_at)
        group_sizes: dict[tuple[str, str, str], int] = defaultdict(int)
        for d, site, band, n in session.execute(
            select(day, Site.name, age, func.count())
            .join(Site, Site.id == Visit.site_id)
            .outerjoin(Citizen, Citizen.id == Visit.citizen_id)
            .where(*where)
            .group_by(day, Site.name, age)
        ):
            group_sizes[(_week(as_date(d)), site, band)] += n
        query = (
            select(
                Visit.started_at,
                Site.name,
                Visit.channel,
                Visit.contact_type,
                age,
                self._flows_column(session),
                Outcome.completion,
                Outcome.autonomy,
                Outcome.reason,
                Outcome.referral,
                Visit.duration_minutes,
                Outcome.citizen_share,
            )
            .join(Site, Site.id == Visit.site_id)
            .outerjoin(Citizen, Citizen.id == Visit.citizen_id)
            .outerjoin(Outcome, Outcome.visit_id == Visit.id)
            .where(*where)
            .order_by(Visit.started_at, Visit.id)
            .execution_options(yield_per=5000)
        )
        for started, site, channel, ctype, band, *rest in session.connection().execute(query):
            week = _week(started.date())
            if group_sizes[(week, site, band)] < SUPPRESS_BELOW:
                band = SUPPRESSED
            share = rest[-1]
            yield (
                week,
                site,
                channel,
                ctype,
                band,
                *rest[:-1],
                round(share, 3) if share is not None else None,
            )


def _stamp(value: Any) -> str:
    """'YYYY-MM-DD HH:MM…' from SQLite's stored text or PostgreSQL's datetime."""
    return value if isinstance(value, str) else value.isoformat(" ")


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _counting(
    rows: Iterator[tuple[Any, ...]], total: int, progress: Progress | None
) -> Iterator[tuple[Any, ...]]:
    if progress is None:
        yield from rows
        return
    progress(0, total)
    for number, row in enumerate(rows, start=1):
        yield row
        if number % 2000 == 0:
            progress(number, total)


def _formula_safe(column: Any) -> Any:
    """Text a spreadsheet would run as a formula gets a leading apostrophe, in SQL."""
    first = func.substr(column, 1, 1)
    return case((first.in_(FORMULA_STARTS), literal("'") + column), else_=column)
