""" "Henvist hertil" under today's list: citizens another site referred here, with the
task and where from (never the sender's note). The citizen's visit here takes it up.

Read off the GUI thread once the full services are loaded: a fast start paints today's
list from SQLite first and must not wait for SQLAlchemy (tests/ui/test_startup_imports).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from medbetjening.ui.common.flow_titles import shown_flow_titles
from medbetjening.ui.common.labels import citizen_label
from medbetjening.ui.common.tasks import BackgroundTask

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableWidget

    from medbetjening.services.context import ActorContext
    from medbetjening.services.referrals import ReferredHereRow

WAIT_FOR_SERVICES_MS = 1000  # until the warm-up has loaded the full stack


class ReferredHerePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Henvist hertil"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        # the heading and table are built when someone is referred here (most days
        # nobody is: the first paint does not build a hidden table)
        self._table: QTableWidget | None = None
        self.rows: list[ReferredHereRow] = []
        self._task: BackgroundTask | None = None
        self._wait: QTimer | None = None
        self._pending: tuple = ()  # type: ignore[type-arg] # (services, actor) waited for
        self._asked = 0  # loads asked for: the answer to the last one is shown
        self.setVisible(False)  # shown when someone is referred here

    @property
    def table(self) -> QTableWidget:
        if self._table is None:
            self._table = self._build_table()
        return self._table

    def _build_table(self) -> QTableWidget:
        # the table's classes named here: at import, QTableWidgetItem's enum would be
        # built before the first paint, which shows no table on most days
        from PySide6.QtWidgets import QLabel, QTableWidget

        from medbetjening.ui.common.row_list import pick_rows_only

        self.heading = QLabel(self.tr("<b>Henvist hertil</b>"))
        table = QTableWidget(0, 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Borger"), self.tr("Opgave"), self.tr("Henvist fra"), self.tr("Dato")]
        )
        table.setAccessibleName(self.tr("Borgere henvist hertil fra andre steder"))
        pick_rows_only(table, max_lines=8)
        self.heading.setBuddy(table)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(table)
        return table

    def load(self, services, actor: ActorContext) -> None:  # type: ignore[no-untyped-def]
        """Fetch the list off the GUI thread once the full services are loaded. Asked
        again (F5 right after start-up), the one pending wait serves both, and only the
        newest answer is shown: an older read finishing later does not overwrite it."""
        self._asked += 1
        if not services.loaded:
            self._pending = (services, actor)  # the newest ask is the one loaded
            if self._wait is None:
                # a timer of the panel's own (it dies with the panel); not singleShot with
                # a context object, whose overload makes PySide build QMetaMethod's enums
                self._wait = QTimer(self)
                self._wait.setSingleShot(True)
                self._wait.timeout.connect(lambda: self.load(*self._pending))
            if not self._wait.isActive():
                self._wait.start(WAIT_FOR_SERVICES_MS)
            return
        if self._wait is not None:
            self._wait.stop()  # loaded meanwhile: this read is the newest
        asked = self._asked
        task = BackgroundTask(lambda _control: services.referrals.referred_here(actor), self)
        task.succeeded.connect(lambda rows: self._answered(asked, rows))
        self._task = task
        task.start()

    def _answered(self, asked: int, rows: list[ReferredHereRow]) -> None:
        if asked == self._asked:
            self.set_rows(rows)

    def titles_changed(self) -> None:
        """The flow titles of the interface's language are known now (the library loads
        after start-up): the rows shown before are written again with them."""
        if self._table is not None:
            self.set_rows(self.rows)

    def set_rows(self, rows: list[ReferredHereRow]) -> None:
        from PySide6.QtWidgets import QTableWidgetItem

        self.rows = list(rows)
        if not self.rows and self._table is None:
            return  # nobody referred here, and nobody was: nothing to build or hide
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            cells = (
                citizen_label(row.citizen_id, row.citizen_code)
                if row.citizen_id is not None
                else self.tr("borger kendt ved CPR (spørg en medarbejder)"),
                shown_flow_titles(row.task)
                if row.task != "ikke angivet"
                else self.tr("ikke angivet"),
                row.from_site,
                row.made_on.strftime("%d-%m-%Y"),
            )
            for column, text in enumerate(cells):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.setVisible(bool(self.rows))
