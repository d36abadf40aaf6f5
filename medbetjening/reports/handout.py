"""The citizen's handout: what we did today and how to do it alone next time (PDF).

Plain language, Danish or English, optionally large print; one A4 page for a typical
visit. It tells the citizen what was noted about them (GDPR art. 13) and holds no CPR
number and no staff-only note (``HandoutData`` carries none).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from medbetjening.reports.hotline import HOTLINE
from medbetjening.reports.pdf import render_html, write_pdf
from medbetjening.services.export_data import HandoutData, HandoutFlow

TEXT: dict[str, dict[str, str]] = {
    "da": {
        "title": "Det gjorde vi i dag",
        "visit": "Besøg {date} · {site}",
        "how": "Sådan gør du selv næste gang:",
        "web": "Adresse:",
        "you_did": "I dag gjorde du selv {mine} af {all} trin.",
        "no_flows": "Vi talte om dine digitale ærinder.",
        "bring": "Tag med næste gang",
        "bring_always": "Dette papir og din telefon eller MitID-kodeviser.",
        "bring_paper": "Dette papir.",
        "bring_unknown": "Dette papir og dit MitID, hvis du har et.",
        "no_mitid": "Du har ikke MitID. Så kan du ikke gøre det selv på nettet lige nu.",
        "route_power_of_attorney": "Din pårørende med fuldmagt kan gøre det for dig med sit eget MitID.",
        "route_read_access": "Din pårørende med læseadgang kan læse dine breve i Digital Post.",
        "route_digital_post_exemption": "Du er fritaget for Digital Post. Gem kvitteringen. Dine breve kommer med posten.",
        "route_get_mitid": "Bestil en tid i Borgerservice. Så hjælper vi dig med at få MitID.",
        "route_get_mitid_app": "Hent appen MitID, og brug dit pas med chip. Har du ikke pas med chip, så bestil en tid i Borgerservice.",
        "route_other": "Ring eller kom forbi, så finder vi en ny tid sammen.",
        "help": "Her kan du få hjælp",
        "help_library": "Biblioteket: spørg efter en digital ambassadør eller et kursus.",
        # what the hotline helps with, as its page says (reports/hotline.py): not MitID
        "help_hotline": f"Den Digitale Hotline: ring {HOTLINE} (hjælp til selvbetjening på nettet).",
        "help_site": "Borgerservice: {site}.",
        "ref_place": "Vi har sendt dig videre til {place}.",
        "ref_task": "Der kan du få hjælp til: {task}.",
        "ref_address": "Adresse: {value}.",
        "ref_hours": "Åbent: {value}.",
        "ref_phone": "Telefon: {value}.",
        "follow_up_call": "Vi ringer til dig omkring {date}.",
        "follow_up_check_alone": "Vi hører omkring {date}, om du klarede det selv.",
        "follow_up_appointment": "Vi har aftalt, at du kommer igen omkring {date}.",
        "code": "Din borgerkode",
        "code_text": "Vis koden næste gang, så kan vi se, hvad du har lært.",
        "noted": "Det har vi skrevet ned om dig",
        "noted_anonymous": "Dit besøg er anonymt: vi har ikke skrevet dit navn eller CPR-nummer ned.",
        "noted_visit": "Dato og sted for besøget, og hvilke ærinder vi hjalp med.",
        "noted_steps": "Hvem der gjorde hvert trin: dig selv, dig med hjælp eller medarbejderen.",
        "noted_assessment": "En kort vurdering af, hvor godt du klarer dig digitalt.",
        "noted_outcome": "Om ærindet blev klaret, og hvor selvstændigt.",
        "noted_follow_up": "At vi har aftalt at kontakte dig.",
        "noted_appointment": "At vi har aftalt en ny tid.",
        "noted_referral": "Hvor vi har sendt dig hen, og om du kom derhen.",
        "noted_code": "Din borgerkode. Den er tilfældig og siger intet om dig. Vi gemmer ikke dit CPR-nummer.",
        "noted_cpr": (
            "En kode, der er lavet ud fra dit CPR-nummer, så vi kan finde dig igen. "
            "Selve nummeret gemmer vi aldrig. Koden kan ikke laves om til nummeret."
        ),
        "noted_linked": "Besøget er knyttet til dig med en kode. Vi gemmer ikke dit CPR-nummer.",
        "noted_why": (
            "Vi bruger det til at hjælpe dig bedre næste gang og til statistik uden navne. "
            "Det slettes efter {months} måneder. Du kan altid få at vide, hvad vi har "
            "noteret, og bede os slette det – spørg i borgerservice."
        ),
        "status_completed": "Klaret",
        "status_active": "Ikke færdigt",
        "status_paused": "Sat på pause – vi fortsætter næste gang",
        "status_ended": "Ikke klaret i dag",
        "referral": "Vi anbefaler: {what}.",
        "ref_library_course": "et kursus på biblioteket",
        "ref_digital_ambassador": "en digital ambassadør på biblioteket",
        "ref_digital_hotline": f"Den Digitale Hotline, {HOTLINE}",
        "ref_relative_access": "at en pårørende får fuldmagt eller læseadgang",
        "ref_digital_post_exemption": "at søge fritagelse for Digital Post",
        "ref_other_office": "at kontakte et andet kontor",
    },
    "en": {
        "title": "What we did today",
        "visit": "Visit {date} · {site}",
        "how": "How to do it yourself next time:",
        "web": "Web address:",
        "you_did": "Today you did {mine} of {all} steps yourself.",
        "no_flows": "We talked about your digital errands.",
        "bring": "Bring next time",
        "bring_always": "This paper and your phone or MitID code display.",
        "bring_paper": "This paper.",
        "bring_unknown": "This paper and your MitID, if you have one.",
        "no_mitid": "You do not have MitID. So you cannot do it yourself online for now.",
        "route_power_of_attorney": "Your relative with power of attorney can do it for you with their own MitID.",
        "route_read_access": "Your relative with read access can read your letters in Digital Post.",
        "route_digital_post_exemption": "You are exempt from Digital Post. Keep the receipt. Your letters come by post.",
        "route_get_mitid": "Book a time at the citizen service. We will help you get MitID.",
        "route_get_mitid_app": "Get the MitID app and use your passport with a chip. No passport with a chip? Then book a time at the citizen service.",
        "route_other": "Call or drop by, and we will find a new time together.",
        "help": "Where to get help",
        "help_library": "The library: ask for a digital ambassador or a course.",
        "help_hotline": f"Den Digitale Hotline: call {HOTLINE} (help with self-service online).",
        "help_site": "Citizen service: {site}.",
        "ref_place": "We have sent you on to {place}.",
        "ref_task": "There you can get help with: {task}.",
        "ref_address": "Address: {value}.",
        "ref_hours": "Open: {value}.",
        "ref_phone": "Phone: {value}.",
        "follow_up_call": "We will call you around {date}.",
        "follow_up_check_alone": "Around {date} we will ask whether you managed it yourself.",
        "follow_up_appointment": "We agreed that you come back around {date}.",
        "code": "Your citizen code",
        "code_text": "Show the code next time, so we can see what you have learnt.",
        "noted": "What we wrote down about you",
        "noted_anonymous": "Your visit is anonymous: we did not write down your name or CPR number.",
        "noted_visit": "The date and place of the visit, and which errands we helped with.",
        "noted_steps": "Who did each step: you alone, you with help, or the staff member.",
        "noted_assessment": "A short assessment of how well you manage digitally.",
        "noted_outcome": "Whether the errand was done, and how independently.",
        "noted_follow_up": "That we agreed to contact you.",
        "noted_appointment": "That we agreed on a new time.",
        "noted_referral": "Where we sent you, and whether you went there.",
        "noted_code": "Your citizen code. It is random and says nothing about you. We do not store your CPR number.",
        "noted_cpr": (
            "A code made from your CPR number, so we can find you again. We never store "
            "the number itself. The code cannot be turned back into the number."
        ),
        "noted_linked": "The visit is linked to you by a code. We do not store your CPR number.",
        "noted_why": (
            "We use it to help you better next time and for statistics without names. "
            "It is deleted after {months} months. You can always ask what we have noted "
            "and ask us to delete it – ask at the citizen service."
        ),
        "status_completed": "Done",
        "status_active": "Not finished",
        "status_paused": "Paused – we continue next time",
        "status_ended": "Not done today",
        "referral": "We recommend: {what}.",
        "ref_library_course": "a course at the library",
        "ref_digital_ambassador": "a digital ambassador at the library",
        "ref_digital_hotline": f"Den Digitale Hotline, {HOTLINE}",
        "ref_relative_access": "giving a relative power of attorney or read access",
        "ref_digital_post_exemption": "applying for exemption from Digital Post",
        "ref_other_office": "contacting another office",
    },
}


def _date(data: HandoutData, day) -> str:  # type: ignore[no-untyped-def]
    return day.strftime("%d.%m.%Y") if data.language == "da" else day.strftime("%d %B %Y")


def _flow_html(flow: HandoutFlow, t: dict[str, str], data: HandoutData) -> str:
    status = t.get(f"status_{flow.status}", "")
    parts = [f"<h2>{escape(flow.title)}</h2>"]
    line = f"<b>{escape(status)}.</b>" if status else ""
    if flow.steps_by_citizen:  # praise what the citizen did; say nothing of a zero
        line += " " + escape(t["you_did"].format(mine=flow.steps_by_citizen, all=flow.steps_marked))
    if line:
        parts.append(f"<p>{line}</p>")
    # No MitID: the errand cannot be done alone online, so its steps would be
    # instructions the citizen cannot follow; say what they do have instead.
    without_mitid = data.has_mitid is False and bool(flow.mitid_steps)
    steps = () if without_mitid else flow.steps
    if steps:
        parts.append(f"<p>{escape(t['how'])}</p><ol>")
        parts.extend(f"<li>{escape(step)}</li>" for step in steps)
        parts.append("</ol>")
    if without_mitid:
        parts.append(f"<p>{escape(t['no_mitid'])} {escape(_route_line(data, t))}</p>")
    for url in flow.urls:
        parts.append(f"<p>{escape(t['web'])} <b>{escape(url)}</b></p>")
    return "".join(parts)


def _route_line(data: HandoutData, t: dict[str, str]) -> str:
    return t.get(f"route_{data.route}", t["route_other"])


def _follow_up_line(data: HandoutData, t: dict[str, str]) -> str | None:
    """'We contact you' only with the citizen's consent and a follow-up of that kind."""
    if data.follow_up_date is None or data.follow_up_kind is None:
        return None
    contact = data.follow_up_kind in ("call", "check_alone")
    if contact and not data.consent_follow_up:
        return None
    template = t.get(f"follow_up_{data.follow_up_kind}")
    return template.format(date=_date(data, data.follow_up_date)) if template else None


