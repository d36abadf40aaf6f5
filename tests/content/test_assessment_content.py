"""Loading the assessment file: every kind of mistake names file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from medbetjening.content.assessment import (
    LAST_VALID_NAME,
    bundled_instrument_path,
    check_assessment_file,
    load_active_instrument,
    load_instrument,
)
from medbetjening.content.problems import ContentError

BUNDLED = bundled_instrument_path().read_text(encoding="utf-8")
INSTALL_APP = "  - id: install_app\n    area: foundation\n    mode: asked\n    scale: autonomy\n"


def write(tmp_path: Path, old: str, new: str, name: str = "instrument.yaml") -> Path:
    assert BUNDLED.count(old) == 1, f"not unique in the bundled file: {old!r}"
    path = tmp_path / name
    path.write_text(BUNDLED.replace(old, new), encoding="utf-8")
    return path


def line_of(path: Path, marker: str) -> int:
    above = marker.startswith("^")
    marker = marker.removeprefix("^")
    lines = path.read_text(encoding="utf-8").splitlines()
    found = next(number for number, line in enumerate(lines, start=1) if marker in line)
    return found - 1 if above else found


def test_the_bundled_file_is_valid() -> None:
    assert check_assessment_file(bundled_instrument_path()) == []
    instrument = load_instrument(bundled_instrument_path())
    assert instrument.id == "counter-v1" and len(instrument.items) == 13


CASES = [
    # (old text, new text, field, line marker in the new file, words in the message)
    (
        "      da: Kan du installere en app på din telefon eller tablet?\n",
        "",
        "items.4.text.da",
        "^Can you install an app",  # ^: the line above (the enclosing 'text:')
        "feltet mangler",
    ),
    (
        INSTALL_APP,
        INSTALL_APP.replace("autonomy", "autonomi"),
        "items.4.scale",
        "scale: autonomi",
        "ukendt skala 'autonomi'",
    ),
    (
        "      items: {install_app: 2}",
        "      items: {install_ap: 2}",
        "levels.2.requires.items.install_ap",
        "install_ap: 2",
        "ukendt punkt 'install_ap'",
    ),
    (
        "      - {item: equipped, max: 1}",
        "      - {item: equiped, max: 1}",
        "flag.when.any.0.item",
        "equiped",
        "ukendt punkt 'equiped'",
    ),
    (
        "      areas: {transacting: 2, communicating: 2, safety: 2, problem_solving: 1, files: 2}",
        "      areas: {foundation: 2, transacting: 3, communicating: 3, safety: 2, problem_solving: 2,"
        " files: 2}",
        "levels.2",
        "  - level: 2",
        "niveau 2: niveauet kan aldrig blive resultatet",
    ),
    (
        "      areas: {transacting: 1}",
        "      areas: {transacting: 4}",
        "levels.1.requires.areas.transacting",
        "transacting: 4",
        "minimum 4 er over skalaens 3",
    ),
    (
        '        - {level_max: 0}\n        - {item: wish, in: ["no"]}',
        '        - {level_max: 3}\n        - {item: wish, in: ["no"]}',
        "routes.10",
        "  - id: medbetjening",
        "'medbetjening': anbefalingen kan aldrig blive valgt",
    ),
    (
        "        - {item: mitid, in: [none, not_working]}",
        "        - {item: mitid, in: [nothing, not_working]}",
        "barriers.1.when.all.0.in",
        "in: [nothing, not_working]",
        "'nothing' er ikke et svar på 'mitid'",
    ),
    (
        "        - {item: devices, in: [none]}",
        "        - {item: devices, max: 0}",
        "barriers.0.when.all.0.item",
        "item: devices, max: 0",
        "er et valg, ikke en score",
    ),
    (
        "      - {item: install_app, max: 0}",
        '      - {item: install_app, in: ["0"]}',
        "flag.when.any.1.in",
        "item: install_app, in:",
        "er en score",
    ),
    (
        '      - {key: "1", value: 1, text: {da: Med hjælp, en: With help}}',
        '      - {key: "0", value: 1, text: {da: Med hjælp, en: With help}}',
        "scales.autonomy.options.1.key",
        'key: "0", value: 1',
        "tasten '0' bruges to gange",
    ),
    (
        "    mode: observed\n    scale: autonomy\n    text:\n      da: Logger på med MitID",
        "    mode: observed\n    scale: autonomy\n    txt:\n      da: Logger på med MitID",
        "items.5.txt",
        "    txt:",
        "ukendt felt",
    ),
    (
        "    mode: observed\n    scale: autonomy\n    text:\n      da: Logger på med MitID",
        "    mode: watched\n    scale: autonomy\n    text:\n      da: Logger på med MitID",
        "items.5.mode",
        "mode: watched",
        "ugyldig værdi",
    ),
    (
        "        - {no_barrier: mitid}",
        "        - {no_barrier: mitid_missing}",
        "routes.8.when.all.2",
        "mitid_missing",
        "ukendt barriere 'mitid_missing'",
    ),
    (
        "        - {level_max: 1}\n\nroutes:",
        "        - {level_max: 1}\n        - {barrier: later}\n\nroutes:",
        "barriers.4.when.all.2",
        "{barrier: later}",
        "ukendt barriere 'later'",
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "field", "marker", "words"), CASES, ids=[c[2] for c in CASES]
)
def test_each_mistake_names_file_line_and_field(
    tmp_path: Path, old: str, new: str, field: str, marker: str, words: str
) -> None:
    path = write(tmp_path, old, new)
    problems = check_assessment_file(path)
    assert problems, "the mistake was not found"
    problem = next((p for p in problems if p.field == field), None)
    assert problem is not None, [str(p) for p in problems]
    assert problem.file == path
    assert problem.line == line_of(path, marker)
    assert words in problem.message
    assert str(problem).startswith(f"{path}:{problem.line}: {field}: ")


def test_the_last_route_must_be_the_fallback(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "    name: {da: Medbetjening – borgeren ved tastaturet,",
        "    when: {all: [{level_min: 1}]}\n    name: {da: Medbetjening – borgeren ved tastaturet,",
    )
    problems = check_assessment_file(path)
    assert [p.field for p in problems] == ["routes.10.when"]
    assert "reserven" in problems[0].message


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "id: counter-v1\n", "id: counter-v1\nversion: [\n")
    problems = check_assessment_file(path)
    assert len(problems) == 1 and problems[0].field == "(yaml)"
    assert problems[0].line is not None and problems[0].line >= 2


def test_load_instrument_raises_with_every_problem(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        INSTALL_APP,
        INSTALL_APP.replace("autonomy", "nope").replace("foundation", "nowhere"),
    )
    with pytest.raises(ContentError) as caught:
        load_instrument(path)
    assert {p.field for p in caught.value.problems} == {"items.4.scale", "items.4.area"}


# -- the app keeps working with the previous valid instrument ----------------------


def test_a_valid_file_is_kept_as_the_last_valid_copy(tmp_path: Path) -> None:
    store = tmp_path / "data"
    own = write(tmp_path, 'version: "1"', 'version: "7"', name="own.yaml")
    loaded = load_active_instrument(own, store)
    assert not loaded.fallback and loaded.problems == () and loaded.instrument.version == "7"
    assert (store / LAST_VALID_NAME).read_text(encoding="utf-8") == own.read_text(encoding="utf-8")


def test_a_broken_file_falls_back_to_the_last_valid_copy(tmp_path: Path) -> None:
    store = tmp_path / "data"
    own = write(tmp_path, 'version: "1"', 'version: "7"', name="own.yaml")
    load_active_instrument(own, store)
    own.write_text(
        own.read_text(encoding="utf-8").replace("scale: devices", "scale: gadgets"),
        encoding="utf-8",
    )

    loaded = load_active_instrument(own, store)
    assert loaded.fallback and loaded.path == store / LAST_VALID_NAME
    assert loaded.instrument.version == "7"  # the municipality's previous version, not the bundled
    assert [p.field for p in loaded.problems] == ["items.0.scale"]
    assert loaded.problems[0].file == own
    # the broken file did not replace the copy
    assert "scale: gadgets" not in (store / LAST_VALID_NAME).read_text(encoding="utf-8")


def test_without_a_copy_the_bundled_instrument_is_used(tmp_path: Path) -> None:
    broken = write(tmp_path, "scale: devices", "scale: gadgets", name="own.yaml")
    loaded = load_active_instrument(broken, tmp_path / "empty")
    assert loaded.fallback and loaded.path == bundled_instrument_path()
    assert loaded.instrument.version == "1" and loaded.problems


def test_a_damaged_copy_is_skipped_for_the_bundled_instrument(tmp_path: Path) -> None:
    store = tmp_path / "data"
    store.mkdir()
    (store / LAST_VALID_NAME).write_text("id: [", encoding="utf-8")
    broken = write(tmp_path, "scale: devices", "scale: gadgets", name="own.yaml")
    loaded = load_active_instrument(broken, store)
    assert loaded.path == bundled_instrument_path()
    assert {p.file for p in loaded.problems} == {broken, store / LAST_VALID_NAME}


def test_nothing_valid_at_all_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = write(tmp_path, "scale: devices", "scale: gadgets", name="own.yaml")
    monkeypatch.setattr("medbetjening.content.assessment.bundled_instrument_path", lambda: broken)
    with pytest.raises(ContentError):
        load_active_instrument(None, tmp_path / "empty")


def test_default_store_is_the_data_folder(isolated_home: Path) -> None:
    loaded = load_active_instrument()
    assert not loaded.fallback
    assert (isolated_home / LAST_VALID_NAME).exists()
