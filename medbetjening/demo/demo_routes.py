"""Demo data: the route proposed beside the route chosen, and staff choosing another.

At a real counter staff sometimes take another way than the one proposed (a queue, a
citizen who wants to try alone), so the demo does too — about 1 in 25 assessed visits,
with a reason and the audit event the real override writes. Without it the dashboard's
"route changed by staff" card would be empty on demo data and hide that it exists.
Chosen by the row's id (no draw from the shared generator: the other rows stay as
they were). Rows are tuples in ``bulk_insert.COLUMNS`` order; the visit builder fills
``proposed_route`` with the route and leaves ``route_override_reason`` empty.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from medbetjening.demo.bulk_insert import COLUMNS, Rows

AUDIT_ROUTE_OVERRIDE = "assessment.route_override"  # services/assessment.py: override_route
PER_MILLE = 40
# proposed → (chosen, why)
OTHER_WAY = {
    "medbetjening": ("staff_assisted", "Lang kø ved skranken – medarbejderen betjener i dag."),
    "staff_assisted": ("medbetjening", "Borgeren vil gerne prøve selv med vejledning."),
    "self_service": ("medbetjening", "Borgeren vil have vejledning den første gang."),
    "read_access": ("staff_assisted", "Den pårørende kunne ikke komme med i dag."),
}
_RESULT = COLUMNS["assessment_result"]
_ID, _VISIT, _UPDATED = (_RESULT.index(c) for c in ("id", "visit_id", "updated_at"))
_ROUTE, _PROPOSED, _REASON = (
    _RESULT.index(c) for c in ("route", "proposed_route", "route_override_reason")
)
_VISIT_COLUMNS = COLUMNS["visit"]
_VISIT_ID, _STAFF, _SITE = (_VISIT_COLUMNS.index(c) for c in ("id", "staff_id", "site_id"))


def choose_routes(rows: Rows, new_id: Callable[[str], int], route_ids: Collection[str]) -> None:
    """Let staff choose another route now and then (only a route of the instrument, as
    the window offers only those), keeping the proposed one beside it."""
    results = rows["assessment_result"]
    visits: dict[int, tuple] | None = None
    for index, row in enumerate(results):
        proposed = row[_PROPOSED]
        other = OTHER_WAY.get(proposed or "")
        if other is None or other[0] not in route_ids or row[_REASON] is not None:
            continue
        if (row[_ID] * 2654435761) % 1000 >= PER_MILLE:
            continue
        if visits is None:  # built once per chunk, only when a row is chosen
            visits = {visit[_VISIT_ID]: visit for visit in rows["visit"]}
        visit = visits.get(row[_VISIT])
        if visit is None:
            continue
        changed = list(row)
        changed[_ROUTE], changed[_REASON] = other
        results[index] = tuple(changed)
        rows["audit_event"].append(
            (
                new_id("audit_event"), row[_UPDATED], visit[_STAFF], visit[_SITE],
                AUDIT_ROUTE_OVERRIDE, "visit", row[_VISIT], f"vej {proposed} → {other[0]}",
            )
        )  # fmt: skip
