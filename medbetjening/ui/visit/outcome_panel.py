"""The "Afslut" tab of a visit: the required outcome, with defaults that usually fit.

Ctrl+Enter anywhere in the visit screen shows this tab with the close button in focus;
Ctrl+Enter (or Enter) again closes the visit: two key presses when the defaults fit.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from medbetjening.domain.notes import MASK, find_cpr_like
from medbetjening.domain.vocabulary import (
    Autonomy,
    BlockReason,
    Completion,
    ContactType,
    FollowUpKind,
    Referral,
    VisitStatus,
)
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.services.outcome import (
    DURATION_MAX_MINUTES,
    NOTE_MAX_CHARS,
    CloseRequest,
    OutcomeDefaults,
)
from medbetjening.ui.common.code_combo import code_combo, select_code
from medbetjening.ui.common.error_text import show_as_error, show_as_warning
from medbetjening.ui.common.i18n import date_edit_format
from medbetjening.ui.common.labels import label
from medbetjening.ui.common.number_text import whole_percent
from medbetjening.ui.common.reflow import scrolling_down
from medbetjening.ui.common.service_messages import in_ui_language
from medbetjening.ui.visit.close_checks import CloseChecks
from medbetjening.ui.visit.referral_fields import ReferralFields
from medbetjening.ui.visit.visit_version import shared_version


class OutcomePanel(QWidget):
    """Close the visit: completion, reason, autonomy, duration, referral, note, follow-up."""

    visit_closed = Signal(int)

    def __init__(
        self, services: Services, actor: ActorContext, visit_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.visit_id = services, actor, visit_id
        self.screen_widget = parent  # the visit screen (the tab widget re-parents us)
        self.visit_version = shared_version(parent, services, actor, visit_id)
        self.visit_version.conflict.connect(self.load)  # changed on another PC
        self.title = self.tr("Afslut")
        self.setAccessibleName(self.tr("Afslut besøget"))
        self._defaults: OutcomeDefaults | None = None

        self._build_fields()
        self._name_fields()
        self._build_form()

        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        self.checks = CloseChecks(services, actor, visit_id, self)
        self.checks.changed.connect(self.load)
        self.checks.cancelled.connect(self._cancelled)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.heading)
        layout.addWidget(self.checks)
        layout.addWidget(self.form_widget)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        outer = QVBoxLayout(self)  # at large text the form is taller than the window
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling_down(content, self.tr("Afslut besøget")))

        self.completion.currentIndexChanged.connect(self._completion_changed)
        self.follow_up_kind.currentIndexChanged.connect(self._follow_up_changed)
        self.note.textChanged.connect(self._note_changed)
        self.close_button.clicked.connect(self.close_visit)
        self.shortcuts = []
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), parent or self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.close_shortcut)
            self.shortcuts.append(shortcut)
        self.load()

    def _build_form(self) -> None:
        """The fields in a form with keyboard labels, as wide as a line of text."""
        form = QFormLayout()
        form.addRow(self._buddy(self.tr("Res&ultat:"), self.completion), self.completion)
        form.addRow(self._buddy(self.tr("H&vorfor:"), self.reason), self.reason)
        form.addRow(self._buddy(self.tr("&Selvstændighed:"), self.autonomy), self.autonomy)
        form.addRow("", self.autonomy_hint)
        form.addRow(self._buddy(self.tr("T&ype:"), self.contact_type), self.contact_type)
        form.addRow(self._buddy(self.tr("Vari&ghed:"), self.duration), self.duration)
        form.addRow(self._buddy(self.tr("H&envisning:"), self.referral), self.referral)
        form.addRow(
            self._buddy(self.tr("Henv&is til:"), self.referral_to.destination), self.referral_to
        )
        form.addRow(self._buddy(self.tr("&Note:"), self.note), self.note)
        form.addRow("", self.note_warning)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up_kind, 2)
        follow.addWidget(self.follow_up_date, 1)
        form.addRow(self._buddy(self.tr("&Opfølgning:"), self.follow_up_kind), follow)
        self.form_widget = QWidget()
        self.form_widget.setLayout(form)
        self.form_widget.setMaximumWidth(self.fontMetrics().averageCharWidth() * 110)

    def _name_fields(self) -> None:
        """Every field's accessible name and tooltip (read aloud, shown on hover)."""
        for widget, name, tip in (
            (self.completion, self.tr("Resultat"), self.tr("Blev ærindet gennemført?")),
            (self.reason, self.tr("Hvorfor"), self.tr("Hvad stoppede ærindet?")),
            (
                self.autonomy,
                self.tr("Selvstændighed"),
                self.tr("Hvor selv klarede borgeren det? Forslaget kommer fra trinene."),
            ),
            (
                self.contact_type,
                self.tr("Henvendelsestype"),
                self.tr("Tælles i statistik og KOMHEN; forslaget kommer fra forløbene"),
            ),
            (self.duration, self.tr("Varighed"), self.tr("Minutter fra start til nu; kan rettes")),
            (self.referral, self.tr("Henvisning"), self.tr("Hvor kan borgeren få mere hjælp?")),
            (self.note, self.tr("Note"), self.tr("Kort note; CPR-numre bliver skjult")),
            (self.follow_up_kind, self.tr("Opfølgning"), self.tr("Hvad skal der ske bagefter?")),
            (self.follow_up_date, self.tr("Opfølgningsdato"), self.tr("Hvornår")),
            (self.close_button, self.tr("Luk besøget"), self.tr("Gem resultatet og luk besøget")),
        ):
            widget.setAccessibleName(name)
            widget.setToolTip(tip)
        self.autonomy_hint.setAccessibleName(self.tr("Forslag til selvstændighed"))
        self.note_warning.setAccessibleName(self.tr("Advarsel om CPR-nummer"))
        self.error_label.setAccessibleName(self.tr("Fejl"))
        self.done_label.setAccessibleName(self.tr("Besøget er afsluttet"))

    def _build_fields(self) -> None:
        """The outcome's fields, the close button and the messages under them."""
        self.heading = QLabel(self.tr("<h3>Afslut besøget</h3>"))
        self.completion = code_combo("completion")
        self.reason = code_combo("block_reason", self.tr("Ingen årsag valgt"))
        self.autonomy = code_combo("autonomy")
        self.contact_type = code_combo("contact_type")
        self.autonomy_hint = QLabel()
        self.autonomy_hint.setWordWrap(True)
        self.duration = QSpinBox()
        self.duration.setRange(1, DURATION_MAX_MINUTES)
        self.duration.setSuffix(self.tr(" min"))
        self.referral = code_combo("referral", self.tr("Ingen henvisning"))
        self.referral_to = ReferralFields(self.services, self.actor, self)  # a site or help point
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Kort note uden CPR-nummer (valgfri)"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.note_warning = QLabel()
        self.note_warning.setWordWrap(True)
        show_as_warning(self.note_warning)
        self.note_warning.hide()
        self.follow_up_kind = code_combo("follow_up_kind", self.tr("Ingen opfølgning"))
        self.follow_up_date = QDateEdit()
        self.follow_up_date.setCalendarPopup(True)
        self.follow_up_date.setDisplayFormat(date_edit_format())
        self.follow_up_date.setMinimumDate(QDate.currentDate())
        self.close_button = QPushButton(self.tr("&Luk besøget (Ctrl+Enter)"))
        self.close_button.setAutoDefault(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        show_as_error(self.error_label)
        self.error_label.hide()
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.hide()

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        buddy = QLabel(text)
        buddy.setBuddy(widget)
        return buddy

    # -- loading --------------------------------------------------------------
    def load(self) -> None:
        """Fetch the suggested defaults; a field the user changed keeps its value."""
        try:
            defaults = self.services.outcome.defaults(self.actor, self.visit_id)
        except ServiceError as error:
            if self._defaults is None:  # nothing to close with: e.g. not this user's visit
                self.form_widget.setEnabled(False)
                self.close_button.setEnabled(False)
            self._show_error(str(error))
            return
        if defaults.status != VisitStatus.OPEN.value:
            self._show_closed()
            return
        old = self._defaults
        self._defaults = defaults
        if old is None or self.completion.currentData() == old.completion.value:
            select_code(self.completion, defaults.completion.value)
        if old is None or self.reason.currentData() == (old.reason and old.reason.value):
            select_code(self.reason, defaults.reason and defaults.reason.value)
        if old is None or self.autonomy.currentData() == old.autonomy.value:
            select_code(self.autonomy, defaults.autonomy.value)
        if old is None or self.contact_type.currentData() == old.contact_type.value:
            select_code(self.contact_type, defaults.contact_type.value)
        if old is None or self.duration.value() == old.duration_minutes:
            self.duration.setValue(defaults.duration_minutes)
        if old is None:
            day = defaults.follow_up_date
            self.follow_up_date.setDate(QDate(day.year, day.month, day.day))
        self._show_autonomy_hint(defaults)
        self.checks.refresh()
        self.follow_up_kind.setEnabled(defaults.has_citizen)
        self.follow_up_kind.setToolTip(
            self.tr("Hvad skal der ske bagefter?")
            if defaults.has_citizen
            else self.tr("Knyt borgeren til besøget for at planlægge en opfølgning")
        )
        if not defaults.has_citizen:
            self.follow_up_kind.setCurrentIndex(0)
        self._completion_changed()
        self._follow_up_changed()

    def _show_autonomy_hint(self, defaults: OutcomeDefaults) -> None:
        if defaults.derived_autonomy is None:
            self.autonomy_hint.setText(self.tr("Ingen trin markeret – vælg selv."))
            return
        text = self.tr("Forslag ud fra de markerede trin: %1 (borgeren gjorde %2 af dem)")
        name = label("autonomy", defaults.derived_autonomy.value)
        share = whole_percent(round((defaults.citizen_share or 0) * 100))
        self.autonomy_hint.setText(text.replace("%1", name).replace("%2", share))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._defaults is not None and self.form_widget.isEnabled():
            self.load()

    # -- reacting -------------------------------------------------------------
    def _completion_changed(self) -> None:
        needs_reason = self.completion.currentData() != Completion.COMPLETED.value
        self.reason.setEnabled(needs_reason)

    def _follow_up_changed(self) -> None:
        self.follow_up_date.setEnabled(
            self.follow_up_kind.isEnabled() and self.follow_up_kind.currentData() is not None
        )

    def _note_changed(self) -> None:
        text = self.note.toPlainText()
        found = find_cpr_like(text)
        if found:
            self.note_warning.setText(
                self.tr(
                    "Noten ser ud til at indeholde et CPR-nummer. Det bliver skjult (%1), når du gemmer."
                ).replace("%1", MASK)
            )
        elif len(text.strip()) > NOTE_MAX_CHARS:
            self.note_warning.setText(
                self.tr("Noten er for lang: højst %1 tegn.").replace("%1", str(NOTE_MAX_CHARS))
            )
        self.note_warning.setVisible(bool(found) or len(text.strip()) > NOTE_MAX_CHARS)

    def close_shortcut(self) -> None:
        """Ctrl+Enter: from elsewhere in the visit, show this tab with the close button in
        focus; from inside this tab, close the visit."""
        tabs = self._tabs()
        focus = QApplication.focusWidget()
        if (tabs is not None and tabs.currentWidget() is not self) or not (
            focus is not None and self.isAncestorOf(focus)
        ):
            if tabs is not None:
                tabs.setCurrentWidget(self)
            self.close_button.setFocus()
            return
        self.close_visit()

    def _tabs(self) -> QTabWidget | None:
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parentWidget()
        return widget

    # -- closing --------------------------------------------------------------
    def request(self) -> CloseRequest:
        assert self._defaults is not None
        reason = self.reason.currentData() if self.reason.isEnabled() else None
        referral = self.referral.currentData()
        kind = self.follow_up_kind.currentData()
        day = self.follow_up_date.date()
        return CloseRequest(
            completion=Completion(self.completion.currentData()),
            reason=BlockReason(reason) if reason else None,
            autonomy=Autonomy(self.autonomy.currentData()),
            duration_minutes=self.duration.value(),
            referral=Referral(referral) if referral else None,
            note=self.note.toPlainText(),
            follow_up_kind=FollowUpKind(kind) if kind else None,
            follow_up_date=dt.date(day.year(), day.month(), day.day()) if kind else None,
            expected_version=self._defaults.version,
            contact_type=ContactType(self.contact_type.currentData()),
            referral_to=self.referral_to.target(),
        )

    def close_visit(self) -> None:
        if self._defaults is None or not self.form_widget.isEnabled():
            return
        try:
            closed = self.services.outcome.close_visit(self.actor, self.visit_id, self.request())
        except ServiceError as error:
            self.visit_version.failed(error)  # a conflict: the visit screen reloads
            self._show_error(str(error))
            return
        self.error_label.hide()
        self._show_closed()
        if closed.masked_numbers:
            self.done_label.setText(
                self.done_label.text()
                + " "
                + self.tr("%1 CPR-lignende nummer blev skjult i noten.").replace(
                    "%1", str(closed.masked_numbers)
                )
            )
        self.visit_closed.emit(self.visit_id)
        screen = self.screen_widget
        if screen is not None and hasattr(screen, "show_visit"):
            screen.show_visit(self.services.visits.get_visit(self.actor, self.visit_id))
        if screen is not None and hasattr(screen, "back_requested"):
            screen.back_requested.emit()

    def _cancelled(self, visit_id: int) -> None:
        """A visit started by mistake: nothing to close; back to today's list."""
        self.form_widget.setEnabled(False)
        self.close_button.setEnabled(False)
        self.checks.hide()
        self.done_label.setText(self.tr("Besøget er annulleret."))
        self.done_label.show()
        self.visit_closed.emit(visit_id)
        screen = self.screen_widget
        if screen is not None and hasattr(screen, "back_requested"):
            screen.back_requested.emit()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(in_ui_language(message))
        self.error_label.show()
        self.error_label.setFocus()

    def _show_closed(self) -> None:
        self.form_widget.setEnabled(False)
        self.close_button.setEnabled(False)
        self.close_button.hide()
        self.autonomy_hint.hide()
        info = self.services.outcome.outcome(self.actor, self.visit_id)
        if info is None:
            self.done_label.setText(self.tr("Besøget er afsluttet."))
        else:
            select_code(self.completion, info.completion)
            select_code(self.reason, info.reason)
            select_code(self.autonomy, info.autonomy)
            select_code(self.contact_type, info.contact_type)
            select_code(self.referral, info.referral)
            select_code(self.follow_up_kind, info.follow_up_kind)
            if info.duration_minutes:
                self.duration.setValue(info.duration_minutes)
            self.note.setPlainText(info.note or "")
            self.done_label.setText(
                self.tr("Besøget er afsluttet: %1, %2.")
                .replace("%1", label("completion", info.completion))
                .replace("%2", label("autonomy", info.autonomy).lower())
            )
        self.done_label.show()


def outcome_panel(
    services: Services, actor: ActorContext, visit_id: int, parent: QWidget
) -> OutcomePanel:
    """Factory for ui/visit/visit_panels.py."""
    return OutcomePanel(services, actor, visit_id, parent)
