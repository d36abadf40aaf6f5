"""Helpers for the English translation: list what is missing, fill it from a table.

The table ``packaging/translations_en.tsv`` has three tab-separated columns:
context, Danish source, English translation (``*`` as context matches every context;
``\\n``, ``\\t`` and ``\\\\`` are escapes). It is the easy place to add English text:

    python packaging/translate.py missing --append   # add empty rows for new strings
    (write the English in the third column)
    python packaging/update_translations.py           # extract, fill, compile .qm

``pseudo`` writes a pseudo-locale .ts (longer, accented text) for the layout test.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
EN_TS = TRANSLATIONS / "medbetjening_en.ts"
DA_TS = TRANSLATIONS / "medbetjening_da.ts"
TABLE = Path(__file__).resolve().parent / "translations_en.tsv"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool


# -- .ts files ---------------------------------------------------------------------------
def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    translation=(translation.text or "") if translation is not None else "",
                    finished=kind not in ("unfinished", "vanished", "obsolete"),
                )
            )
    return messages


def _write_tree(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def set_translations(path: Path, lookup) -> int:  # type: ignore[no-untyped-def]
    """Set each message's translation to ``lookup(context, source)`` when that is not None."""
    tree = ET.parse(path)
    changed = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = lookup(name, message.findtext("source") or "")
            if text is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.text != text or translation.get("type") is not None:
                changed += 1
            translation.text = text
            translation.attrib.pop("type", None)
    _write_tree(tree, path)
    return changed


def unfinished(path: Path = EN_TS) -> list[Message]:
    return [m for m in read_ts(path) if not m.finished or not m.translation.strip()]


# -- the table -------------------------------------------------------------------------
def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(text[i + 1], "\\" + text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def read_table(path: Path = TABLE, keep_empty: bool = False) -> dict[tuple[str, str], str]:
    """(context, source) → English; empty translations are left out unless ``keep_empty``."""
    table: dict[tuple[str, str], str] = {}
    if not path.exists():
        return table
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise ValueError(f"{path}:{number}: expected 3 tab-separated columns, got {len(parts)}")
        context, source, translation = (_unescape(p) for p in parts)
        if translation.strip() or keep_empty:
            table[(context, source)] = translation
    return table


def fill(path: Path = EN_TS, table_path: Path = TABLE) -> int:
    table = read_table(table_path)

    def lookup(context: str, source: str) -> str | None:
        return table.get((context, source), table.get(("*", source)))

    return set_translations(path, lookup)


def table_rows(messages: list[Message]) -> list[str]:
    return [f"{_escape(m.context)}\t{_escape(m.source)}\t" for m in messages]


# -- pseudo-locale -----------------------------------------------------------------------
_ACCENTED = str.maketrans(
    "aeiouyAEIOUYcnsz", "àéîõüýÀÉÎÕÜÝçñšž"
)  # same width class, visibly different


def pseudo_translate(text: str) -> str:
    """Accented text about 40 % longer; keeps %1 placeholders, &-mnemonics and <tags>."""
    out: list[str] = []
    i = 0
    letters = visible = 0
    while i < len(text):
        char = text[i]
        if char == "<":  # an HTML tag: copy unchanged
            end = text.find(">", i)
            end = len(text) - 1 if end < 0 else end
            out.append(text[i : end + 1])
            i = end + 1
            continue
        if char == "%" and i + 1 < len(text) and text[i + 1].isdigit():
            out.append(text[i : i + 2])
            i += 2
            continue
        if char == "&" and i + 1 < len(text):
            end = text.find(";", i)
            if 0 < end - i < 8 and text[i + 1 : end].isalnum():  # an entity like &amp;
                out.append(text[i : end + 1])
                i = end + 1
                continue
        out.append(char.translate(_ACCENTED))
        letters += char.isalpha()
        visible += 1
        i += 1
    if letters == 0:
        return text
    padding = "ŵ" * max(2, round(visible * 0.4) - 2)  # the brackets count too
    return f"[{''.join(out)} {padding}]" if "\n" not in text else "".join(out) + " " + padding


def write_pseudo(source_ts: Path, target_ts: Path) -> None:
    target_ts.write_text(source_ts.read_text(encoding="utf-8"), encoding="utf-8")
    set_translations(target_ts, lambda _context, source: pseudo_translate(source))


# -- command line ----------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    missing = sub.add_parser("missing", help="list English strings without a translation")
    missing.add_argument("--append", action="store_true", help=f"add them to {TABLE.name}")
    sub.add_parser("fill", help=f"fill {EN_TS.name} from {TABLE.name}")
    pseudo = sub.add_parser("pseudo", help="write a pseudo-locale .ts")
    pseudo.add_argument("out", type=Path)
    args = parser.parse_args(argv)

    if args.command == "missing":
        known = read_table(keep_empty=True)
        rows = [
            m
            for m in unfinished()
            if (m.context, m.source) not in known and ("*", m.source) not in known
        ]
        lines = table_rows(rows)
        if args.append and lines:
            existing = TABLE.read_text(encoding="utf-8") if TABLE.exists() else ""
            separator = "" if not existing or existing.endswith("\n") else "\n"
            TABLE.write_text(existing + separator + "\n".join(lines) + "\n", encoding="utf-8")
            print(f"{len(lines)} rows added to {TABLE}: write the English in the third column.")
        else:
            print("\n".join(lines))
        return 1 if rows and not args.append else 0
    if args.command == "fill":
        print(f"{fill()} translations set in {EN_TS}")
        return 0
    write_pseudo(EN_TS, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
