"""The "Borger" tab of a visit: anonymous, or a returning/new citizen in one entry.

One field takes a CPR number or a citizen code. A CPR number is masked as soon as it
is entered, never shown again, and cleared once the citizen is found or created; it
only ever goes to ``CitizenService`` (which keeps nothing but a keyed hash).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medbetjening.domain.pseudonym import classify_entry
from medbetjening.services.citizens import CitizenInfo
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.ui.common.error_text import show_as_error
from medbetjening.ui.common.labels import choices
from medbetjening.ui.common.service_messages import in_ui_language
from medbetjening.ui.visit.visit_version import shared_version


class CitizenPanel(QWidget):
    citizen_changed = Signal(object)  # CitizenInfo or None (anonymous)

    def __init__(
        self, services: Services, actor: ActorContext, visit_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.visit_id = visit_id
        self.visit_version = shared_version(parent, services, actor, visit_id)
        self.visit_version.conflict.connect(  # changed on another PC: the citizen saved now
            lambda: self._show(services.citizens.visit_citizen(actor, visit_id))
        )
        self.citizen: CitizenInfo | None = None
        self._pending_cpr = False  # the entry holds a valid, not yet known CPR number
        self.title = self.tr("Bo&rger")
        self.setAccessibleName(self.tr("Borger"))

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Borger for besøget"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        entry_label = self._build_entry()
        self._build_actions()
        self._lay_out(entry_label, self._build_profile())

        self._show(services.citizens.visit_citizen(actor, visit_id))

    def _build_entry(self) -> QLabel:
        """The one entry (CPR number or citizen code), its search, notes and message."""
        self.entry = QLineEdit()
        self.entry.setClearButtonEnabled(True)
        self.entry.setMaxLength(20)
        self.entry.setAccessibleName(self.tr("CPR-nummer eller borgerkode"))
        cpr_status = self.services.citizens.cpr_lookup_status(self.actor)
        self.cpr_enabled = cpr_status.available
        if self.actor.is_ambassador:
            self.entry.setPlaceholderText(self.tr("Borgerkode, fx K7M-4PX"))
            self.entry.setToolTip(self.tr("Skriv koden fra borgerens udskrift og tryk Enter"))
            entry_label = QLabel(self.tr("Borger&kode:"))
        else:
            self.entry.setPlaceholderText(self.tr("DDMMÅÅ-LLLL eller fx K7M-4PX"))
            self.entry.setToolTip(
                self.tr(
                    "Skriv CPR-nummeret eller koden fra borgerens udskrift og tryk Enter. "
                    "CPR-nummeret gemmes aldrig."
                )
            )
            entry_label = QLabel(self.tr("&CPR-nummer eller borgerkode:"))
        entry_label.setBuddy(self.entry)
        self.entry.returnPressed.connect(self.search)
        self.entry.textEdited.connect(self._entry_edited)

        self.search_button = QPushButton(self.tr("&Søg"))
        self.search_button.setAccessibleName(self.tr("Søg borgeren frem"))
        self.search_button.setToolTip(self.tr("Find en borger, der har været her før (Enter)"))
        self.search_button.clicked.connect(self.search)

        self.cpr_note = QLabel(
            in_ui_language(cpr_status.message) if not cpr_status.available else ""
        )
        self.cpr_note.setWordWrap(True)
        self.cpr_note.setAccessibleName(self.tr("Om CPR-opslag"))
        self.cpr_note.setVisible(not cpr_status.available)
        self.cpr_note.setStyleSheet("color: palette(dark); font-style: italic;")

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Besked"))
        show_as_error(self.message)
        self.message.hide()
        return entry_label

    def _build_actions(self) -> None:
        self.anonymous_button = QPushButton(self.tr("&Anonymt besøg"))
        self.anonymous_button.setAccessibleName(self.tr("Gør besøget anonymt"))
        self.anonymous_button.setToolTip(
            self.tr("Besøget knyttes ikke til nogen borger; det tæller kun i statistikken")
        )
        self.anonymous_button.clicked.connect(self.make_anonymous)
        self.new_code_button = QPushButton(self.tr("&Ny kode"))
        self.new_code_button.setAccessibleName(self.tr("Giv borgeren en ny kode"))
        self.new_code_button.setToolTip(
            self.tr("Har borgeren mistet udskriften? Den gamle kode holder op med at virke")
        )
        self.new_code_button.clicked.connect(self.new_code)
        self.create_button = QPushButton(self.tr("&Opret ny borger"))
        self.create_button.setAccessibleName(self.tr("Opret ny borger"))
        self.create_button.setToolTip(
            self.tr("Opret borgeren med en borgerkode (og CPR-kobling, hvis CPR er skrevet)")
        )
        self.create_button.clicked.connect(self.create)

    def _build_profile(self) -> QGroupBox:
        """What is stored about the citizen: age band, language, consent."""
        self.age_band = QComboBox()
        for code, text in choices("age_band"):
            self.age_band.addItem(text, code)
        self.age_band.setAccessibleName(self.tr("Aldersgruppe"))
        self.age_band.setToolTip(self.tr("Kun aldersgruppen gemmes, aldrig fødselsdatoen"))
        self.language = QComboBox()
        for code, text in choices("language"):
            self.language.addItem(text, code)
        self.language.setAccessibleName(self.tr("Foretrukket sprog"))
        self.language.setToolTip(self.tr("Sproget på borgerens udskrift"))
        self.consent = QCheckBox(
            self.tr("Borgeren siger &ja til at blive kontaktet for opfølgning")
        )
        self.consent.setAccessibleName(self.tr("Samtykke til opfølgning"))
        self.consent.setToolTip(self.tr("Kun med borgerens udtrykkelige ja"))
        for signal in (
            self.age_band.currentIndexChanged,
            self.language.currentIndexChanged,
            self.consent.toggled,
        ):
            signal.connect(self._profile_changed)

        profile = QGroupBox(self.tr("Det eneste, der gemmes om borgeren"))
        profile.setAccessibleName(self.tr("Oplysninger om borgeren"))
        form = QFormLayout(profile)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        age_label = QLabel(self.tr("A&ldersgruppe:"))
        age_label.setBuddy(self.age_band)
        language_label = QLabel(self.tr("S&prog:"))
        language_label.setBuddy(self.language)
        form.addRow(age_label, self.age_band)
        form.addRow(language_label, self.language)
        form.addRow(self.consent)
        return profile

    def _lay_out(self, entry_label: QLabel, profile: QGroupBox) -> None:
        entry_row = QHBoxLayout()
        entry_row.addWidget(entry_label)
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.search_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.new_code_button)
        buttons.addWidget(self.anonymous_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(entry_row)
        layout.addWidget(self.cpr_note)
        layout.addWidget(self.message)
        layout.addWidget(profile)
        layout.addLayout(buttons)
        layout.addStretch(1)

        for first, second in [
            (self.entry, self.search_button),
            (self.search_button, self.age_band),
            (self.age_band, self.language),
            (self.language, self.consent),
            (self.consent, self.create_button),
            (self.create_button, self.new_code_button),
            (self.new_code_button, self.anonymous_button),
        ]:
            self.setTabOrder(first, second)
        focus_entry = QShortcut(QKeySequence("Ctrl+K"), self)
        focus_entry.activated.connect(self.entry.setFocus)
        self.setFocusProxy(self.entry)

    # -- display -------------------------------------------------------------------------
    def _show(self, citizen: CitizenInfo | None, headline: str | None = None) -> None:
        self.citizen = citizen
        self._set_profile(citizen)
        if citizen is None:
            text = headline or self.tr(
                "Anonymt besøg. Skriv CPR-nummer eller borgerkode for at genkende borgeren, "
                "eller opret en ny borger."
            )
            if self.actor.is_ambassador and headline is None:
                text = self.tr(
                    "Anonymt besøg. Skriv borgerkoden fra udskriften, eller opret en ny borger."
                )
        else:
            text = headline or self.tr("Besøget er knyttet til borgeren med kode %1.").replace(
                "%1", citizen.citizen_code or "–"
            )
        self.status.setText(f"<b>{text}</b>")
        self.new_code_button.setEnabled(citizen is not None)
        self.anonymous_button.setEnabled(citizen is not None)
        self._update_create_button()

    def _set_profile(self, citizen: CitizenInfo | None) -> None:
        widgets = (self.age_band, self.language, self.consent)
        for widget in widgets:
            widget.blockSignals(True)
        self.age_band.setCurrentIndex(
            max(0, self.age_band.findData(citizen.age_band if citizen else "unknown"))
        )
        self.language.setCurrentIndex(
            max(0, self.language.findData(citizen.language if citizen else "da"))
        )
        self.consent.setChecked(bool(citizen and citizen.consent_follow_up))
        for widget in widgets:
            widget.blockSignals(False)

    def _update_create_button(self) -> None:
        self.create_button.setEnabled(self.citizen is None or self._pending_cpr)

    def _error(self, text: str, error: ServiceError | None = None) -> None:
        if error is not None:  # a conflict: the visit screen reloads
            self.visit_version.failed(error)
        self.message.setText(in_ui_language(text))
        self.message.setVisible(bool(text))

    def _refresh_header(self) -> None:
        screen = self.parent()
        while screen is not None and not hasattr(screen, "show_visit"):
            screen = screen.parent()
        if screen is not None:
            screen.show_visit(self.services.visits.get_visit(self.actor, self.visit_id))

    def _clear_entry(self) -> None:
        self.entry.clear()
        self.entry.setEchoMode(QLineEdit.EchoMode.Normal)
        self._pending_cpr = False

    # -- actions -----------------------------------------------------------------------------
    def _entry_edited(self, text: str) -> None:
        self._pending_cpr = False
        if not text:
            self.entry.setEchoMode(QLineEdit.EchoMode.Normal)
        elif sum(char.isdigit() for char in text) >= 10 and classify_entry(text) == "cpr":
            self.entry.setEchoMode(QLineEdit.EchoMode.Password)  # all ten digits typed
        self._error("")
        self._update_create_button()

    def search(self) -> None:
        text = self.entry.text()
        kind = classify_entry(text)
        if kind == "cpr":
            self.entry.setEchoMode(QLineEdit.EchoMode.Password)  # no shoulder reading
            if self.actor.is_ambassador:
                self._clear_entry()
                self._error(
                    self.tr("Som digital ambassadør må du ikke bruge CPR-numre. Brug borgerkoden.")
                )
                return
        try:
            result = self.services.citizens.find(self.actor, text)
        except ServiceError as error:
            self._error(str(error))
            self.entry.setFocus()
            self.entry.selectAll()
            return
        self._error("")
        if result.citizen is not None:
            self._clear_entry()
            self._link(result.citizen, found=True)
            return
        if result.kind == "cpr":
            self._pending_cpr = True
            self._show(
                None,
                self.tr(
                    "Ingen borger med dette CPR-nummer endnu. Vælg aldersgruppe, sprog og "
                    "samtykke, og tryk Opret ny borger (Alt+O)."
                ),
            )
            self.age_band.setFocus()
        else:
            self._show(
                self.citizen,
                self.tr(
                    "Ingen borger har koden %1. Tjek udskriften, eller opret en ny borger."
                ).replace("%1", text.strip().upper()),
            )
            self.entry.selectAll()

    def _link(self, citizen: CitizenInfo, *, found: bool) -> None:
        try:
            version = self.visit_version.value
            citizen = self.services.citizens.link_visit(
                self.actor, self.visit_id, citizen.id, version
            )
        except ServiceError as error:
            return self._error(str(error), error)
        if found:
            headline = self.tr("Genkendt: borgeren med kode %1 er knyttet til besøget.").replace(
                "%1", citizen.citizen_code or "–"
            )
        else:
            headline = self.tr(
                "Ny borger oprettet med kode %1 – koden står på borgerens udskrift."
            ).replace("%1", citizen.citizen_code or "–")
        self._show(citizen, headline)
        self.citizen_changed.emit(citizen)
        self._refresh_header()

    def create(self) -> None:
        cpr = self.entry.text() if self._pending_cpr else None
        try:
            citizen = self.services.citizens.create(
                self.actor,
                cpr=cpr,
                age_band=self.age_band.currentData(),
                language=self.language.currentData(),
                consent_follow_up=self.consent.isChecked(),
            )
        except ServiceError as error:
            self._error(str(error))
            return
        self._clear_entry()
        self._error("")
        self._link(citizen, found=False)

    def new_code(self) -> None:
        if self.citizen is None:
            return
        try:
            citizen = self.services.citizens.new_code(self.actor, self.citizen.id)
        except ServiceError as error:
            self._error(str(error))
            return
        self._show(
            citizen,
            self.tr("Ny kode: %1. Den gamle kode virker ikke længere.").replace(
                "%1", citizen.citizen_code or "–"
            ),
        )
        self.citizen_changed.emit(citizen)
        self._refresh_header()

    def make_anonymous(self) -> None:
        try:
            version = self.visit_version.value
            self.services.citizens.make_anonymous(self.actor, self.visit_id, version)
        except ServiceError as error:
            return self._error(str(error), error)
        self._clear_entry()
        self._error("")
        self._show(None, self.tr("Besøget er nu anonymt."))
        self.citizen_changed.emit(None)
        self._refresh_header()

    def _profile_changed(self) -> None:
        if self.citizen is None:
            return  # a new citizen: the values are used when "Opret ny borger" is pressed
        try:
            self.citizen = self.services.citizens.update_profile(
                self.actor,
                self.citizen.id,
                age_band=self.age_band.currentData(),
                language=self.language.currentData(),
                consent_follow_up=self.consent.isChecked(),
            )
        except ServiceError as error:
            self._error(str(error))


def citizen_panel_factory(
    services: Services, actor: ActorContext, visit_id: int, parent: QWidget
) -> CitizenPanel:
    return CitizenPanel(services, actor, visit_id, parent)
