"""Typed settings with their defaults in one place, stored as INI in the data folder.

Qt-free so the command line reads the same settings as the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Generic, NamedTuple, TypeVar

from medbetjening.locations import data_dir
from medbetjening.settings_ini import Sections, parse_plain_ini

if TYPE_CHECKING:
    import configparser

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
        # a plain file (what save() writes) is read without configparser (settings_ini.py)
        self._values: Sections = {}
        self._parser: configparser.ConfigParser | None = None
        if not self.path.exists():
            return
        try:
            plain = parse_plain_ini(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            plain = None  # configparser reads it, and says what is wrong, as before
        if plain is not None:
            self._values = plain
            return
        import configparser

        self._parser = configparser.ConfigParser(interpolation=None)
        try:
            self._parser.read(self.path, encoding="utf-8")
        except configparser.Error:
            # A damaged settings file must not stop the counter: keep a copy, use defaults.
            self.path.replace(self.path.with_suffix(".ini.damaged"))
            self._parser = configparser.ConfigParser(interpolation=None)
        self._values = {
            name: dict(self._parser.items(name, raw=True)) for name in self._parser.sections()
        }

    def get(self, setting: Setting[T]) -> T:
        section, option = setting.key.split("/", 1)
        raw = self._values.get(section, {}).get(option)
        if raw is None:
            return setting.default
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
        text = str(value).lower() if isinstance(value, bool) else str(value)
        self._values.setdefault(section, {})[option] = text
        parser = self._writer()
        if not parser.has_section(section):
            parser.add_section(section)
        parser.set(section, option, text)
        self.save()

    def _writer(self) -> configparser.ConfigParser:
        """The file as configparser holds it, for writing (never before the first paint)."""
        if self._parser is None:
            import configparser

            self._parser = configparser.ConfigParser(interpolation=None)
            self._parser.read_dict(self._values)
        return self._parser

    def save(self) -> None:
        parser = self._writer()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".ini.tmp")
        with tmp.open("w", encoding="utf-8") as handle:
            parser.write(handle)
        tmp.replace(self.path)  # atomic: a crash never leaves half a file
