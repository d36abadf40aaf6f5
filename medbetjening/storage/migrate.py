"""Schema revision check at start-up: create, back up and upgrade, or refuse.

Alembic is imported only when a migration has to run: the check at start-up reads the
revision table and the revision ids of the migration files directly (a third of the
start-up time otherwise; ``tests/storage/test_migrations.py`` checks both agree).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, event, inspect, text

from medbetjening.storage.backups import (
    backup_sqlite,
    connect_existing,
    damaged_message,
    quick_check,
    timestamped_backup_path,
)
from medbetjening.storage.engine import StorageError, describe, opening, sqlite_path
from medbetjening.storage.files import (
    DamagedDatabaseError,
    refuse_network_share,
    sqlite_error_kind,
    sqlite_file_problem,
    sqlite_storage_error,
)
from medbetjening.storage.revisions import MIGRATIONS_DIR, revision_graph

if TYPE_CHECKING:
    from alembic.config import Config

_ALEMBIC_NAMES = {
    "command": ("alembic", "command"),
    "Config": ("alembic.config", "Config"),
    "MigrationContext": ("alembic.runtime.migration", "MigrationContext"),
    "ScriptDirectory": ("alembic.script", "ScriptDirectory"),
}


def __getattr__(name: str) -> Any:
    """``migrate.ScriptDirectory`` and friends, imported on first use."""
    if name in _ALEMBIC_NAMES:
        import importlib

        module, attribute = _ALEMBIC_NAMES[name]
        return getattr(importlib.import_module(module), attribute)
    raise AttributeError(name)


class SchemaTooNewError(StorageError):
    pass


class ForeignDatabaseError(StorageError):
    pass


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str
    known: bool  # the current revision is one this version of the program knows
    exists: bool = True  # False: ``db check`` of a SQLite file that is not there (not created)

    @property
    def at_head(self) -> bool:
        return self.current == self.head

    @property
    def empty(self) -> bool:
        return self.current is None


@dataclass(frozen=True)
class UpgradeReport:
    before: str | None
    after: str
    backup: Path | None


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


_revision_graph = revision_graph  # the name the tests and older callers use


def head_revision() -> str:
    return revision_graph()[0]


def known_revisions() -> frozenset[str]:
    """Every revision this version of the program has a migration for."""
    return _revision_graph()[1]


_FOREIGN = (
    "Databasen {where} indeholder tabeller, men ingen versionsoplysning fra Medbetjening. "
    "Vælg en anden databasefil eller en tom database."
)


def schema_state(engine: Engine) -> SchemaState:
    """The database's schema revision; opening it here, so a file that is not a database,
    damaged, locked or unreachable is a Danish StorageError naming it."""
    head, known_revisions = _revision_graph()
    url = engine.url.render_as_string(hide_password=True)
    with opening(url), engine.connect() as connection:
        tables = inspect(connection).get_table_names()
        current = None
        if "alembic_version" in tables:
            current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if current is None and tables:
        path = sqlite_path(url)
        raise ForeignDatabaseError(_FOREIGN.format(where=path or describe(url)))
    known = current is None or current in known_revisions
    return SchemaState(current=current, head=head, known=known)


def sqlite_file_state(path: Path) -> SchemaState:
    """``db check`` of a SQLite file: never creates or changes it (no WAL switch), and
    runs ``PRAGMA quick_check`` (a full read of the file: not for the start-up path)."""
    refuse_network_share(path)
    head, known_revisions = _revision_graph()
    if not path.exists():  # a mistyped path: say so, and create nothing
        return SchemaState(current=None, head=head, known=True, exists=False)
    try:
        with closing(connect_existing(path)) as connection:
            if not quick_check(connection):
                raise DamagedDatabaseError(damaged_message(path))
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            current = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                current = None if row is None else str(row[0])
    except sqlite3.Error as error:
        raise sqlite_storage_error(path, error) from error
    if current is None and tables:
        raise ForeignDatabaseError(_FOREIGN.format(where=path))
    return SchemaState(
        current=current, head=head, known=current is None or current in known_revisions
    )


def _begin_explicitly(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


@contextmanager
def migration_connection(engine: Engine) -> Iterator[Connection]:
    """A connection in one transaction for migrations: all of it is committed, or none.

    On SQLite, the stdlib driver sends no BEGIN before DDL, so a failed migration would
    leave its first tables committed while ``alembic_version`` still names the old
    revision (and every later attempt fails on them). The migration connection therefore
    turns the driver's own transaction handling off and sends BEGIN itself (SQLAlchemy's
    pysqlite recipe), for this connection only; the app's connections are unchanged.

    Foreign keys are switched off while migrating: a batch migration rebuilds a table
    (copy, DROP, rename), and with foreign keys on, the DROP would fire the ON DELETE
    actions of the tables pointing at it (cascade-deleting step marks, or nulling — and,
    with the append-only triggers, refusing — audit events). The foreign keys are checked
    before the migration commits.
    """
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        driver = connection.connection.driver_connection if sqlite else None
        isolation_level = getattr(driver, "isolation_level", None)
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # outside a transaction
            connection.commit()
            driver.isolation_level = None  # type: ignore[union-attr]  # no implicit BEGIN/COMMIT
            event.listen(connection, "begin", _begin_explicitly)
        try:
            with connection.begin():
                yield connection
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise StorageError(
                            f"Opgraderingen ville bryde {len(broken)} fremmednøgler "
                            f"(fx i tabellen {broken[0][0]}). Intet er ændret."
                        )
        finally:
            if sqlite:
                event.remove(connection, "begin", _begin_explicitly)
                driver.isolation_level = isolation_level  # type: ignore[union-attr]
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def upgrade(engine: Engine, url: str) -> UpgradeReport:
    """Bring the database to head; back an existing SQLite file up first."""
    state = schema_state(engine)
    if not state.known:
        raise SchemaTooNewError(
            f"Databasen har skemaversion {state.current}, som er nyere end dette program "
            f"kender (nyeste: {state.head}). Opdatér Medbetjening på denne pc, før databasen "
            "bruges. Intet er ændret."
        )
    if state.at_head:
        return UpgradeReport(before=state.current, after=state.head, backup=None)
    backup = None
    path = sqlite_path(url)
    if path is not None and not state.empty and path.exists():
        backup = backup_sqlite(path, timestamped_backup_path(path, f"before-{state.head}"))
    from alembic import command

    config = alembic_config()
    try:
        with migration_connection(engine) as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except Exception as error:
        raise StorageError(_upgrade_failed(url, state, backup, error)) from error
    return UpgradeReport(before=state.current, after=state.head, backup=backup)


def _upgrade_failed(url: str, state: SchemaState, backup: Path | None, error: Exception) -> str:
    """The Danish message for a migration that failed (and was rolled back)."""
    path = sqlite_path(url)
    where = str(path) if path is not None else describe(url)
    if isinstance(error, StorageError):
        cause = str(error)
    elif path is not None and sqlite_error_kind(error) is not None:
        cause = f"{sqlite_file_problem(path, error)} Intet er ændret."
    else:  # the driver's own words: which table or index was in the way
        detail = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        cause = f"Fejlen var: {detail}. Intet er ændret."
    message = (
        f"Databasen {where} kunne ikke opgraderes fra version {state.current or 'tom'} "
        f"til {state.head}. {cause}"
    )
    if backup is not None:
        message += f" Sikkerhedskopien fra før forsøget ligger i {backup}."
    return message + " Kontakt IT-supporten med denne besked."


def upgrade_to(engine: Engine, revision: str) -> None:
    """Upgrade to a given revision (tests build old databases with it)."""
    from alembic import command

    config = alembic_config()
    with migration_connection(engine) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
