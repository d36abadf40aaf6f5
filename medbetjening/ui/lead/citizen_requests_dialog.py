"""A citizen's rights for team leads: find by citizen code, export all data, erase.

Exports run off the GUI thread (BackgroundTask) with a progress bar; erasure asks
first. Both are audited by the service.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.ui.common.tasks import BackgroundTask


class CitizenRequestsDialog(QDialog):
    def __init__(
        self, services: Services, actor: ActorContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.citizen_id: int | None = None
        self.task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("Borgerens rettigheder"))
        self.setAccessibleName(self.tr("Borgerens rettigheder"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "Indsigt: giv borgeren alle data, der er gemt om dem (PDF eller JSON). "
                "Sletning: slet alle data om borgeren. Begge dele logges."
            )
        )
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Borgerkode eller CPR-nummer"))
        self.code.setPlaceholderText(self.tr("koden fra udskriften, eller CPR-nummeret"))
        # a CPR number is shown only while it is typed, and never kept
        self.code.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.code.returnPressed.connect(self.find)
        code_label = QLabel(self.tr("Borger&kode eller CPR:"))
        code_label.setBuddy(self.code)
        self.find_button = QPushButton(self.tr("&Find"))
        self.find_button.setAccessibleName(self.tr("Find borgeren"))
        self.find_button.clicked.connect(self.find)
        self.summary = QLabel(self.tr("Skriv borgerens kode og tryk Enter."))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Fundet borger"))

        self.pdf_button = QPushButton(self.tr("Indsigt som &PDF …"))
        self.pdf_button.setAccessibleName(self.tr("Eksportér indsigt som PDF"))
        self.pdf_button.clicked.connect(lambda: self.choose_file("pdf"))
        self.json_button = QPushButton(self.tr("Indsigt som &JSON …"))
        self.json_button.setAccessibleName(self.tr("Eksportér indsigt som JSON"))
        self.json_button.clicked.connect(lambda: self.choose_file("json"))
        self.erase_button = QPushButton(self.tr("&Slet alle data …"))
        self.erase_button.setAccessibleName(self.tr("Slet alle data om borgeren"))
        self.erase_button.clicked.connect(self.erase)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Eksport i gang"))
        self.progress.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Luk"))
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Luk"))
        close.rejected.connect(self.reject)

        find_row = QHBoxLayout()
        find_row.addWidget(code_label)
        find_row.addWidget(self.code, 1)
        find_row.addWidget(self.find_button)
        actions = QHBoxLayout()
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.json_button)
        actions.addStretch(1)
        actions.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(find_row)
        layout.addWidget(self.summary)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(close)
        # an explicit minimum width switches off the layout's own: keep room for the buttons
        self.setMinimumWidth(max(self.minimumWidth(), layout.minimumSize().width()))
        self._set_found(None)

    def _set_found(self, citizen_id: int | None) -> None:
        self.citizen_id = citizen_id
        for button in (self.pdf_button, self.json_button, self.erase_button):
            button.setEnabled(citizen_id is not None)

    def find(self) -> None:
        requests = self.services.citizen_requests
        try:
            citizen_id = requests.find_by_entry(self.actor, self.code.text())
            data = requests.collect(self.actor, citizen_id)
        except ServiceError as error:
            self._set_found(None)
            self.summary.setText(str(error))
            return
        self._set_found(citizen_id)
        self.summary.setText(
            self.tr("Borger nr. %1 (kode %2): %3 besøg, oprettet %4.")
            .replace("%1", str(citizen_id))
            .replace("%2", str(data["borger"].get("citizen_code") or "–"))
            .replace("%3", str(len(data["visits"])))
            .replace("%4", str(data["borger"].get("created_at", ""))[:10])
        )

    def choose_file(self, kind: str) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Gem borgerens data"),
            f"borgerdata-{self.citizen_id}.{kind}",
            self.tr("PDF (*.pdf)") if kind == "pdf" else self.tr("JSON (*.json)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> BackgroundTask | None:
        if self.citizen_id is None:
            return None
        citizen_id, actor, requests = self.citizen_id, self.actor, self.services.citizen_requests
        from medbetjening.reports.export_jobs import export_access_answer

        task = BackgroundTask(
            lambda _c: export_access_answer(requests, actor, citizen_id, path), self
        )
        task.succeeded.connect(
            lambda _data: self.summary.setText(
                self.tr("Borgerens data er gemt i %1.").replace("%1", str(path))
            )
        )
        task.failed.connect(
            lambda error: QMessageBox.warning(self, self.tr("Eksport mislykkedes"), str(error))
        )
        task.finished.connect(self.progress.hide)
        self.task = task
        self.progress.show()
        task.start()
        return task

    def erase(self) -> None:
        if self.citizen_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Slet alle data om borgeren?"),
            self.tr(
                "Alle besøg, forløb, noter og opfølgninger om denne borger slettes og kan "
                "ikke genskabes. Anonyme optællinger til statistik bevares. Slet?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            report = self.services.citizen_requests.erase(self.actor, self.citizen_id)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Sletning mislykkedes"), str(error))
            return
        self._set_found(None)
        self.summary.setText(
            self.tr("Borgeren er slettet: %1 besøg.").replace("%1", str(report.visits))
        )
