"""Schema revision check at start-up: create, back up and upgrade, or refuse."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from medbetjening.storage.engine import StorageError, sqlite_path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaTooNewError(StorageError):
    pass


class ForeignDatabaseError(StorageError):
    pass


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str
    known: bool  # the current revision is one this version of the program knows

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
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def schema_state(engine: Engine) -> SchemaState:
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    assert head is not None
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        if current is None and inspect(connection).get_table_names():
            raise ForeignDatabaseError(
                "Databasen indeholder tabeller, men ingen versionsoplysning fra Medbetjening. "
                "Vælg en anden databasefil eller en tom database."
            )
    known = current is None or _is_known(script, current)
    return SchemaState(current=current, head=head, known=known)


def _is_known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database consistently (online backup API)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def timestamped_backup_path(db_file: Path, label: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return db_file.with_name(f"{db_file.stem}.{label}-{stamp}{db_file.suffix or '.sqlite'}")


@contextmanager
def migration_connection(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction for migrations.

    On SQLite, foreign keys are switched off while migrating: a batch migration rebuilds
    a table (copy, DROP, rename), and with foreign keys on, the DROP would fire the
    ON DELETE actions of the tables pointing at it (cascade-deleting step marks, or
    nulling — and, with the append-only triggers, refusing — audit events). The
    foreign keys are checked before the migration commits.
    """
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # outside a transaction
            connection.commit()
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
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")


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
    config = alembic_config()
    with migration_connection(engine) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return UpgradeReport(before=state.current, after=state.head, backup=backup)


def upgrade_to(engine: Engine, revision: str) -> None:
    """Upgrade to a given revision (tests build old databases with it)."""
    config = alembic_config()
    with migration_connection(engine) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
