"""Every label group of the window in one table: a vocabulary code → its Danish name.

The one place a code gets its words (``labels.label``/``labels.choices`` read it): no
screen registers groups at import time, so a screen shows the same words whichever
screens were opened first. A code has one name per group (a test parses this table for
a key given twice). The strings are in the "Labels" translation context; Qt Linguist
finds them through ``QT_TRANSLATE_NOOP``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

LABELS: dict[str, dict[str, str]] = {
    # -- The vocabulary of every screen
    "channel": {
        "counter": QT_TRANSLATE_NOOP("Labels", "Skranke"),
        "library": QT_TRANSLATE_NOOP("Labels", "Bibliotek"),
        "phone": QT_TRANSLATE_NOOP("Labels", "Telefon"),
        "video": QT_TRANSLATE_NOOP("Labels", "Video"),
        "outreach": QT_TRANSLATE_NOOP("Labels", "Udgående"),
    },
    "contact_type": {
        "information": QT_TRANSLATE_NOOP("Labels", "Information"),
        "interaction": QT_TRANSLATE_NOOP("Labels", "Interaktion"),
        "transaction": QT_TRANSLATE_NOOP("Labels", "Transaktion"),
    },
    "visit_status": {
        "open": QT_TRANSLATE_NOOP("Labels", "Åben"),
        "closed": QT_TRANSLATE_NOOP("Labels", "Afsluttet"),
        "cancelled": QT_TRANSLATE_NOOP("Labels", "Annulleret"),
    },
    "role": {
        "staff": QT_TRANSLATE_NOOP("Labels", "Medarbejder"),
        "ambassador": QT_TRANSLATE_NOOP("Labels", "Digital ambassadør"),
        "lead": QT_TRANSLATE_NOOP("Labels", "Teamleder"),
    },
    "site_kind": {
        "town_hall": QT_TRANSLATE_NOOP("Labels", "Borgerservice"),
        "library": QT_TRANSLATE_NOOP("Labels", "Bibliotek"),
        "job_centre": QT_TRANSLATE_NOOP("Labels", "Jobcenter"),
        "outreach": QT_TRANSLATE_NOOP("Labels", "Udkørende"),
        "other": QT_TRANSLATE_NOOP("Labels", "Andet"),
    },
    # -- The citizen: age bands and languages (codes stored, words shown)
    "age_band": {
        "unknown": QT_TRANSLATE_NOOP("Labels", "Ikke oplyst"),
        "0-17": QT_TRANSLATE_NOOP("Labels", "Under 18 år"),
        "18-29": QT_TRANSLATE_NOOP("Labels", "18–29 år"),
        "30-49": QT_TRANSLATE_NOOP("Labels", "30–49 år"),
        "50-66": QT_TRANSLATE_NOOP("Labels", "50–66 år"),
        "67-79": QT_TRANSLATE_NOOP("Labels", "67–79 år"),
        "80+": QT_TRANSLATE_NOOP("Labels", "80 år og derover"),
    },
    "language": {
        "da": QT_TRANSLATE_NOOP("Labels", "Dansk"),
        "en": QT_TRANSLATE_NOOP("Labels", "Engelsk"),
        "de": QT_TRANSLATE_NOOP("Labels", "Tysk"),
        "pl": QT_TRANSLATE_NOOP("Labels", "Polsk"),
        "uk": QT_TRANSLATE_NOOP("Labels", "Ukrainsk"),
        "ar": QT_TRANSLATE_NOOP("Labels", "Arabisk"),
        "tr": QT_TRANSLATE_NOOP("Labels", "Tyrkisk"),
        "so": QT_TRANSLATE_NOOP("Labels", "Somali"),
        "ur": QT_TRANSLATE_NOOP("Labels", "Urdu"),
        "fa": QT_TRANSLATE_NOOP("Labels", "Persisk"),
        "other": QT_TRANSLATE_NOOP("Labels", "Andet sprog"),
    },
    # -- Flows: who did a step, obstacles, run status
    "step_actor": {
        "citizen_alone": QT_TRANSLATE_NOOP("Labels", "Borgeren selv"),
        "citizen_guided": QT_TRANSLATE_NOOP("Labels", "Borgeren med vejledning"),
        "staff": QT_TRANSLATE_NOOP("Labels", "Medarbejderen gjorde det"),
        "skipped": QT_TRANSLATE_NOOP("Labels", "Sprunget over (ikke nødvendigt)"),
    },
    # A digital ambassador is not "Medarbejderen": the same code, said as they would say it.
    "step_actor_ambassador": {"staff": QT_TRANSLATE_NOOP("Labels", "Ambassadøren gjorde det")},
    "obstacle": {
        "no_mitid": QT_TRANSLATE_NOOP("Labels", "Har ikke MitID / kan ikke bruge det"),
        "missing_document": QT_TRANSLATE_NOOP("Labels", "Mangler et dokument"),
        "system_down": QT_TRANSLATE_NOOP("Labels", "Systemet virker ikke"),
        "other": QT_TRANSLATE_NOOP("Labels", "Andet"),
    },
    "flow_run_status": {
        "active": QT_TRANSLATE_NOOP("Labels", "I gang"),
        "paused": QT_TRANSLATE_NOOP("Labels", "På pause"),
        "completed": QT_TRANSLATE_NOOP("Labels", "Gennemført"),
        "ended": QT_TRANSLATE_NOOP("Labels", "Stoppet"),
    },
    # -- Outcome, follow-up and self-sufficiency
    "completion": {
        "completed": QT_TRANSLATE_NOOP("Labels", "Gennemført"),
        "partly": QT_TRANSLATE_NOOP("Labels", "Delvist gennemført"),
        "not_completed": QT_TRANSLATE_NOOP("Labels", "Ikke gennemført"),
    },
    "block_reason": {
        "no_mitid": QT_TRANSLATE_NOOP("Labels", "Ingen MitID"),
        "missing_documents": QT_TRANSLATE_NOOP("Labels", "Manglende papirer"),
        "system_down": QT_TRANSLATE_NOOP("Labels", "Systemet var nede"),
        "out_of_time": QT_TRANSLATE_NOOP("Labels", "Tiden slap op"),
        "other_authority": QT_TRANSLATE_NOOP("Labels", "Kræver en anden myndighed"),
        "citizen_declined": QT_TRANSLATE_NOOP("Labels", "Borgeren ønskede det ikke"),
    },
    "autonomy": {
        "with_guidance": QT_TRANSLATE_NOOP("Labels", "Med vejledning"),
        "autonomous_with_help": QT_TRANSLATE_NOOP("Labels", "Selv, med hjælp ved behov"),
        "autonomous": QT_TRANSLATE_NOOP("Labels", "Helt selv"),
    },
    "referral": {
        "library_course": QT_TRANSLATE_NOOP("Labels", "Kursus på biblioteket"),
        "digital_ambassador": QT_TRANSLATE_NOOP("Labels", "Digital ambassadør"),
        "digital_hotline": QT_TRANSLATE_NOOP("Labels", "Den Digitale Hotline"),
        "relative_access": QT_TRANSLATE_NOOP("Labels", "Pårørende (læseadgang/fuldmagt)"),
        "digital_post_exemption": QT_TRANSLATE_NOOP("Labels", "Fritagelse for Digital Post"),
        "other_office": QT_TRANSLATE_NOOP("Labels", "Et andet kontor"),
    },
    "follow_up_kind": {
        "call": QT_TRANSLATE_NOOP("Labels", "Ring til borgeren"),
        "appointment": QT_TRANSLATE_NOOP("Labels", "Ny aftale"),
        "check_alone": QT_TRANSLATE_NOOP("Labels", "Tjek om borgeren klarede det selv"),
    },
    "follow_up_result": {
        "managed_alone": QT_TRANSLATE_NOOP("Labels", "Klarede det selv derhjemme"),
        "needed_help": QT_TRANSLATE_NOOP("Labels", "Fik brug for hjælp"),
        "not_reached": QT_TRANSLATE_NOOP("Labels", "Ikke truffet"),
    },
    "self_sufficiency": {
        "not_started": QT_TRANSLATE_NOOP("Labels", "Ikke startet"),
        "learning": QT_TRANSLATE_NOOP("Labels", "Lærer det"),
        "can_with_help": QT_TRANSLATE_NOOP("Labels", "Kan med hjælp"),
        "self_sufficient": QT_TRANSLATE_NOOP("Labels", "Selvhjulpen"),
        "another_route": QT_TRANSLATE_NOOP("Labels", "Anden vej valgt"),
    },
    "trend": {
        "improving": QT_TRANSLATE_NOOP("Labels", "stigende"),
        "stable": QT_TRANSLATE_NOOP("Labels", "uændret"),
        "declining": QT_TRANSLATE_NOOP("Labels", "faldende"),
        "unknown": QT_TRANSLATE_NOOP("Labels", "for få vurderinger"),
    },
    "history_level": {
        "0": QT_TRANSLATE_NOOP("Labels", "0 Afhængig"),
        "1": QT_TRANSLATE_NOOP("Labels", "1 Med hjælp"),
        "2": QT_TRANSLATE_NOOP("Labels", "2 Selvhjulpen"),
        "3": QT_TRANSLATE_NOOP("Labels", "3 Kan hjælpe andre"),
    },
    # -- The audit log: actions and what they concern
    "audit_action": {
        "workshop.record": QT_TRANSLATE_NOOP("Labels", "Workshop registreret"),
        "citizen.read_history": QT_TRANSLATE_NOOP("Labels", "Borgers historik åbnet"),
        "citizen.history.read": QT_TRANSLATE_NOOP("Labels", "Borgers historik åbnet"),
        "citizen.task_status.read": QT_TRANSLATE_NOOP("Labels", "Borgers status pr. opgave vist"),
        "citizen.lookup_cpr": QT_TRANSLATE_NOOP("Labels", "Borger fundet med CPR-nummer"),
        "citizen.lookup_code": QT_TRANSLATE_NOOP("Labels", "Borger fundet med borgerkode"),
        "visit.open": QT_TRANSLATE_NOOP("Labels", "Besøg åbnet"),
        "policy.change": QT_TRANSLATE_NOOP("Labels", "Regel for kommunen ændret"),
        "site.create": QT_TRANSLATE_NOOP("Labels", "Sted oprettet"),
        "site.rename": QT_TRANSLATE_NOOP("Labels", "Sted omdøbt"),
        "site.close": QT_TRANSLATE_NOOP("Labels", "Sted lukket"),
        "help_point.add": QT_TRANSLATE_NOOP("Labels", "Hjælpested oprettet"),
        "help_point.change": QT_TRANSLATE_NOOP("Labels", "Hjælpested rettet"),
        "help_point.retire": QT_TRANSLATE_NOOP("Labels", "Hjælpested bruges ikke mere"),
        "referral.result": QT_TRANSLATE_NOOP("Labels", "Udfald af henvisning registreret"),
        "citizen.create": QT_TRANSLATE_NOOP("Labels", "Borger oprettet"),
        "citizen.new_code": QT_TRANSLATE_NOOP("Labels", "Ny borgerkode"),
        "visit.link_citizen": QT_TRANSLATE_NOOP("Labels", "Borger knyttet til besøg"),
        "visit.unlink_citizen": QT_TRANSLATE_NOOP("Labels", "Borger fjernet fra besøg"),
        "assessment.override": QT_TRANSLATE_NOOP("Labels", "Kompetenceniveau ændret"),
        "assessment.override_cleared": QT_TRANSLATE_NOOP("Labels", "Ændret niveau fjernet"),
        "assessment.route_override": QT_TRANSLATE_NOOP("Labels", "Anbefalet vej ændret"),
        "assessment.route_override_cleared": QT_TRANSLATE_NOOP("Labels", "Ændret vej fjernet"),
        "step.staff_refused": QT_TRANSLATE_NOOP("Labels", "MitID-trin uden grundlag afvist"),
        "visit.cancelled": QT_TRANSLATE_NOOP("Labels", "Besøg annulleret"),
        "assessment.previous.read": QT_TRANSLATE_NOOP("Labels", "Tidligere vurdering vist"),
        "appointment.import": QT_TRANSLATE_NOOP("Labels", "Aftaler importeret"),
        "key.create": QT_TRANSLATE_NOOP("Labels", "Pseudonymiseringsnøgle oprettet"),
        "key.export": QT_TRANSLATE_NOOP("Labels", "Pseudonymiseringsnøgle eksporteret"),
        "key.import": QT_TRANSLATE_NOOP("Labels", "Pseudonymiseringsnøgle importeret"),
        "export.komhen": QT_TRANSLATE_NOOP("Labels", "KOMHEN-optælling eksporteret"),
        "export.friction": QT_TRANSLATE_NOOP("Labels", "Friktionsrapport til ejerne eksporteret"),
        "statistics.rebuild": QT_TRANSLATE_NOOP("Labels", "Statistik genberegnet"),
        "citizen.access_export": QT_TRANSLATE_NOOP("Labels", "Indsigt udleveret"),
        "citizen.erase": QT_TRANSLATE_NOOP("Labels", "Borger slettet"),
        "export.handout": QT_TRANSLATE_NOOP("Labels", "Udskrift til borgeren"),
        "export.case_note": QT_TRANSLATE_NOOP("Labels", "Journalnotat"),
        "export.visits": QT_TRANSLATE_NOOP("Labels", "Besøg eksporteret"),
        "audit.export": QT_TRANSLATE_NOOP("Labels", "Revisionslog eksporteret"),
        "retention.purge": QT_TRANSLATE_NOOP("Labels", "Sletning efter slettefrist"),
        "staff.sign_in": QT_TRANSLATE_NOOP("Labels", "Logget ind"),
        "staff.sign_in_failed": QT_TRANSLATE_NOOP("Labels", "Forkert adgangskode"),
        "staff.create": QT_TRANSLATE_NOOP("Labels", "Medarbejder oprettet"),
        "staff.change_role": QT_TRANSLATE_NOOP("Labels", "Rolle ændret"),
        "staff.deactivate": QT_TRANSLATE_NOOP("Labels", "Medarbejder deaktiveret"),
        "staff.reactivate": QT_TRANSLATE_NOOP("Labels", "Medarbejder genaktiveret"),
        "staff.password_set": QT_TRANSLATE_NOOP("Labels", "Adgangskode sat"),
    },
    "audit_target": {
        "workshop": QT_TRANSLATE_NOOP("Labels", "Workshop"),
        "citizen": QT_TRANSLATE_NOOP("Labels", "Borger"),
        "visit": QT_TRANSLATE_NOOP("Labels", "Besøg"),
        "staff": QT_TRANSLATE_NOOP("Labels", "Medarbejder"),
        "site": QT_TRANSLATE_NOOP("Labels", "Sted"),
        "policy": QT_TRANSLATE_NOOP("Labels", "Regel"),
    },
    # -- Counting: the quick tally's tasks
    "quick_task": {
        "information": QT_TRANSLATE_NOOP("Labels", "Generel information og vejvisning"),
        "booking": QT_TRANSLATE_NOOP("Labels", "Tidsbestilling"),
        "self_service": QT_TRANSLATE_NOOP("Labels", "Hjælp til selvbetjening"),
        "other": QT_TRANSLATE_NOOP("Labels", "Andet"),
    },
    # -- Statistics
    "follow_up_status": {
        "due": QT_TRANSLATE_NOOP("Labels", "Aftalt"),
        "done": QT_TRANSLATE_NOOP("Labels", "Udført"),
        "cancelled": QT_TRANSLATE_NOOP("Labels", "Aflyst"),
    },
    # -- Errand recurrence (the flows' ``recurrence``) and workshops (domain/workshops.py)
    "recurrence": {
        "weekly": QT_TRANSLATE_NOOP("Labels", "ugentligt"),
        "monthly": QT_TRANSLATE_NOOP("Labels", "månedligt"),
        "yearly": QT_TRANSLATE_NOOP("Labels", "hvert år"),
        "rare": QT_TRANSLATE_NOOP("Labels", "sjældent (med års mellemrum)"),
        "once": QT_TRANSLATE_NOOP("Labels", "én gang i livet"),
    },
    "workshop_kind": {
        "course": QT_TRANSLATE_NOOP("Labels", "Kursus"),
        "it_cafe": QT_TRANSLATE_NOOP("Labels", "It-café"),
        "group_lesson": QT_TRANSLATE_NOOP("Labels", "Holdundervisning"),
    },
    "workshop_topic": {
        "topic:email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
        "topic:online_safety": QT_TRANSLATE_NOOP("Labels", "Sikkerhed på nettet"),
        "topic:mitid": QT_TRANSLATE_NOOP("Labels", "MitID"),
        "topic:digital_post": QT_TRANSLATE_NOOP("Labels", "Digital Post"),
        "topic:phone": QT_TRANSLATE_NOOP("Labels", "Telefonen"),
    },
}
