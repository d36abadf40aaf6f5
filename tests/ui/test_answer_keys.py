"""The assessment's answer keys follow the interface's language: Danish j/m/n (ja, med
besvær, nej) in Danish, English letters (y for yes …) in English, shown on the buttons
and in the tooltips; the other language's letters do nothing."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from medbetjening.content.assessment import bundled_instrument_path, check_assessment_file
from tests.ui.test_assessment_panel import Keyboard, focused_item, make_panel


def _panel(qtbot, services, actor, english: bool):  # type: ignore[no-untyped-def]
    previous = QLocale()
    if english:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        visit_id = services.visits.start_visit(actor)
        return make_panel(qtbot, services, actor, visit_id), visit_id
    finally:
        QLocale.setDefault(previous)


def _focus(panel, item_id: str) -> None:  # type: ignore[no-untyped-def]
    row = next(r for r in panel.rows.rows if r.item.id == item_id)
    row.setFocus()
    assert focused_item() == item_id


def test_english_keys_in_english(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    panel, visit_id = _panel(qtbot, services, actor, english=True)
    row = next(r for r in panel.rows.rows if r.item.id == "reads_danish")
    assert row.buttons["good"].text() == "y  Yes, easily"
    assert "y: Yes, easily" in row.toolTip() and "j:" not in row.toolTip()
    keys = Keyboard(qtbot)
    _focus(panel, "reads_danish")
    keys.answer("j")  # the Danish key does nothing in English
    assert "reads_danish" not in services.assessment.current(actor, visit_id).answers
    keys.answer("y")
    assert services.assessment.current(actor, visit_id).answers["reads_danish"] == "good"
    _focus(panel, "mitid")
    keys.answer("n")  # No MitID
    assert services.assessment.current(actor, visit_id).answers["mitid"] == "none"


def test_danish_keys_in_danish(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    panel, visit_id = _panel(qtbot, services, actor, english=False)
    row = next(r for r in panel.rows.rows if r.item.id == "reads_danish")
    assert row.buttons["good"].text() == "j  Ja, uden besvær"
    keys = Keyboard(qtbot)
    _focus(panel, "reads_danish")
    keys.answer("y")
    assert "reads_danish" not in services.assessment.current(actor, visit_id).answers
    keys.answer("j")
    assert services.assessment.current(actor, visit_id).answers["reads_danish"] == "good"


def test_an_english_key_used_twice_in_a_scale_is_a_content_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = bundled_instrument_path().read_text(encoding="utf-8")
    broken = text.replace("{key: m, key_en: w, code: some", "{key: m, key_en: y, code: some")
    assert broken != text
    path = tmp_path / "instrument.yaml"
    path.write_text(broken, encoding="utf-8")
    problems = [str(p) for p in check_assessment_file(path)]
    assert any("key_en" in p and "tasten 'y' bruges to gange" in p for p in problems), problems
    assert check_assessment_file(bundled_instrument_path()) == []
