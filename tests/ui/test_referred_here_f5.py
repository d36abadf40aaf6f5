""" "Henvist hertil" and F5 right after start-up: the list waits for the full stack once
(not once per F5), shows the newest read only, and takes the flow titles of the
interface's language when they arrive after it."""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtCore import QThreadPool, QTimer

from medbetjening.domain.vocabulary import Role, SiteKind
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.referrals import ReferralService, ReferralTarget, ReferredHereRow
from medbetjening.ui.common.flow_titles import FLOW_TITLES
from medbetjening.ui.desk.referrals_here import ReferredHerePanel
from medbetjening.ui.shell.main_window import MainWindow
from tests.referral_seed import close, visit_with
from tests.seed import add_site, add_staff


def _refer_to_library(services, actor) -> ActorContext:  # type: ignore[no-untyped-def]
    site = add_site(services, "Biblioteket", SiteKind.LIBRARY)
    librarian = add_staff(services, "Bibi", site.id)
    citizen = services.citizens.create(actor)
    close(services, actor, visit_with(services, actor, citizen.id), ReferralTarget(site.id))
    return ActorContext(librarian.id, site.id, Role.STAFF, "Bibi")


def _row(number: int, task: str = "ikke angivet") -> ReferredHereRow:
    return ReferredHereRow(number, number, f"K{number}", task, "Rådhuset", dt.date(2026, 12, 7))


def test_f5_during_the_warm_up_waits_once_and_shows_the_list_as_it_is_then(  # type: ignore[no-untyped-def]
    qtbot, services, actor, settings, monkeypatch
) -> None:
    librarian = _refer_to_library(services, actor)
    services.database.dispose()
    deferred = Services.open(services.database.url)
    reads: list[int] = []
    read = ReferralService.referred_here

    def counted(self, who):  # type: ignore[no-untyped-def]
        rows = read(self, who)
        reads.append(len(rows))
        return rows

    monkeypatch.setattr(ReferralService, "referred_here", counted)
    window = MainWindow(deferred, librarian, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    panel = window.today.referred_here
    assert not deferred.loaded  # the start-up's read waits for the full stack
    # a second referral arrives, and the librarian presses F5 before the warm-up is done
    citizen = services.citizens.create(actor)
    close(
        services, actor, visit_with(services, actor, citizen.id), ReferralTarget(librarian.site_id)
    )
    window.refresh_action.trigger()
    waits = [t for t in panel.findChildren(QTimer) if t.isActive()]
    assert len(waits) == 1  # one wait serves the start-up's read and F5's
    deferred.warm_up()
    qtbot.waitUntil(lambda: len(panel.rows) == 2, timeout=15000)
    assert reads == [2]  # read once, after both referrals
    assert not panel.isHidden() and panel.table.rowCount() == 2
    assert not any(t.isActive() for t in panel.findChildren(QTimer))
    deferred.close()


def test_an_older_read_finishing_after_a_newer_one_is_not_shown(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    """The start-up's read held up (the flow library still loading), F5's read answers
    first: the older answer, arriving last, must not replace the newer list."""
    release = threading.Event()
    entered = threading.Event()  # the first read has taken its (held) answer
    answers = iter([(release, [_row(1)]), (None, [_row(1), _row(2)])])

    class Referrals:
        def referred_here(self, _actor):  # type: ignore[no-untyped-def]
            gate, rows = next(answers)
            if gate is not None:
                entered.set()
                gate.wait(10)
            return rows

    services.__dict__["referrals"] = Referrals()
    panel = ReferredHerePanel()
    qtbot.addWidget(panel)
    pool = QThreadPool.globalInstance()
    threads = pool.maxThreadCount()
    pool.setMaxThreadCount(threads + 2)  # both reads run at once, whatever else is running
    try:
        panel.load(services, actor)
        first = panel._task
        # F5 only once the start-up's read is under way: two reads started together may
        # reach the service in either order, and the held answer must be the older one's
        assert entered.wait(10)
        panel.load(services, actor)  # F5
        qtbot.waitUntil(lambda: len(panel.rows) == 2, timeout=10000)
        with qtbot.waitSignal(first.finished, timeout=10000):
            release.set()
    finally:
        release.set()
        pool.setMaxThreadCount(threads)
    assert [row.id for row in panel.rows] == [1, 2]
    assert panel.table.rowCount() == 2


def test_rows_read_before_the_flow_titles_take_them_when_they_arrive(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = ReferredHerePanel()
    qtbot.addWidget(panel)
    panel.set_rows([_row(1, "Flytning – anmeld ny adresse")])
    assert panel.table.item(0, 1).text() == "Flytning – anmeld ny adresse"
    FLOW_TITLES.set_titles({"Flytning – anmeld ny adresse": "Moving – report a new address"})
    try:
        panel.titles_changed()
        assert panel.table.item(0, 1).text() == "Moving – report a new address"
    finally:
        FLOW_TITLES.set_titles({})
