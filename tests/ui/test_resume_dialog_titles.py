"""The resume dialog shows flow titles in the interface's language, also when the
library's titles arrive while it is open (the start-up offer comes before they do)."""

from __future__ import annotations

import datetime as dt

from medbetjening.services.dto import VisitRow
from medbetjening.ui.common.flow_titles import FLOW_TITLES
from medbetjening.ui.shell.resume_dialog import ResumeDialog

ROW = VisitRow(
    id=7,
    started_at=dt.datetime(2026, 12, 7, 13, 56),
    ended_at=None,
    status="open",
    channel="counter",
    contact_type="interaction",
    staff_name="Lene",
    citizen_id=3,
    citizen_code="RXK-6UZ",
    flows="MitID-appen med pas",
    version=1,
)


def test_titles_in_english_and_when_they_arrive(qtbot) -> None:  # type: ignore[no-untyped-def]
    FLOW_TITLES.set_titles({})
    try:
        dialog = ResumeDialog([ROW], unfinished=True)
        qtbot.addWidget(dialog)
        assert "MitID-appen med pas" in dialog.list.item(0).text()
        FLOW_TITLES.set_titles({"MitID-appen med pas": "MitID app with passport"})
        dialog.titles_changed()
        text = dialog.list.item(0).text()
        assert "MitID app with passport" in text and "MitID-appen" not in text
        assert ResumeDialog([ROW]).list.item(0).text() == text
    finally:
        FLOW_TITLES.set_titles({})
