"""Visits as table rows for an export: the full list (streamed from SQL) or anonymised.

The service decides who may export and what the rows hold, and audits the export when
the caller's ``with`` block ends without an error; it writes no file (the export runner
``reports/exporting.py`` does). Labels are applied in SQL (``CASE``), so a million-row
CSV pays no Python per row for "Bibliotek" instead of ``library``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Float, Numeric, String, case, cast, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from medbetjening.domain import notes
from medbetjening.domain.roles import Action
from medbetjening.domain.spreadsheet import FORMULA_STARTS, csv_field
from medbetjening.services import audit
from medbetjening.services.authorization import require
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import WHERE_SITES, InvalidInput
from medbetjening.services.flow_catalog import FlowCatalog
from medbetjening.storage.csv_sql import csv_line, csv_quoted
from medbetjening.storage.excel_sql import excel_clock, excel_day
from medbetjening.storage.models import Citizen, FlowRun, Outcome, Site, Staff, Visit
from medbetjening.storage.stats_sql import as_date, day_of, joined_text
from medbetjening.storage.streaming import stream_rows
from medbetjening.storage.unit_of_work import UnitOfWorkFactory

# Rows per chunk: the csv module writes a chunk in one C call that holds the interpreter
# lock (~2.5 µs a row), so a chunk must stay well under the window's 50 ms stall budget.
CSV_CHUNK_ROWS = 1000
SUPPRESS_BELOW = 5  # anonymised exports: groups smaller than this are not shown
SUPPRESSED = "*"
NOTE = 18  # the note's column in the full export
CPR_REMOVED = "[CPR-nummer fjernet]"

Labels = Mapping[str, Mapping[str, str]]  # vocabulary group -> code -> label


@dataclass(frozen=True)
class VisitExportOptions:
    format: str = "csv"  # "csv" or "xlsx"
    date_from: dt.date | None = None
    date_to: dt.date | None = None  # inclusive
    site: str | None = None  # site id or name
    anonymised: bool = False
    delimiter: str = ","  # ";" for Danish Excel: decimals get a comma too
    # Labels for the coded columns (channel, contact_type, age_band, completion, autonomy,
    # blocker, referral) and flow titles in ``language``; None keeps the machine codes.
    labels: Labels | None = None
    language: str = "da"

    def __post_init__(self) -> None:
        if self.format not in ("csv", "xlsx"):
            raise InvalidInput("Formatet skal være csv eller xlsx.")
        if self.delimiter not in (",", ";", "\t"):
            raise InvalidInput("Skilletegnet skal være komma, semikolon eller tabulator.")
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise InvalidInput("Slutdatoen ligger før startdatoen.")

    @property
    def decimal_comma(self) -> bool:
        return self.format == "csv" and self.delimiter == ";"


@dataclass
class VisitTable:
    """Rows handed out in chunks; ``rows`` counts them as they pass (for the audit)."""

    total: int
    chunks: Iterator[list[Any]]
    rows: int = field(default=0)
    # True: each chunk is a list of CSV lines (text, no line end) in ``options.delimiter``
    lines: bool = False


class VisitExportService(RetryingService):
    # On SQLite the full CSV export's lines are written by SQLite (``storage/csv_sql.py``);
    # False sends the rows through the csv module as on PostgreSQL (the tests compare).
    sqlite_lines = True

    def __init__(self, uow_factory: UnitOfWorkFactory, catalog: FlowCatalog) -> None:
        self._uow = uow_factory
        self._catalog = catalog

    @contextmanager
    def table(self, actor: ActorContext, options: VisitExportOptions) -> Iterator[VisitTable]:
        """The visits to export; audited when the block ends without an error."""
        require(actor, Action.EXPORT_VISITS)
        with self._uow() as uow:
            session = uow.session
            where = self._visit_filter(session, options)
            total = session.scalar(select(func.count()).select_from(Visit).where(*where)) or 0
            lines = (
                self.sqlite_lines
                and options.format == "csv"
                and not options.anonymised
                and session.get_bind().dialect.name == "sqlite"
            )
            table = VisitTable(total, iter(()), lines=lines)
            if options.anonymised:
                source = self._anonymised_chunks(session, where, options)
            elif lines:
                source = self._csv_line_chunks(session, where, options)
            else:
                source = self._visit_chunks(session, where, options)
            table.chunks = _counted(source, table)
            try:
                yield table
            finally:
                source.close()  # a cancelled export: its cursor closes before the session
            audit.record(
                session,
                actor,
                "export.visits",
                detail=(
                    f"{options.format} rækker={table.rows} fra={options.date_from} "
                    f"til={options.date_to} sted={options.site or 'alle'} "
                    f"anonymiseret={options.anonymised}"
                ),
            )
            uow.commit()

    # -- the full export ----------------------------------------------------------------
    def visit_export_query(
        self,
        session: Session,
        where: list[Any] | None = None,
        options: VisitExportOptions | None = None,
    ) -> Any:
        """The SELECT behind the visit export, one column per CSV column (benchmarks run
        it through the sqlite3 CLI as the baseline). Dates are cut, shares rounded and
        codes labelled in SQL: on a million rows every Python step per row shows."""
        options = options or VisitExportOptions()
        return _from_visits(select(*self._columns(session, options)), where)

    def visit_csv_query(
        self, session: Session, where: list[Any] | None, options: VisitExportOptions
    ) -> Any:
        """The same rows as CSV text made by SQLite (``storage/csv_sql.py``): each row is
        (every field but the note as one line, the note). The note stays apart for the
        CPR safety net, which runs in Python."""
        fields = self._columns(session, options, csv=options.delimiter)
        line = csv_line(fields[:NOTE], options.delimiter)
        return _from_visits(select(line, fields[NOTE]), where)

    def _columns(
        self, session: Session, options: VisitExportOptions, csv: str | None = None
    ) -> list[Any]:
        """The export's columns; with ``csv`` (a delimiter) text that may need it is
        CSV-quoted in SQL, labels in Python once."""
        labels = options.labels
        started = cast(Visit.started_at, String)  # 'YYYY-MM-DD HH:MM:SS' on both engines
        ended = cast(Visit.ended_at, String)
        # Float, not Numeric: no Decimal made per row (PostgreSQL rounds numeric)
        share: Any = type_coerce(func.round(cast(Outcome.citizen_share, Numeric), 3), Float)
        if options.decimal_comma:
            share = func.replace(cast(share, String), ".", ",")

        def text(column: Any) -> Any:
            safe = _formula_safe(column)
            return safe if csv is None else csv_quoted(safe, csv, column, small_table=True)

        def coded(column: Any, group: str) -> Any:
            return _labelled(column, labels, group, csv)

        when: list[Any] = [
            func.substr(started, 1, 10),
            func.substr(started, 12, 5),
            func.substr(ended, 12, 5),
        ]
        if options.format == "xlsx":  # date and time cells: Excel's numbers, made here
            when = [
                excel_day(session, Visit.started_at),
                excel_clock(Visit.started_at),
                excel_clock(Visit.ended_at),
            ]
        return [
            Visit.id,
            *when,
            Visit.duration_minutes,
            text(Site.name),
            text(Staff.name),
            coded(Visit.channel, "channel"),
            coded(Visit.contact_type, "contact_type"),
            Visit.citizen_id,
            Citizen.citizen_code,  # the code alphabet: never a formula, never quoted
            coded(Citizen.age_band, "age_band"),
            self._flows_column(session, options, csv),
            coded(Outcome.completion, "completion"),
            coded(Outcome.autonomy, "autonomy"),
            coded(Outcome.reason, "blocker"),
            coded(Outcome.referral, "referral"),
            share,
            _formula_safe(Outcome.note),  # never quoted in SQL: see visit_csv_query
        ]

    def _visit_chunks(
        self, session: Session, where: list[Any], options: VisitExportOptions
    ) -> Iterator[list[Any]]:
        """The export rows a thousand at a time; formula-safe text comes from SQL, so no
        Python runs per row but the note check."""
        query = self.visit_export_query(session, where, options)
        for partition in stream_rows(session.connection(), query, CSV_CHUNK_ROWS):
            rows: list[Any] = partition
            if any(row[NOTE] and notes.contains_cpr_like(row[NOTE]) for row in partition):
                rows = [  # a safety net; notes are masked when they are saved
                    (*row[:NOTE], mask_cpr(row[NOTE])) if row[NOTE] else row for row in partition
                ]
            yield rows

    def _csv_line_chunks(
        self, session: Session, where: list[Any], options: VisitExportOptions
    ) -> Iterator[list[str]]:
        """The export as CSV lines a thousand at a time, SQLite having written all but
        the note; Python looks only at the notes (CPR safety net, quoting)."""
        query = self.visit_csv_query(session, where, options)
        sep = options.delimiter
        connection = session.connection()
        for partition in stream_rows(connection, query, CSV_CHUNK_ROWS, inline=True):
            yield [  # the head ends with the delimiter
                head if note is None else head + _csv_note(note, sep) for head, note in partition
            ]

    # -- the anonymised export ----------------------------------------------------------
    def _anonymised_chunks(
        self, session: Session, where: list[Any], options: VisitExportOptions
    ) -> Iterator[list[Any]]:
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
        labels = options.labels
        query = (
            select(
                Visit.started_at,
                _formula_safe(Site.name),
                _labelled(Visit.channel, labels, "channel"),
                _labelled(Visit.contact_type, labels, "contact_type"),
                age,
                self._flows_column(session, options),
                _labelled(Outcome.completion, labels, "completion"),
                _labelled(Outcome.autonomy, labels, "autonomy"),
                _labelled(Outcome.reason, labels, "blocker"),
                _labelled(Outcome.referral, labels, "referral"),
                Visit.duration_minutes,
                Outcome.citizen_share,
                Site.name,
            )
            .join(Site, Site.id == Visit.site_id)
            .outerjoin(Citizen, Citizen.id == Visit.citizen_id)
            .outerjoin(Outcome, Outcome.visit_id == Visit.id)
            .where(*where)
            .order_by(Visit.started_at, Visit.id)
            .execution_options(yield_per=5000)
        )
        ages = dict((labels or {}).get("age_band", {}))
        chunk: list[Any] = []
        for (
            started,
            site,
            channel,
            ctype,
            band,
            *rest,
            share,
            raw_site,
        ) in session.connection().execute(query):
            week = _week(started.date())
            shown = SUPPRESSED if group_sizes[(week, raw_site, band)] < SUPPRESS_BELOW else band
            if share is not None:
                share = round(share, 3)
                if options.decimal_comma:
                    share = str(share).replace(".", ",")
            chunk.append((week, site, channel, ctype, ages.get(shown, shown), *rest, share))
            if len(chunk) == CSV_CHUNK_ROWS:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    # -- helpers ------------------------------------------------------------------------
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
                raise InvalidInput(f"Stedet '{site}' findes ikke ({WHERE_SITES}).")
            where.append(Visit.site_id == site_id)
        return where

    def _flows_column(
        self, session: Session, options: VisitExportOptions, csv: str | None = None
    ) -> Any:
        """The visit's flows in one cell: ids, or titles (the recorded title for a flow
        the library no longer has); with ``csv`` quoted inside the subquery (run once)."""
        flow: Any = FlowRun.flow_id
        if options.labels is not None:
            titles = self._catalog.titles(options.language)
            recorded = func.coalesce(FlowRun.flow_title, FlowRun.flow_id)
            flow = case(titles, value=FlowRun.flow_id, else_=recorded) if titles else recorded
        joined = _formula_safe(joined_text(session, flow, ", "))  # a title is text too
        return (
            select(joined if csv is None else csv_quoted(joined, csv))
            .where(FlowRun.visit_id == Visit.id)
            .scalar_subquery()
        )


def mask_cpr(text: str) -> str:
    """A safety net: notes are scanned before saving, but an export never carries one."""
    return notes.mask_cpr(text, CPR_REMOVED).text


def _csv_note(note: str, delimiter: str) -> str:
    if note and notes.contains_cpr_like(note):
        note = mask_cpr(note)
    return csv_field(note, delimiter)


def _from_visits(query: Any, where: list[Any] | None) -> Any:
    """The export's joins, filter and order (one visit a row, oldest id first)."""
    return (
        query.join(Site, Site.id == Visit.site_id)
        .join(Staff, Staff.id == Visit.staff_id)
        .outerjoin(Citizen, Citizen.id == Visit.citizen_id)
        .outerjoin(Outcome, Outcome.visit_id == Visit.id)
        .where(*(where or []))
        .order_by(Visit.id)
    )


def _counted(chunks: Iterator[list[Any]], table: VisitTable) -> Iterator[list[Any]]:
    for chunk in chunks:
        table.rows += len(chunk)
        yield chunk


def _labelled(column: Any, labels: Labels | None, group: str, csv: str | None = None) -> Any:
    """A coded column as its label; with ``csv`` a CSV field (labels quoted here once,
    an unknown code in SQL)."""
    table = dict((labels or {}).get(group) or {})
    raw = column if csv is None else csv_quoted(column, csv)
    if csv is not None:
        table = {code: csv_field(label, csv) for code, label in table.items()}
    return case(table, value=column, else_=raw) if table else raw


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _formula_safe(column: Any) -> Any:
    """Text a spreadsheet would run as a formula gets a leading apostrophe, in SQL."""
    first = func.substr(column, 1, 1)
    return case((first.in_(FORMULA_STARTS), literal("'") + column), else_=column)
