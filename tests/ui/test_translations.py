"""Danish and English: catalogues up to date, English complete and shown, the
pseudo-locale (longer text) fits, dates and numbers by locale, Qt's own strings."""

from __future__ import annotations

import ast
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from medbetjening.ui.common import i18n
from tests.ui.screen_catalog import (
    ScreenContext,
    all_screens,
    clipped_now,
    every_page,
    mnemonic_conflicts_of_the_visit,
    visible_texts,
)

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import translate  # noqa: E402
import update_translations  # noqa: E402

SHOTS = Path("/tmp/shots")
# Texts that are the same in both languages, or data from the test fixtures.
SAME_IN_BOTH = {"Medbetjening", "Status", "Dansk", "English"}
FIXTURE_DATA = ("Borgerservice Rådhuset",)
# Danish proper names kept in English text (the public self-service portals).
PROPER_NAMES = ("Byg og Miljø",)
DANISH_LETTERS = re.compile(r"[æøåÆØÅ]")
DANISH_WORDS = re.compile(
    r"\b(og|ikke|eller|af|til|med|skal|kan|fra|ved|har|det|den|er|på|som|besøg)\b", re.I
)


@pytest.fixture
def english():  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    before = QLocale()
    installed = i18n.install_translations(app, "en")
    yield installed
    i18n.remove_translations(app)
    QLocale.setDefault(before)


@pytest.fixture
def screen_context(services, actor, settings):  # type: ignore[no-untyped-def]
    return ScreenContext(services, actor, settings)


def _build_screens(qtbot, context):  # type: ignore[no-untyped-def]
    built, _unbuildable = all_screens(context)  # test_accessibility checks they all build
    for _name, widget in built:
        qtbot.addWidget(widget)
    return built


def untranslated(texts: list[tuple[str, str]], catalogue: list[translate.Message]) -> list[str]:
    """Texts shown in Danish although English was asked for."""
    english_of: dict[str, set[str]] = {}
    for message in catalogue:
        english_of.setdefault(message.source, set()).add(message.translation)
    problems = []
    for where, text in texts:
        if text in SAME_IN_BOTH:
            continue
        if text in english_of and text not in english_of[text]:
            problems.append(f"{where}: {text!r} is the Danish source, not its English")
            continue
        stripped = text
        for data in (*FIXTURE_DATA, *PROPER_NAMES):
            stripped = stripped.replace(data, "")
        stripped = re.sub(r"<[^>]+>", " ", stripped)
        if DANISH_LETTERS.search(stripped) or DANISH_WORDS.search(stripped):
            problems.append(
                f"{where}: {text!r} looks Danish: not through tr(), or not yet in the .ts/English table"
            )
    return problems


# -- catalogues --------------------------------------------------------------------------
def test_translation_files_are_up_to_date_with_the_code() -> None:
    stale = update_translations.stale_files()
    assert stale == [], (
        f"{stale}: run `python packaging/update_translations.py` (and fill new English "
        "strings in packaging/translations_en.tsv)"
    )


def test_english_is_complete() -> None:
    missing = translate.unfinished(translate.EN_TS)
    assert [(m.context, m.source) for m in missing] == [], (
        "run `python packaging/translate.py missing --append`, write the English, "
        "then `python packaging/update_translations.py`"
    )
    messages = translate.read_ts(translate.EN_TS)
    assert len(messages) > 80
    for message in messages:  # placeholders and newlines survive translation
        assert re.findall(r"%\d", message.source) == re.findall(r"%\d", message.translation)
        assert message.source.count("\n") == message.translation.count("\n")


def test_the_table_round_trips_escapes(tmp_path: Path) -> None:
    table = tmp_path / "t.tsv"
    table.write_text("# comment\nCtx\tA\\nB\tX\\tY\n*\tHej\tHello\n", encoding="utf-8")
    assert translate.read_table(table) == {("Ctx", "A\nB"): "X\tY", ("*", "Hej"): "Hello"}
    table.write_text("Ctx\tonly two\n", encoding="utf-8")
    with pytest.raises(ValueError, match="t.tsv:1: expected 3"):
        translate.read_table(table)


def test_missing_lists_new_strings_for_the_table(tmp_path: Path) -> None:
    ts = tmp_path / "en.ts"
    ts.write_text(translate.EN_TS.read_text(encoding="utf-8"), encoding="utf-8")
    translate.set_translations(ts, lambda c, s: "" if s == "Gem" else None)
    assert ("PreferencesDialog", "Gem") in [(m.context, m.source) for m in translate.unfinished(ts)]
    assert translate.table_rows(translate.unfinished(ts))[0].endswith("\t")


