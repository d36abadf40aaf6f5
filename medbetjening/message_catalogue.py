"""Messages the program writes in Danish (service errors, command-line output) in the
interface's language: one catalogue, ``resources/translations/messages_en.tsv``.

Each row is a Danish pattern and its English, ``%1`` … for the variable parts (a number,
a name, another message). A message is matched against the patterns, and each variable
part that is itself a catalogued message is translated too (an import error wraps the
problem it found). Rows are written by ``python packaging/service_messages.py missing
--append``, which reads every message the services, reports and commands can write;
``tests/test_message_catalogue.py`` fails when one has no English.

No Qt here: the command line and the services use it too. The interface's language is
one per process, set by the window (``ui/common/i18n.py``) or by ``--lang``.
"""

from __future__ import annotations

import re
from functools import cache

from medbetjening.locations import resources_dir

_PLACEHOLDER = re.compile(r"%\d+")
_state = {"language": "da"}


def set_language(language: str) -> None:
    _state["language"] = "en" if language == "en" else "da"


def current_language() -> str:
    return _state["language"]


def unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


@cache
def english_rows() -> dict[str, str]:
    """Danish pattern → English pattern (rows without English are left out)."""
    rows: dict[str, str] = {}
    path = resources_dir() / "translations" / "messages_en.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        danish, _, english = line.partition("\t")
        if english:
            rows[unescape(danish)] = unescape(english)
    return rows


@cache
def _patterns() -> list[tuple[re.Pattern[str], str, str]]:
    """(regex, Danish, English); the pattern with the most fixed text is tried first,
    so "Sted nr. %1 findes ikke" wins over a bare "%1 findes ikke"."""
    compiled = []
    for danish, english in english_rows().items():
        if not _PLACEHOLDER.search(danish):
            continue
        parts = re.split(r"(%\d+)", danish)
        regex = "".join("(.*?)" if _PLACEHOLDER.fullmatch(p) else re.escape(p) for p in parts)
        fixed = len(_PLACEHOLDER.sub("", danish))
        compiled.append((fixed, re.compile(f"^{regex}$", re.S), danish, english))
    compiled.sort(key=lambda row: -row[0])
    return [(regex, danish, english) for _fixed, regex, danish, english in compiled]


def translate_message(text: str, language: str | None = None, depth: int = 0) -> str:
    """``text`` (Danish) in ``language`` (default: the interface's); unchanged when
    Danish or not in the catalogue."""
    if (language or current_language()) != "en" or not text:
        return text
    exact = _exact(text)
    if exact is not None:
        return exact
    first: str | None = None
    for regex, danish, english in _patterns():
        match = regex.match(text)
        if match is None:
            continue
        numbers = [int(p[1:]) for p in _PLACEHOLDER.findall(danish)]
        values = dict(zip(numbers, match.groups(), strict=True))
        unknown = 0
        if depth < 3:
            parts = {n: _part(v, depth + 1) for n, v in values.items()}
            # a part left as written that reads as words: perhaps the wrong pattern
            unknown = sum(parts[n] == v and _words(v) for n, v in values.items())
            values = parts
        # replace from the highest number down, so %1 does not eat the start of %10
        result = english
        for number in sorted(values, reverse=True):
            result = result.replace(f"%{number}", values[number])
        if not unknown:
            return result
        first = first or result
    return text if first is None else first


def _exact(text: str) -> str | None:
    """A whole catalogued text; a word begun with a capital ("Teamledere må ikke …")
    is found by its lower-case row and keeps the capital."""
    rows = english_rows()
    if text in rows:
        return rows[text]
    lowered = text[:1].lower() + text[1:]
    if lowered != text and lowered in rows:
        english = rows[lowered]
        return english[:1].upper() + english[1:]
    return None


def _part(value: str, depth: int) -> str:
    """A variable part in English, its padding kept (a table's column)."""
    core = value.strip()
    if not core:
        return value
    start = value.index(core)
    return value[:start] + translate_message(core, "en", depth) + value[start + len(core) :]


def _words(value: str) -> bool:
    """Does the part read as Danish words (not a number, a path or a name)?"""
    return bool(re.search(r"[a-zæøå]{2,} [a-zæøå]{2,}", value))
