"""Rows computed by a forked process into a temporary file, read back when wanted.

The demo's statistics rebuild hands rows from a second process to the one that writes
them. Through a pipe the worker stopped whenever the pipe was full, that is until the
writer got round to reading (after its own part), so its next kind of rows began only
then. Here each worker writes its blocks to its own temporary file (pickled, one block
at a time: memory stays one block) and says through the pipe when it is done or what
failed; the writer reads the file when it wants the rows. Where fork is missing the
caller computes in-process.
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

Blocks = Callable[[Session], Iterator[list[dict[str, Any]]]]
DONE = "done"


class SpooledWorker:
    """``blocks(session)`` in a forked process with its own engine on ``url`` (one read
    transaction: a committed snapshot taken when it starts)."""

    def __init__(self, url: str, blocks: Blocks, what: str) -> None:
        self.what = what
        self.spool: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 - closed in stop()
        context = multiprocessing.get_context("fork")
        self.receiving, sending = context.Pipe(duplex=False)
        self.process = context.Process(
            target=_spool_rows, args=(url, blocks, self.spool, sending), daemon=True
        )
        self.process.start()
        sending.close()  # the worker's end only: a dead worker ends ``recv`` with EOFError

    def rows(self) -> Iterator[list[dict[str, Any]]]:
        """The worker's blocks in its order, once it is done; its error is raised here."""
        try:
            message = self.receiving.recv()
        except EOFError:
            message = f"stoppede uventet (kode {self.process.exitcode})"
        if message != DONE:
            raise RuntimeError(f"Statistikkens beregning af {self.what} fejlede: {message}")
        self.spool.seek(0)
        while True:
            try:
                yield pickle.load(self.spool)
            except EOFError:
                return

    def stop(self) -> None:
        self.receiving.close()
        self.process.join(timeout=5)
        if self.process.is_alive():  # the rebuild failed first: its rows are not wanted
            self.process.terminate()
            self.process.join()
        self.spool.close()


def _spool_rows(url: str, blocks: Blocks, spool: IO[bytes], sending: Connection) -> None:
    """In the worker: its own engine (the parent's pooled connections stay untouched),
    one read transaction, each block pickled to the spool; then ``DONE`` or the error."""
    engine = create_engine(url)
    try:
        with Session(engine) as session:
            for rows in blocks(session):
                pickle.dump(rows, spool, pickle.HIGHEST_PROTOCOL)
            session.rollback()  # read only (temporary tables aside)
        spool.flush()
        sending.send(DONE)
    except Exception as error:  # noqa: BLE001 - handed to the parent, which raises it
        sending.send(f"{type(error).__name__}: {error}")  # as text: not every one pickles
    finally:
        sending.close()
        engine.dispose()
