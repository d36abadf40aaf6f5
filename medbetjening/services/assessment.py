"""Record a visit's competence assessment, answer by answer, and compare with the last one.

Every answer is committed when given (a crash loses nothing). The computed level,
flag, barriers and route are stored with the answers, so statistics and the
citizen's history need no instrument to read them. A level set by the staff member
is kept with its reason beside the computed one (Datatilsynet 2023: staff must not
rely blindly on system output, and an override is recorded).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cached_property
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from medbetjening.content.assessment import LoadedInstrument, load_active_instrument
from medbetjening.content.problems import ContentError
from medbetjening.domain.assessment import Answer, Instrument, Result
from medbetjening.domain.notes import contains_cpr_like
from medbetjening.domain.roles import Action
from medbetjening.services import audit
from medbetjening.services.assessment_rows import (
    LastScore,
    PlainAssessment,
    answers_of,
    not_relevant_of,
)
from medbetjening.services.assessment_state import AssessmentState, PreviousAssessment
from medbetjening.services.authorization import require
from medbetjening.services.concurrency import RetryingService, stale_as_concurrent_edit
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput
from medbetjening.services.visit_gate import claimed_visit, visit_for_read
from medbetjening.storage.models import AssessmentAnswer, AssessmentResult, Visit
from medbetjening.storage.unit_of_work import UnitOfWorkFactory

REASON_MAX = 500
_WITH_ANSWERS = joinedload(AssessmentResult.answers)  # a save reads them all: one statement
__all__ = ["AssessmentService", "AssessmentState", "PreviousAssessment", "REASON_MAX"]


def instrument_loader(path: Path | None) -> Callable[[], LoadedInstrument]:
    """The municipality's file (handed in from the settings) if set, else the bundled one."""
    return lambda: load_active_instrument(path)


default_instrument_loader = instrument_loader(None)


