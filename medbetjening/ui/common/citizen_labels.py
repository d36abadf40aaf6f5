"""Label groups of the citizen panel: age bands and languages (codes stored, words shown)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from medbetjening.ui.common.labels import register

register(
    "age_band",
    {
        "unknown": QT_TRANSLATE_NOOP("Labels", "Ikke oplyst"),
        "0-17": QT_TRANSLATE_NOOP("Labels", "Under 18 år"),
        "18-29": QT_TRANSLATE_NOOP("Labels", "18–29 år"),
        "30-49": QT_TRANSLATE_NOOP("Labels", "30–49 år"),
        "50-66": QT_TRANSLATE_NOOP("Labels", "50–66 år"),
        "67-79": QT_TRANSLATE_NOOP("Labels", "67–79 år"),
        "80+": QT_TRANSLATE_NOOP("Labels", "80 år og derover"),
    },
)
register(
    "language",
    {
        "da": QT_TRANSLATE_NOOP("Labels", "Dansk"),
        "en": QT_TRANSLATE_NOOP("Labels", "Engelsk"),
        "de": QT_TRANSLATE_NOOP("Labels", "Tysk"),
        "pl": QT_TRANSLATE_NOOP("Labels", "Polsk"),
        "uk": QT_TRANSLATE_NOOP("Labels", "Ukrainsk"),
        "ar": QT_TRANSLATE_NOOP("Labels", "Arabisk"),
        "tr": QT_TRANSLATE_NOOP("Labels", "Tyrkisk"),
        "so": QT_TRANSLATE_NOOP("Labels", "Somali"),
        "ur": QT_TRANSLATE_NOOP("Labels", "Urdu"),
        "fa": QT_TRANSLATE_NOOP("Labels", "Persisk"),
        "other": QT_TRANSLATE_NOOP("Labels", "Andet sprog"),
    },
)
