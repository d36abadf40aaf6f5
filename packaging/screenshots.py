"""Screenshots of the main screens for the README (docs/screenshots/*.png).

    QT_QPA_PLATFORM=offscreen python packaging/screenshots.py [--out docs/screenshots]

Builds a throw-away database with a few visits, shows today's list, the visit
screen (one picture per panel tab, so panels added later are pictured too), the
first-run dialog, the settings and the user guide, the citizen's handout (its PDF
rendered with ``pdftoppm``) and the statistics dashboard over a second database of
demo data (``demo-data --visits 3000``, statistics aggregated), and saves small PNGs
(palette-reduced, at most MAX_BYTES each). Also today's list in English.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MAX_BYTES = 150_000
SIZE = (1000, 620)
DEMO_VISITS = 3000


def save_small(widget, path: Path) -> Path:  # type: ignore[no-untyped-def]
    """Save ``widget`` as a palette PNG; shrink it until it is under MAX_BYTES."""

    return save_image_small(widget.grab().toImage(), path)


def save_image_small(image, path: Path) -> Path:  # type: ignore[no-untyped-def]
    """Save a QImage as a palette PNG; shrink it until it is under MAX_BYTES."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    scale = 1.0
    while True:
        scaled = (
            image
            if scale == 1.0
            else image.scaledToWidth(
                round(image.width() * scale), Qt.TransformationMode.SmoothTransformation
            )
        )
        small = scaled.convertToFormat(
            QImage.Format.Format_Indexed8,
            Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither,
        )
        small.save(str(path), "PNG", 0)
        if path.stat().st_size <= MAX_BYTES or scale < 0.4:
            return path
        scale *= 0.85


def slug(text: str) -> str:
    text = text.replace("&", "").lower()
    for danish, ascii_ in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
        text = text.replace(danish, ascii_)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "panel"


def take(out: Path) -> list[Path]:
    """Take all screenshots into ``out``; the environment is left as it was."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    out.mkdir(parents=True, exist_ok=True)
    before = (os.environ.get("MEDBETJENING_HOME"), QLocale())
    try:
        return _take(app, out)
    finally:
        if before[0] is None:
            os.environ.pop("MEDBETJENING_HOME", None)
        else:
            os.environ["MEDBETJENING_HOME"] = before[0]
        QLocale.setDefault(before[1])


def _take(app, out: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    from medbetjening.domain.vocabulary import Channel, Role, SiteKind, StepActor
    from medbetjening.services.container import Services
    from medbetjening.services.database import open_database
    from medbetjening.settings import Settings
    from medbetjening.ui.common.i18n import install_translations, remove_translations
    from medbetjening.ui.shell.first_run_dialog import FirstRunDialog
    from medbetjening.ui.shell.help_dialog import HelpDialog
    from medbetjening.ui.shell.main_window import MainWindow
    from medbetjening.ui.shell.preferences_dialog import PreferencesDialog
    from medbetjening.ui.shell.sign_in import actor_for
    from medbetjening.ui.visit.flow_walker import FlowWalker

    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as home:
        os.environ["MEDBETJENING_HOME"] = home
        install_translations(app, "da")
        empty = open_database(f"sqlite:///{home}/empty.sqlite")
        first_run = FirstRunDialog(Services(empty).setup)
        first_run.show()
        saved.append(save_small(first_run, out / "first-run.png"))
        first_run.close()
        empty.dispose()

        database = open_database(f"sqlite:///{home}/demo.sqlite")
        services = Services(database)
        first = services.setup.create_first(
            "Borgerservice Rådhuset", SiteKind.TOWN_HALL, "Ditte", None, "dittes lange kode"
        )
        colleague = actor_for(first)  # the team lead, with the password a lead must have
        actor = actor_for(services.staff.create(colleague, "Kenni", first.site_id, Role.STAFF))
        services.visits.start_visit(colleague, channel=Channel.PHONE)
        services.visits.start_visit(actor)
        visit_id = services.visits.start_visit(actor)
        # A visit under way, so each tab shows what it is for: a citizen, some answers,
        # a flow with two steps marked.
        citizen = services.citizens.create(actor, age_band="67-79", consent_follow_up=True)
        services.citizens.link_visit(actor, visit_id, citizen.id)
        for item in services.assessment.instrument.items[:5]:
            services.assessment.record_answer(
                actor, visit_id, item.id, item.scale.options[1].answer
            )
        run = services.flows.start_run(actor, visit_id, "flytning")
        services.flows.mark_step(actor, run.id, StepActor.CITIZEN_ALONE)
        services.flows.mark_step(actor, run.id, StepActor.CITIZEN_GUIDED)
        settings = Settings(Path(home) / "settings.ini")

        window = MainWindow(services, actor, settings)
        window.resize(*SIZE)
        window.show()
        window.show_today()
        app.processEvents()
        saved.append(save_small(window, out / "today.png"))
        for index, tab in _visit_tabs(app, window, visit_id):
            if isinstance(window.visit_screen.tabs.currentWidget(), FlowWalker):  # README's
                saved.append(save_small(window, out / "visit.png"))
            if window.visit_screen.tabs.count() > 1:
                saved.append(save_small(window, out / f"visit-{index + 1}-{tab}.png"))

        for dialog, name in (
            (PreferencesDialog(settings, window), "preferences.png"),
            (HelpDialog(window), "help.png"),
        ):
            dialog.show()
            app.processEvents()
            saved.append(save_small(dialog, out / name))
            dialog.close()
        saved.extend(_large_and_high_contrast(app, services, actor, settings, visit_id, out))
        saved.append(_handout(services, actor, visit_id, Path(home), out))
        window.close()
        saved.extend(_dashboard(app, Path(home), out))

        install_translations(app, "en")
        english = MainWindow(services, actor, settings)
        english.resize(*SIZE)
        english.show()
        app.processEvents()
        saved.append(save_small(english, out / "today-en.png"))
        english.close()
        remove_translations(app)
        database.dispose()
    return saved


def _visit_tabs(app, window, visit_id: int) -> Iterator[tuple[int, str]]:  # type: ignore[no-untyped-def]
    """Open the visit and show each tab in turn: (index, the tab's name as a file name)."""
    window.open_visit(visit_id)
    tabs = window.visit_screen.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        app.processEvents()
        yield index, slug(tabs.tabText(index))


def _large_and_high_contrast(
    app, services, actor, settings, visit_id: int, out: Path
) -> list[Path]:  # type: ignore[no-untyped-def]
    """Every screen as on a 1366×768 counter PC at 200 % text in high contrast, into
    ``out/large/`` (the screens the tests build, so a new dialog is pictured too)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    from medbetjening.ui.common.appearance import apply_appearance
    from tests.ui.screen_catalog import ScreenContext, all_screens, fit_to_counter_screen

    folder = out / "large"
    folder.mkdir(exist_ok=True)
    saved: list[Path] = []
    apply_appearance(app, 200, True)
    try:
        context = ScreenContext(services, actor, settings)
        context._visit_id = visit_id  # the visit under way, not a new empty one
        screens, _unbuildable = all_screens(context)
        for name, widget in screens:
            if not name.endswith(("Dialog", "Window", "CitizenScreen", "+visit")):
                widget.deleteLater()  # a part of a window (a tab, a chart): pictured in it
                continue
            fit_to_counter_screen(widget)
            widget.show()
            app.processEvents()
            if name == "MainWindow+visit":
                widget.show_today()
                app.processEvents()
                saved.append(save_small(widget, folder / "today.png"))
                for index, tab in _visit_tabs(app, widget, visit_id):
                    saved.append(save_small(widget, folder / f"visit-{index + 1}-{tab}.png"))
            else:
                saved.append(save_small(widget, folder / f"{slug(name)}.png"))
            widget.close()
            widget.deleteLater()
        QThreadPool.globalInstance().waitForDone(10_000)  # the dashboard's queries
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        apply_appearance(app, 100, False)
    return saved


def _handout(services, actor, visit_id: int, home: Path, out: Path) -> Path:  # type: ignore[no-untyped-def]
    """The citizen's paper for the visit under way: the PDF, rendered by pdftoppm."""
    from PySide6.QtGui import QImage

    from medbetjening.reports.handout import render_handout

    pdf = home / "handout.pdf"
    render_handout(services.exports.handout(actor, visit_id, "da"), pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf), str(home / "handout")],
        check=True,
    )
    return save_image_small(QImage(str(home / "handout.png")), out / "handout.png")


