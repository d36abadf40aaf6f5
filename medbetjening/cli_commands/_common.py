"""Helpers shared by the sub-commands: opening the database, errors, progress."""

from __future__ import annotations

import sys
from typing import TextIO

from medbetjening.cli_language import say, word
from medbetjening.services.database import Database, open_database
from medbetjening.services.errors import ServiceError
from medbetjening.storage.engine import StorageError


def open_db(args) -> Database:  # type: ignore[no-untyped-def]
    return open_database(args.db)


def report_error(error: BaseException) -> int:
    if isinstance(error, ServiceError | StorageError):
        say(f"Fejl: {error}", file=sys.stderr)
        return 1
    say(f"Uventet fejl: {type(error).__name__}: {error}", file=sys.stderr)
    return 2


class TerminalProgress:
    """A one-line progress bar on stderr (only redrawn when the percentage changes)."""

    def __init__(self, total: int, label: str, stream: TextIO | None = None) -> None:
        self.total = max(total, 1)
        self.label = word(label)
        self.stream = stream or sys.stderr
        self._last = -1

    def update(self, done: int) -> None:
        percent = min(100, done * 100 // self.total)
        if percent == self._last:
            return
        self._last = percent
        filled = percent // 4
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (25 - filled)}] {percent:3d}%")
        self.stream.flush()

    def finish(self) -> None:
        self.update(self.total)
        self.stream.write("\n")
        self.stream.flush()