def referral_lines(data: HandoutData, t: dict[str, str]) -> list[str]:
    """Where the citizen was sent, with only what is known of the place (issue 21)."""
    ref = data.referred_to
    if ref is None:
        return []
    lines = [t["ref_place"].format(place=ref.place)]
    if ref.task:
        lines.append(t["ref_task"].format(task=ref.task))
    for key, value in (
        ("ref_address", ref.address),
        ("ref_hours", ref.opening_hours),
        ("ref_phone", ref.phone),
    ):
        if value:
            lines.append(t[key].format(value=value.rstrip(". ")))
    return lines


def handout_html(data: HandoutData) -> str:
    t = TEXT[data.language]
    blocks = [
        f"<h1>{escape(t['title'])}</h1>",
        f"<p>{escape(t['visit'].format(date=_date(data, data.visit_date), site=data.site_name))}</p>",
    ]
    if data.flows:
        blocks.extend(_flow_html(flow, t, data) for flow in data.flows)
    else:
        blocks.append(f"<p>{escape(t['no_flows'])}</p>")
    if data.referral and f"ref_{data.referral}" in t:
        blocks.append(
            "<p style='margin-top: 8px'>"
            f"{escape(t['referral'].format(what=t['ref_' + data.referral]))}</p>"
        )
    follow_up = _follow_up_line(data, t)
    if follow_up:
        blocks.append(f"<p><b>{escape(follow_up)}</b></p>")

    mitid = {True: "bring_always", False: "bring_paper", None: "bring_unknown"}[data.has_mitid]
    bring = [*data.bring_next_time, t[mitid]]
    blocks.append(f"<h2>{escape(t['bring'])}</h2><ul>")
    blocks.extend(f"<li>{escape(item)}</li>" for item in bring)
    blocks.append("</ul>")

    blocks.append(f"<h2>{escape(t['help'])}</h2><ul>")
    blocks.extend(f"<li>{escape(line)}</li>" for line in referral_lines(data, t))
    for key in ("help_library", "help_hotline"):
        blocks.append(f"<li>{escape(t[key])}</li>")
    blocks.append(f"<li>{escape(t['help_site'].format(site=data.site_name))}</li></ul>")

    if data.citizen_code:
        blocks.append(
            "<table border='1' cellpadding='6' cellspacing='0'><tr><td>"
            f"{escape(t['code'])}: <span style='font-size: x-large'><b>{escape(data.citizen_code)}</b></span>"
            f"<br/>{escape(t['code_text'])}</td></tr></table>"
        )

    noted = [t["noted_visit"]]
    if any(flow.steps_marked for flow in data.flows):
        noted.append(t["noted_steps"])
    if data.assessed:
        noted.append(t["noted_assessment"])
    if data.completion:
        noted.append(t["noted_outcome"])
    if follow_up:
        noted.append(
            t["noted_appointment" if data.follow_up_kind == "appointment" else "noted_follow_up"]
        )
    if data.referred_to is not None:
        noted.append(t["noted_referral"])
    if data.citizen_code:
        noted.append(t["noted_code"])
        if data.cpr_linked:  # what is kept, in plain words: a scrambled reference
            noted.append(t["noted_cpr"])
    elif data.linked_to_citizen:
        noted.append(t["noted_linked"])
    else:
        noted.append(t["noted_anonymous"])
    blocks.append(f"<h2>{escape(t['noted'])}</h2><ul>")
    blocks.extend(f"<li>{escape(item)}</li>" for item in noted)
    blocks.append(f"</ul><p>{escape(t['noted_why'].format(months=data.retention_months))}</p>")
    return "".join(blocks)