def _translation_calls_problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    problems = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr in {"translate", "tr"}
        ):
            problems.append(
                f"{path}:{node.lineno}: aliasing {node.value.attr} hides it from lupdate"
            )
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", getattr(node.func, "id", ""))
        if name not in {"tr", "translate"}:
            continue
        for argument in node.args[:2]:
            if isinstance(argument, ast.JoinedStr | ast.BinOp) or (
                isinstance(argument, ast.Call) and getattr(argument.func, "attr", "") == "format"
            ):
                problems.append(
                    f"{path}:{node.lineno}: {name}() of a built string: use a literal with %1"
                )
        if name == "translate" and len(node.args) >= 2:
            context, text = node.args[0], node.args[1]
            if isinstance(text, ast.Constant) and not isinstance(context, ast.Constant):
                problems.append(f"{path}:{node.lineno}: translate() context must be a literal")
    return problems


def test_every_translation_call_is_visible_to_lupdate() -> None:
    problems = []
    for path in sorted((ROOT / "medbetjening").rglob("*.py")):
        problems += _translation_calls_problems(path)
    assert problems == [], "\n".join(problems)


def test_the_call_check_finds_hidden_strings(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "tr = QCoreApplication.translate\n"
        "CTX = 'X'\n"
        "QCoreApplication.translate(CTX, 'Hej')\n"
        "def f(self, n):\n    return self.tr(f'{n} besøg')\n",
        encoding="utf-8",
    )
    assert len(_translation_calls_problems(bad)) == 3


# -- English on screen -----------------------------------------------------------------------
def test_english_is_shown_on_every_screen(qtbot, english, screen_context) -> None:  # type: ignore[no-untyped-def]
    assert len(english) == 2  # Qt's qtbase and ours
    screens = _build_screens(qtbot, screen_context)
    texts = [(f"{name}: {where}", text) for name, w in screens for where, text in visible_texts(w)]
    assert len(texts) > 60
    problems = untranslated(texts, translate.read_ts(translate.EN_TS))
    assert problems == [], "\n".join(problems)
    window = dict(screens)["MainWindow+visit"]
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Visit", "&Help"]


def test_the_untranslated_check_finds_danish(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel("Dagens besøg"))  # a catalogue string, not through tr()
    layout.addWidget(QLabel("Tryk her og gem beskeden"))  # not in the catalogue at all
    layout.addWidget(QLabel(QCoreApplication.translate("TodayScreen", "Dagens besøg")))
    problems = untranslated(list(visible_texts(root)), translate.read_ts(translate.EN_TS))
    assert len(problems) == 2
    assert "Danish source" in problems[0] and "looks Danish" in problems[1]


