"""Render HTML or plain text to an A4 PDF with QtGui (no widgets), shrinking to one page."""

from __future__ import annotations

import html
import os
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

RESOLUTION = 300
FONT_FAMILY = "DejaVu Sans"  # has æøå; Qt falls back to a system sans font where missing

_app: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """Fonts need a QGuiApplication; on a server without a display use the offscreen one."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([sys.argv[0] if sys.argv else "medbetjening"])


def write_pdf(
    out: Path,
    body_html: str,
    *,
    title: str,
    point_size: float = 11.0,
    min_point_size: float = 8.5,
    one_page: bool = True,
    landscape: bool = False,
) -> int:
    """Write ``body_html`` to an A4 PDF at ``out``; returns the number of pages.

    The program's one PDF writer (handout, case note, a citizen's access answer). With
    ``one_page`` the font shrinks in small steps (not below ``min_point_size``) until
    everything fits on one page; if it still does not, more pages follow. The export
    runner hands it ``<name>.part`` and moves the file into place when complete.
    """
    ensure_gui_application()
    writer = QPdfWriter(str(out))
    try:
        writer.setResolution(RESOLUTION)
        writer.setTitle(title)
        writer.setCreator("Medbetjening")
        orientation = (
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                orientation,
                QMarginsF(16, 14, 16, 14),
                QPageLayout.Unit.Millimeter,
            )
        )
        return render_html(
            writer,
            body_html,
            point_size=point_size,
            min_point_size=min_point_size,
            one_page=one_page,
        )
    finally:
        del writer  # closes the file before it is moved (Windows cannot move an open file)


def render_html(
    device: QPagedPaintDevice,
    body_html: str,
    *,
    point_size: float = 11.0,
    min_point_size: float = 8.5,
    one_page: bool = True,
) -> int:
    """Paint ``body_html`` on a paged device (a PDF writer or a printer)."""
    ensure_gui_application()
    paint_rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    page = QSizeF(paint_rect.width(), paint_rect.height())

    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    size = point_size
    while True:
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(size)
        # No ligatures: "fl" must stay two letters so addresses can be read back and copied.
        for tag in ("liga", "clig", "dlig"):
            font.setFeature(QFont.Tag(tag), 0)
        document.setDefaultFont(font)
        document.setHtml(body_html)
        document.setPageSize(page)
        if not one_page or document.pageCount() <= 1 or size - 0.5 < min_point_size:
            break
        size -= 0.5

    painter = QPainter()
    if not painter.begin(device):
        raise OSError("Kan ikke skrive siden (PDF-fil eller printer).")
    try:
        for number in range(document.pageCount()):
            if number:
                device.newPage()
            painter.save()
            painter.translate(QPointF(0, -number * page.height()))
            document.drawContents(
                painter, QRectF(0, number * page.height(), page.width(), page.height())
            )
            painter.restore()
    finally:
        painter.end()
    return document.pageCount()


def text_to_html(text: str) -> str:
    """Plain text kept line by line (for the case note)."""
    return (
        "<pre style='white-space: pre-wrap; font-family: \"DejaVu Sans\"'>"
        + html.escape(text)
        + "</pre>"
    )
