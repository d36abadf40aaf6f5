"""The version of the visit a screen shows, shared by all its panels.

Every change a panel saves passes this version, so a colleague's change on another PC
in between is refused ("En anden har ændret dette besøg …") instead of overwritten,
and keeps the version the change returned. A refused change reads the visit's version
again and tells every panel (``conflict``): each shows what is saved now.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QObject, Signal

from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ConcurrentEdit, ServiceError


class VisitVersion(QObject):
    conflict = Signal(str)  # the Danish message; every panel reads the visit again

    def __init__(
        self, version: int, read_version: Callable[[], int], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.value = version
        self._read_version = read_version

    def keep(self, version: int) -> None:
        self.value = version

    def save(self, change: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a service change with this version; keep the version it returns
        (``visit_version`` of the result). ServiceError goes to the caller."""
        result = change(*args, expected_version=self.value, **kwargs)
        self.keep(result.visit_version)
        return result

    def failed(self, error: ServiceError) -> None:
        """Call with every error of a save: after a conflict, the version saved now is
        read and every panel reloads."""
        if not isinstance(error, ConcurrentEdit):
            return
        with suppress(ServiceError):  # the panels' own reads say what is wrong
            self.value = self._read_version()
        self.conflict.emit(str(error))


def version_reader(services: Services, actor: ActorContext, visit_id: int) -> Callable[[], int]:
    return lambda: services.visits.get_visit(actor, visit_id).version


def shared_version(
    parent: QObject | None, services: Services, actor: ActorContext, visit_id: int
) -> VisitVersion:
    """The version of the visit screen that ``parent`` is in, or the panel's own when it
    stands alone (a dialog, a test)."""
    ancestor = parent
    while ancestor is not None:
        holder = getattr(ancestor, "visit_version", None)
        if isinstance(holder, VisitVersion):
            return holder
        ancestor = ancestor.parent()
    read = version_reader(services, actor, visit_id)
    try:
        version = read()
    except ServiceError:
        version = -1  # unreadable: no save can match it; the panel shows the read's error
    return VisitVersion(version, read, parent)
