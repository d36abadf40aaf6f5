"""The command line follows --lang or the locale for its help and its own words: no
Danish in English, none of argparse's English in Danish, every help text translated."""

from __future__ import annotations

import argparse
import re

import pytest

from medbetjening.cli import build_parser, main
from medbetjening.cli_language import ARGPARSE_DANISH, cli_language, english_table

DANISH = re.compile(r"[æøåÆØÅ]|\b(og|ikke|eller|til|med|skal|kan|fra|ved|har|som|besøg)\b")
ARGPARSE_WORDS = set(ARGPARSE_DANISH.values())  # argparse's own, put in Danish
ARGPARSE_ENGLISH = re.compile(r"usage:|positional arguments|options:|show this help")


def _help(capsys, argv: list[str]) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 0
    return capsys.readouterr().out


def _every_help(language: str) -> str:
    """The help of the program and of every sub-command and action, as printed."""
    texts = []

    def walk(parser: argparse.ArgumentParser) -> None:
        texts.append(parser.format_help())
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    walk(sub)

    walk(build_parser(True, language))
    return "\n".join(texts)


def test_the_language_comes_from_lang_then_the_locale_then_danish() -> None:
    assert cli_language(["--lang", "en", "db"], {"LANG": "da_DK.UTF-8"}) == "en"
    assert cli_language(["--lang=da"], {"LANG": "en_GB.UTF-8"}) == "da"
    assert cli_language(["db"], {"LC_ALL": "en_US.UTF-8", "LANG": "da_DK"}) == "en"
    assert cli_language(["db"], {"LANG": "en_GB.UTF-8"}) == "en"
    assert cli_language(["db"], {"LANG": "de_DE.UTF-8"}) == "da"
    assert cli_language([], {}) == "da"


def test_english_help_has_no_danish(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert "show this help message and exit" in _help(capsys, ["--help"])
    text = _every_help("en")
    danish = [line for line in text.splitlines() if DANISH.search(line)]
    assert danish == [], "\n".join(danish)


def test_danish_help_has_none_of_argparses_english(capsys) -> None:  # type: ignore[no-untyped-def]
    shown = _help(capsys, ["--lang", "da", "--help"])
    assert "vis denne hjælp og afslut" in shown and shown.startswith("brug: ")
    text = _every_help("da")
    assert not ARGPARSE_ENGLISH.search(text)


def test_every_help_text_has_its_english() -> None:
    table = english_table()
    missing = []

    def walk(parser: argparse.ArgumentParser) -> None:
        for text in (parser.description, parser.epilog):
            if text and text not in table:
                missing.append(text)
        for action in parser._actions:
            text = action.help
            shown = bool(text) and text is not argparse.SUPPRESS and text not in ARGPARSE_WORDS
            # every help text, also one without a telltale Danish word ("stedets nr.")
            if shown and text not in table:
                missing.append(text)
            if isinstance(action, argparse._SubParsersAction):
                missing.extend(c.help for c in action._choices_actions if c.help not in table)
                for sub in action.choices.values():
                    walk(sub)

    walk(build_parser(True, "da"))
    assert missing == [], "add to resources/translations/cli_en.tsv:\n" + "\n".join(missing)


def test_every_value_has_a_name_in_both_languages() -> None:
    """A value's name in the help ("--minutes MINUTES" stood in Danish help) is Danish
    with its English in METAVARS_EN, or the same in both (ID, N, URL)."""
    from medbetjening.cli_language import METAVARS_EN

    same_in_both = {"ID", "N", "S", "URL"}
    problems = []

    def walk(parser: argparse.ArgumentParser) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    walk(sub)
                continue
            if action.nargs == 0 or action.choices is not None:
                continue  # a flag, or its choices are its name
            if action.metavar not in METAVARS_EN and action.metavar not in same_in_both:
                problems.append(f"{parser.prog} {action.dest}: {action.metavar!r}")

    walk(build_parser(True, "da"))
    assert problems == []
