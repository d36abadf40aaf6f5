"""Municipality-wide policies and their floors (pure: no storage here).

One set for the whole municipality, kept in the database, changed by a team lead.
The floors stop a typo from deleting what must be kept: the audit log must outlive the
data it accounts for (at least a year), and nothing is deleted within a month.
"""

from __future__ import annotations

import contextlib
from typing import NamedTuple

MONTHS_FLOOR = {"visit_months": 1, "note_months": 1, "audit_months": 12}
MONTHS_CEILING = 120  # ten years: longer is no deletion deadline at all
# Days a referral may wait before the sender sees it on the follow-up screen.
DAYS_BOUNDS = {"referral_days": (1, 90)}

DANISH_NAMES = {
    "visit_months": "slettefrist for besøg (måneder)",
    "note_months": "slettefrist for noter (måneder)",
    "audit_months": "slettefrist for revisionsloggen (måneder)",
    "referral_days": "frist for at tage en henvisning op (dage)",
    "shared_pc": "delt pc (alle profiler skal have adgangskode)",
    "key_fingerprint": "nøglens fingeraftryk",
}


class PolicyError(ValueError):
    """A value outside what the policy allows; the message is Danish and says which."""


# A named tuple, not a frozen dataclass: start-up reads the policies before the first
# paint, and a dataclass compiles its methods at import (and imports dataclasses).
class Policies(NamedTuple):
    visit_months: int = 12
    note_months: int = 12
    audit_months: int = 24
    shared_pc: bool = False
    referral_days: int = 14
    key_fingerprint: str | None = None  # None: not recorded yet (first PC sets it)

    def password_required(self, role: str) -> bool:
        """Team leads always; everyone on a shared PC."""
        return role == "lead" or self.shared_pc

    def changed(self, **changes: object) -> Policies:
        """A copy with ``changes`` checked against the floors; raises PolicyError."""
        known = set(self._fields)
        for key, value in changes.items():
            if key not in known:
                raise PolicyError(f"Ukendt indstilling: {key}.")
            if key in MONTHS_FLOOR:
                if not isinstance(value, int) or isinstance(value, bool):
                    raise PolicyError(f"{DANISH_NAMES[key].capitalize()} skal være et helt tal.")
                if not MONTHS_FLOOR[key] <= value <= MONTHS_CEILING:
                    raise PolicyError(
                        f"{DANISH_NAMES[key].capitalize()} skal være mellem "
                        f"{MONTHS_FLOOR[key]} og {MONTHS_CEILING}; der er skrevet {value}."
                    )
            if key in DAYS_BOUNDS:
                low, high = DAYS_BOUNDS[key]
                if (
                    not isinstance(value, int)
                    or isinstance(value, bool)
                    or not low <= value <= high
                ):
                    raise PolicyError(
                        f"{DANISH_NAMES[key].capitalize()} skal være et helt tal mellem "
                        f"{low} og {high}; der er skrevet {value}."
                    )
        result = self._replace(**changes)
        if result.note_months > result.visit_months:
            raise PolicyError(
                "Noter kan ikke gemmes længere end besøget, de hører til: slettefristen for "
                "noter må højst være slettefristen for besøg."
            )
        return result

    def as_text(self) -> dict[str, str]:
        """Each policy as the text stored in the database (None is not stored)."""
        values = {
            "visit_months": str(self.visit_months),
            "note_months": str(self.note_months),
            "audit_months": str(self.audit_months),
            "shared_pc": "true" if self.shared_pc else "false",
            "referral_days": str(self.referral_days),
        }
        if self.key_fingerprint:
            values["key_fingerprint"] = self.key_fingerprint
        return values

    @classmethod
    def from_text(cls, stored: dict[str, str]) -> Policies:
        """From the stored rows; a missing or unreadable row keeps its default."""
        policies = cls()
        values: dict[str, object] = {}
        for key in MONTHS_FLOOR:
            with contextlib.suppress(KeyError, ValueError):  # unreadable: the default
                values[key] = max(MONTHS_FLOOR[key], int(stored[key]))
        for key, (low, high) in DAYS_BOUNDS.items():
            with contextlib.suppress(KeyError, ValueError):  # unreadable: the default
                values[key] = min(max(low, int(stored[key])), high)
        if "shared_pc" in stored:
            values["shared_pc"] = stored["shared_pc"] == "true"
        if stored.get("key_fingerprint"):
            values["key_fingerprint"] = stored["key_fingerprint"]
        return policies._replace(**values)
