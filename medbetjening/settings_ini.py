"""Reading the settings file without configparser, for the plain files the program writes.

Every start reads the settings before the first paint, and importing configparser costs
≈ 4 ms of CPU there. ``parse_plain_ini`` understands what ``Settings.save`` writes
(``[section]`` headers, ``key = value`` lines, blank lines, whole-line ``#``/``;``
comments) and gives up (None) on anything else: an indented continuation line, a
duplicate, a DEFAULT section, a line outside a section. configparser then reads the file
as before, with its own errors for a damaged one. ``tests/test_settings_ini.py`` checks
the two agree.
"""

from __future__ import annotations

Sections = dict[str, dict[str, str]]


def parse_plain_ini(text: str) -> Sections | None:
    """The sections and their options as configparser would read them, or None."""
    sections: Sections = {}
    current: dict[str, str] | None = None
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped or stripped[0] in "#;":
            continue
        if line[0].isspace():  # a continuation, or indentation configparser judges
            return None
        if stripped[0] == "[":
            name = stripped[1:-1]
            if stripped[-1] != "]" or not name or "[" in name or "]" in name:
                return None
            if name in sections or name == "DEFAULT":
                return None
            current = sections[name] = {}
            continue
        if current is None:
            return None
        cut = min((i for i in (stripped.find("="), stripped.find(":")) if i >= 0), default=-1)
        key = stripped[:cut].strip().lower()
        if cut < 0 or not key or key in current:
            return None
        current[key] = stripped[cut + 1 :].strip()
    return sections
