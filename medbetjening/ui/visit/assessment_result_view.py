"""The assessment's live result: level (or the range while not settled), flag, barriers,
the route and what to offer beside it, the previous result, and the staff's judgment
of the level and of the route."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from medbetjening.domain.assessment import Change, Instrument, change
from medbetjening.ui.common.i18n import format_date
from medbetjening.ui.common.wrap_label import WrapLabel
from medbetjening.ui.visit.assessment_controller import AssessmentController


def level_text(instrument: Instrument, level: int, language: str) -> str:
    return f"{level} – {instrument.level_rule(level).name.get(language)}"


def range_change(previous: int, low: int, high: int) -> Change | None:
    """The change when the new level is only known as a range (None: not yet known)."""
    if low > previous:
        return Change.UP
    if high < previous:
        return Change.DOWN
    return change(previous, low) if low == high else None


class ResultView(QWidget):
    """The live result in plain words, the previous result, and the override."""

    def __init__(self, controller: AssessmentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setAccessibleName(self.tr("Resultat"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)

        self.level = self._label(self.tr("Niveau"))
        font = self.level.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.level.setFont(font)
        self.level_detail = self._label(self.tr("Om niveauet"))
        self.flag = self._label(self.tr("Digitalt udfordret"))
        self.barriers = self._label(self.tr("Barrierer"))
        self.route = self._label(self.tr("Anbefaling"))
        self.previous = self._label(self.tr("Sammenligning med sidste besøg"))
        self.previous.setFrameShape(QFrame.Shape.StyledPanel)
        self.previous.setMargin(6)
        for widget in (
            self.level,
            self.level_detail,
            self.flag,
            self.barriers,
            self.route,
            self.previous,
        ):
            layout.addWidget(widget)

        box = QGroupBox(self.tr("Dit skøn"))
        form = QVBoxLayout(box)
        combo_label = QLabel(self.tr("Ændr ni&veau:"))
        self.override_level = QComboBox()
        self.override_level.setAccessibleName(self.tr("Ændr niveau"))
        self.override_level.setToolTip(self.tr("Sæt niveauet efter dit skøn (Alt+V)"))
        self.override_level.addItem(self.tr("Brug det beregnede niveau"), None)
        instrument = controller.instrument
        assert instrument is not None
        for rule in instrument.levels:
            self.override_level.addItem(
                level_text(instrument, rule.level, controller.language), rule.level
            )
        combo_label.setBuddy(self.override_level)
        reason_label = QLabel(self.tr("Begr&undelse:"))
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        self.reason.setAccessibleName(self.tr("Begrundelse for niveauet"))
        self.reason.setPlaceholderText(self.tr("Hvorfor? (kræves, intet CPR-nummer)"))
        self.reason.setToolTip(self.tr("Begrundelsen gemmes sammen med niveauet (Alt+U)"))
        self.reason.returnPressed.connect(self._save_override)
        reason_label.setBuddy(self.reason)
        self.save = QPushButton(self.tr("&Gem niveau"))
        self.save.setAccessibleName(self.tr("Gem niveau"))
        self.save.setToolTip(
            self.tr("Gem dit niveau og begrundelsen (Alt+G, eller Enter i feltet)")
        )
        self.save.clicked.connect(self._save_override)
        self.override_status = self._label(self.tr("Dit niveau"))
        for widget in (
            combo_label,
            self.override_level,
            reason_label,
            self.reason,
            self.save,
            self.override_status,
        ):
            form.addWidget(widget)
        layout.addWidget(box)
        layout.addWidget(self._route_box(instrument, controller.language))
        layout.addStretch(1)
        controller.changed.connect(self.refresh)
        self.refresh()

    def add_under_route(self, widget: QWidget) -> None:
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.route) + 1, widget)  # type: ignore[attr-defined]

    def _route_box(self, instrument: Instrument, language: str) -> QGroupBox:
        """Staff choose the route itself (e.g. staff-assisted today), with a reason."""
        box = QGroupBox(self.tr("Din vej"))
        form = QVBoxLayout(box)
        label = QLabel(self.tr("Vælg en anden ve&j:"))
        self.override_route = QComboBox()
        self.override_route.setAccessibleName(self.tr("Vælg en anden vej"))
        self.override_route.setToolTip(self.tr("Vælg vejen efter dit skøn (Alt+J)"))
        self.override_route.addItem(self.tr("Brug den anbefalede vej"), None)
        for route in instrument.routes:
            self.override_route.addItem(route.name.get(language), route.id)
        label.setBuddy(self.override_route)
        self.route_reason = QLineEdit()
        self.route_reason.setMaxLength(500)
        self.route_reason.setAccessibleName(self.tr("Begrundelse for vejen"))
        self.route_reason.setPlaceholderText(self.tr("Hvorfor? (kræves, intet CPR-nummer)"))
        self.route_reason.setToolTip(self.tr("Begrundelsen gemmes og logges sammen med vejen"))
        self.route_reason.returnPressed.connect(self._save_route)
        self.save_route = QPushButton(self.tr("Gem vej"))
        self.save_route.setAccessibleName(self.tr("Gem vej"))
        self.save_route.setToolTip(self.tr("Gem vejen og begrundelsen (Enter i feltet)"))
        self.save_route.clicked.connect(self._save_route)
        for widget in (label, self.override_route, self.route_reason, self.save_route):
            form.addWidget(widget)
        return box

    def _save_route(self) -> None:
        route_id = self.override_route.currentData()
        if self.controller.override_route(route_id, self.route_reason.text()):
            self.route_reason.clear()

    def _label(self, name: str) -> QLabel:
        label = WrapLabel()  # remembers its height: a key relays out only what changed
        label.setAccessibleName(name)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def _save_override(self) -> None:
        level = self.override_level.currentData()
        if self.controller.override(level, self.reason.text()):
            self.reason.clear()  # the reason in force is shown below

    def refresh(self) -> None:
        instrument, state = self.controller.instrument, self.controller.state
        if instrument is None or state is None:
            return
        lang = self.controller.language
        result = state.result
        if not result.started and state.level is None:
            self.level.setText(self.tr("Niveau: ikke vurderet endnu"))
            self.level_detail.setText(self.tr("Tast svarene til venstre; resultatet vises her."))
        elif result.provisional and not state.overridden:
            self.level.setText(
                self.tr("Niveau: ikke afklaret (%1–%2)")
                .replace("%1", str(result.level))
                .replace("%2", str(result.level_max))
            )
            self.level_detail.setText(
                self.tr(
                    "Mindst %1, højst %2. Besvar resten, fx de observerede punkter under ærindet."
                )
                .replace("%1", level_text(instrument, result.level, lang))
                .replace("%2", level_text(instrument, result.level_max, lang))
            )
        else:
            level = result.effective_level
            self.level.setText(
                self.tr("Niveau %1").replace("%1", level_text(instrument, level, lang))
            )
            detail = (
                self.tr("Sat af dig (beregnet: %1).").replace(
                    "%1", level_text(instrument, result.level, lang)
                )
                if state.overridden
                else ""
            )
            advice = instrument.level_rule(level).advice.get(lang)
            self.level_detail.setText(f"{detail} {advice}".strip())
        flag = {
            True: self.tr("ja"),
            False: self.tr("nej"),
            None: self.tr("ikke afklaret endnu"),
        }[result.digitally_challenged]
        self.flag.setText(
            self.tr("<b>Digitalt udfordret</b> (Danmarks Statistiks definition): %1").replace(
                "%1", flag
            )
        )
        names = [b.name.get(lang) for b in instrument.barriers if b.id in result.barriers]
        self.barriers.setText(
            self.tr("<b>Barrierer:</b> %1").replace(
                "%1", ", ".join(names) if names else self.tr("ingen fundet indtil nu")
            )
        )
        route = instrument.route(result.route)
        if route is not None:
            text = self.tr("<b>Anbefaling:</b> %1").replace("%1", route.name.get(lang))
            if result.route_provisional:
                text += " " + self.tr("(foreløbig)")
            extra = [route.advice.get(lang)]
            chosen = instrument.route(state.route or "") if state.route_overridden else None
            if chosen is not None:
                extra.append(
                    self.tr("<b>Vej valgt af dig:</b> %1 – %2")
                    .replace("%1", chosen.name.get(lang))
                    .replace("%2", state.route_override_reason or "")
                )
            extra += [
                self.tr("<b>Tilbyd også:</b> %1 – %2")
                .replace("%1", s.name.get(lang))
                .replace("%2", s.advice.get(lang))
                for s in instrument.suggestions
                if s.id in result.suggestions
            ]
            extra += [
                self.tr("<i>Ikke relevant:</i> %1 – %2")
                .replace("%1", instrument.item(item_id).text.get(lang))
                .replace("%2", why)
                for item_id, why in result.not_applicable.items()
            ]
            self.route.setText("<br>".join([text, *extra]))
        self._show_previous(instrument, state.level, lang)
        self._show_override(state)

    def _show_previous(self, instrument: Instrument, level: int | None, lang: str) -> None:
        previous = self.controller.previous
        if not self.controller.can_see_history:
            self.previous.hide()
            return
        self.previous.show()
        if previous is None:
            self.previous.setText(self.tr("Ingen tidligere kompetenceafklaring af borgeren."))
            return
        date = format_date(previous.visit_started_at)
        if previous.level is None:  # not settled then: its range, and no arrow
            before = (
                self.tr("ikke afklaret (%1–%2)")
                .replace("%1", str(previous.level_low))
                .replace("%2", str(previous.level_high))
            )
        elif previous.level in {r.level for r in instrument.levels}:
            before = level_text(instrument, previous.level, lang)
        else:
            before = str(previous.level)
        result = self.controller.state.result if self.controller.state else None
        if result is None or (not result.started and level is None):
            now, change = self.tr("ikke vurderet endnu"), None
        elif result.provisional and result.override is None:
            now = (
                self.tr("ikke afklaret (%1–%2)")
                .replace("%1", str(result.level))
                .replace("%2", str(result.level_max))
            )
            change = (
                range_change(previous.level, result.level, result.level_max)
                if previous.level is not None
                else None
            )
        else:
            now = level_text(instrument, result.effective_level, lang)
            change = previous.change_to(result.effective_level)
        words = {
            "↑": self.tr("bedre end sidst"),
            "↓": self.tr("svagere end sidst"),
            "=": self.tr("som sidst"),
        }
        arrow = f"<span style='font-size:x-large'><b>{change.value}</b></span> " if change else ""
        self.previous.setText(
            self.tr("<b>Sidst</b> (%1): %2<br><b>Nu:</b> %3<br>%4")
            .replace("%1", date)
            .replace("%2", before)
            .replace("%3", now)
            .replace("%4", arrow + (words[change.value] if change else ""))
        )

    def _show_override(self, state) -> None:  # type: ignore[no-untyped-def]
        if not self.override_level.hasFocus():  # show the level in force, unless being edited
            index = self.override_level.findData(state.level if state.overridden else None)
            self.override_level.setCurrentIndex(max(index, 0))
        if state.overridden:
            self.override_status.setText(
                self.tr("Dit niveau gælder. Begrundelse: %1").replace(
                    "%1", state.override_reason or ""
                )
            )
        else:
            self.override_status.setText(self.tr("Det beregnede niveau gælder."))
