"""Stored (Danish) flow titles are shown in the interface's language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from medbetjening.services.tracking import TaskStatusRow
from medbetjening.ui.common import i18n
from medbetjening.ui.common.flow_titles import FLOW_TITLES, FlowTitleTranslator, titles_for
from medbetjening.ui.desk.tracking_models import TaskStatusModel
from medbetjening.ui.shell.main_window import MainWindow

NOW = dt.datetime(2026, 11, 26, 10, 0)


def test_only_whole_titles_of_a_joined_list_are_replaced() -> None:
    titles = FlowTitleTranslator()
    assert titles.shown("Pas, Flytning") == "Pas, Flytning"  # nothing known: as stored
    titles.set_titles({"Pas": "Passport", "Pas – forny": "Passport – renew", "Flytning": "Move"})
    assert titles.shown("Pas") == "Passport"
    assert titles.shown("Pas – forny, Flytning") == "Passport – renew, Move"
    assert titles.shown("Flytning, Pas, Pasfoto") == "Move, Passport, Pasfoto"
    assert titles.shown("Pas – gammel titel") == "Pas – gammel titel"  # not part of a title
    assert titles.shown("") == ""
    titles.set_titles({})
    assert titles.shown("Pas") == "Pas"


def test_library_titles_map_stored_danish_to_english(services) -> None:  # type: ignore[no-untyped-def]
    flows = services.flows.flows()
    english = titles_for(flows, "en")
    assert english["Flytning – anmeld ny adresse"] == "Change of address"
    assert titles_for(flows, "da") == {}


def test_english_window_shows_english_titles_of_todays_runs(
    qtbot, services, actor, settings
) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    services.flows.start_run(actor, visit_id, "flytning")
    services.flows.start_run(actor, visit_id, "pas")
    app = QApplication.instance()
    before = QLocale()
    i18n.install_translations(app, "en")
    try:
        window = MainWindow(services, actor, settings)
        qtbot.addWidget(window)
        window.show()
        model = window.today.model
        index = model.index(0, 3)
        assert model.data(index) == "Flytning – anmeld ny adresse, Pas – ansøg om nyt pas"
        # the content check reads the library off the GUI thread, then the column repaints
        with qtbot.waitSignal(model.dataChanged, timeout=10_000):
            pass
        assert model.data(index) == "Change of address, Passport – apply for a new one"
        tasks = TaskStatusModel()  # a citizen's history and tasks follow the same titles
        tasks.set_rows(
            [TaskStatusRow("flytning", "Flytning – anmeld ny adresse", "learning", None, 1, NOW)]
        )
        assert tasks.data(tasks.index(0, 0)) == "Change of address"
        window.grab().save("/tmp/shots/flow-titles-english.png")
    finally:
        i18n.remove_translations(app)
        QLocale.setDefault(before)
    assert FLOW_TITLES.shown("Flytning – anmeld ny adresse") == "Flytning – anmeld ny adresse"
