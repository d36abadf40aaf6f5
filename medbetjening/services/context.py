"""Who is acting: every use case gets the signed-in staff member's context."""

from __future__ import annotations

from dataclasses import dataclass

from medbetjening.domain.vocabulary import Role


@dataclass(frozen=True)
class ActorContext:
    staff_id: int
    site_id: int
    role: Role
    name: str = ""

    @property
    def is_lead(self) -> bool:
        return self.role == Role.LEAD

    @property
    def is_ambassador(self) -> bool:
        return self.role == Role.AMBASSADOR
