"""Engine factory: SQLite pragmas, refusal of network shares, PostgreSQL by URL."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from medbetjening.storage.files import (  # noqa: F401 - re-exported (stdlib, for the fast start)
    NETWORK_FILESYSTEMS,
    SQLITE_BUSY_TIMEOUT_MS,
    NetworkShareError,
    StorageError,
    is_network_path,
    refuse_network_share,
)


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:":
        return None
    return Path(database)


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine; SQLite files get the pragmas and the network-share check."""
    path = sqlite_path(url)
    if path is not None:
        refuse_network_share(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            echo=echo,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    if make_url(url).get_backend_name() == "sqlite":  # in-memory
        engine = create_engine(url, echo=echo)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


def describe(url: str) -> str:
    """A short, password-free description of the database for the status bar."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite: {parsed.database or ':memory:'}"
    return f"PostgreSQL: {parsed.host or 'localhost'}/{parsed.database}"
