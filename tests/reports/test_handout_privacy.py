"""Issue 14, item 7: the handout says in plain words what is kept — a random code, or a
code made from the CPR number — never "we never keep your CPR number" when a keyed
hash of it is kept. Plain Danish: LIX at most 35."""

from __future__ import annotations

import re

from medbetjening.domain.lix import lix
from medbetjening.reports.handout import TEXT as TEXTS
from medbetjening.reports.handout import handout_html


def _noted(services, actor, cpr: str | None) -> list[str]:  # type: ignore[no-untyped-def]
    citizen = services.citizens.create(actor, cpr=cpr, age_band="67-79")
    visit_id = services.visits.start_visit(actor)
    services.citizens.link_visit(actor, visit_id, citizen.id)
    html = handout_html(services.exports.handout(actor, visit_id))
    section = html.split("<ul>")[-1].split("</ul>")[0]
    return [re.sub("<[^>]+>", "", item) for item in section.split("</li>") if item.strip()]


def test_a_cpr_linked_citizen_is_told_a_code_of_the_number_is_kept(services, actor) -> None:  # type: ignore[no-untyped-def]
    noted = _noted(services, actor, "070761-4285")
    assert TEXTS["da"]["noted_cpr"] in noted and TEXTS["da"]["noted_code"] in noted


def test_a_code_only_citizen_is_told_the_code_is_random(services, actor) -> None:  # type: ignore[no-untyped-def]
    noted = _noted(services, actor, None)
    assert TEXTS["da"]["noted_code"] in noted and TEXTS["da"]["noted_cpr"] not in noted


def test_the_privacy_lines_are_plain_danish() -> None:
    for key in ("noted_code", "noted_cpr", "noted_linked", "noted_anonymous"):
        assert lix(TEXTS["da"][key]) <= 35, key
