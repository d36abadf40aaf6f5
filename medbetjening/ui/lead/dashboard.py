"""The statistics dashboard for team leads: filters on top, every chart below follows them.

Numbers come from ``services.statistics.dashboard`` (pre-aggregated tables) and are
fetched off the GUI thread; a newer request supersedes an older one.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput
from medbetjening.services.statistics import Dashboard, StatisticsFilter
from medbetjening.ui.common.check_list import CheckList
from medbetjening.ui.common.flow_titles import shown_flow_titles
from medbetjening.ui.common.i18n import current_language, date_edit_format, format_number
from medbetjening.ui.common.labels import label
from medbetjening.ui.common.number_text import percent
from medbetjening.ui.common.tasks import BackgroundTask
from medbetjening.ui.lead.card_grid import CardGrid
from medbetjening.ui.lead.chart_card import ChartCard, ChartTable
from medbetjening.ui.lead.dashboard_routes import avoided_card, override_card
from medbetjening.ui.lead.fill_steps import FillSteps
from medbetjening.ui.lead.friction_panel import FrictionPanel
from medbetjening.ui.lead.referral_chart import route_table


class DashboardWindow(QWidget):
    """A window of its own, so the counter's main window stays as it was."""

    def __init__(
        self, services: Services, actor: ActorContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.actor = actor
        self.data: Dashboard | None = None
        self._task: BackgroundTask | None = None
        self._drawing = False
        self._generation = 0
        self._fill = FillSteps(self)
        self.setWindowTitle(self.tr("Statistik – Medbetjening"))
        self.setAccessibleName(self.tr("Statistik"))
        self.resize(1200, 860)

        self._build_filters()
        top = self._lay_out_filters()

        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Nøgletal"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        scroll = self._build_charts()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        self.setTabOrder(self.date_from, self.date_to)
        self.setTabOrder(self.date_to, self.granularity)
        self.setTabOrder(self.granularity, self.sites)
        self.setTabOrder(self.sites, self.staff)
        self.setTabOrder(self.staff, self.refresh_button)

    # -- filters and fetching ----------------------------------------------------------

    def _build_charts(self) -> QScrollArea:
        """One card per chart, two to a row when two fit; the trend takes a whole row."""
        self.cards: dict[str, ChartCard] = {}
        grid_host = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.card_grid = CardGrid(scroll, grid_host)
        specs = [
            ("channels", self.tr("Besøg pr. kanal og henvendelsestype"), "stacked"),
            ("steps", self.tr("Hvem gjorde trinene"), "pie"),
            ("autonomy", self.tr("Selvstændighed"), "pie"),
            ("completion", self.tr("Resultat"), "hbar"),  # names like "Delvist gennemført"
            ("blockers", self.tr("Forhindringer"), "hbar"),
            ("flows", self.tr("Mest brugte forløb"), "hbar"),
            ("referrals", self.tr("Henvisninger"), "hbar"),
            ("referral_routes", self.tr("Henvisninger pr. rute: henvist og taget op"), "hbar"),
            ("follow_ups", self.tr("Opfølgninger"), "bar"),
            ("self_sufficient", self.tr("Borgere der blev selvhjulpne pr. opgave"), "hbar"),
            ("route_overrides", self.tr("Anbefalet vej ændret af medarbejderen"), "hbar"),
            ("avoided", self.tr("Undgåede besøg pr. opgave (skøn)"), "hbar"),
            ("workshops", self.tr("Workshops"), "hbar"),
            ("trend", self.tr("Tendens"), "line"),
        ]
        for key, title, kind in specs:
            card = ChartCard(key, title, kind)
            self.cards[key] = card
            self.card_grid.add(card, whole_row=key == "trend")
        self.friction = FrictionPanel(self.services, self.actor)
        self.card_grid.add(self.friction, whole_row=True)
        scroll.setWidget(grid_host)
        scroll.setAccessibleName(self.tr("Diagrammer"))
        return scroll

    def _lay_out_filters(self) -> QHBoxLayout:
        form = QFormLayout()
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        period_label = QLabel(self.tr("&Periode:"))
        period_label.setBuddy(self.date_from)
        form.addRow(period_label, dates)
        form.addRow(self.tr("&Tendens pr.:"), self.granularity)
        lists = QHBoxLayout()
        for text, widget in (
            (self.tr("&Steder:"), self.sites),
            (self.tr("&Medarbejdere:"), self.staff),
        ):
            column = QVBoxLayout()
            caption = QLabel(text)
            caption.setBuddy(widget)
            column.addWidget(caption)
            column.addWidget(widget)
            lists.addLayout(column)
        buttons = QVBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(form)
        top.addLayout(lists, 1)
        top.addLayout(buttons)
        return top

    def _build_filters(self) -> None:
        """Period, sites, staff, trend step; refresh and cancel."""
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-12).addDays(1))
        self.date_to = QDateEdit(today)
        for edit, name in (
            (self.date_from, self.tr("Fra dato")),
            (self.date_to, self.tr("Til dato")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
            edit.setAccessibleName(name)
            edit.setToolTip(name)
        self.sites = CheckList(
            self.tr("Steder"), [(s.id, s.name) for s in self.services.setup.sites()]
        )
        self.staff = CheckList(
            self.tr("Medarbejdere"), [(s.id, s.name) for s in self.services.setup.staff()]
        )
        self.granularity = QComboBox()
        self.granularity.addItem(self.tr("Uge"), "week")
        self.granularity.addItem(self.tr("Måned"), "month")
        self.granularity.setAccessibleName(self.tr("Tendens pr."))
        self.granularity.setToolTip(self.tr("Tendensen vises pr. uge eller pr. måned"))

        self.refresh_button = QPushButton(self.tr("&Opdatér"))
        self.refresh_button.setAccessibleName(self.tr("Opdatér statistikken"))
        self.refresh_button.setToolTip(self.tr("Hent tallene for de valgte filtre (F5)"))
        self.refresh_button.setDefault(True)
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        self.cancel_button = QPushButton(self.tr("Afbryd"))
        self.cancel_button.setAccessibleName(self.tr("Afbryd hentning"))
        self.cancel_button.setToolTip(self.tr("Stop hentningen af tal"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Henter tal"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(160)

    def current_filter(self) -> StatisticsFilter:
        return StatisticsFilter(
            date_from=self.date_from.date().toPython(),
            date_to=self.date_to.date().toPython(),
            site_ids=self.sites.checked(),
            staff_ids=self.staff.checked(),
            granularity=self.granularity.currentData(),
        )

    def set_period(self, date_from: dt.date, date_to: dt.date) -> None:
        self.date_from.setDate(QDate(date_from))
        self.date_to.setDate(QDate(date_to))

    def refresh(self) -> None:
        try:
            flt = self.current_filter()
        except Exception as error:  # noqa: BLE001 - a ServiceError with a Danish message
            QMessageBox.warning(self, self.tr("Statistik"), str(error))
            return
        if self._task is not None and self._task.running:
            self._task.cancel()
        self._fill.stop()  # the charts of an older filter are not drawn on
        self._generation += 1
        generation = self._generation
        services, actor = self.services, self.actor
        self._shown_filter = flt  # the friction list follows once these numbers are in

        def work(control: object) -> Dashboard:
            data = services.statistics.dashboard(actor, flt)
            # the route-override card needs the instrument: its first load parses and checks
            # the YAML (~0.3 s at 1M beside an export); here, not on the GUI thread in _show
            _instrument_of(services)
            return data

        task = BackgroundTask(work, self)
        task.succeeded.connect(lambda data: self._show(generation, data))
        task.failed.connect(lambda error: self._failed(generation, error))
        task.finished.connect(lambda: self._finished(generation))
        self._task = task
        self.progress.setVisible(True)
        self.cancel_button.setEnabled(True)
        task.start()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._fill.stop()
        self._drawing = False
        self._generation += 1
        self._finished(self._generation)

    def _finished(self, generation: int) -> None:
        if generation == self._generation and not self._drawing:
            self.progress.setVisible(False)
            self.cancel_button.setEnabled(False)

    def _failed(self, generation: int, error: object) -> None:
        if generation == self._generation:
            QMessageBox.warning(self, self.tr("Statistikken kunne ikke hentes"), str(error))

    # -- showing ---------------------------------------------------------------------------
    def _show(self, generation: int, data: Dashboard) -> None:
        if generation != self._generation:
            return  # superseded by a newer filter
        self.data = data
        self.friction.load(self._shown_filter)  # after: one statistics refresh at a time
        self.summary.setText(
            self.tr(
                "<b>%1 besøg</b> · %2 af trinene gjort af borgeren · %3 af besøgene "
                "selvstændige · %4 af opfølgningerne udført · %5 med kendt borger"
            )
            .replace("%1", str(data.visits))
            .replace("%2", percent(data.citizen_step_share))
            .replace("%3", percent(data.autonomous_share))
            .replace("%4", percent(data.follow_ups_done_share))
            .replace("%5", str(data.visits_with_citizen))
            + "<br>"
            + self.tr("%1 workshops med %2 deltagere, %3 timer (tæller ikke som besøg)")
            .replace("%1", str(data.workshops.workshops))
            .replace("%2", str(data.workshops.participants))
            .replace("%3", format_number(data.workshops.hours, 1))
        )
        # One chart per turn of the event loop: drawing all ten at once stalls the window.
        self._drawing = True  # the progress bar stays until the last chart is drawn
        updates: list[tuple[ChartCard, tuple]] = []  # type: ignore[type-arg]

        def put(name: str, *arguments) -> None:  # type: ignore[no-untyped-def]
            updates.append((self.cards[name], arguments))

        types = ["information", "interaction", "transaction"]
        channel_rows = tuple(
            (label("channel", ch), *(data.by_channel_and_type.get((ch, t), 0) for t in types))
            for ch in sorted(data.by_channel, key=lambda c: -data.by_channel[c])
        )
        put(
            "channels",
            ChartTable(
                (self.tr("Kanal"), *(label("contact_type", t) for t in types)), channel_rows
            ),
        )
        put(
            "steps",
            self._table("step_actor", self.tr("Udført af"), data.steps_by_actor),
            self.tr("Borgerens andel: %1").replace("%1", percent(data.citizen_step_share)),
        )
        put(
            "autonomy",
            self._table("autonomy", self.tr("Selvstændighed"), data.autonomy),
            self.tr("Selvstændige: %1").replace("%1", percent(data.autonomous_share)),
        )
        put("completion", self._table("completion", self.tr("Resultat"), data.completion))
        put("blockers", self._table("block_reason", self.tr("Forhindring"), data.blockers))
        put(
            "flows",
            ChartTable(
                (self.tr("Forløb"), self.tr("Besøg"), self.tr("Gennemført")),
                tuple(
                    (shown_flow_titles(f.title), f.visits, f.runs_completed)
                    for f in reversed(data.top_flows)
                ),
            ),
        )
        put("referrals", self._table("referral", self.tr("Henvist til"), data.referrals))
        put("referral_routes", *route_table(data.referral_routes))
        put(
            "follow_ups",
            self._table("follow_up_status", self.tr("Opfølgning"), data.follow_ups),
            self.tr("Udført: %1").replace("%1", percent(data.follow_ups_done_share)),
        )
        put(
            "self_sufficient",
            ChartTable(
                (self.tr("Opgave"), self.tr("Borgere")),
                tuple(
                    (shown_flow_titles(title), n)
                    for title, n in reversed(list(data.self_sufficient.items()))
                ),
            ),
        )
        put("route_overrides", *override_card(data, self._instrument(), current_language()))
        put("avoided", *avoided_card(data))
        put(
            "workshops",
            self._table("workshop_kind", self.tr("Slags"), data.workshops.by_kind),
            self.tr("%1 deltagere").replace("%1", str(data.workshops.participants)),
        )
        put(
            "trend",
            ChartTable(
                (self.tr("Periode"), self.tr("Besøg"), self.tr("Selvstændige besøg")),
                tuple((p.period, p.visits, p.autonomous) for p in data.trend),
            ),
        )
        # First the cards take the heights their numbers need, two at a time (the charts
        # still empty: the rows find their heights without laying a chart out again),
        # then one chart is filled per step (fill_steps.py).
        # A whole row for long names: each card measures its names in a step of its own
        # (a card's many names measured at several widths held the window up to 100 ms).
        steps = [partial(card.ask_width, arguments[0]) for card, arguments in updates]
        steps.append(self.card_grid.refit)  # before the cards reserve their heights
        steps += [partial(_reserve, updates[i : i + 2]) for i in range(0, len(updates), 2)]
        steps += [partial(card.set_table, *arguments) for card, arguments in updates]
        self._fill.run(steps, lambda: self._drawn(generation))

    def _drawn(self, generation: int) -> None:
        self._drawing = False
        self._finished(generation)

    def _instrument(self):  # type: ignore[no-untyped-def]
        return _instrument_of(self.services)

    @staticmethod
    def _table(group: str, heading: str, counts: dict[str, int]) -> ChartTable:
        rows = tuple((label(group, code), n) for code, n in counts.items() if n)
        return ChartTable((heading, QCoreApplication.translate("DashboardWindow", "Antal")), rows)


def _reserve(updates: list[tuple[ChartCard, tuple]]) -> None:  # type: ignore[type-arg]
    for card, arguments in updates:
        card.reserve(*arguments)


def _instrument_of(services):  # type: ignore[no-untyped-def]
    """The assessment instrument (loaded once, cached by the service), or None."""
    try:
        return services.assessment.instrument
    except InvalidInput:  # a broken instrument file: the route codes show instead
        return None
