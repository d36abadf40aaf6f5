"""The walker's rich text for a flow and a step (kept in the FlowWalker translation context)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from medbetjening.domain.flows import Flow, FlowStep
from medbetjening.services.flow_run_info import StepMark
from medbetjening.ui.common.labels import label


def flow_info_html(flow: Flow, lang: str) -> str:
    """Summary, what the citizen must have, the conditions, and what to do if it cannot be done."""
    parts = []
    if flow.summary:
        parts.append(html.escape(flow.summary.get(lang)))
    if flow.bring:
        needs = ", ".join(html.escape(p.get(lang)) for p in flow.bring)
        heading = QCoreApplication.translate("FlowWalker", "Borgeren skal have:")
        parts.append(f"<b>{html.escape(heading)}</b> {needs}")
    if flow.conditions:  # for the staff member: who can, what it costs, the rules
        # each condition is a sentence of its own ("… bøde.; Nyt …" read badly)
        rules = " ".join(html.escape(_sentence(c.get(lang))) for c in flow.conditions)
        heading = QCoreApplication.translate("FlowWalker", "Betingelser:")
        parts.append(f"<b>{html.escape(heading)}</b> {rules}")
    if flow.alternatives:
        alternatives = "; ".join(html.escape(a.title.get(lang)) for a in flow.alternatives)
        heading = QCoreApplication.translate("FlowWalker", "Hvis det ikke kan lade sig gøre:")
        parts.append(f"<b>{html.escape(heading)}</b> {alternatives}")
    return "<br>".join(parts)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?", ")")) else f"{text}."


def obstacles_html(step: FlowStep, lang: str) -> str:
    if not step.obstacles:
        return ""
    rows = "".join(
        f"<li><b>{html.escape(o.problem.get(lang))}</b> → {html.escape(o.remedy.get(lang))}</li>"
        for o in step.obstacles
    )
    heading = QCoreApplication.translate("FlowWalker", "Kendte forhindringer:")
    return f"{html.escape(heading)}<ul>{rows}</ul>"


def url_html(step: FlowStep) -> str:
    if not step.url:
        return ""
    url = html.escape(step.url, quote=True)
    # a zero-width space after each "/" lets a long address wrap at large text
    shown = url.replace("/", "/\u200b")
    return f'<a href="{url}">{shown}</a>'


def mark_text(mark: StepMark | None) -> str:
    """What was recorded on the step: who did it, and any obstacle."""
    if mark is None:
        return ""
    parts = []
    if mark.actor:
        parts.append(
            QCoreApplication.translate("FlowWalker", "Registreret: %1").replace(
                "%1", label("step_actor", mark.actor)
            )
        )
    if mark.obstacle:
        text = label("obstacle", mark.obstacle.value)
        if mark.obstacle_note:
            text += f" ({mark.obstacle_note})"
        parts.append(
            QCoreApplication.translate("FlowWalker", "Forhindring: %1").replace("%1", text)
        )
    return " · ".join(parts)
