"""The settings file's fast reader agrees with configparser, or leaves the file to it."""

from __future__ import annotations

import configparser

import pytest

from medbetjening.settings import LAST_STAFF_ID, WINDOW_GEOMETRY, Settings
from medbetjening.settings_ini import parse_plain_ini


def _configparser(text: str) -> dict[str, dict[str, str]]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(text)
    return {name: dict(parser.items(name, raw=True)) for name in parser.sections()}


PLAIN = [
    "",
    "[session]\nlast_staff_id = 2\n",
    "[session]\nlast_staff_id = 2\n\n[ui]\nwindow_geometry = AdnQywADAAAA==\n",
    "# a comment\n; another\n[ui]\nLanguage: en\nfont_scale=120\n",
    "[content]\nextra_flows_dir = C:\\Kommune\\Forløb ; not a comment\n",
    "[a]\nkey = value = more\nother : x = y\n\n\n[b]\nempty =\n",
    "[ui]\r\nlanguage = da\r\n",
]


@pytest.mark.parametrize("text", PLAIN)
def test_plain_files_read_as_configparser_reads_them(text: str) -> None:
    assert parse_plain_ini(text) == _configparser(text)


ODD = [
    "last_staff_id = 2\n",  # outside a section: configparser refuses
    "[session]\nlast_staff_id = 2\nlast_staff_id = 3\n",  # a duplicate: refused
    "[session]\n[session]\n",
    "[DEFAULT]\nlanguage = en\n[ui]\n",  # defaults for every section
    "[ui]\nlanguage = da\n  en\n",  # a continuation line
    "[ui]\nlanguage\n",  # no value
    "[ui\nlanguage = da\n",
]


@pytest.mark.parametrize("text", ODD)
def test_anything_else_is_left_to_configparser(text: str) -> None:
    assert parse_plain_ini(text) is None


def test_settings_read_written_and_damaged_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    settings.set(LAST_STAFF_ID, 7)
    settings.set(WINDOW_GEOMETRY, "AdnQyw==")
    again = Settings(path)
    assert again.get(LAST_STAFF_ID) == 7 and again.get(WINDOW_GEOMETRY) == "AdnQyw=="
    # a hand-edited file with a continuation line: configparser reads it
    path.write_text("[session]\nlast_staff_id = 3\n\n[ui]\nwindow_geometry = ab\n  cd\n")
    assert Settings(path).get(LAST_STAFF_ID) == 3
    assert Settings(path).get(WINDOW_GEOMETRY) == "ab\ncd"
    # a damaged one: set aside, defaults used
    path.write_text("last_staff_id = 3\n")
    assert Settings(path).get(LAST_STAFF_ID) == 0
    assert (tmp_path / "settings.ini.damaged").exists()
