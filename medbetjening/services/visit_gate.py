"""The one visit gate: load a visit for an actor, for reading or for a change.

Every service that takes a visit id (or a flow run of a visit) comes through here, so
site, role and ownership follow one rule (README, "Sign-in, roles and the audit log"):

- *digital ambassadør*: only their own visits (their site, started by them), read and change;
- *medarbejder*: every visit of their own site, read and change;
- *teamleder*: reads the visits of every site (the lead screens: statistics, citizens'
  requests, the audit log span the municipality) but changes only their own site's.

A change also claims the visit (``claim_visit``): it checks the version the screen
showed, bumps it and takes the row lock first, so every writer of a visit locks the
visit row before its children (one lock order: no deadlock between closing and marking).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Row, bindparam, select, update
from sqlalchemy.orm import Session

from medbetjening.domain.vocabulary import VisitStatus
from medbetjening.services.concurrency import claim_visit, try_claim_visit
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput, NotFound, PermissionDenied
from medbetjening.storage.models import FlowRun, Visit

CLOSED_MESSAGE = "Besøg nr. {visit_id} er allerede afsluttet og kan ikke ændres."

_VISIT = Visit.__table__
# A flow run's visit claimed in one statement (``run_visit_for_change``), built once.
_CLAIM_RUN_VISIT_ANY = (
    update(_VISIT)
    .where(
        _VISIT.c.id
        == select(FlowRun.visit_id).where(FlowRun.id == bindparam("run")).scalar_subquery()
    )
    .values(version=_VISIT.c.version + 1)
    .returning(_VISIT.c.id, _VISIT.c.site_id, _VISIT.c.staff_id, _VISIT.c.status, _VISIT.c.version)
)
_CLAIM_RUN_VISIT = _CLAIM_RUN_VISIT_ANY.where(_VISIT.c.version == bindparam("expected"))
# The same for a visit by its id (``claimed_visit``): an assessment answer's key press.
_CLAIM_VISIT_ANY = (
    update(_VISIT)
    .where(_VISIT.c.id == bindparam("visit"))
    .values(version=_VISIT.c.version + 1)
    .returning(_VISIT.c.id, _VISIT.c.site_id, _VISIT.c.staff_id, _VISIT.c.status, _VISIT.c.version)
)
_CLAIM_VISIT = _CLAIM_VISIT_ANY.where(_VISIT.c.version == bindparam("expected"))


def read_denial(actor: ActorContext, visit_id: int, site_id: int, staff_id: int) -> str | None:
    """Why the actor may not read this visit (a Danish message), or None if they may."""
    if actor.is_ambassador and (staff_id != actor.staff_id or site_id != actor.site_id):
        return (
            f"Besøg nr. {visit_id} er ikke dit. Digitale ambassadører kan kun se og ændre "
            "deres egne besøg. Spørg en medarbejder."
        )
    if site_id != actor.site_id and not actor.is_lead:
        return f"Besøg nr. {visit_id} hører til et andet sted."
    return None


def change_denial(actor: ActorContext, visit_id: int, site_id: int, staff_id: int) -> str | None:
    """Why the actor may not change this visit (a Danish message), or None if they may."""
    denial = read_denial(actor, visit_id, site_id, staff_id)
    if denial is None and site_id != actor.site_id:  # a lead reading across sites
        return (
            f"Besøg nr. {visit_id} hører til et andet sted. Teamledere kan se andre steders "
            "besøg, men kun ændre besøg på deres eget sted."
        )
    return denial


def check_read(actor: ActorContext, visit: Visit) -> None:
    denial = read_denial(actor, visit.id, visit.site_id, visit.staff_id)
    if denial is not None:
        raise PermissionDenied(denial)


def visit_for_read(session: Session, actor: ActorContext, visit_id: int) -> Visit:
    """The visit, if the actor may read it (NotFound / PermissionDenied otherwise)."""
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFound(f"Besøg nr. {visit_id} findes ikke.")
    check_read(actor, visit)
    return visit


def visit_for_change(
    session: Session,
    actor: ActorContext,
    visit_id: int,
    expected_version: int | None,
    *,
    open_only: bool = True,
    changes: Mapping[str, Any] | None = None,
) -> Visit:
    """The visit, claimed for a change in the caller's transaction (``changes``: columns
    the claim writes too, see ``try_claim_visit``).

    ``expected_version``: the version the screen showed (ConcurrentEdit if another PC
    changed the visit since); ``None`` only where the change is merged on purpose (a
    background job, the demo generator). ``open_only=False`` for corrections a closed
    visit allows (linking the right citizen)."""
    # Claimed first, checked after (one statement on the common path, not a SELECT and
    # an UPDATE): a refusal raises before the caller writes, and its unit of work rolls
    # the claim back. When nothing was claimed the slow path says why, in the order of
    # every other door (not found, not yours, changed by someone else).
    visit = try_claim_visit(session, visit_id, expected_version, changes)
    if visit is None:
        found = session.get(Visit, visit_id)
        if found is None:
            raise NotFound(f"Besøg nr. {visit_id} findes ikke.")
        denial = change_denial(actor, found.id, found.site_id, found.staff_id)
        if denial is not None:
            raise PermissionDenied(denial)
        # ConcurrentEdit, or raced past the refusal: claimed after all
        visit = claim_visit(session, visit_id, expected_version, changes)
    denial = change_denial(actor, visit.id, visit.site_id, visit.staff_id)
    if denial is not None:
        raise PermissionDenied(denial)
    if open_only and visit.status != VisitStatus.OPEN.value:
        raise InvalidInput(CLOSED_MESSAGE.format(visit_id=visit_id))
    return visit


def run_visit_for_change(
    session: Session, actor: ActorContext, run_id: int, expected_version: int | None
) -> tuple[int, int]:
    """Claim the visit of flow run ``run_id`` for a change: ``(visit id, new version)``.

    The same rules as ``visit_for_change``, in one statement on the common path (a key
    press): the UPDATE that checks and bumps the version returns what the rules need,
    and a refusal raises before the caller writes (its unit of work rolls back). When
    the UPDATE finds nothing (no such run or visit, or another version) the slow path
    says which, with the same messages and in the same order as every other door."""
    row = _claim_row(
        session, _CLAIM_RUN_VISIT_ANY, _CLAIM_RUN_VISIT, {"run": run_id}, expected_version
    )
    if row is None:
        run = session.get(FlowRun, run_id)
        if run is None:
            raise NotFound(f"Forløb nr. {run_id} findes ikke.")
        claimed = visit_for_change(session, actor, run.visit_id, expected_version)
        return claimed.id, claimed.version  # raced past the refusal: claimed after all
    return _checked_claim(actor, row)


def claimed_visit(
    session: Session, actor: ActorContext, visit_id: int, expected_version: int | None
) -> tuple[int, int]:
    """``visit_for_change`` for an open visit when the caller needs only
    ``(visit id, new version)``: the same one-statement claim, its row not made into a
    mapped ``Visit`` (an assessment key press). When the UPDATE finds nothing (no such
    visit, or another version) ``visit_for_change`` says which."""
    row = _claim_row(session, _CLAIM_VISIT_ANY, _CLAIM_VISIT, {"visit": visit_id}, expected_version)
    if row is None:
        claimed = visit_for_change(session, actor, visit_id, expected_version)
        return claimed.id, claimed.version  # raced past the refusal: claimed after all
    return _checked_claim(actor, row)


def _claim_row(
    session: Session,
    any_version: Any,
    this_version: Any,
    params: dict[str, Any],
    expected_version: int | None,
) -> Row[Any] | None:
    """Run a claiming UPDATE … RETURNING: ``this_version`` when the screen's version is
    known, else ``any_version`` (a change merged on purpose)."""
    if expected_version is None:
        return session.connection().execute(any_version, params).one_or_none()
    return (
        session.connection()
        .execute(this_version, {**params, "expected": expected_version})
        .one_or_none()
    )


def _checked_claim(actor: ActorContext, row: Row[Any]) -> tuple[int, int]:
    """The gate's rules on what a claiming UPDATE returned (id, site, staff, status,
    version): a refusal raises before the caller writes."""
    denial = change_denial(actor, row.id, row.site_id, row.staff_id)
    if denial is not None:
        raise PermissionDenied(denial)
    if row.status != VisitStatus.OPEN.value:
        raise InvalidInput(CLOSED_MESSAGE.format(visit_id=row.id))
    return row.id, row.version
