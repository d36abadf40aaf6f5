"""The main window's actions and menus, built (and rebuilt on a language change) here.

The texts keep the "MainWindow" translation context they always had.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from medbetjening.domain.roles import Action, allowed
from medbetjening.ui.shell.admin_actions import AdminActions
from medbetjening.ui.shell.counting_actions import CountingActions
from medbetjening.ui.shell.export_actions import ExportActions
from medbetjening.ui.shell.window_actions import window_action

_action = window_action  # one way to make a window action (ui/shell/window_actions.py)


def build_actions(window: Any) -> None:
    window.new_visit_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Nyt besøg"),
        QKeySequence.StandardKey.New,
        window.new_visit,
        QCoreApplication.translate("MainWindow", "Start et nyt besøg"),
    )
    window.resume_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Genoptag besøg …"),
        "Ctrl+R",
        window.resume_visit,
        QCoreApplication.translate("MainWindow", "Genoptag et åbent besøg"),
    )
    window.today_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Dagens besøg"),
        "Ctrl+D",
        window.show_today,
        QCoreApplication.translate("MainWindow", "Vis dagens besøg"),
    )
    window.refresh_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Opda&tér"),
        QKeySequence.StandardKey.Refresh,
        window.refresh_today,
        QCoreApplication.translate("MainWindow", "Hent listen igen"),
    )
    window.add_appointment_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Ny &aftale …"),
        "Ctrl+Shift+N",
        window.add_appointment,
        QCoreApplication.translate("MainWindow", "Skriv en booket tid ind i hånden"),
    )
    window.import_appointments_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Importér aftaler …"),
        "Ctrl+I",
        window.import_appointments,
        QCoreApplication.translate(
            "MainWindow", "Hent bookede tider fra booking-systemets .ics- eller .csv-fil"
        ),
    )
    window.key_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Pseudonymiseringsnøgle …"),
        None,
        window.show_key_dialog,
        QCoreApplication.translate(
            "MainWindow", "Nøglen til CPR-opslag: status, eksport og import"
        ),
    )
    window.key_action.setEnabled(not window.actor.is_ambassador)
    may_book = allowed(window.actor.role, Action.IMPORT_APPOINTMENTS)
    for appointment_action in (window.add_appointment_action, window.import_appointments_action):
        appointment_action.setEnabled(may_book)
    window.today.add_appointment_button.setEnabled(may_book)
    window.today.import_button.setEnabled(may_book)
    window.quit_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Afslut"),
        QKeySequence.StandardKey.Quit,
        window.close,
        QCoreApplication.translate("MainWindow", "Luk programmet"),
    )
    window.history_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Borgerens &historik …"),
        "Ctrl+H",
        window.show_citizen_history,
        QCoreApplication.translate("MainWindow", "Vis historikken for borgeren i det valgte besøg"),
    )
    window.follow_ups_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Opfølgning …"),
        "Ctrl+U",
        window.show_follow_ups,
        QCoreApplication.translate("MainWindow", "Vis forfaldne opfølgninger for dette sted"),
    )
    window.follow_ups_action.setEnabled(allowed(window.actor.role, Action.MANAGE_FOLLOW_UPS))
    window.citizen_screen_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Borgerens skærm"),
        "F9",
        window.citizen_screen.toggle,
        QCoreApplication.translate(
            "MainWindow", "Vis eller skjul borgerens skærm med det aktuelle trin (F9)"
        ),
    )
    window.about_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Om Medbetjening"),
        None,
        window.show_about,
        QCoreApplication.translate("MainWindow", "Version og database"),
    )
    window.help_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Brugervejledning"),
        QKeySequence.StandardKey.HelpContents,
        window.show_help,
        QCoreApplication.translate("MainWindow", "Sådan går et besøg, og genveje (F1)"),
    )
    window.preferences_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Indstillinger …"),
        "Ctrl+,",
        window.show_preferences,
        QCoreApplication.translate("MainWindow", "Sprog, tekststørrelse og høj kontrast"),
    )
    window.password_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Skift adgangs&kode …"),
        None,
        window.change_password,
        QCoreApplication.translate("MainWindow", "Skift din egen adgangskode"),
    )
    window.admin = AdminActions(window)  # Administration and Log af
    window.staff_admin_action = window.admin.staff_admin_action
    window.audit_action = window.admin.audit_action
    window.citizen_requests_action = window.admin.citizen_requests_action
    window.export_actions = ExportActions(window)
    window.counting_actions = CountingActions(window)


def build_menus(window: Any) -> None:
    bar = window.menuBar()
    window.file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Filer"))
    window.file_menu.addAction(window.preferences_action)
    window.file_menu.addAction(window.key_action)
    window.file_menu.addSeparator()
    window.file_menu.addAction(window.password_action)
    window.file_menu.addAction(window.admin.sign_out_action)
    window.file_menu.addAction(window.quit_action)
    window.visit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Besøg"))
    for action in (
        window.new_visit_action,
        window.resume_action,
        window.today_action,
        window.refresh_action,
    ):
        window.visit_menu.addAction(action)
    window.visit_menu.addSeparator()
    window.visit_menu.addAction(window.history_action)
    window.visit_menu.addAction(window.follow_ups_action)
    window.visit_menu.addAction(window.citizen_screen_action)
    window.visit_menu.addAction(window.add_appointment_action)
    window.visit_menu.addAction(window.import_appointments_action)
    if window.actor.is_lead:
        window.admin_menu = window.admin.add_menu(bar)
        from medbetjening.ui.lead.flow_review_dialog import add_flow_review_action

        window.flow_review_action = add_flow_review_action(
            window, window.admin_menu, window.services, window.actor
        )
    window.help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Hjælp"))
    window.help_menu.addAction(window.help_action)
    window.help_menu.addAction(window.about_action)
    window.export_actions.add_to_menus(bar, window.visit_menu)
    window.counting_actions.add_to_menus(
        window.visit_menu, getattr(window.export_actions, "statistics_menu", None)
    )
