"""A few read-only queries on PostgreSQL through libpq itself (``ctypes``), for the first paint.

Importing psycopg costs about 0.2 s of CPU and SQLAlchemy with the models another 0.4 s
(``python -X importtime``), more than the whole bare window; the window's first paint
needs half a dozen small SELECTs. So, as ``sqlite_reader`` does with the stdlib
``sqlite3``, those few reads go straight to the libpq that the psycopg wheel ships (or
the system's), and the full stack loads after the paint. The session is read-only
(``default_transaction_read_only``): nothing here can write. Anything unusual (no libpq
found, a URL with options, a server that does not answer) returns None and the normal
path opens the database with its own messages.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import importlib.util
import os
import re
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

# a plain server URL: no query string (driver options are the normal path's business)
_PLAIN_PG_URL = re.compile(r"^postgresql(?:\+psycopg2?)?://(?P<rest>[^?#]*)$")
# read-only, ISO dates (what ``datetime.fromisoformat`` reads), UTF-8, a bounded wait
_OPTIONS = (
    "connect_timeout=10&client_encoding=UTF8&application_name=medbetjening-start"
    "&options=-c%20default_transaction_read_only%3Don%20-c%20datestyle%3DISO%2CYMD"
)
_CONNECTION_OK = 0
_TUPLES_OK = 2
_SQLSTATE = ord("C")
_BOOL, _INT8, _INT2, _INT4 = 16, 20, 21, 23
_UNDEFINED_TABLE = "42P01"


class LibpqError(Exception):
    def __init__(self, message: str, sqlstate: str | None = None) -> None:
        super().__init__(message.strip())
        self.sqlstate = sqlstate


def conninfo(url: str) -> str | None:
    """The libpq URI for a plain SQLAlchemy PostgreSQL URL; None for anything else."""
    match = _PLAIN_PG_URL.match(url)
    return None if match is None else f"postgresql://{match['rest']}?{_OPTIONS}"


def describe(url: str) -> str:
    """As ``storage.engine.describe`` says it (password-free), without SQLAlchemy."""
    parts = urlsplit(url)
    return f"PostgreSQL: {parts.hostname or 'localhost'}/{unquote(parts.path.lstrip('/'))}"


def _candidates() -> Iterator[str]:
    """The libpq of the psycopg wheel (found without importing it), then the system's."""
    spec = importlib.util.find_spec("psycopg_binary")
    if spec is not None and spec.submodule_search_locations:
        package = Path(next(iter(spec.submodule_search_locations)))
        for folder in (package.parent / "psycopg_binary.libs", package / ".dylibs"):
            for pattern in ("libpq*.so*", "libpq*.dll", "libpq*.dylib"):
                for found in sorted(folder.glob(pattern)):
                    if os.name == "nt":  # its own DLLs beside it (ssl, crypto)
                        os.add_dll_directory(str(folder))
                    yield str(found)
    system = ctypes.util.find_library("pq") or ctypes.util.find_library("libpq")
    if system:
        yield system


def _load() -> ctypes.CDLL | None:
    for candidate in _candidates():
        try:
            library = ctypes.CDLL(candidate)
        except OSError:
            continue
        _declare(library)
        return library
    return None


def _declare(lib: ctypes.CDLL) -> None:
    p, s, i = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    for name, result, arguments in (
        ("PQconnectdb", p, [s]),
        ("PQstatus", i, [p]),
        ("PQerrorMessage", s, [p]),
        ("PQfinish", None, [p]),
        ("PQexecParams", p, [p, s, i, p, ctypes.POINTER(s), p, p, i]),
        ("PQresultStatus", i, [p]),
        ("PQresultErrorMessage", s, [p]),
        ("PQresultErrorField", s, [p, i]),
        ("PQntuples", i, [p]),
        ("PQnfields", i, [p]),
        ("PQftype", ctypes.c_uint, [p, i]),
        ("PQgetisnull", i, [p, i, i]),
        ("PQgetvalue", s, [p, i, i]),
        ("PQclear", None, [p]),
    ):
        function = getattr(lib, name)
        function.restype, function.argtypes = result, arguments


