"""Register a workshop (Besøg › Workshop …, Ctrl+Shift+W): a course, an IT-café or a
group lesson held at one's own site.

Anonymous participants are counted per age band ("Ikke oplyst" when nobody asked);
participants with a citizen code are typed as codes and practised every topic checked.
A refused form keeps what was typed and says what is wrong; a saved one clears.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from medbetjening.domain.vocabulary import AgeBand
from medbetjening.domain.workshops import (
    MAX_MINUTES,
    MAX_PARTICIPANTS,
    MIN_MINUTES,
    TOPICS,
    Participant,
    WorkshopDraft,
    WorkshopKind,
)
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.ui.common.check_list import CheckList
from medbetjening.ui.common.i18n import current_language, date_edit_format
from medbetjening.ui.common.labels import choices, label
from medbetjening.ui.common.workshop_labels import topic_label

_CODE_SEPARATORS = re.compile(r"[\s,;]+")
# the age bands in reading order, "not asked" last
_BANDS = [band.value for band in AgeBand if band != AgeBand.UNKNOWN] + [AgeBand.UNKNOWN.value]


class WorkshopDialog(QDialog):
    def __init__(self, services, actor: ActorContext, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.setWindowTitle(self.tr("Workshop"))
        self.setAccessibleName(self.tr("Registrér en workshop"))

        self.held_on = QDateEdit(QDate.currentDate())
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat(date_edit_format())
        self.minutes = QSpinBox()
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(120)
        self.minutes.setSuffix(self.tr(" min."))
        self.kind = QComboBox()
        for code, name in choices("workshop_kind"):
            self.kind.addItem(name, code)
        topics = [(code, topic_label(code, title)) for code, title in TOPICS.items()]
        topics += [(f.id, f.title.get(current_language())) for f in services.flows.flows()]
        self.topics = CheckList(self.tr("Emner"), topics)
        self.topics.setToolTip(self.tr("Det, der blev øvet: et emne eller et forløb"))
        self.topics.setMinimumHeight(self.fontMetrics().height() * 6)  # grows with the text size
        helpers = [(s.id, s.name) for s in services.setup.staff(actor.site_id)]
        self.helpers = CheckList(self.tr("Undervisere"), helpers)
        self.helpers.setToolTip(self.tr("Medarbejdere og frivillige, der underviste"))
        self.helpers.set_checked({actor.staff_id})
        count_box = self._build_counts()
        self.codes = QPlainTextEdit()
        self.codes.setTabChangesFocus(True)
        self.codes.setPlaceholderText(self.tr("fx K7M-4PX, ABC-DEF"))
        self.codes.setMaximumHeight(70)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Besked om workshoppen"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        for widget, name, tip in (
            (self.held_on, self.tr("Dato"), self.tr("Dagen, workshoppen blev holdt")),
            (self.minutes, self.tr("Varighed"), self.tr("Varighed i minutter")),
            (self.kind, self.tr("Slags"), self.tr("Kursus, it-café eller holdundervisning")),
            (
                self.codes,
                self.tr("Deltagere med borgerkode"),
                self.tr("Borgerkoderne fra udskriften, adskilt af komma eller linjeskift"),
            ),
        ):
            widget.setAccessibleName(name)
            widget.setToolTip(tip)

        form = self._build_form()
        buttons = self._build_buttons()

        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addLayout(form)
        inner.addWidget(count_box)
        scroll = QScrollArea()  # at 200 % text the form scrolls down, never sideways
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        scroll.setAccessibleName(self.tr("Workshoppens oplysninger"))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        self.resize(640, 720)
        self.held_on.setFocus()

    def _build_counts(self) -> QGroupBox:
        """Participants without a code: a count per age band."""
        self.counts: dict[str, QSpinBox] = {}
        count_box = QGroupBox(self.tr("Deltagere uden borgerkode (antal pr. aldersgruppe)"))
        grid = QGridLayout(count_box)
        for number, band in enumerate(_BANDS):
            spin = QSpinBox()
            spin.setRange(0, MAX_PARTICIPANTS)
            name = label("age_band", band)
            spin.setAccessibleName(self.tr("Deltagere: %1").replace("%1", name))
            spin.setToolTip(self.tr("Antal deltagere uden borgerkode: %1").replace("%1", name))
            caption = QLabel(name)
            caption.setBuddy(spin)
            grid.addWidget(caption, number // 2, (number % 2) * 2)
            grid.addWidget(spin, number // 2, (number % 2) * 2 + 1)
            self.counts[band] = spin
        return count_box

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Dato:"), self.held_on),
            (self.tr("&Varighed:"), self.minutes),
            (self.tr("&Slags:"), self.kind),
            (self.tr("&Emner:"), self.topics),
            (self.tr("&Undervisere:"), self.helpers),
            (self.tr("&Borgerkoder:"), self.codes),
        ):
            buddy = QLabel(text)
            buddy.setBuddy(widget)
            form.addRow(buddy, widget)
        return form

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            self.tr("&Gem workshop"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setAccessibleName(self.tr("Gem workshoppen"))
        self.save_button.setToolTip(self.tr("Gem og ryd til den næste"))
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Luk"))
        close.setToolTip(self.tr("Luk (Esc)"))
        close.setAutoDefault(False)
        return buttons

    def draft(self) -> WorkshopDraft:
        codes = [code for code in _CODE_SEPARATORS.split(self.codes.toPlainText()) if code]
        return WorkshopDraft(
            held_on=self.held_on.date().toPython(),
            minutes=self.minutes.value(),
            kind=WorkshopKind(self.kind.currentData()),
            topics=tuple(self.topics.checked()),
            helper_ids=tuple(self.helpers.checked()),
            anonymous={band: spin.value() for band, spin in self.counts.items() if spin.value()},
            participants=tuple(Participant(code) for code in codes),
        )

    def save(self) -> None:
        draft = self.draft()
        try:
            workshop_id = self.services.workshops.record(self.actor, draft)
        except ServiceError as error:
            self.status.setText(str(error))  # the form keeps what was typed
            return
        self.status.setText(
            self.tr("Workshop nr. %1 gemt: %2 deltagere, heraf %3 med borgerkode.")
            .replace("%1", str(workshop_id))
            .replace("%2", str(draft.participant_count))
            .replace("%3", str(len(draft.participants)))
        )
        for spin in self.counts.values():
            spin.setValue(0)
        self.codes.clear()
        self.topics.set_checked(set())
        self.held_on.setFocus()
