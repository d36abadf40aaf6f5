"""Settings a person changes for themselves: language, text size, high contrast."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from medbetjening.settings import FONT_SCALE, HIGH_CONTRAST, LANGUAGE, Settings
from medbetjening.ui.common.appearance import MAX_SCALE, MIN_SCALE, apply_settings
from medbetjening.ui.common.i18n import choose_language, current_language, install_translations
from medbetjening.ui.shell.window_rebuild import retranslate_open_windows


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Indstillinger"))
        self.setAccessibleName(self.tr("Indstillinger"))

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Sprog"))
        self.language.setToolTip(self.tr("Sproget skifter med det samme i alle åbne vinduer"))
        self.language.addItem(self.tr("Som systemet"), "")
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(LANGUAGE))))

        self.font_scale = QSpinBox()
        self.font_scale.setAccessibleName(self.tr("Tekststørrelse i procent"))
        self.font_scale.setToolTip(self.tr("100 % er systemets tekststørrelse"))
        self.font_scale.setRange(MIN_SCALE, MAX_SCALE)
        self.font_scale.setSingleStep(10)
        self.font_scale.setSuffix(" %")
        self.font_scale.setValue(settings.get(FONT_SCALE))

        self.high_contrast = QCheckBox(self.tr("&Høj kontrast (hvid og gul tekst på sort)"))
        self.high_contrast.setAccessibleName(self.tr("Høj kontrast"))
        self.high_contrast.setChecked(settings.get(HIGH_CONTRAST))

        note = QLabel(self.tr("Sprog, tekststørrelse og kontrast skifter med det samme."))
        note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Sprog:"), self.language)
        form.addRow(self.tr("&Tekststørrelse:"), self.font_scale)
        form.addRow("", self.high_contrast)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _save(self) -> None:
        self._settings.set(LANGUAGE, self.language.currentData())
        self._settings.set(FONT_SCALE, self.font_scale.value())
        self._settings.set(HIGH_CONTRAST, self.high_contrast.isChecked())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_settings(app, self._settings)
            language = choose_language(self._settings.get(LANGUAGE))
            if language != current_language():
                install_translations(app, language)
                # after this dialog has closed: the windows are built again in the new
                # language, the menu entry that opened this dialog among them
                QTimer.singleShot(0, lambda: retranslate_open_windows(app))
        self.accept()
