"""Scoring of the bundled instrument: every level boundary, the flag, barriers, routes."""

from __future__ import annotations

from pathlib import Path

import pytest

from medbetjening.content.assessment import bundled_instrument_path, load_instrument
from medbetjening.domain.assessment import Change, Instrument, change, score

SCORED = [
    "equipped",
    "install_app",
    "mitid_login",
    "self_service",
    "digital_post",
    "phishing",
    "when_stuck",
    "handles_files",
]
CONTEXT = {
    "devices": "both",
    "mitid": "app",
    "reads_danish": "good",
    "wish": "yes",
    "stand_in": "no",
}


@pytest.fixture(scope="module")
def instrument() -> Instrument:
    return load_instrument(bundled_instrument_path())


def answers(scores: str, **context: str) -> dict[str, int | str]:
    """``scores`` is one digit per scored item, in SCORED order (``-``: unanswered)."""
    assert len(scores) == len(SCORED)
    result: dict[str, int | str] = {**CONTEXT, **context}
    result.update({item: int(s) for item, s in zip(SCORED, scores, strict=True) if s != "-"})
    return result


# equipped, install_app, mitid_login, self_service, digital_post, phishing, when_stuck, files
LEVELS = [
    ("00000000", 0, "nothing"),
    ("33333333", 3, "everything"),
    ("10110000", 0, "only 3 items with help"),
    ("11110000", 1, "level 1 minimum: transacting with help and 4 items ≥ 1"),
    ("33013332", 0, "transacting area below 1 keeps level 0 (minimum, not average)"),
    ("33103332", 0, "self-service 0 keeps level 0"),
    ("02222212", 2, "level 2 minimum"),
    ("02222202", 1, "level 2 needs when_stuck ≥ 1"),
    ("01222212", 1, "level 2 needs install_app ≥ 2"),
    ("02122212", 1, "level 2 needs login ≥ 2"),
    ("02212212", 1, "level 2 needs self-service ≥ 2"),
    ("02221212", 1, "level 2 needs Digital Post ≥ 2"),
    ("02222112", 1, "level 2 needs phishing ≥ 2"),
    ("23332222", 3, "level 3 minimum: all ≥ 2 and three at 3"),
    ("23322222", 2, "only two items at 3"),
    ("13332222", 2, "level 3 needs foundation ≥ 2"),
    ("23332212", 2, "level 3 needs when_stuck ≥ 2"),
]


@pytest.mark.parametrize(("scores", "level", "why"), LEVELS, ids=[row[2] for row in LEVELS])
def test_level_boundaries(instrument: Instrument, scores: str, level: int, why: str) -> None:
    result = score(instrument, answers(scores))
    assert (result.level, result.level_max) == (level, level), why
    assert result.complete and not result.provisional


FLAGS = [
    ("13333332", True, "equipped to a lesser degree"),
    ("03333332", True, "not at all equipped"),
    ("20333332", True, "cannot install an app"),
    ("21333332", False, "installs with help, equipped to some degree"),
    ("33333333", False, "well equipped"),
    ("-1333332", None, "equipped not answered, install is no proof"),
    ("-0333332", True, "cannot install: flagged whatever the other answer"),
    ("1-333332", True, "equipped 1 flags before install is answered"),
]


@pytest.mark.parametrize(("scores", "flag", "why"), FLAGS, ids=[row[2] for row in FLAGS])
def test_digitally_challenged_flag(instrument: Instrument, scores: str, flag, why: str) -> None:  # type: ignore[no-untyped-def]
    assert score(instrument, answers(scores)).digitally_challenged is flag, why


ROUTES = [
    ("00000000", {}, "course"),  # level 0 and wants to learn: a course, not a fuldmagt
    ("00000000", {"stand_in": "yes", "wish": "maybe"}, "power_of_attorney"),
    ("00000000", {"stand_in": "yes", "wish": "no"}, "power_of_attorney"),
    ("00000000", {"wish": "no"}, "digital_post_exemption"),
    ("00000000", {"mitid": "none", "wish": "maybe"}, "paper"),
    ("00000000", {"wish": "maybe"}, "staff_assisted"),
    ("00000000", {"devices": "none", "wish": "maybe"}, "staff_assisted"),
    ("11110000", {"stand_in": "yes", "wish": "no"}, "read_access"),
    ("11110000", {"wish": "no"}, "staff_assisted"),
    ("11110000", {}, "medbetjening"),
    ("11110000", {"wish": "maybe", "stand_in": "yes"}, "medbetjening"),
    ("02222212", {}, "self_service"),
    ("02222212", {"wish": "no", "stand_in": "yes"}, "self_service"),
    ("33333333", {}, "self_service"),
    # no MitID: with a smartphone the MitID app and a chip passport, else borgerservice
    ("02222212", {"mitid": "none"}, "get_mitid_app"),
    ("02222212", {"mitid": "none", "devices": "phone_tablet"}, "get_mitid_app"),
    ("11110000", {"mitid": "none"}, "get_mitid_app"),
    ("02222212", {"mitid": "none", "devices": "computer"}, "get_mitid"),
    ("11110000", {"mitid": "none", "devices": "computer"}, "get_mitid"),
    ("02222212", {"mitid": "none", "devices": "none"}, "get_mitid"),
    ("02222212", {"mitid": "unknown", "devices": "phone_tablet"}, "self_service"),
    ("02222212", {"mitid": "not_working"}, "mitid_trouble"),
    ("11110000", {"mitid": "not_working", "stand_in": "yes", "wish": "no"}, "mitid_trouble"),
    ("02222212", {"devices": "none"}, "medbetjening"),
]


