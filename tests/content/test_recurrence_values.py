"""Each shipped flow says how often a citizen meets its errand, and the values the
recommendation leans on were checked against the official pages (2026-12-07)."""

from __future__ import annotations

from medbetjening.content.flows import builtin_flows_dir, load_flow_library
from medbetjening.domain.flows import Recurrence

# Checked against the pages' own words (search corpus "pages"): Digital Post arrives all
# the time; forskudsopgørelsen is checked every year; folkepension is applied for once;
# a passport lasts 10 years; varmetillæg is applied for once and then recomputed by
# Udbetaling Danmark (borger.dk "Varmetillæg", star.dk), so it is rare, not yearly.
CHECKED = {
    "digital-post": Recurrence.WEEKLY,
    "forskudsopgoerelse": Recurrence.YEARLY,
    "boligstoette-aendring": Recurrence.YEARLY,
    "folkepension": Recurrence.ONCE,
    "pas": Recurrence.RARE,
    "varmetillaeg": Recurrence.RARE,
    "digital-post-fritagelse": Recurrence.ONCE,
}


def test_every_shipped_flow_has_a_recurrence_and_the_checked_ones_hold() -> None:
    flows = load_flow_library([builtin_flows_dir()]).flows
    assert all(flow.recurrence is not None for flow in flows.values())
    assert {fid: flows[fid].recurrence for fid in CHECKED} == CHECKED
