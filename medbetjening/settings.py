"""Typed settings with their defaults in one place, stored as INI in the data folder.

Qt-free so the command line reads the same settings as the window.
"""

from __future__ import annotations

import configparser
from pathlib import Path
from typing import Generic, NamedTuple, TypeVar

from medbetjening.locations import data_dir

T = TypeVar("T", str, int, bool)


# a named tuple, not a frozen dataclass: read at every start, and a dataclass compiles its
# methods at import (≈ 1.5 ms of CPU to the first paint)
class Setting(NamedTuple, Generic[T]):
    key: str
    default: T
    description: str


# Every setting the program knows, with its default.
LANGUAGE = Setting("ui/language", "", "Sprog i vinduet: da, en eller tom for systemets sprog")
FONT_SCALE = Setting("ui/font_scale", 100, "Tekststørrelse i procent af systemets")
HIGH_CONTRAST = Setting("ui/high_contrast", False, "Høj kontrast")
WINDOW_GEOMETRY = Setting("ui/window_geometry", "", "Vinduets placering (base64)")
LAST_STAFF_ID = Setting("session/last_staff_id", 0, "Sidst valgte medarbejderprofil")
LAST_SITE_ID = Setting("session/last_site_id", 0, "Sidst valgte sted")
KEY_FILE = Setting("security/key_file", "", "Fil med pseudonymiseringsnøglen (tom: OS-nøgleringen)")
EXTRA_FLOWS_DIR = Setting("content/extra_flows_dir", "", "Kommunens egen mappe med forløb")
ASSESSMENT_FILE = Setting(
    "content/assessment_file", "", "Kommunens egen kompetenceafklaring (YAML); tom: den medfølgende"
)
LAST_PURGE_DATE = Setting("retention/last_purge", "", "Dato for sidste automatiske sletning")
# Retention periods and the shared-PC rule are municipality-wide: the database's policy
# table (services/policies.py), changed by a team lead, never this file.
IMPORT_YEARS_BACK = Setting(
    "appointments/years_back", 1, "Tidsbestillinger importeres højst så mange år tilbage"
)
IMPORT_YEARS_AHEAD = Setting(
    "appointments/years_ahead", 2, "Tidsbestillinger importeres højst så mange år frem"
)


class Settings:
    """Reads and writes settings; every write is saved to disk at once."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "settings.ini"
        self._parser = configparser.ConfigParser(interpolation=None)
        if self.path.exists():
            try:
                self._parser.read(self.path, encoding="utf-8")
            except configparser.Error:
                # A damaged settings file must not stop the counter: keep a copy, use defaults.
                self.path.replace(self.path.with_suffix(".ini.damaged"))
                self._parser = configparser.ConfigParser(interpolation=None)

    def get(self, setting: Setting[T]) -> T:
        section, option = setting.key.split("/", 1)
        if not self._parser.has_option(section, option):
            return setting.default
        raw = self._parser.get(section, option)
        try:
            if isinstance(setting.default, bool):
                return raw.strip().lower() in {"1", "true", "yes", "ja"}  # type: ignore[return-value]
            if isinstance(setting.default, int):
                return int(raw)  # type: ignore[return-value]
        except ValueError:
            return setting.default
        return raw  # type: ignore[return-value]

    def set(self, setting: Setting[T], value: T) -> None:
        section, option = setting.key.split("/", 1)
        if not self._parser.has_section(section):
            self._parser.add_section(section)
        self._parser.set(
            section, option, str(value).lower() if isinstance(value, bool) else str(value)
        )
        self.save()

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".ini.tmp")
        with tmp.open("w", encoding="utf-8") as handle:
            self._parser.write(handle)
        tmp.replace(self.path)  # atomic: a crash never leaves half a file