@pytest.mark.parametrize(("scores", "context", "route"), ROUTES)
def test_routes(instrument: Instrument, scores: str, context: dict[str, str], route: str) -> None:
    result = score(instrument, answers(scores, **context))
    assert result.route == route
    assert not result.route_provisional


def test_every_route_of_the_instrument_is_covered(instrument: Instrument) -> None:
    assert {route for _, _, route in ROUTES} == {r.id for r in instrument.routes}


BARRIERS = [
    ("33333333", {}, ()),
    ("33333333", {"devices": "none"}, ("device",)),
    ("33333333", {"mitid": "none"}, ("mitid",)),
    ("33333333", {"mitid": "unknown"}, ()),
    ("33333333", {"reads_danish": "some"}, ("language",)),
    ("33333333", {"reads_danish": "none", "stand_in": "no"}, ("language",)),
    ("11110000", {"stand_in": "yes"}, ("skills",)),
    ("11110000", {"stand_in": "no"}, ("skills", "no_stand_in")),
    (
        "00000000",
        {"devices": "none", "mitid": "none", "reads_danish": "none"},
        ("device", "mitid", "skills", "language", "no_stand_in"),
    ),
]


@pytest.mark.parametrize(("scores", "context", "barriers"), BARRIERS)
def test_barriers(instrument: Instrument, scores: str, context, barriers) -> None:  # type: ignore[no-untyped-def]
    result = score(instrument, answers(scores, **context))
    assert result.barriers == barriers
    assert result.possible_barriers == ()


def test_nothing_answered_is_an_open_range(instrument: Instrument) -> None:
    result = score(instrument, {})
    assert (result.level, result.level_max) == (0, 3)
    assert not result.started and result.digitally_challenged is None
    assert result.route_provisional and result.barriers == ()
    assert set(result.possible_barriers) == {b.id for b in instrument.barriers}


def test_observed_items_answered_later_narrow_the_range(instrument: Instrument) -> None:
    asked_only = answers("22---222")  # the asked items; login, self-service, Digital Post later
    first = score(instrument, asked_only)
    assert (first.level, first.level_max) == (0, 3)
    assert first.provisional and first.digitally_challenged is False
    assert first.answered == 10 and first.total == 13 and not first.complete

    later = score(instrument, {**asked_only, "mitid_login": 2, "self_service": 1})
    assert (later.level, later.level_max) == (1, 1)  # Digital Post can no longer lift it to 2
    assert later.route == "medbetjening" and not later.route_provisional

    done = score(instrument, {**asked_only, "mitid_login": 2, "self_service": 2, "digital_post": 2})
    assert (done.level, done.level_max, done.route) == (2, 2, "self_service")
    assert done.complete


def test_a_level_known_early_settles_the_route_before_everything_is_answered(
    instrument: Instrument,
) -> None:
    result = score(instrument, {"mitid_login": 0, "stand_in": "yes", "wish": "maybe"})
    assert (result.level, result.level_max) == (0, 0)
    assert result.route == "power_of_attorney" and not result.route_provisional


def test_override_drives_barriers_and_route_but_keeps_the_computed_level(
    instrument: Instrument,
) -> None:
    result = score(instrument, answers("11110000", stand_in="yes", wish="maybe"), override=0)
    assert (result.level, result.effective_level) == (1, 0)
    assert result.route == "power_of_attorney"
    raised = score(instrument, answers("11110000"), override=2)
    assert raised.route == "self_service" and "skills" not in raised.barriers


def test_unknown_items_and_invalid_answers_are_ignored(instrument: Instrument) -> None:
    result = score(instrument, {"gone_item": 3, "install_app": 7, "mitid": "passport"})
    assert result.answered == 0


@pytest.mark.parametrize(
    ("previous", "current", "expected"),
    [(1, 2, Change.UP), (2, 1, Change.DOWN), (2, 2, Change.SAME), (None, 2, None), (1, None, None)],
)
def test_change_between_visits(previous, current, expected) -> None:  # type: ignore[no-untyped-def]
    assert change(previous, current) == expected


def test_bundled_instrument_follows_the_brief(instrument: Instrument) -> None:
    assert 8 <= len(instrument.items) <= 13  # the brief's 12 plus handling files
    assert all(item.source and item.text.da and item.text.en for item in instrument.items)
    assert {item.mode.value for item in instrument.items} == {"asked", "observed"}
    assert [rule.level for rule in instrument.levels] == [0, 1, 2, 3]
    assert Path(bundled_instrument_path()).name == "instrument.yaml"
