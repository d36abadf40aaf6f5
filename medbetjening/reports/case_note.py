"""The case note (journalnotat): short structured Danish text for the case system."""

from __future__ import annotations

from medbetjening.reports.hotline import HOTLINE
from medbetjening.services.export_data import CaseNoteData

CHANNEL = {
    "counter": "skranke",
    "library": "bibliotek",
    "phone": "telefon",
    "video": "video",
    "outreach": "udgående",
}
CONTACT_TYPE = {
    "information": "information",
    "interaction": "interaktion",
    "transaction": "transaktion",
}
FLOW_STATUS = {
    "active": "i gang",
    "paused": "sat på pause",
    "completed": "gennemført",
    "ended": "afbrudt",
}
COMPLETION = {
    "completed": "gennemført",
    "partly": "delvist gennemført",
    "not_completed": "ikke gennemført",
}
AUTONOMY = {
    "with_guidance": "med vejledning",
    "autonomous_with_help": "selvstændig med hjælp ved behov",
    "autonomous": "selvstændig",
}
BLOCKER = {
    "no_mitid": "ingen MitID",
    "missing_documents": "manglende dokumenter",
    "system_down": "systemet var nede",
    "out_of_time": "tiden slap op",
    "other_authority": "hører under en anden myndighed",
    "citizen_declined": "borgeren ønskede det ikke",
}
REFERRAL = {
    "library_course": "kursus på biblioteket",
    "digital_ambassador": "digital ambassadør",
    "digital_hotline": f"Den Digitale Hotline ({HOTLINE})",
    "relative_access": "fuldmagt/læseadgang til pårørende",
    "digital_post_exemption": "fritagelse for Digital Post",
    "other_office": "andet kontor",
}
FOLLOW_UP_KIND = {
    "call": "opkald",
    "appointment": "ny aftale",
    "check_alone": "tjek om borgeren klarede det selv",
}

FOLLOW_UP_STATUS = {"due": "aftalt", "done": "udført", "cancelled": "aflyst"}


STAFF_BASIS = {
    "digital_fuldmagt": "digital fuldmagt",
    "guardian": "værge",
    "citizen_typed": "borgeren tastede selv, medarbejderen kiggede væk",
}


def _label(table: dict[str, str], code: str | None) -> str:
    return table.get(code, code) if code else "–"


def render_text(data: CaseNoteData) -> str:
    """Plain text, one fact a line, fit to paste into a case system."""
    when = data.started_at.strftime("%d.%m.%Y kl. %H:%M")
    if data.ended_at:
        when += data.ended_at.strftime("–%H:%M")
    if data.duration_minutes:
        when += f" ({data.duration_minutes} min)"
    lines = [
        "Journalnotat – digital hjælp (medbetjening)",
        "",
        f"Besøg nr.: {data.visit_id}",
        f"Tid: {when}",
        f"Sted: {data.site_name}",
        f"Kanal: {_label(CHANNEL, data.channel)} · Henvendelse: {_label(CONTACT_TYPE, data.contact_type)}",
        f"Medarbejder: {data.staff_name}",
        f"Borger: {data.citizen}",
    ]
    if data.flows:
        lines.append("Ærinder:")
        for title, status, marked, alone, guided in data.flows:
            detail = f"{marked} trin udført"
            if marked:
                detail += f", heraf borgeren selv {alone}, med vejledning {guided}"
            lines.append(f"  - {title}: {_label(FLOW_STATUS, status)} ({detail})")
    else:
        lines.append("Ærinder: ingen forløb registreret")
    for title, step_id, basis in data.staff_basis:
        lines.append(
            f"  MitID/betaling udført af medarbejderen ({title}, trin {step_id}): "
            f"{_label(STAFF_BASIS, basis)}"
        )
    if data.assessment_level is not None:
        lines.append(f"Digitalt kompetenceniveau (vurderet): {data.assessment_level}")
    elif data.level_range is not None:
        low, high = data.level_range
        lines.append(f"Digitalt kompetenceniveau: ikke afklaret ({low}–{high})")
    if data.route_override is not None:
        route, reason = data.route_override
        lines.append(f"Vej valgt af medarbejderen: {route} – {reason}")
    lines.append(f"Resultat: {_label(COMPLETION, data.completion)}")
    lines.append(f"Selvstændighed: {_label(AUTONOMY, data.autonomy)}")
    if data.blocker:
        lines.append(f"Forhindring: {_label(BLOCKER, data.blocker)}")
    if data.referral:
        lines.append(f"Henvist til: {_label(REFERRAL, data.referral)}")
    if data.follow_up:
        kind, due, status = data.follow_up
        lines.append(
            f"Opfølgning: {_label(FOLLOW_UP_KIND, kind)} {due.strftime('%d.%m.%Y')} "
            f"({_label(FOLLOW_UP_STATUS, status)})"
        )
    if data.note:
        lines.append(f"Note: {data.note}")
    return "\n".join(lines) + "\n"
