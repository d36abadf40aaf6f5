"""The command line in the person's language: ``--lang da|en``, else the locale
(``LC_ALL``, ``LC_MESSAGES``, ``LANG``), else Danish.

What the commands print goes through ``say``/``warn`` and the message catalogue
(``message_catalogue.py``), like the services' error messages. Help texts are written in Danish in the command modules; English comes from
``resources/translations/cli_en.tsv`` (Danish <TAB> English). argparse's own words
("usage:", "show this help message and exit") are put in Danish for Danish.
No Qt here: the command line starts without it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from functools import cache
from typing import TextIO

from medbetjening.locations import resources_dir
from medbetjening.message_catalogue import translate_message

# argparse's own texts (Python 3.11+), in Danish
ARGPARSE_DANISH = {
    "usage: ": "brug: ",
    "positional arguments": "argumenter",
    "options": "tilvalg",
    "show this help message and exit": "vis denne hjælp og afslut",
    "show program's version number and exit": "vis programmets version og afslut",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fejl: %(message)s\n",
    "the following arguments are required: %s": "disse mangler: %s",
    "unrecognized arguments: %s": "ukendte argumenter: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ugyldigt valg: %(value)r (vælg mellem %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "expected one argument": "forventede én værdi",
}
# the placeholders in the usage lines, in English
METAVARS_EN = {
    "KOMMANDO": "COMMAND",
    "HANDLING": "ACTION",
    "DATO": "DATE",
    "FIL": "FILE",
    "FIL.csv|FIL.xlsx": "FILE.csv|FILE.xlsx",
    "FIL.csv|FIL.xlsx|FIL.pdf": "FILE.csv|FILE.xlsx|FILE.pdf",
    "EMNE": "TOPIC",
    "ALDER=ANTAL": "AGE=NUMBER",
    "KODE[=EMNER]": "CODE[=TOPICS]",
    "FIL.json|FIL.pdf": "FILE.json|FILE.pdf",
    "FIL.pdf": "FILE.pdf",
    "FIL.txt|FIL.pdf": "FILE.txt|FILE.pdf",
    "FORLØB": "FLOW",
    "HVAD": "WHAT",
    "KODE": "CODE",
    "BRUGERNAVN": "USERNAME",
    "MÅNEDER": "MONTHS",
    "MINUTTER": "MINUTES",
    "STI": "PATH",
    "NAVN": "NAME",
    "PROFIL_NR": "PROFILE_NO",
    "NR": "NO",
    "RAPPORT": "REPORT",
    "STED": "SITE",
    "ÅÅÅÅ-Wuu": "YYYY-Www",
    "ADRESSE": "ADDRESS",
    "ÅBNINGSTIDER": "HOURS",
    "TELEFON": "PHONE",
    "TEKST": "TEXT",
    "KILDE": "SOURCE",
    "DAGE": "DAYS",
    "FIL.csv": "FILE.csv",
}


def cli_language(argv: Sequence[str], environ: Mapping[str, str]) -> str:
    """ "en" or "da": ``--lang`` wins, then the locale, then Danish."""
    for index, token in enumerate(argv):
        if token == "--lang" and index + 1 < len(argv):
            return "en" if argv[index + 1] == "en" else "da"
        if token.startswith("--lang="):
            return "en" if token.split("=", 1)[1] == "en" else "da"
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "da"
    return "da"


@cache
def english_table() -> dict[str, str]:
    table: dict[str, str] = {}
    path = resources_dir() / "translations" / "cli_en.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            danish, english = line.split("\t")
            table[danish] = english
    return table


def in_language(text: str, language: str) -> str:
    """A Danish text of the command line in ``language`` (unchanged for Danish)."""
    if language != "en":
        return text
    return english_table().get(text, text)


def say(text: str, file: TextIO | None = None, end: str = "\n") -> None:
    """Print what a command writes, in the command line's language (the message
    catalogue; ``set_language`` is called once ``--lang`` is read)."""
    print(translate_message(text), file=file or sys.stdout, end=end)


def word(text: str) -> str:
    """A word or label a command puts in a line (a column heading, a status), in the
    command line's language."""
    return translate_message(text)


def warn(text: str) -> None:
    say(text, file=sys.stderr)


def use_argparse_words(language: str) -> None:
    """argparse looks its words up through ``argparse._`` at run time: point it at ours."""
    words = ARGPARSE_DANISH if language == "da" else {}
    argparse._ = lambda text: words.get(text, text)  # type: ignore[attr-defined]


def translate_parser(parser: argparse.ArgumentParser, language: str) -> None:
    """Every description and help text of ``parser`` and its sub-commands in ``language``."""
    if parser.description:
        parser.description = in_language(parser.description, language)
    if parser.epilog:
        parser.epilog = in_language(parser.epilog, language)
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            action.help = in_language(action.help, language)
        if language == "en" and isinstance(action.metavar, str):
            action.metavar = METAVARS_EN.get(action.metavar, action.metavar)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    choice.help = in_language(choice.help, language)
            for sub in set(action.choices.values()):
                translate_parser(sub, language)
