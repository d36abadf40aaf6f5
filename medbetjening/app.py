"""Composition root: settings, database, services, QApplication, main window."""

from __future__ import annotations

import argparse
import gc
import sys
import time

from medbetjening.settings import LANGUAGE, Settings

PROCESS_START = time.perf_counter()


def configure_application(  # type: ignore[no-untyped-def]
    app, settings: Settings, language: str | None = None, icon: bool = True
) -> str:
    """Language (argument, setting, system, else Danish), text size, contrast, icon
    (``icon=False``: the caller sets it with ``set_window_icon`` after the first paint)."""
    from medbetjening.ui.common.appearance import apply_settings
    from medbetjening.ui.common.i18n import choose_language, install_translations

    chosen = language or choose_language(settings.get(LANGUAGE))
    install_translations(app, chosen)
    apply_settings(app, settings)
    if icon:
        set_window_icon(app)
    return chosen


def set_window_icon(app) -> None:  # type: ignore[no-untyped-def]
    """The program's icon on its windows. A plain start sets it right after the first
    paint: naming QIcon builds its Python enums (151 theme icons) and reading the SVG
    loads Qt's SVG plugin, ≈ 6 ms of CPU before the window could be shown. Until then the
    window has the icon its platform gives it: the Windows bundle's .exe carries the same
    icon (packaging/medbetjening.spec), Linux desktops take it from the desktop entry."""
    from PySide6.QtGui import QIcon

    from medbetjening.locations import resources_dir

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "medbetjening.svg")))


def run_gui(args: argparse.Namespace) -> int:
    # No cyclic garbage collection until the window is painted: the imports and the
    # window allocate many objects that all live on, and each pass over them was ≈ 5 %
    # of the CPU time to the first paint (collections resume right after it).
    gc.disable()
    try:
        return _run_gui(args)
    finally:
        gc.enable()


def _run_gui(args: argparse.Namespace) -> int:
    import PySide6  # noqa: F401 - PySide's import hook, then the cheaper check it runs

    from medbetjening.ui.common import pyside_import_check

    pyside_import_check.install()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from medbetjening.composition import service_config
    from medbetjening.services.container import Services
    from medbetjening.storage.files import StorageError
    from medbetjening.ui.shell.main_window import MainWindow
    from medbetjening.ui.shell.profiles import actor_for, preselected_actor

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Medbetjening")
    app.setOrganizationName("Medbetjening")
    settings = Settings()
    configure_application(app, settings, args.lang, icon=False)  # the icon after the paint

    try:
        # SQLite or PostgreSQL at head: the first paint reads without SQLAlchemy (after it)
        services = Services.open(args.db, service_config(settings))
    except StorageError as error:
        from PySide6.QtWidgets import QMessageBox

        print(f"Fejl: {error}", file=sys.stderr, flush=True)
        box = QMessageBox(
            QMessageBox.Icon.Critical, app.translate("App", "Databasen kan ikke åbnes"), str(error)
        )
        if args.exit_after_startup:  # nobody to close the dialog: show it, then leave
            box.show()
            QTimer.singleShot(0, app.quit)
            app.exec()
            return 1
        box.exec()
        return 1

    if services.startup.is_empty():
        from medbetjening.ui.shell.first_run_dialog import FirstRunDialog

        set_window_icon(app)  # a dialog first: no window painted to wait for

        dialog = FirstRunDialog(services.setup)
        if args.exit_after_startup:  # nobody to answer the dialog: show it, report, leave
            dialog.show()
            QTimer.singleShot(0, lambda: _report_startup(app, dialog, services))
            return app.exec()
        if not dialog.exec() or dialog.created is None:
            return 0
        actor = actor_for(dialog.created)
    elif args.exit_after_startup:  # nobody to sign in: the preselected profile, if allowed
        actor = preselected_actor(services, settings)
        if actor is None:  # a shared PC: show the sign-in dialog, report, leave
            from medbetjening.ui.shell.sign_in import make_sign_in_dialog

            set_window_icon(app)

            dialog = make_sign_in_dialog(services, settings)
            dialog.show()
            QTimer.singleShot(0, lambda: _report_startup(app, dialog, services))
            return app.exec()
    else:
        from medbetjening.ui.shell.sign_in import choose_actor

        set_window_icon(app)  # the sign-in dialog may come first
        actor = choose_actor(services, settings)
        if actor is None:
            services.close()
            return 0

    window = MainWindow(services, actor, settings, menus_after_paint=True)
    window.show()
    if args.exit_after_startup:
        QTimer.singleShot(0, lambda: _report_startup(app, window, services, actor))
    else:
        QTimer.singleShot(0, lambda: _after_first_paint(app, window, services, settings))
    code = app.exec()
    services.close()
    return code


def _daily_purge(services, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    """Delete what passed its deletion deadline, once a day at start-up (audited)."""
    from medbetjening.composition import purge_if_due

    try:
        services.ready()
        purge_if_due(services.retention, settings)
    except Exception as error:  # noqa: BLE001 - the counter must open even so; retried tomorrow
        print(f"Automatisk sletning mislykkedes: {error}", file=sys.stderr)


def _after_first_paint(app, window, services, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    """The window is up: load the full stack and run the daily purge in the background,
    then offer unfinished visits."""
    from medbetjening.ui.common.tasks import BackgroundTask

    _paint(app)
    window.finish_menus()  # before any key is handed over
    gc.enable()  # painted (run_gui turned collections off until now)
    set_window_icon(app)
    services.warm_up()
    window.purge_task = BackgroundTask(lambda _control: _daily_purge(services, settings), window)
    window.purge_task.start()
    window.offer_unfinished_visits()


def _paint(app) -> None:  # type: ignore[no-untyped-def]
    """The first paint, with keys and clicks held back: they reach the window after
    ``finish_menus`` has put the actions and their shortcuts in place (ui/shell/menu_bar.py)."""
    from PySide6.QtCore import QEventLoop

    app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def _report_startup(app, window, services, actor=None) -> None:  # type: ignore[no-untyped-def]
    """``--exit-after-startup``: the time to the painted window, then (after the same
    warm-up as a real start, so the process's CPU time includes it) the full stack."""
    _paint(app)
    print(f"startup_seconds={time.perf_counter() - PROCESS_START:.3f}", flush=True)
    print(f"startup_cpu_seconds={time.process_time():.3f}", flush=True)
    finish_menus = getattr(window, "finish_menus", None)  # a dialog has none
    if finish_menus is not None:
        finish_menus()
    gc.enable()  # painted, as in _after_first_paint
    set_window_icon(app)
    services.warm_up()
    services.ready()
    if actor is not None:  # the preselected profile: record the sign-in as a real start does
        services.staff.authenticate(actor.staff_id, None, password_required=False)
    print(f"full_stack_seconds={time.perf_counter() - PROCESS_START:.3f}", flush=True)
    _report_skipped_content(services)
    window.close()
    app.quit()


def _report_skipped_content(services) -> None:  # type: ignore[no-untyped-def]
    """Which content files were left out and why: the window shows it in its status bar,
    a start without anyone watching says it here."""
    from medbetjening.ui.shell.flow_problems import content_problems

    problems = content_problems(services)
    for problem in problems:
        print(f"udeladt indholdsfil: {problem}", flush=True)
    print(f"content_problems={len(problems)}", flush=True)