_STYLE = (
    "<style>h1 { font-size: 160%; margin-bottom: 2px; } "
    "h2 { font-size: 125%; margin-top: 10px; margin-bottom: 2px; } "
    "p, li { margin-top: 1px; margin-bottom: 1px; }</style>"
)


# "Stor skrift": never smaller than 16 pt (a second page rather than smaller letters)
LARGE_PRINT_POINTS = 16.0


def _sizes(large_print: bool) -> dict[str, float]:
    return (
        {"point_size": LARGE_PRINT_POINTS + 2, "min_point_size": LARGE_PRINT_POINTS}
        if large_print
        else {
            "point_size": 11.5,
            "min_point_size": 8.5,
        }
    )


def render_handout(data: HandoutData, out: Path, *, large_print: bool = False) -> int:
    """Write the handout PDF; returns its number of pages."""
    if data.language not in TEXT:
        raise ValueError(f"unknown handout language {data.language!r}")
    return write_pdf(
        out,
        _STYLE + handout_html(data),
        title=TEXT[data.language]["title"],
        **_sizes(large_print),
    )


def print_handout(
    data: HandoutData, device: QPagedPaintDevice, *, large_print: bool = False
) -> int:
    """Print the handout on a printer (or any paged device); returns the number of pages."""
    return render_html(device, _STYLE + handout_html(data), **_sizes(large_print))
