"""Engine factory: SQLite pragmas, refusal of network shares, PostgreSQL by URL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from medbetjening.storage.files import (  # noqa: F401 - re-exported (stdlib, for the fast start)
    NETWORK_FILESYSTEMS,
    SQLITE_BUSY_TIMEOUT_MS,
    NetworkShareError,
    StorageError,
    is_network_path,
    refuse_network_share,
    sqlite_os_problem,
    sqlite_storage_error,
)

PG_CONNECT_TIMEOUT_S = 10
# SQLite's default page cache is 2 MiB: a list of a few hundred rows that join visits,
# citizens and runs of a 1M-visit file touches more pages than that, so every read went
# back to the OS for them (the follow-up list: 1.7 of 8.7 ms CPU). Each pooled connection
# fills its own as it reads, so this is peak memory per connection: 8 MiB holds the list's
# pages, 16 MiB gained no more there and raised the export's peak RSS. Negative = KiB.
SQLITE_CACHE_KIB = 8192
_URL_PASSWORD = re.compile(r"(://[^:/@]*):[^@]*@")


def parse_url(url: str) -> URL:
    """The database URL (``--db`` / ``MEDBETJENING_DB_URL``), or a Danish StorageError."""
    try:
        return make_url(url)
    except ArgumentError as error:
        raise StorageError(_bad_url_message(url)) from error


def _bad_url_message(url: str) -> str:
    if "://" not in url:  # most often a file path given where a URL belongs
        return (
            f"»{url}« er ikke en databaseadresse (--db / MEDBETJENING_DB_URL). En SQLite-fil "
            f"angives som sqlite:///{Path(url).expanduser().absolute().as_posix()}, en fælles "
            "database som postgresql+psycopg://bruger@server/medbetjening."
        )
    shown = _URL_PASSWORD.sub(r"\1:***@", url)
    return (
        f"Databaseadressen »{shown}« (--db / MEDBETJENING_DB_URL) kan ikke bruges. Brug fx "
        "sqlite:///sti/til/medbetjening.sqlite eller "
        "postgresql+psycopg://bruger@server/medbetjening."
    )


def sqlite_path(url: str) -> Path | None:
    parsed = parse_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:":
        return None
    return Path(database)


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    # WAL is a lasting change to the file: only for a new, empty or Medbetjening file, so a
    # foreign file chosen by mistake is refused (schema_state) exactly as it was
    mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
    if mode not in ("wal", "memory") and _empty_or_ours(cursor):
        cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
    cursor.close()


def _empty_or_ours(cursor) -> bool:  # type: ignore[no-untyped-def]
    names = {row[0] for row in cursor.execute("SELECT name FROM sqlite_master")}
    return not names or "alembic_version" in names


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine; SQLite files get the pragmas and the network-share check.

    Nothing is opened yet: errors of the file or server come at the first connection
    (``schema_state``, inside ``opening``). A URL that cannot be used is a StorageError.
    """
    try:
        return _make_engine(url, echo=echo)
    except ArgumentError as error:  # unknown dialect or option
        raise StorageError(_bad_url_message(url)) from error
    except ImportError as error:  # a driver that is not installed
        raise StorageError(
            f"{_bad_url_message(url)} (Databasedriveren {error.name or ''} mangler.)"
        ) from error


def _make_engine(url: str, *, echo: bool) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        refuse_network_share(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StorageError(
                f"Mappen til databasefilen {path} kan ikke oprettes: "
                f"{sqlite_os_problem(path.parent, error)}"
            ) from error
        engine = create_engine(
            url,
            echo=echo,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    if parse_url(url).get_backend_name() == "sqlite":  # in-memory
        engine = create_engine(url, echo=echo)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    parsed = parse_url(url)
    connect_args: dict[str, int] = {}
    libpq = parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in (
        "psycopg",
        "psycopg2",
    )
    if libpq and "connect_timeout" not in parsed.query:
        # an unreachable server: the Danish message after a while, not a hang
        connect_args["connect_timeout"] = PG_CONNECT_TIMEOUT_S
    return create_engine(url, echo=echo, pool_pre_ping=True, connect_args=connect_args)


@contextmanager
def opening(url: str) -> Iterator[None]:
    """Driver errors while the database is opened or checked, as a Danish StorageError
    naming the file (or server) and the likely cause."""
    try:
        yield
    except DBAPIError as error:
        path = sqlite_path(url)
        if path is not None:
            raise sqlite_storage_error(path, error) from error
        if parse_url(url).get_backend_name() == "sqlite":  # in memory
            raise StorageError(f"Databasen kan ikke bruges ({error.orig}).") from error
        detail = (str(error.orig).strip().splitlines() or [""])[0]
        raise StorageError(
            f"Databaseserveren {describe(url)} kan ikke nås, eller adgangen blev afvist. "
            "Tjek netværket, serverens navn og brugeren, eller kontakt IT. "
            f"(Teknisk: {detail})"
        ) from error


def describe(url: str) -> str:
    """A short, password-free description of the database for the status bar."""
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite: {parsed.database or ':memory:'}"
    return f"PostgreSQL: {parsed.host or 'localhost'}/{parsed.database}"