def test_help_opens_in_the_chosen_language(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.ui.shell.help_dialog import HelpDialog

    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    assert dialog.browser.source().toLocalFile().endswith("guide_en.html")
    assert "Shortcuts" in dialog.browser.toPlainText()
    assert dialog.windowTitle() == "User guide"


def test_qt_own_strings_are_translated_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    before = QLocale()
    try:
        installed = i18n.install_translations(app, "da")
        assert len(installed) == 3  # Qt's qtbase, the strings it lacks, ours
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"
    finally:
        i18n.remove_translations(app)
        QLocale.setDefault(before)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_language_choice_setting_system_and_default() -> None:
    english_system = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    german_system = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert i18n.choose_language("en", german_system) == "en"
    assert i18n.choose_language("", english_system) == "en"
    assert i18n.choose_language("", german_system) == "da"
    assert i18n.choose_language("xx", german_system) == "da"


def test_dates_times_and_numbers_follow_the_locale() -> None:
    before = QLocale()
    moment = dt.datetime(2026, 11, 3, 9, 5)
    try:
        QLocale.setDefault(i18n.locale_for("da"))
        assert i18n.format_time(moment) == "09.05"
        assert i18n.format_date(moment.date()) == "03.11.2026"
        assert i18n.format_number(12345.678, 1) == "12.345,7"
        QLocale.setDefault(i18n.locale_for("en"))
        assert i18n.format_time(moment) == "09:05"
        assert i18n.format_date(moment.date()) == "03/11/2026"
        assert i18n.format_number(12345.678, 1) == "12,345.7"
        assert i18n.format_datetime(moment) == "03/11/2026 09:05"
    finally:
        QLocale.setDefault(before)


# -- pseudo-locale -----------------------------------------------------------------------
def test_pseudo_translation_is_longer_and_keeps_markup() -> None:
    text = translate.pseudo_translate("Besøg nr. %1 · <b>åbn</b> &Gem")
    assert "%1" in text and "<b>" in text and "</b>" in text and "&G" in text
    assert len(text) >= len("Besøg nr. %1 · <b>åbn</b> &Gem") * 1.3
    assert translate.pseudo_translate("–") == "–"


@pytest.fixture
def pseudo_locale(tmp_path: Path):  # type: ignore[no-untyped-def]
    """English replaced by the pseudo-locale: every text ~40 % longer, accented."""
    ts = tmp_path / "medbetjening_en.ts"
    translate.write_pseudo(translate.EN_TS, ts)
    subprocess.run([update_translations.tool("pyside6-lrelease"), "-silent", str(ts)], check=True)
    app = QApplication.instance()
    before = QLocale()
    i18n.install_translations(app, "en", directory=tmp_path)
    yield
    i18n.remove_translations(app)
    QLocale.setDefault(before)


def test_pseudo_locale_renders_without_clipped_labels(qtbot, pseudo_locale, screen_context) -> None:  # type: ignore[no-untyped-def]
    screens = _build_screens(qtbot, screen_context)
    SHOTS.mkdir(parents=True, exist_ok=True)
    problems: set[str] = set()
    checked = 0
    for name, widget in screens:
        widget.show()
        qtbot.waitExposed(widget)
        for _page in every_page(widget):
            QApplication.processEvents()
            problems.update(clipped_now(name, widget))
            checked += 1
        widget.grab().save(str(SHOTS / f"issue9-pseudo-{name}.png"))
    window = dict(screens)["MainWindow+visit"]
    assert window.menuBar().actions()[0].text().startswith("[")  # the pseudo-locale is on
    assert checked >= len(screens)
    assert sorted(problems) == []


def test_clipping_check_finds_a_squeezed_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    root = QWidget()
    qtbot.addWidget(root)
    label = QLabel("En meget lang tekst, der ikke kan være her", root)
    label.setGeometry(0, 0, 40, 10)
    wrapped = QLabel("En lang tekst, der brydes over flere linjer, men her er for lidt plads", root)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 20, 120, 14)
    fine = QLabel("OK", root)
    fine.setGeometry(0, 40, 200, 30)
    root.show()
    qtbot.waitExposed(root)
    problems = clipped_now("test", root)
    assert len(problems) == 2 and "'OK'" not in " ".join(problems)


def test_no_two_things_share_an_alt_key_in_english(
    qtbot, english, settings, services, actor
) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.ui.shell.main_window import MainWindow

    window = MainWindow(services, actor, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.menuBar().actions()[0].text() == "&File"  # English is on
    assert mnemonic_conflicts_of_the_visit(window) == []


QT_ENGLISH = ("Look in", "Files of type", "File name", "Cancel", "Open", "Save", "Yes", "No")


def test_qt_own_dialogs_speak_danish_in_danish(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The file dialog and a message box in Danish mode: none of Qt's English words."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    app = QApplication.instance()
    before = QLocale()
    try:
        i18n.install_translations(app, "da")
        files = QFileDialog(None, "Gem papiret")
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        files.setNameFilter("PDF-fil (*.pdf)")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Spørgsmål",
            "Gem?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        problems = []
        for dialog in (files, box):
            qtbot.addWidget(dialog)
            for where, text in visible_texts(dialog):
                shown = text.replace("&", "")
                if any(re.search(rf"\b{word}\b", shown) for word in QT_ENGLISH):
                    problems.append(f"{type(dialog).__name__}: {where}: {text!r}")
        assert problems == [], "\n".join(problems)
        assert any("Kig i" in text for _where, text in visible_texts(files))
    finally:
        i18n.remove_translations(app)
        QLocale.setDefault(before)


def test_service_messages_are_shown_in_english(english) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.ui.common.service_messages import in_ui_language

    assert (
        in_ui_language(
            "Vælg hvorfor ærindet ikke blev gennemført (fx ingen MitID eller manglende papirer)."
        )
        == "Choose why the errand was not completed (e.g. no MitID or missing papers)."
    )
    assert (
        in_ui_language("Varigheden skal være mellem 1 og 480 minutter (ikke 0).")
        == "The duration must be between 1 and 480 minutes (not 0)."
    )
    assert in_ui_language("En besked, der ikke er kendt.") == "En besked, der ikke er kendt."
