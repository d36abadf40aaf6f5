"""UI fixtures: a main window on a fresh database, modal dialogs never block."""

from __future__ import annotations

import pytest


@pytest.fixture
def settings(isolated_home):  # type: ignore[no-untyped-def]
    from medbetjening.settings import Settings

    return Settings(isolated_home / "settings.ini")


@pytest.fixture
def main_window(qtbot, services, actor, settings):  # type: ignore[no-untyped-def]
    from medbetjening.ui.shell.main_window import MainWindow

    window = MainWindow(services, actor, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture(autouse=True)
def _collect_widgets_on_the_gui_thread():  # type: ignore[no-untyped-def]
    """After each test: let background work finish, then collect the test's garbage here.

    Otherwise a worker thread (the content check, a dashboard query) may trigger the
    cyclic garbage collector and destroy a finished test's widgets off the GUI thread,
    which crashes Qt ("QBasicTimer::stop: Failed ... from a different thread").
    """
    import gc

    from PySide6.QtCore import QThreadPool

    yield
    QThreadPool.globalInstance().waitForDone(10_000)
    gc.collect()


@pytest.fixture
def visit_id(services, actor) -> int:  # type: ignore[no-untyped-def]
    """Today's closed visit of citizen K7M2QX (flows, referral, note, follow-up) and six more."""
    import datetime as dt

    from tests.reports.seed import Run, Seed, add_citizen, add_visit

    with services.database.uow_factory() as uow:
        citizen = add_citizen(uow.session, code="K7M2QX")
        visit = add_visit(
            uow.session,
            Seed(
                actor.site_id,
                actor.staff_id,
                dt.datetime.combine(dt.date.today(), dt.time(9, 15)),
                citizen_id=citizen,
                runs=[Run("digital-post", ["citizen_alone", "staff"], title="Digital Post")],
                completion="completed",
                referral="digital_hotline",
                note="Borgeren vil gerne have hjælp til fuldmagt næste gang.",
                follow_ups=[("call", "due")],
            ),
        )
        for hour in range(10, 16):
            add_visit(
                uow.session,
                Seed(
                    actor.site_id,
                    actor.staff_id,
                    dt.datetime.combine(dt.date.today(), dt.time(hour)),
                ),
            )
        uow.commit()
    return visit
