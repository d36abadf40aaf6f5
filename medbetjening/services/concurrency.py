"""Two staff on one visit: optimistic version checks, and retrying transient conflicts.

``visit.version`` is a SQLAlchemy ``version_id_col``: every ORM update of a visit checks
that the row still has the version that was read and bumps it. Changes to a visit's
children (step marks, assessment, outcome …) must bump it as well, so two people editing
the same visit cannot silently overwrite each other. Services writing children call
``claim_visit(session, visit_id, expected_version)`` in the same transaction:

    with self._uow() as uow:
        visit = claim_visit(uow.session, visit_id, expected_version)
        uow.session.add(StepRecord(...))
        uow.commit()
        return visit.version  # the screen keeps this for its next change

``expected_version`` is the ``VisitRow.version`` the screen shows.

Do not ``SELECT … FOR UPDATE`` the citizen row in a transaction that also changed the
visit: PostgreSQL then holds a KEY SHARE lock on the citizen (the foreign-key check of
the visit update) and two PCs closing visits of the same citizen upgrade it in turn —
a deadlock on every retry (found by ``tests/benchmarks/pg_load.py``). Update shared rows
in place (``UPDATE citizen SET last_visit_at = …``), which takes a lock that does not
conflict with KEY SHARE. Pass ``None`` to bump
without a check (a background job). Wrap ORM updates of a visit loaded earlier in
``stale_as_concurrent_edit()`` so a stale version also ends in ConcurrentEdit.
"""

from __future__ import annotations

import functools
import inspect
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import select, update
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from medbetjening.services.errors import ConcurrentEdit, DatabaseBusy, NotFound
from medbetjening.storage.models import Visit

T = TypeVar("T")

CONCURRENT_EDIT_MESSAGE = (
    "En anden har ændret dette besøg, mens du arbejdede i det. Din seneste ændring er "
    "ikke gemt. Besøget hentes igen, så du kan se den andens ændring og gøre din igen."
)

BUSY_MESSAGE = (
    "Databasen var optaget af andres ændringer, og din ændring kunne ikke gemmes "
    "(forsøgt {attempts} gange). Intet er ændret; prøv igen om lidt."
)
SERVICE_ATTEMPTS = 5

# PostgreSQL: serialization_failure, deadlock_detected, lock_not_available.
_RETRY_SQLSTATES = {"40001", "40P01", "55P03"}


def claim_visit(
    session: Session,
    visit_id: int,
    expected_version: int | None,
    changes: Mapping[str, Any] | None = None,
) -> Visit:
    """Bump the visit's version in the caller's transaction; ConcurrentEdit if stale.

    The UPDATE takes the row lock, so a second writer waits and then finds the new
    version. Returns the visit, loaded fresh: change it freely (the ORM checks and bumps
    the version again on flush); after the commit ``visit.version`` is the version the
    screen keeps for its next change.
    """
    visit = try_claim_visit(session, visit_id, expected_version, changes)
    if visit is None:
        exists = session.scalar(select(Visit.id).where(Visit.id == visit_id))
        if exists is None:
            raise NotFound(f"Besøg nr. {visit_id} findes ikke længere.")
        raise ConcurrentEdit(CONCURRENT_EDIT_MESSAGE)
    return visit


def try_claim_visit(
    session: Session,
    visit_id: int,
    expected_version: int | None,
    changes: Mapping[str, Any] | None = None,
) -> Visit | None:
    """``claim_visit`` in one statement, or None when no visit has that id and version
    (the caller's slow path says which). ``changes``: columns of the visit the same
    UPDATE writes (the caller's change; a refusal after it rolls it back with the rest)."""
    query = update(Visit).where(Visit.id == visit_id)
    if expected_version is not None:
        query = query.where(Visit.version == expected_version)
    # the row comes back from the UPDATE itself (RETURNING, refreshing the loaded
    # visit): one statement per key press instead of an UPDATE and a SELECT
    return session.execute(
        query.values(version=Visit.version + 1, **(changes or {})).returning(Visit),
        execution_options={"synchronize_session": False, "populate_existing": True},
    ).scalar()


@contextmanager
def stale_as_concurrent_edit(*, duplicate_row: bool = False) -> Iterator[None]:
    """Turn SQLAlchemy's StaleDataError (version_id_col mismatch) into ConcurrentEdit.

    ``duplicate_row``: an IntegrityError too, where the only one possible is two PCs
    creating the same one-per-visit row at once (the first assessment answer)."""
    try:
        yield
    except StaleDataError as error:
        raise ConcurrentEdit(CONCURRENT_EDIT_MESSAGE) from error
    except IntegrityError as error:
        if not duplicate_row:
            raise
        raise ConcurrentEdit(CONCURRENT_EDIT_MESSAGE) from error


def is_transient(error: BaseException) -> bool:
    """A deadlock, serialization failure or busy database: safe to retry the action."""
    if not isinstance(error, DBAPIError):
        return False
    sqlstate = getattr(error.orig, "sqlstate", None) or getattr(error.orig, "pgcode", None)
    if sqlstate in _RETRY_SQLSTATES:
        return True
    return isinstance(error, OperationalError) and "database is locked" in str(error.orig)


def with_retry(
    action: Callable[[], T],
    *,
    attempts: int = 5,
    on_retry: Callable[[BaseException], None] | None = None,
) -> T:
    """Run ``action`` (one whole unit of work) again after a transient conflict.

    The unit of work rolled back when the error left it, so running it again is safe.
    Waiting is done by the database (lock waits and busy timeout), not here.
    """
    for attempt in range(1, attempts + 1):
        try:
            return action()
        except DBAPIError as error:
            if attempt == attempts or not is_transient(error):
                raise
            if on_retry is not None:
                on_retry(error)
    raise AssertionError("unreachable")


_depth = threading.local()


class RetryTally:
    """How often this process re-ran a use case after a transient conflict (the load
    test reports it beside its latencies)."""

    def __init__(self) -> None:
        self.count = 0
        self._lock = threading.Lock()

    def add(self, _error: BaseException) -> None:
        with self._lock:
            self.count += 1


RETRIES = RetryTally()


def retried(method: Callable[..., T], attempts: int = SERVICE_ATTEMPTS) -> Callable[..., T]:
    """``method`` (one use case: its own units of work) run again after a transient
    conflict, at most ``attempts`` times, then DatabaseBusy with a Danish message.

    Only the outermost use case of a thread retries: one calling another must not
    multiply the attempts, and a half-done outer use case must not be cut in two."""

    @functools.wraps(method)
    def run(*args: Any, **kwargs: Any) -> T:
        if getattr(_depth, "value", 0):
            return method(*args, **kwargs)
        _depth.value = 1
        try:
            return with_retry(
                lambda: method(*args, **kwargs), attempts=attempts, on_retry=RETRIES.add
            )
        except DBAPIError as error:
            if not is_transient(error):
                raise
            raise DatabaseBusy(BUSY_MESSAGE.format(attempts=attempts)) from error
        finally:
            _depth.value = 0

    return run


class RetryingService:
    """Base of every service class: the one place writes are retried.

    Each public method defined in a subclass is wrapped by ``retried`` when the class
    is made (generators, properties and static/class methods are left alone)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if name.startswith("_") or not inspect.isfunction(value):
                continue
            if inspect.isgeneratorfunction(value):
                continue
            setattr(cls, name, retried(value))
