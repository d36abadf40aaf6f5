"""Load the Danish or English translation (ours and Qt's own) and format by locale.

Source strings are Danish; English comes from ``resources/translations/medbetjening_en.qm``.
Dates, times and numbers go through ``QLocale()`` (the default set here), never strftime.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QLibraryInfo, QLocale, QTime, QTranslator
from PySide6.QtWidgets import QApplication

from medbetjening.locations import resources_dir
from medbetjening.message_catalogue import set_language as set_message_language
from medbetjening.ui.common.flow_titles import FLOW_TITLES

SUPPORTED = ("da", "en")
# the installed translators, kept on the application object in Python (a Qt property
# of a list makes PySide build QByteArray's enums, which the first paint needs not)
_INSTALLED_ATTRIBUTE = "_medbetjening_translators"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def choose_language(setting: str, system: QLocale | None = None) -> str:
    """The setting if set, else the system locale if supported, else Danish."""
    if setting in SUPPORTED:
        return setting
    name = (system or QLocale.system()).name().split("_")[0]
    return name if name in SUPPORTED else "da"


def locale_for(language: str) -> QLocale:
    """Danish, or British English (24-hour clock, day before month)."""
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)


# Qt's own Danish catalogue lacks a few strings of its file dialog (the labels with a
# mnemonic): without these a Danish file dialog says "Look in" and "Files of type".
QT_MISSING = {
    "da": {
        ("QFileDialog", "&Look in:"): "&Kig i:",
        ("QFileDialog", "Files of &type:"): "Filer af &typen:",
        ("QFileDialog", "File &name:"): "&Filnavn:",
    }
}


class _QtGaps(QTranslator):
    """The strings of QT_MISSING for one language; everything else is left to Qt's own."""

    def __init__(self, language: str, parent: QApplication) -> None:
        super().__init__(parent)
        self._texts = QT_MISSING.get(language, {})

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self._texts

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def,override]
        # None, not "": an empty string would be taken as the translation (a null string
        # lets Qt ask the next catalogue)
        return self._texts.get((context, source))


def install_translations(
    app: QApplication, language: str, directory: Path | None = None
) -> list[QTranslator]:
    """Install Qt's qtbase and our translation for ``language`` (replacing earlier ones).

    ``directory`` overrides where ``medbetjening_<language>.qm`` is looked up (the
    pseudo-locale test uses it).
    """
    remove_translations(app)
    QLocale.setDefault(locale_for(language))
    set_message_language(language)  # service errors follow the window's language
    FLOW_TITLES.set_titles({})  # as stored until the library is read in the new language
    translators: list[QTranslator] = []
    qt_translator = QTranslator(app)
    if qt_translator.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_translator)
        translators.append(qt_translator)
    gaps = _QtGaps(language, app)
    if not gaps.isEmpty():
        app.installTranslator(gaps)
        translators.append(gaps)
    own = QTranslator(app)
    if own.load(f"medbetjening_{language}", str(directory or translations_dir())):
        app.installTranslator(own)
        translators.append(own)
    setattr(app, _INSTALLED_ATTRIBUTE, translators)
    return translators


def remove_translations(app: QApplication) -> None:
    for translator in getattr(app, _INSTALLED_ATTRIBUTE, None) or []:
        app.removeTranslator(translator)
    setattr(app, _INSTALLED_ATTRIBUTE, [])
    FLOW_TITLES.set_titles({})
    set_message_language("da")


def current_language() -> str:
    """ "en" when the default locale is English, else "da"."""
    return "en" if QLocale().language() == QLocale.Language.English else "da"


# -- formatting in the interface's language ----------------------------------------------
def _locale() -> QLocale:
    """Danish or British English, never the system's own (a "C" locale writes 6 12 2026)."""
    return locale_for(current_language())


def format_time(value: dt.datetime | dt.time) -> str:
    time = value.time() if isinstance(value, dt.datetime) else value
    language = current_language()
    separator = _TIME_SEPARATOR.get(language)
    if separator is None:
        separator = _TIME_SEPARATOR[language] = _hour_minute_separator(language)
    if separator:  # the locale's own pattern, in Python (today's list: ≈ 50 times a paint)
        return f"{time.hour:02d}{separator}{time.minute:02d}"
    return _locale().toString(QTime(time.hour, time.minute), QLocale.FormatType.ShortFormat)


# language -> the separator of its short time format when that is "HH<sep>mm", else ""
_TIME_SEPARATOR: dict[str, str] = {}


def _hour_minute_separator(language: str) -> str:
    """Danish "HH.mm", British "HH:mm": the separator, read from Qt's locale once. Any
    other pattern (a 12-hour clock, seconds) is left to QLocale ("")."""
    pattern = locale_for(language).timeFormat(QLocale.FormatType.ShortFormat)
    if len(pattern) == 5 and pattern.startswith("HH") and pattern.endswith("mm"):
        separator = pattern[2]
        return "" if separator.isalnum() or separator == "'" else separator
    return ""


def format_date(value: dt.date) -> str:
    return _locale().toString(  # QDate named at use: its class builds an enum
        QtCore.QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def date_edit_format() -> str:
    """The one date format of the language for date fields (Danish 20.12.2026)."""
    return _locale().dateFormat(QLocale.FormatType.ShortFormat)


def format_datetime(value: dt.datetime) -> str:
    qdt = QtCore.QDateTime(
        QtCore.QDate(value.year, value.month, value.day),
        QTime(value.hour, value.minute, value.second),
    )
    return _locale().toString(qdt, QLocale.FormatType.ShortFormat)


def format_number(value: float, decimals: int = 0) -> str:
    if decimals == 0:
        return _locale().toString(round(value))
    return _locale().toString(float(value), "f", decimals)
