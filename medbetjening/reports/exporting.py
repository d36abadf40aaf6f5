"""The one way a file leaves the program: check the path, get the data, render, write whole.

Every export — visits CSV/XLSX (also anonymised), the audit CSV, a citizen's access
answer (JSON/PDF), the handout, the case note (TXT/PDF), KOMHEN and a chart's numbers —
runs ``write_export``:

1. the path is checked first (a missing folder is told before any query or audit entry);
2. ``fetch`` asks a service for plain data; the service authorises, and audits when the
   ``with`` block ends without an error (so a cancelled export is not logged as done);
3. ``render`` writes the data to ``<name>.part``;
4. the part file replaces the target (never half a file), and an ``OSError`` becomes one
   Danish message naming the path.

The window runs the same calls off the GUI thread inside ``ui.common.tasks.BackgroundTask``
(progress, cancel: the progress callback raises; small files through
``ui/common/file_export.py``), the command line with ``TerminalProgress``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from medbetjening.reports.files import replaced_atomically
from medbetjening.reports.output_files import cannot_write, check_output_path

T = TypeVar("T")
Progress = Callable[[int, int], None]
Say = Callable[[str], None]  # a line for the progress text ("continues on sheet 2")


@dataclass(frozen=True)
class Written:
    path: Path
    count: int  # rows, pages or events, as the renderer counts them


@dataclass(frozen=True)
class Feedback:
    """Where progress goes: both optional; ``progress`` may raise to cancel."""

    progress: Progress | None = None
    say: Say | None = None

    def step(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)

    def tell(self, text: str) -> None:
        if self.say is not None:
            self.say(text)


SILENT = Feedback()


@contextmanager
def given(data: T) -> Iterator[T]:
    """Data a service has already returned (and audited) as a ``fetch`` result."""
    yield data


def write_export(
    out: Path,
    fetch: Callable[[], AbstractContextManager[T]],
    render: Callable[[T, Path], int],
) -> Written:
    """Check ``out``, fetch, render to ``<out>.part``, move into place; one Danish error."""
    check_output_path(out)
    with fetch() as data:
        try:
            with replaced_atomically(out) as tmp:
                count = render(data, tmp)
        except OSError as error:  # a full disk or a lost share half-way; no half file
            raise cannot_write(out, error) from error
    return Written(out, count)
