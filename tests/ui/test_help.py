"""F1 opens the user guide; both guides cover a visit, the shortcuts and privacy."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from medbetjening.locations import resources_dir
from medbetjening.ui.shell.help_dialog import HelpDialog, guide_path
from medbetjening.ui.shell.main_window import MainWindow

MUST_MENTION = [
    "Ctrl+N",
    "Ctrl+Enter",
    "Esc",
    "F1",
    "MitID",
    "<b>1</b>",
    "<b>2</b>",
    "<b>3</b>",
    "<b>0</b>",
]


def test_f1_opens_the_guide_beside_the_window(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    dialog = main_window.help_dialog
    assert isinstance(dialog, HelpDialog) and dialog.isVisible()
    assert not dialog.isModal()  # the staff member can keep working
    assert "Sådan går et besøg" in dialog.browser.toPlainText()
    assert main_window.help_action in main_window.help_menu.actions()
    qtbot.keyClick(dialog.browser, Qt.Key.Key_Escape)  # Esc closes it
    assert not dialog.isVisible()
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    assert main_window.help_dialog is dialog and dialog.isVisible()


@pytest.mark.parametrize(
    ("language", "sections"),
    [
        ("da", ["Sådan går et besøg", "Genveje", "Privatliv", "kig væk"]),
        ("en", ["How a visit goes", "Shortcuts", "Privacy", "look away"]),
    ],
)
def test_guides_cover_a_visit_shortcuts_and_privacy(language: str, sections: list[str]) -> None:
    html = guide_path(language).read_text(encoding="utf-8")
    assert guide_path(language).name == f"guide_{language}.html"
    for text in sections + MUST_MENTION:
        assert text in html, f"guide_{language}.html lacks {text!r}"
    anchors = set(re.findall(r'id="([^"]+)"', html))
    assert set(re.findall(r'href="#([^"]+)"', html)) <= anchors


def test_both_guides_list_the_same_shortcuts() -> None:
    keys = {
        language: re.findall(r"<tr><td>([^<]+)</td>", guide_path(language).read_text("utf-8"))
        for language in ("da", "en")
    }
    assert (
        keys["da"] == [k.replace("Skift", "Shift") for k in keys["en"]]
        or keys["da"] == keys["en"]
        or [k.replace("Skift", "Shift") for k in keys["da"]] == keys["en"]
    )


def test_unknown_language_falls_back_to_danish() -> None:
    assert guide_path("de") == resources_dir() / "help" / "guide_da.html"


def test_guide_links_move_within_the_browser(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = HelpDialog(language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.browser.scrollToAnchor("privacy")
    qtbot.waitUntil(lambda: dialog.browser.verticalScrollBar().value() > 0)
    assert dialog.browser.tabChangesFocus()  # Tab leaves the text for the Close button
