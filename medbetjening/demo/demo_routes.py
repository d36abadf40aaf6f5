"""Demo data: the route proposed beside the route chosen, and staff choosing another.

At a real counter staff sometimes take another way than the one proposed (a queue, a
citizen who wants to try alone), so the demo does too — about 1 in 25 assessed visits,
with a reason and the audit event the real override writes. Without it the dashboard's
"route changed by staff" card would be empty on demo data and hide that it exists.
Chosen by the row's id (no draw from the shared generator: the other rows stay as
they were).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

AUDIT_ROUTE_OVERRIDE = "assessment.route_override"  # services/assessment.py: override_route
PER_MILLE = 40
# proposed → (chosen, why)
OTHER_WAY = {
    "medbetjening": ("staff_assisted", "Lang kø ved skranken – medarbejderen betjener i dag."),
    "staff_assisted": ("medbetjening", "Borgeren vil gerne prøve selv med vejledning."),
    "self_service": ("medbetjening", "Borgeren vil have vejledning den første gang."),
    "read_access": ("staff_assisted", "Den pårørende kunne ikke komme med i dag."),
}


def choose_routes(rows: dict[str, list[dict[str, Any]]], new_id: Callable[[str], int]) -> None:
    """Fill ``proposed_route`` and let staff choose another route now and then."""
    visits = {row["id"]: row for row in rows["visit"]}
    for row in rows["assessment_result"]:
        proposed = row.get("route")
        row["proposed_route"] = proposed
        row.setdefault("route_override_reason", None)
        other = OTHER_WAY.get(proposed or "")
        if other is None or (row["id"] * 2654435761) % 1000 >= PER_MILLE:
            continue
        row["route"], row["route_override_reason"] = other
        visit = visits.get(row["visit_id"])
        if visit is None:
            continue
        rows["audit_event"].append(
            {
                "id": new_id("audit_event"),
                "at": row["updated_at"],
                "staff_id": visit["staff_id"],
                "site_id": visit["site_id"],
                "action": AUDIT_ROUTE_OVERRIDE,
                "target_type": "visit",
                "target_id": row["visit_id"],
                "detail": f"vej {proposed} → {other[0]}",
            }
        )
