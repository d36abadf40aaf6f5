"""One vocabulary: one date format per language, one English term per Danish term (the
glossary in the translation table), words instead of codes (roles, permissions,
channels), no file paths in the status bar, and a volunteer is "Ambassadøren"."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from medbetjening.domain.roles import Action
from medbetjening.domain.vocabulary import Channel, Role
from medbetjening.services.authorization import require
from medbetjening.services.errors import PermissionDenied
from medbetjening.ui.lead.audit_screen import detail_text
from tests.ui.screen_catalog import ScreenContext, all_screens, visible_texts

ROOT = Path(__file__).resolve().parents[2]
TABLE = ROOT / "packaging" / "translations_en.tsv"
sys.path.insert(0, str(ROOT / "packaging"))

import translate  # noqa: E402

# a date written any other way than 20.12.2026 (Danish): 20-12-2026, "6 12 2026", 2026-12-20
OTHER_DATES = re.compile(r"\b\d{1,2}[- ]\d{1,2}[- ]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b")
CODES = {
    *(role.value for role in Role),
    *(action.value for action in Action),
    *(channel.value for channel in Channel),
} - {"video"}  # the Danish word too
FIXTURE_NAMES = ("Test staff",)  # the fixtures' staff member, not a role code


def glossary() -> list[tuple[str, str]]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#glossary\t"):
            _tag, danish, english = line.split("\t")
            rows.append((danish, english))
    return rows


def glossary_problems(table: dict[tuple[str, str], str], terms: list[tuple[str, str]]) -> list[str]:
    problems = []
    for (context, source), english in table.items():
        for danish, term in terms:
            if danish in source.lower() and term not in english.lower().replace("&", ""):
                problems.append(f"{context}: {source!r} → {english!r} should say {term!r}")
    return problems


def test_each_danish_term_has_one_english_term() -> None:
    terms = glossary()
    assert ("selvstændig", "independ") in terms and ("forhindring", "obstacle") in terms
    assert glossary_problems(translate.read_table(TABLE), terms) == []


def test_the_glossary_check_finds_a_second_english_term() -> None:
    table = {("A", "Selvstændighed"): "Autonomy", ("B", "Forhindring"): "Obstacle"}
    problems = glossary_problems(table, [("selvstændig", "independ"), ("forhindring", "obstacle")])
    assert problems == ["A: 'Selvstændighed' → 'Autonomy' should say 'independ'"]


def test_a_refusal_names_what_in_words_not_its_code(ambassador) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied) as refused:
        require(ambassador, Action.VIEW_STATISTICS)
    message = str(refused.value)
    assert "statistics.view" not in message and "(" not in message
    assert message.startswith("Digitale ambassadører må ikke se statistik.")


def test_the_audit_log_says_roles_and_languages_in_words() -> None:
    assert detail_text("rolle=ambassador") == "rolle: Digital ambassadør"
    assert detail_text("staff→lead") == "Medarbejder→Teamleder"
    assert detail_text("sprog=en") == "sprog: Engelsk"
    assert detail_text(None) == ""


def test_every_screen_writes_dates_one_way_and_shows_no_codes(
    qtbot, services, actor, settings
) -> None:  # type: ignore[no-untyped-def]
    context = ScreenContext(services, actor, settings)
    services.citizens.link_visit(
        actor, context.visit_id, services.citizens.create(actor, age_band="67-79").id
    )
    screens, _unbuildable = all_screens(context)
    problems = []
    dates = 0
    for name, widget in screens:
        qtbot.addWidget(widget)
        for where, text in visible_texts(widget):
            dates += len(re.findall(r"\b\d{2}\.\d{2}\.\d{4}\b", text))
            if OTHER_DATES.search(text):
                problems.append(f"{name}: {where}: {text!r} (dates are written 20.12.2026)")
            for name_of_person in FIXTURE_NAMES:
                text = text.replace(name_of_person, "")
            words = set(re.findall(r"[a-z_.]+", text))
            if codes := words & CODES:
                problems.append(f"{name}: {where}: {text!r} shows the code(s) {sorted(codes)}")
    assert dates > 0  # the walk saw dates
    assert problems == [], "\n".join(problems)


def test_the_status_bar_names_the_person_not_the_database_file(main_window) -> None:  # type: ignore[no-untyped-def]
    texts = [label.text() for label in main_window.statusBar().findChildren(QLabel)]
    assert texts and not any("sqlite" in t.lower() or "/" in t for t in texts)
    assert "SQLite" in main_window.about_text()  # in Hjælp › Om instead


def test_a_volunteer_sees_ambassadoren_gjorde_det(qtbot, services, ambassador) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.ui.visit.flow_walker import FlowWalker

    visit_id = services.visits.start_visit(ambassador)
    walker = FlowWalker(services, ambassador, visit_id)
    qtbot.addWidget(walker)
    texts = [button.text() for button in walker.actor_buttons.values()]
    assert "3  Ambassadøren gjorde det" in texts
    assert not any("Medarbejderen" in text for text in texts)
