"""Rows computed by a forked process into a temporary file, read back when wanted.

The demo's statistics rebuild hands rows from a second process to the one that writes
them. Through a pipe the worker stopped whenever the pipe was full, that is until the
writer got round to reading (after its own part), so its next kind of rows began only
then. Here each worker writes its blocks to its own temporary file (pickled, one block
at a time: memory stays one block) and says through the pipe when it is done (with where
each table's blocks begin, for a worker computing several) or what failed; the writer
reads the file when it wants the rows. Where fork is missing the caller computes
in-process.
"""

from __future__ import annotations

import multiprocessing
import pickle
import tempfile
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from typing import IO, Any

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

Rows = Any  # one block as the worker yields it (pickled): row dicts or value tuples
Blocks = Callable[[Session], Iterator[Rows]]
# Blocks of several tables: each with its table's name (read back a table at a time).
TaggedBlocks = Callable[[Session], Iterator[tuple[str, Rows]]]
DONE = "done"


class SpooledWorker:
    """``blocks(session)`` in a forked process with its own engine on ``url`` (one read
    transaction: a committed snapshot taken when it starts); ``tagged``: ``blocks``
    yields (table name, rows), read back with ``rows(name)``."""

    def __init__(
        self, url: str, blocks: Blocks | TaggedBlocks, what: str, *, tagged: bool = False
    ) -> None:
        self.what = what
        self.spool: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 - closed in stop()
        context = multiprocessing.get_context("fork")
        self.receiving, sending = context.Pipe(duplex=False)
        self.process = context.Process(
            target=_spool_rows, args=(url, blocks, tagged, self.spool, sending), daemon=True
        )
        self.process.start()
        sending.close()  # the worker's end only: a dead worker ends ``recv`` with EOFError
        self.offsets: dict[str, list[int]] | None = None  # per table, once it is done

    def rows(self, table: str = "") -> Iterator[Rows]:
        """The worker's blocks (of ``table`` when tagged) in its order, once it is done;
        its error is raised here."""
        if self.offsets is None:
            try:
                message = self.receiving.recv()
            except EOFError:
                message = f"stoppede uventet (kode {self.process.exitcode})"
            if not isinstance(message, tuple) or message[0] != DONE:
                raise RuntimeError(f"Statistikkens beregning af {self.what} fejlede: {message}")
            self.offsets = message[1]
        for offset in self.offsets.get(table, []):
            self.spool.seek(offset)
            yield pickle.load(self.spool)

    def stop(self) -> None:
        self.receiving.close()
        self.process.join(timeout=5)
        if self.process.is_alive():  # the rebuild failed first: its rows are not wanted
            self.process.terminate()
            self.process.join()
        self.spool.close()


def _spool_rows(url: str, blocks: Any, tagged: bool, spool: IO[bytes], sending: Connection) -> None:
    """In the worker: its own engine (the parent's pooled connections stay untouched),
    one read transaction, each block pickled to the spool; then ``DONE`` with where each
    table's blocks begin, or the error."""
    engine = create_engine(url)
    offsets: dict[str, list[int]] = {}
    try:
        with Session(engine) as session:
            for block in blocks(session):
                table, rows = block if tagged else ("", block)
                offsets.setdefault(table, []).append(spool.tell())
                pickle.dump(rows, spool, pickle.HIGHEST_PROTOCOL)
            session.rollback()  # read only (temporary tables aside)
        spool.flush()
        sending.send((DONE, offsets))
    except Exception as error:  # noqa: BLE001 - handed to the parent, which raises it
        sending.send(f"{type(error).__name__}: {error}")  # as text: not every one pickles
    finally:
        sending.close()
        engine.dispose()
