"""Opening the database: engine, schema check and upgrade, backup and restore."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from medbetjening.services.errors import InvalidInput
from medbetjening.storage import backups, migrate
from medbetjening.storage.engine import describe, make_engine, sqlite_path
from medbetjening.storage.files import DamagedDatabaseError, refuse_read_only
from medbetjening.storage.index_repair import restore_missing_indexes
from medbetjening.storage.integrity import mark_whole, require_whole
from medbetjening.storage.migrate import SchemaState, UpgradeReport
from medbetjening.storage.unit_of_work import UnitOfWorkFactory, unit_of_work_factory

PG_DUMP_HINT = (
    "PostgreSQL sikkerhedskopieres med pg_dump, fx:\n"
    "  pg_dump --format=custom --file medbetjening.dump 'postgresql://bruger@server/medbetjening'\n"
    "og genskabes med pg_restore --clean --dbname … medbetjening.dump"
)


@dataclass
class Database:
    url: str
    engine: Engine
    uow_factory: UnitOfWorkFactory
    upgrade_report: UpgradeReport | None = None

    @property
    def description(self) -> str:
        return describe(self.url)

    @property
    def sqlite_file(self) -> Path | None:
        return sqlite_path(self.url)

    def dispose(self) -> None:
        self.engine.dispose()
        path = self.sqlite_file
        if path is not None and path.exists():
            mark_whole(path)  # closed whole: the next start need not read it all (integrity)


def open_database(url: str, *, upgrade: bool = True) -> Database:
    """Open ``url``; with ``upgrade`` the schema is created or migrated (after a backup)."""
    engine = make_engine(url)
    try:
        path = sqlite_path(url)
        if path is not None:
            refuse_read_only(path)
            require_whole(path)  # before anything is written to it, the upgrade included
        report = migrate.upgrade(engine, url) if upgrade else None
        if upgrade:
            restore_missing_indexes(engine)  # a demo-data load stopped half way
    except BaseException:
        engine.dispose()  # a refused file is not kept open
        raise
    return Database(
        url=url, engine=engine, uow_factory=unit_of_work_factory(engine), upgrade_report=report
    )


def check(url: str) -> SchemaState:
    """The schema state; a SQLite file is only read (never created) and fully checked."""
    path = sqlite_path(url)
    if path is not None:
        return migrate.sqlite_file_state(path)
    engine = make_engine(url)
    try:
        return migrate.schema_state(engine)
    finally:
        engine.dispose()


def backup(url: str, out: Path) -> Path:
    path = sqlite_path(url)
    if path is None:
        raise InvalidInput(PG_DUMP_HINT)
    if not path.exists():
        raise InvalidInput(f"Databasefilen {path} findes ikke.")
    if out.exists():
        raise InvalidInput(f"Filen {out} findes allerede; vælg et andet navn.")
    # checked and self-contained (no -wal beside it); a failure leaves nothing at ``out``
    return backups.backup_sqlite(path, out)


def _probe_backup(source: Path) -> SchemaState:
    """Check a backup file read-only (it is never modified): intact, ours, not too new."""
    not_valid = (
        f"{source} er ikke en gyldig Medbetjening-database (filen er skadet eller af en "
        "anden slags). Intet er ændret. Vælg en anden sikkerhedskopi."
    )
    try:
        with closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)) as raw:
            check = raw.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                raise InvalidInput(not_valid)
            tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master")}
            if not tables:
                raise InvalidInput(f"{source} indeholder ingen Medbetjening-data. Intet er ændret.")
            if "alembic_version" not in tables:
                raise InvalidInput(
                    f"{source} er ikke en Medbetjening-database (ingen versionsoplysning). "
                    "Intet er ændret."
                )
            row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise InvalidInput(not_valid) from error
    if row is None:
        raise InvalidInput(f"{source} indeholder ingen Medbetjening-data. Intet er ændret.")
    current = str(row[0])
    head = migrate.head_revision()
    known = current in migrate.known_revisions()
    return SchemaState(current=current, head=head, known=known)


def _replace_live(path: Path, source: Path) -> Path:
    """Put ``source`` into the live file ``path``, keeping the old content beside it.

    Refused while another program has the file open: renaming over it (or deleting its
    -wal) would let that program go on writing into a file nobody reads again. Under an
    exclusive lock the content is written through SQLite's backup API into the same file.
    """
    previous = backups.timestamped_backup_path(path, "before-restore")
    locked = False
    live_damaged = False
    try:
        with backups.exclusive_lock(path) as live:
            locked = True
            try:
                backups.backup_sqlite(live, previous)
            except DamagedDatabaseError:  # restoring over a damaged file: keep it as it is
                backups.keep_raw_copy(path, previous)
                live_damaged = True
            backups.copy_into(source, live)
    except DamagedDatabaseError:
        # The copy failed (rolled back) over a file that was whole: nothing replaced. Over
        # a damaged one (already kept beside, and locked by nobody else a moment ago) the
        # damage itself can stop SQLite writing into it: the file is replaced whole below.
        if locked and not live_damaged:
            raise
        # Not even readable as a database, so no program can be using it: keep it as it
        # is and put the backup in its place (its -wal/-shm cannot belong to the backup).
        if not live_damaged:
            backups.keep_raw_copy(path, previous)
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        backups.backup_sqlite(source, path)
    return previous


def restore(url: str, source: Path) -> Path | None:
    """Replace the SQLite database with ``source``; the current file is backed up first."""
    path = sqlite_path(url)
    if path is None:
        raise InvalidInput(PG_DUMP_HINT)
    if not source.exists():
        raise InvalidInput(f"Filen {source} findes ikke.")
    state = _probe_backup(source)
    if not state.known:
        raise migrate.SchemaTooNewError(
            f"{source} har skemaversion {state.current}, som er nyere end dette program. "
            "Opdatér Medbetjening før du genskaber den. Intet er ændret."
        )
    if path.exists():
        previous = _replace_live(path, source)
    else:
        previous = None
        backups.backup_sqlite(source, path)  # via <path>.part: never a half-copied file
    engine = make_engine(f"sqlite:///{path}")
    try:
        migrate.upgrade(engine, f"sqlite:///{path}")
    finally:
        engine.dispose()
    return previous