class AssessmentService(RetryingService):
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        instrument_loader: Callable[[], LoadedInstrument] = default_instrument_loader,
    ) -> None:
        self._uow = uow_factory
        self._loader = instrument_loader
        self._score = LastScore()

    # -- the instrument -------------------------------------------------------
    @cached_property
    def _loaded(self) -> LoadedInstrument | ContentError:
        try:
            return self._loader()
        except ContentError as error:
            return error

    @property
    def instrument(self) -> Instrument:
        loaded = self._loaded
        if isinstance(loaded, ContentError):
            raise InvalidInput(
                "Kompetenceafklaringen kan ikke bruges: filen har fejl, og der er ingen "
                f"tidligere gyldig udgave.\n{loaded}"
            )
        return loaded.instrument

    @property
    def instrument_problems(self) -> list[str]:
        """Problems found when loading (file:line: field: message), for a warning."""
        loaded = self._loaded
        problems = loaded.problems if isinstance(loaded, ContentError) else loaded.problems
        return [str(problem) for problem in problems]

    @property
    def using_fallback(self) -> bool:
        """True when a broken file made the program use an earlier valid instrument."""
        loaded = self._loaded
        return not isinstance(loaded, ContentError) and loaded.fallback

    # -- use cases ----------------------------------------------------------------
    def current(self, actor: ActorContext, visit_id: int) -> AssessmentState:
        require(actor, Action.RECORD_VISIT)
        instrument = self.instrument
        with self._uow() as uow:
            visit = visit_for_read(uow.session, actor, visit_id)
            row = self._row(uow.session, visit_id)
            return self._state(instrument, visit.id, visit.version, row)

    def record_answer(
        self,
        actor: ActorContext,
        visit_id: int,
        item_id: str,
        answer: Answer | None,
        *,
        expected_version: int | None = None,
    ) -> AssessmentState:
        """Save one answer at once (``None`` clears it) and store the new result.

        ``expected_version``: the visit version the screen showed
        (AssessmentState.visit_version); ConcurrentEdit if the visit changed meanwhile."""
        require(actor, Action.RECORD_VISIT)
        instrument = self.instrument
        if not instrument.has_item(item_id):
            raise InvalidInput(f"Punktet '{item_id}' findes ikke i kompetenceafklaringen.")
        item = instrument.item(item_id)
        if answer is not None and not item.scale.accepts(answer):
            raise InvalidInput(f"'{answer}' er ikke et svar på '{item.text.da}'.")

        def apply(row: AssessmentResult) -> None:
            existing = next((a for a in row.answers if a.item_id == item_id), None)
            if answer is None:
                if existing is not None:
                    row.answers.remove(existing)
            else:
                if existing is None:
                    existing = AssessmentAnswer(item_id=item_id)
                    row.answers.append(existing)
                existing.score = answer if isinstance(answer, int) else None
                existing.choice = answer if isinstance(answer, str) else None
                existing.not_relevant_reason = None  # seen after all: what was seen counts
                existing.answered_at = dt.datetime.now().replace(microsecond=0)
            self._store_result(instrument, row)

        return self._change_row(
            actor, visit_id, instrument, answer is None, apply, expected_version
        )

    def mark_not_relevant(
        self,
        actor: ActorContext,
        visit_id: int,
        item_id: str,
        reason: str | None,
        *,
        expected_version: int | None = None,
    ) -> AssessmentState:
        """Mark an item *ikke relevant* with the reason (``None`` clears the mark): it
        leaves the level rules, like an item an access fact rules out; any answer it had
        is removed (an item is either rated or not relevant)."""
        require(actor, Action.RECORD_VISIT)
        instrument = self.instrument
        if not instrument.has_item(item_id):
            raise InvalidInput(f"Punktet '{item_id}' findes ikke i kompetenceafklaringen.")
        if reason is not None:
            reason = self._checked_reason(reason, "hvorfor punktet ikke er relevant")

        def apply(row: AssessmentResult) -> None:
            existing = next((a for a in row.answers if a.item_id == item_id), None)
            if reason is None:
                if existing is not None and existing.not_relevant_reason is not None:
                    row.answers.remove(existing)
            else:
                if existing is None:
                    existing = AssessmentAnswer(item_id=item_id)
                    row.answers.append(existing)
                existing.score = existing.choice = None
                existing.not_relevant_reason = reason
                existing.answered_at = dt.datetime.now().replace(microsecond=0)
            self._store_result(instrument, row)

        return self._change_row(
            actor, visit_id, instrument, reason is None, apply, expected_version
        )

    def override_route(
        self,
        actor: ActorContext,
        visit_id: int,
        route_id: str | None,
        reason: str = "",
        *,
        expected_version: int | None = None,
    ) -> AssessmentState:
        """Choose the route by the staff member's judgment (audited), or go back to the
        computed one (``None``). The level is not touched: a route is not a skill."""
        require(actor, Action.RECORD_VISIT)
        instrument = self.instrument
        if route_id is not None:
            if instrument.route(route_id) is None:
                raise InvalidInput(f"Anbefalingen '{route_id}' findes ikke.")
            reason = self._checked_reason(reason, "hvorfor du vælger en anden vej")

        def apply(row: AssessmentResult) -> tuple[str, str]:
            before = row.route
            row.route_override_reason = reason if route_id is not None else None
            if route_id is not None:
                row.route = route_id
            self._store_result(instrument, row)
            action = (
                "assessment.route_override" if route_id else "assessment.route_override_cleared"
            )
            return action, f"vej {before or '–'} → {row.route or '–'}"

        return self._change_row(
            actor, visit_id, instrument, route_id is None, apply, expected_version
        )

    @staticmethod
    def _checked_reason(reason: str, what: str) -> str:
        reason = reason.strip()
        if not reason:
            raise InvalidInput(f"Skriv {what}.")
        if len(reason) > REASON_MAX:
            raise InvalidInput(f"Begrundelsen må højst være {REASON_MAX} tegn.")
        if contains_cpr_like(reason):
            raise InvalidInput("Begrundelsen ligner et CPR-nummer. Skriv den uden CPR-nummer.")
        return reason

    def override_level(
        self,
        actor: ActorContext,
        visit_id: int,
        level: int | None,
        reason: str = "",
        *,
        expected_version: int | None = None,
    ) -> AssessmentState:
        """Set the level by the staff member's judgment (with a reason), or clear it."""
        require(actor, Action.RECORD_VISIT)
        instrument = self.instrument
        if level is not None:
            if level not in {rule.level for rule in instrument.levels}:
                raise InvalidInput(f"Niveau {level} findes ikke.")
            reason = self._checked_reason(reason, "hvorfor du ændrer niveauet")

        def apply(row: AssessmentResult) -> tuple[str, str]:
            before = row.level
            row.override_reason = reason if level is not None else None
            if level is not None:
                row.level = level
            self._store_result(instrument, row)
            action = "assessment.override" if level is not None else "assessment.override_cleared"
            return action, f"niveau {before} → {row.level}"

        return self._change_row(actor, visit_id, instrument, level is None, apply, expected_version)

    def _change_row(
        self,
        actor: ActorContext,
        visit_id: int,
        instrument: Instrument,
        clearing: bool,
        apply: Callable[[AssessmentResult], tuple[str, str] | None],
        expected_version: int | None,
    ) -> AssessmentState:
        """Open the visit's assessment for a change (created unless only clearing), let
        ``apply`` change it, and audit what it reports; one transaction."""
        with stale_as_concurrent_edit(duplicate_row=True), self._uow() as uow:
            if clearing and self._row(uow.session, visit_id) is None:  # nothing to clear
                read = visit_for_read(uow.session, actor, visit_id)
                return self._state(instrument, read.id, read.version, None)
            visit_id, version = self._for_change(uow.session, actor, visit_id, expected_version)
            plain = PlainAssessment.load(uow.session.connection(), visit_id)
            row = plain.row if plain else self._new_row(uow.session, instrument, visit_id)
            audited = apply(row)
            if plain is not None:
                plain.save(uow.session.connection())
            if audited is not None:
                audit.record(uow.session, actor, audited[0], "visit", visit_id, audited[1])
            uow.commit()
            return self._state(instrument, visit_id, version, row)

    def previous_result(self, actor: ActorContext, visit_id: int) -> PreviousAssessment | None:
        """The same citizen's latest assessment from an earlier visit (an audited read)."""
        require(actor, Action.READ_HISTORY)
        with self._uow() as uow:
            visit = visit_for_read(uow.session, actor, visit_id)
            if visit.citizen_id is None:
                return None
            query = (
                select(AssessmentResult, Visit)
                .join(Visit, Visit.id == AssessmentResult.visit_id)
                .where(Visit.citizen_id == visit.citizen_id, Visit.id != visit.id)
                .where(Visit.started_at <= visit.started_at)
                .where(AssessmentResult.level_low.is_not(None))
                .order_by(Visit.started_at.desc(), Visit.id.desc())
                .limit(1)
            )
            found = uow.session.execute(query).first()
            audit.record(
                uow.session,
                actor,
                "assessment.previous.read",
                "citizen",
                visit.citizen_id,
                f"besøg {visit_id}",
            )
            uow.commit()
            if found is None:
                return None
            row, earlier = found
            return PreviousAssessment(
                visit_id=earlier.id,
                visit_started_at=earlier.started_at,
                level=row.level,
                computed_level=row.computed_level,
                level_low=row.level_low,
                level_high=row.level_high,
                overridden=row.override_reason is not None,
                digitally_challenged=row.digitally_challenged,
                route=row.route,
                barriers=tuple(b for b in row.barriers.split(",") if b),
                instrument_version=row.instrument_version,
            )

    # -- helpers ------------------------------------------------------------------
    @staticmethod
    def _for_change(
        session: Session, actor: ActorContext, visit_id: int, expected_version: int | None
    ) -> tuple[int, int]:  # (visit id, new version): one statement, the visit not loaded
        try:
            return claimed_visit(session, actor, visit_id, expected_version)
        except InvalidInput as error:  # closed: say what cannot be changed
            raise InvalidInput(
                "Besøget er afsluttet; kompetenceafklaringen kan ikke ændres."
            ) from error

    @staticmethod
    def _row(session: Session, visit_id: int) -> AssessmentResult | None:
        query = select(AssessmentResult).where(AssessmentResult.visit_id == visit_id)
        return session.scalars(query.options(_WITH_ANSWERS)).unique().one_or_none()

    @staticmethod
    def _new_row(session: Session, instrument: Instrument, visit_id: int) -> AssessmentResult:
        row = AssessmentResult(
            visit_id=visit_id,
            instrument_id=instrument.id,
            instrument_version=instrument.version,
            barriers="",
        )
        session.add(row)
        return row

    def _score_row(self, instrument: Instrument, row: AssessmentResult) -> Result:
        override = row.level if row.override_reason is not None else None
        return self._score(instrument, answers_of(row), override, not_relevant_of(row))

    def _store_result(self, instrument: Instrument, row: AssessmentResult) -> None:
        """Store the range always; a level only when it is final (unknown stays unknown)."""
        override = row.level if row.override_reason is not None else None
        result = self._score_row(instrument, row)
        row.instrument_id = instrument.id
        row.instrument_version = instrument.version
        row.level_low = result.level if result.started else None
        row.level_high = result.level_max if result.started else None
        row.level_final = result.started and result.final
        row.computed_level = result.level if row.level_final else None
        if override is None:
            row.level = row.computed_level
        row.digitally_challenged = result.digitally_challenged
        shown = result.started or override is not None or row.route_override_reason is not None
        row.proposed_route = result.route if shown else None  # what staff saw (and overrode)
        if row.route_override_reason is None:
            row.route = row.proposed_route
        row.barriers = ",".join(result.barriers)
        row.updated_at = dt.datetime.now().replace(microsecond=0)

    def _state(
        self, instrument: Instrument, visit_id: int, version: int, row: AssessmentResult | None
    ) -> AssessmentState:
        answers = answers_of(row)
        not_relevant = not_relevant_of(row)
        overridden = row is not None and row.override_reason is not None
        override = row.level if row is not None and overridden else None
        result = self._score(instrument, answers, override, not_relevant)
        return AssessmentState(
            visit_id=visit_id,
            answers=answers,
            result=result,
            level=row.level if row is not None else None,
            computed_level=row.computed_level if row is not None else None,
            override_reason=row.override_reason if row is not None else None,
            updated_at=row.updated_at if row is not None else None,
            not_relevant=not_relevant,
            route_override_reason=row.route_override_reason if row is not None else None,
            route=(row.route if row is not None and row.route else None),
            visit_version=version,
        )