_library: ctypes.CDLL | None = None
_library_lock = threading.Lock()


def library() -> ctypes.CDLL | None:
    global _library
    with _library_lock:
        if _library is None:
            _library = _load()
        return _library


def _text(value: Any) -> bytes | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return b"true" if value else b"false"
    return str(value).encode()


def _decode(oid: int, raw: bytes) -> Any:
    if oid == _BOOL:
        return raw == b"t"
    if oid in (_INT2, _INT4, _INT8):
        return int(raw)
    return raw.decode()  # text; timestamps as ISO text, as sqlite3 returns them


class Rows(list[tuple[Any, ...]]):
    """The result of one query, read like a ``sqlite3`` cursor."""

    def fetchone(self) -> tuple[Any, ...] | None:
        return self[0] if self else None

    def fetchall(self) -> list[tuple[Any, ...]]:
        return list(self)


class Connection:
    """One server connection, opened at the first query, used by one thread at a time."""

    def __init__(self, lib: ctypes.CDLL, info: str) -> None:
        self._lib, self._info = lib, info
        self._handle: int | None = None
        self._closed = False  # after close(): a late query connects for itself only
        self._lock = threading.Lock()

    def _connected(self) -> int:
        if self._handle is None:
            handle = self._lib.PQconnectdb(self._info.encode())
            if self._lib.PQstatus(handle) != _CONNECTION_OK:
                message = (self._lib.PQerrorMessage(handle) or b"").decode(errors="replace")
                self._lib.PQfinish(handle)
                raise LibpqError(message)
            self._handle = handle
        return self._handle

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Rows:
        """``sql`` with ``?`` placeholders (as for sqlite3), the parameters sent as text."""
        numbered = iter(range(1, len(params) + 1))
        query = re.sub(r"\?", lambda _: f"${next(numbered)}", sql).encode()
        values = (ctypes.c_char_p * max(len(params), 1))(*(_text(v) for v in params))
        with self._lock:
            lib, handle = self._lib, self._connected()
            result = lib.PQexecParams(handle, query, len(params), None, values, None, None, 0)
            try:
                if lib.PQresultStatus(result) != _TUPLES_OK:
                    state = lib.PQresultErrorField(result, _SQLSTATE)
                    message = lib.PQresultErrorMessage(result) or b"no result"
                    raise LibpqError(message.decode(errors="replace"), state and state.decode())
                types = list(
                    enumerate(lib.PQftype(result, c) for c in range(lib.PQnfields(result)))
                )

                def cell(r: int, c: int, oid: int) -> Any:
                    if lib.PQgetisnull(result, r, c):
                        return None
                    return _decode(oid, lib.PQgetvalue(result, r, c))

                return Rows(
                    tuple(cell(r, c, oid) for c, oid in types) for r in range(lib.PQntuples(result))
                )
            finally:
                lib.PQclear(result)
                if self._closed:
                    self._finish()

    def close(self) -> None:
        """Closed (a query already on its way gets a connection of its own)."""
        with self._lock:
            self._closed = True
            self._finish()

    def _finish(self) -> None:
        if self._handle is not None:
            self._lib.PQfinish(self._handle)
            self._handle = None


def connect(url: str) -> Connection | None:
    """A connection for a plain PostgreSQL URL whose server answers; None otherwise."""
    info = conninfo(url)
    lib = library() if info is not None else None
    if info is None or lib is None:
        return None
    connection = Connection(lib, info)
    try:
        connection._connected()
    except LibpqError:
        return None  # the normal path tries again and says what is wrong, in Danish
    return connection


def is_undefined_table(error: LibpqError) -> bool:
    return error.sqlstate == _UNDEFINED_TABLE