def _dashboard(app, home: Path, out: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """The team lead's dashboard over a year of demo data (aggregated as the CLI does),
    also at 200 % text in high contrast."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QScrollArea

    from medbetjening.demo import demo_data
    from medbetjening.domain.vocabulary import Role
    from medbetjening.services.container import Services
    from medbetjening.services.database import open_database
    from medbetjening.ui.common.appearance import apply_appearance
    from medbetjening.ui.lead.dashboard import DashboardWindow
    from medbetjening.ui.shell.sign_in import actor_for

    database = open_database(f"sqlite:///{home}/dashboard.sqlite")
    try:
        demo_data.generate_demo_data(
            database.engine,
            DEMO_VISITS,
            seed=1,
            after_generate=demo_data.DEFAULT_AFTER_GENERATE,
        )
        services = Services(database)
        lead = actor_for(next(s for s in services.setup.staff() if s.role == Role.LEAD.value))
        window = _drawn_dashboard(DashboardWindow(services, lead), (1200, 2300))
        # tall enough for every chart without scrolling (the cards grow with their rows)
        scroll = window.findChild(QScrollArea)
        window.resize(1200, window.height() + scroll.widget().height() - scroll.height() + 8)
        QTest.qWait(50)
        path = save_small(window, out / "dashboard.png")
        window.close()
        # a counter PC at 200 % text in high contrast, at the card with most rows
        apply_appearance(app, 200, True)
        try:
            window = _drawn_dashboard(DashboardWindow(services, lead), (1366, 688))
            window.findChild(QScrollArea).ensureWidgetVisible(window.cards["flows"], 0, 0)
            QTest.qWait(50)
            (out / "large").mkdir(exist_ok=True)
            large = save_small(window, out / "large" / "dashboard-charts.png")
            window.close()
        finally:
            apply_appearance(app, 100, False)
        return [path, large]
    finally:
        database.dispose()


def _drawn_dashboard(window, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    """``window`` shown at ``size`` once its numbers are in and its last card is drawn."""
    from PySide6.QtTest import QTest

    window.resize(*size)
    window.show()
    window.refresh()
    deadline = time.monotonic() + 60
    # the numbers come from a background thread, then the cards are drawn one per turn
    # of the event loop: the progress bar hides after the last one
    while (window.data is None or not window.progress.isHidden()) and (time.monotonic() < deadline):
        QTest.qWait(20)
    if window.data is None or not window.progress.isHidden():
        raise RuntimeError("the dashboard did not draw its numbers within a minute")
    QTest.qWait(50)  # the cards fit their height to the plot area Qt Charts leaves
    return window


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    for path in take(args.out):
        print(f"{path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
