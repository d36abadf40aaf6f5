"""Load the Danish or English translation (ours and Qt's own) at start-up."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from medbetjening.locations import resources_dir

SUPPORTED = ("da", "en")


def choose_language(setting: str) -> str:
    """The setting if set, else the system locale if supported, else Danish."""
    if setting in SUPPORTED:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "da"


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Source strings are Danish; English comes from medbetjening_en.qm."""
    translators: list[QTranslator] = []
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Danish if language == "da" else QLocale.Language.English,
            QLocale.Country.Denmark,
        )
    )
    qt_translator = QTranslator(app)
    if qt_translator.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_translator)
        translators.append(qt_translator)
    own = QTranslator(app)
    if own.load(f"medbetjening_{language}", str(resources_dir() / "translations")):
        app.installTranslator(own)
        translators.append(own)
    return translators
