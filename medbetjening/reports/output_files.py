"""Checks on a file the user asked us to write (``--out``, a save dialog), before any work.

A missing folder, a folder given as the file, or a folder we may not write in is told
in Danish naming the path, instead of a raw error after the export has run.
"""

from __future__ import annotations

import os
from pathlib import Path

from medbetjening.services.errors import InvalidInput


def check_output_path(path: Path) -> None:
    """Raise InvalidInput unless ``path`` can be written as a file."""
    if path.is_dir():
        raise InvalidInput(f"{path} er en mappe. Angiv et filnavn i mappen, fx {path / 'fil'}.")
    folder = path.parent
    if not folder.exists():
        raise InvalidInput(
            f"Mappen {folder} findes ikke, så {path} kan ikke gemmes. "
            "Opret mappen, eller vælg en anden."
        )
    if not folder.is_dir():
        raise InvalidInput(f"{folder} er ikke en mappe, så {path} kan ikke gemmes.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InvalidInput(f"Der må ikke skrives i mappen {folder}, så {path} kan ikke gemmes.")


def cannot_write(path: Path, error: OSError) -> InvalidInput:
    """The message for a write that failed after the checks (a full disk, a lost share)."""
    reason = error.strerror or str(error)
    return InvalidInput(f"{path} kunne ikke gemmes: {reason}.")
