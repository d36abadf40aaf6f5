"""The case note as PDF (QtGui); the text itself comes from ``case_note.render_text``."""

from __future__ import annotations

from pathlib import Path

from medbetjening.reports.pdf import text_to_html, write_pdf


def write_case_note_pdf(text: str, out: Path) -> int:
    return write_pdf(out, text_to_html(text), title="Journalnotat", point_size=10.5, one_page=False)
