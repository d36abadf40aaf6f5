"""One visit's assessment as seen by the widgets: state, previous result, changes.

The panel and the compact observed-items widget share one controller, so an answer
given in one shows at once in the other. Every change goes straight to the service
(each answer is committed when given).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Signal

from medbetjening.domain.assessment import Answer, Instrument
from medbetjening.domain.roles import Action, allowed
from medbetjening.services.assessment import AssessmentState, PreviousAssessment
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.ui.visit.visit_version import shared_version


def content_language() -> str:
    """The language of the instrument's texts: English if the window is English."""
    return "en" if QLocale().language() == QLocale.Language.English else "da"


class AssessmentController(QObject):
    changed = Signal()  # state (or previous result) changed
    failed = Signal(str)  # a Danish message for the user

    def __init__(
        self, services: Services, actor: ActorContext, visit_id: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.service = services.assessment
        self._visits = services.visits
        self._citizen_id: int | None = None
        self.actor = actor
        self.visit_id = visit_id
        self.visit_version = shared_version(parent, services, actor, visit_id)
        self.visit_version.conflict.connect(self.reload)  # changed on another PC
        self.language = content_language()
        self.instrument: Instrument | None = None
        self.state: AssessmentState | None = None
        self.previous: PreviousAssessment | None = None
        self.load_error = ""
        try:
            self.instrument = self.service.instrument
            self.state = self.service.current(actor, visit_id)
            self._citizen_id = self._visits.get_visit(actor, visit_id).citizen_id
        except ServiceError as error:
            self.load_error = str(error)
        self.load_previous()

    @property
    def problems(self) -> list[str]:
        return self.service.instrument_problems

    @property
    def using_fallback(self) -> bool:
        return self.service.using_fallback

    @property
    def can_see_history(self) -> bool:
        return allowed(self.actor.role, Action.READ_HISTORY)

    def load_previous(self) -> None:
        """Read the citizen's last result (an audited read), e.g. after a citizen is linked."""
        if not self.can_see_history or self.instrument is None:
            return
        try:
            self.previous = self.service.previous_result(self.actor, self.visit_id)
        except ServiceError as error:
            self.failed.emit(str(error))
            return
        self.changed.emit()

    def citizen_may_have_changed(self) -> None:
        """Call when a citizen may have been linked to the visit: re-read the previous result.

        Cheap when nothing changed (one visit read, no audited history read).
        """
        try:
            citizen_id = self._visits.get_visit(self.actor, self.visit_id).citizen_id
        except ServiceError as error:
            self.failed.emit(str(error))
            return
        if citizen_id != self._citizen_id:
            self._citizen_id = citizen_id
            self.previous = None
            self.load_previous()
            self.changed.emit()

    def reload(self) -> None:
        if self.instrument is None:
            return
        try:
            self.state = self.service.current(self.actor, self.visit_id)
        except ServiceError as error:
            self.failed.emit(str(error))
            return
        self.changed.emit()

    def answer(self, item_id: str) -> Answer | None:
        return None if self.state is None else self.state.answers.get(item_id)

    def _save(self, use_case, *args) -> bool:  # type: ignore[no-untyped-def]
        """Save through the visit's version; on a refusal reload first, then say why."""
        try:
            self.state = self.visit_version.save(use_case, self.actor, self.visit_id, *args)
        except ServiceError as error:
            self.visit_version.failed(error)
            self.failed.emit(str(error))
            return False
        self.changed.emit()
        return True

    def record(self, item_id: str, answer: Answer | None) -> bool:
        return self._save(self.service.record_answer, item_id, answer)

    def override(self, level: int | None, reason: str) -> bool:
        return self._save(self.service.override_level, level, reason)

    def override_route(self, route_id: str | None, reason: str) -> bool:
        """Choose the route by the staff member's judgment (or go back to the computed)."""
        return self._save(self.service.override_route, route_id, reason)
