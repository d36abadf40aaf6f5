"""Writing an output file whole or not at all: beside it as ``<name>.part``, then moved in.

A crash or a full disk half-way leaves the earlier file (or none) in place, never a
truncated handout or case note that looks complete.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def part_path(path: Path) -> Path:
    return path.with_name(path.name + ".part")


@contextmanager
def replaced_atomically(path: Path) -> Iterator[Path]:
    """Yield the ``.part`` path to write; on success it replaces ``path``, else it is removed."""
    tmp = part_path(path)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
