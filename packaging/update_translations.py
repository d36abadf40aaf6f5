"""Keep the translations up to date with the code, and compile them.

    python packaging/update_translations.py          # extract, fill English, compile .qm
    python packaging/update_translations.py --check  # exit 1 if the .ts/.qm are stale

1. ``pyside6-lupdate`` reads every ``.py`` under ``medbetjening/`` into
   ``resources/translations/medbetjening_da.ts`` and ``medbetjening_en.ts`` (source
   language Danish); existing translations are kept, vanished strings dropped.
2. The Danish file gets its own text as translation; the English file is filled from
   ``packaging/translations_en.tsv`` (see ``translate.py``).
3. ``pyside6-lrelease`` compiles both to ``.qm`` (loaded by ``ui/common/i18n.py``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import translate  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "medbetjening"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"da": "da_DK", "en": "en_GB"}


def tool(name: str) -> str:
    """A PySide6 tool from the same environment as this Python, else from PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found (install PySide6 in this environment)")
    return found


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def lupdate(ts_path: Path, language: str) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *source_files(),
            "-source-language",
            "da_DK",
            "-target-language",
            LANGUAGES[language],
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
            "-ts",
            str(ts_path),
        ],
        cwd=ROOT,
        check=True,
    )


def lrelease(ts_path: Path, qm_path: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_path), "-qm", str(qm_path)], check=True
    )


def update(directory: Path, table: Path = translate.TABLE) -> None:
    """Extract, fill and compile into ``directory`` (which may hold earlier .ts files)."""
    directory.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts_path = directory / f"medbetjening_{language}.ts"
        lupdate(ts_path, language)
        if language == "da":
            translate.set_translations(ts_path, lambda _context, source: source)
        else:
            translate.fill(ts_path, table)
        lrelease(ts_path, ts_path.with_suffix(".qm"))


def stale_files(directory: Path = TRANSLATIONS) -> list[str]:
    """What ``update`` would change in ``directory``: [] when everything is up to date."""
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        for language in LANGUAGES:
            committed = directory / f"medbetjening_{language}.ts"
            if committed.exists():
                shutil.copy(committed, fresh / committed.name)
        update(fresh)
        for language in LANGUAGES:
            name = f"medbetjening_{language}"
            ts, qm = directory / f"{name}.ts", directory / f"{name}.qm"
            if not ts.exists() or translate.read_ts(ts) != translate.read_ts(fresh / f"{name}.ts"):
                stale.append(str(ts.relative_to(ROOT)))
            if not qm.exists() or qm.read_bytes() != (fresh / f"{name}.qm").read_bytes():
                stale.append(str(qm.relative_to(ROOT)))
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_files()
        for path in stale:
            print(f"stale: {path} (run python packaging/update_translations.py)")
        return 1 if stale else 0
    update(TRANSLATIONS)
    missing = translate.unfinished(TRANSLATIONS / "medbetjening_en.ts")
    print(f"updated {TRANSLATIONS}; {len(missing)} English strings without a translation")
    if missing:
        print("list them with: python packaging/translate.py missing --append")
    return 0


if __name__ == "__main__":
    sys.exit(main())
