"""Citizens: find a returning citizen in one entry, create one, link a visit.

A citizen is pseudonymous: the database holds an HMAC of the CPR number (never the
number), a short citizen code (printed on the handout), an age band, a preferred
language and consent to follow-up contact — nothing more.

The CPR number typed at the counter lives only in local variables for the length of
one call: it is validated, hashed and dropped. It is never stored, logged, audited or
put in an exception message. Ambassadors (volunteers) cannot enter a CPR number at all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Select, bindparam, delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from medbetjening.domain.pseudonym import (
    classify_entry,
    cpr_hash,
    generate_citizen_code,
    normalise_citizen_code,
)
from medbetjening.domain.pseudonym import format_citizen_code as _format_code
from medbetjening.domain.roles import Action
from medbetjening.domain.vocabulary import AgeBand, FollowUpStatus, VisitStatus
from medbetjening.services import audit
from medbetjening.services.authorization import (
    require,
    require_code_citizen,
    volunteer_may_reach,
)
from medbetjening.services.concurrency import RetryingService, stale_as_concurrent_edit
from medbetjening.services.context import ActorContext
from medbetjening.services.cpr import parse_cpr
from medbetjening.services.errors import InvalidInput, NotFound, PermissionDenied
from medbetjening.services.pseudonym_key import KeyStatus, PseudonymKeyService
from medbetjening.services.referrals import referrals_follow
from medbetjening.services.visit_gate import visit_for_change, visit_for_read
from medbetjening.storage.aggregates import mark_visit_changed
from medbetjening.storage.models import Citizen, FollowUp, Visit
from medbetjening.storage.unit_of_work import UnitOfWorkFactory

LANGUAGES = ("da", "en", "de", "pl", "uk", "ar", "tr", "so", "ur", "fa", "other")

_AMBASSADOR_NO_CPR = (
    "Digitale ambassadører må ikke slå borgere op med CPR-nummer. "
    "Brug borgerkoden fra borgerens udskrift, eller gør besøget anonymt."
)


@dataclass(frozen=True)
class CitizenInfo:
    id: int
    citizen_code: str | None
    age_band: str
    language: str
    consent_follow_up: bool
    has_cpr_link: bool
    created_at: dt.datetime
    last_visit_at: dt.datetime | None


@dataclass(frozen=True)
class FindResult:
    """The answer to the one entry field. ``citizen`` is None when nobody matched."""

    kind: Literal["cpr", "code"]
    citizen: CitizenInfo | None

    @property
    def found(self) -> bool:
        return self.citizen is not None


def _info(citizen: Citizen) -> CitizenInfo:
    return CitizenInfo(
        id=citizen.id,
        citizen_code=citizen.citizen_code,
        age_band=citizen.age_band,
        language=citizen.language,
        consent_follow_up=citizen.consent_follow_up,
        has_cpr_link=citizen.cpr_hash is not None,
        created_at=citizen.created_at,
        last_visit_at=citizen.last_visit_at,
    )


# Built once: the look-up answers while the citizen waits, and composing a select costs
# more CPU than the indexed read (issue 22).
_INFO_COLUMNS = (
    Citizen.id,
    Citizen.citizen_code,
    Citizen.age_band,
    Citizen.language,
    Citizen.consent_follow_up,
    Citizen.cpr_hash.is_not(None),
    Citizen.created_at,
    Citizen.last_visit_at,
)
_BY_CODE = select(*_INFO_COLUMNS).where(Citizen.citizen_code == bindparam("key"))
_BY_CPR_HASH = select(*_INFO_COLUMNS).where(Citizen.cpr_hash == bindparam("key"))


def _one_info(session: Session, statement: Select[Any], key: str) -> CitizenInfo | None:
    row = session.connection().execute(statement, {"key": key}).first()
    return CitizenInfo(*row) if row is not None else None


def _check_profile(age_band: str, language: str) -> None:
    if age_band not in {band.value for band in AgeBand}:
        raise InvalidInput(f"Ukendt aldersgruppe: {age_band}.")
    if language not in LANGUAGES:
        raise InvalidInput(f"Ukendt sprog: {language}.")


class CitizenService(RetryingService):
    def __init__(self, uow_factory: UnitOfWorkFactory, keys: PseudonymKeyService) -> None:
        self._uow = uow_factory
        self._keys = keys

    # -- CPR availability ----------------------------------------------------------
    def cpr_lookup_status(self, actor: ActorContext) -> KeyStatus:
        """Whether this actor can use CPR look-up here, and a message saying why not."""
        if actor.is_ambassador:
            return KeyStatus(False, "", None, _AMBASSADOR_NO_CPR)
        return self._keys.status()

    def _hash_entry(self, actor: ActorContext, entry: str) -> str:
        if actor.is_ambassador:
            raise PermissionDenied(_AMBASSADOR_NO_CPR)
        require(actor, Action.ENTER_CPR)
        number = parse_cpr(entry)  # raises InvalidCpr, never echoing the digits
        return cpr_hash(self._keys.key(), number.digits())

    # -- finding ----------------------------------------------------------------------
    def find(self, actor: ActorContext, entry: str) -> FindResult:
        """One entry: a CPR number (→ keyed hash) or a citizen code."""
        kind = classify_entry(entry)
        if kind == "cpr":
            hashed = self._hash_entry(actor, entry)
            with self._uow() as uow:
                citizen = _one_info(uow.session, _BY_CPR_HASH, hashed)
                return self._found(uow, actor, "citizen.lookup_cpr", citizen)
        if kind == "code":
            require(actor, Action.LINK_CITIZEN_CODE)
            code = normalise_citizen_code(entry)
            if code is None:
                raise InvalidInput(
                    "Borgerkoden er ikke gyldig. Den har seks tegn, fx K7M-4PX "
                    "(uden 0, O, 1 og I). Tjek udskriften."
                )
            with self._uow() as uow:
                citizen = _one_info(uow.session, _BY_CODE, _format_code(code))
                if citizen is not None:
                    require_code_citizen(actor, citizen.citizen_code, citizen.has_cpr_link)
                return self._found(uow, actor, "citizen.lookup_code", citizen)
        if actor.is_ambassador:
            raise InvalidInput("Skriv borgerkoden fra udskriften, fx K7M-4PX.")
        raise InvalidInput("Skriv et CPR-nummer (DDMMÅÅ-LLLL) eller en borgerkode (fx K7M-4PX).")

    @staticmethod
    def _found(uow, actor: ActorContext, action: str, citizen: CitizenInfo | None) -> FindResult:  # type: ignore[no-untyped-def]
        """Every look-up is audited (by CPR number or by code), found or not, and
        committed before the answer is returned."""
        target = citizen.id if citizen else None
        detail = "fundet" if citizen else "ikke fundet"
        audit.record(uow.session, actor, action, "citizen", target, detail, at_once=True)
        uow.commit()
        kind: Literal["cpr", "code"] = "cpr" if action.endswith("cpr") else "code"
        return FindResult(kind, citizen)

    def get(self, actor: ActorContext, citizen_id: int) -> CitizenInfo:
        require(actor, Action.LINK_CITIZEN_CODE)
        with self._uow() as uow:
            return _info(self._citizen(uow.session, citizen_id, actor))

    # -- creating and changing -----------------------------------------------------------
    def create(
        self,
        actor: ActorContext,
        *,
        cpr: str | None = None,
        age_band: str = AgeBand.UNKNOWN.value,
        language: str = "da",
        consent_follow_up: bool = False,
    ) -> CitizenInfo:
        """A new citizen with a fresh code; with ``cpr`` also its keyed hash."""
        require(actor, Action.LINK_CITIZEN_CODE)
        _check_profile(age_band, language)
        hashed = self._hash_entry(actor, cpr) if cpr else None
        for _attempt in range(20):
            try:
                with self._uow() as uow:
                    if hashed and uow.session.scalar(
                        select(Citizen.id).where(Citizen.cpr_hash == hashed)
                    ):
                        raise InvalidInput(
                            "Der findes allerede en borger med dette CPR-nummer; søg borgeren frem."
                        )
                    citizen = Citizen(
                        cpr_hash=hashed,
                        citizen_code=self._free_code(uow.session),
                        age_band=age_band,
                        language=language,
                        consent_follow_up=consent_follow_up,
                    )
                    uow.session.add(citizen)
                    uow.session.flush()
                    audit.record(
                        uow.session,
                        actor,
                        "citizen.create",
                        "citizen",
                        citizen.id,
                        "med CPR-kobling" if hashed else "kun borgerkode",
                    )
                    uow.commit()
                    return _info(citizen)
            except IntegrityError:
                continue  # another PC took the same code (or CPR) a moment ago: try again
        raise InvalidInput("Borgeren kunne ikke oprettes; prøv igen.")

    @staticmethod
    def _free_code(session: Session) -> str:
        while True:
            code = generate_citizen_code()
            if session.scalar(select(Citizen.id).where(Citizen.citizen_code == code)) is None:
                return code

    def update_profile(
        self,
        actor: ActorContext,
        citizen_id: int,
        *,
        age_band: str,
        language: str,
        consent_follow_up: bool,
    ) -> CitizenInfo:
        require(actor, Action.LINK_CITIZEN_CODE)
        _check_profile(age_band, language)
        with self._uow() as uow:
            citizen = self._citizen(uow.session, citizen_id, actor)
            citizen.age_band = age_band
            citizen.language = language
            citizen.consent_follow_up = consent_follow_up
            uow.commit()
            return _info(citizen)

    def new_code(self, actor: ActorContext, citizen_id: int) -> CitizenInfo:
        """Give the citizen a new code (lost handout); the old code stops working."""
        require(actor, Action.LINK_CITIZEN_CODE)
        for _attempt in range(20):
            try:
                with self._uow() as uow:
                    citizen = self._citizen(uow.session, citizen_id, actor)
                    citizen.citizen_code = self._free_code(uow.session)
                    audit.record(uow.session, actor, "citizen.new_code", "citizen", citizen.id)
                    uow.commit()
                    return _info(citizen)
            except IntegrityError:
                continue
        raise InvalidInput("Der kunne ikke laves en ny kode; prøv igen.")

    # -- visits ------------------------------------------------------------------------------
    def link_visit(
        self,
        actor: ActorContext,
        visit_id: int,
        citizen_id: int,
        expected_version: int | None = None,
    ) -> CitizenInfo:
        require(actor, Action.LINK_CITIZEN_CODE)
        with stale_as_concurrent_edit(), self._uow() as uow:
            citizen = self._citizen(uow.session, citizen_id, actor)
            # linked by the claim itself: one UPDATE of the visit, not two
            visit = visit_for_change(
                uow.session,
                actor,
                visit_id,
                expected_version,
                open_only=False,
                changes={"citizen_id": citizen.id},
            )
            if citizen.last_visit_at is None or citizen.last_visit_at < visit.started_at:
                citizen.last_visit_at = visit.started_at
            _follow_ups_follow(uow.session, visit, citizen.id)
            audit.record(
                uow.session, actor, "visit.link_citizen", "visit", visit.id, f"borger {citizen.id}"
            )
            uow.commit()
            return _info(citizen)

    def make_anonymous(
        self, actor: ActorContext, visit_id: int, expected_version: int | None = None
    ) -> None:
        """Unlink the visit from any citizen: the visit counts in statistics only."""
        require(actor, Action.RECORD_VISIT)
        with stale_as_concurrent_edit(), self._uow() as uow:
            visit = visit_for_change(
                uow.session, actor, visit_id, expected_version, open_only=False
            )
            if visit.citizen_id is not None:
                audit.record(
                    uow.session,
                    actor,
                    "visit.unlink_citizen",
                    "visit",
                    visit.id,
                    f"borger {visit.citizen_id}",
                )
                visit.citizen_id = None
                _follow_ups_follow(uow.session, visit, None)
            uow.commit()

    def visit_citizen(self, actor: ActorContext, visit_id: int) -> CitizenInfo | None:
        with self._uow() as uow:
            visit = visit_for_read(uow.session, actor, visit_id)
            if visit.citizen_id is None:
                return None
            citizen = self._citizen(uow.session, visit.citizen_id)
            if not volunteer_may_reach(actor, citizen.citizen_code, citizen.cpr_hash is not None):
                return None  # a volunteer's visit shows nothing of a CPR-linked citizen
            return _info(citizen)

    # -- helpers ---------------------------------------------------------------------------------
    @staticmethod
    def _citizen(session: Session, citizen_id: int, actor: ActorContext | None = None) -> Citizen:
        """The citizen; with ``actor``, refused to a volunteer unless known by code only."""
        citizen = session.get(Citizen, citizen_id)
        if citizen is None:
            raise NotFound(f"Borger nr. {citizen_id} findes ikke (måske slettet).")
        if actor is not None:
            require_code_citizen(actor, citizen.citizen_code, citizen.cpr_hash is not None)
        return citizen


def _follow_ups_follow(session: Session, visit: Visit, citizen_id: int | None) -> None:
    """A closed visit linked to another citizen (a correction) takes its follow-ups
    along; made anonymous, nobody is left to contact, so its due follow-ups go (done ones
    keep their result, without the citizen). The day's statistics are redone."""
    if citizen_id is None:
        session.execute(
            delete(FollowUp).where(
                FollowUp.visit_id == visit.id, FollowUp.status == FollowUpStatus.DUE.value
            ),
            execution_options={"synchronize_session": False},
        )
    session.execute(
        update(FollowUp).where(FollowUp.visit_id == visit.id).values(citizen_id=citizen_id),
        execution_options={"synchronize_session": False},
    )
    referrals_follow(session, visit, citizen_id)  # issue 21: taken up by whom it was
    if visit.status == VisitStatus.CLOSED.value:
        mark_visit_changed(session, visit.id)
