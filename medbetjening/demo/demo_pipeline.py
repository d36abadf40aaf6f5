"""Demo data on two cores: one process generates the rows while the other writes them.

Making a visit's rows is Python work and writing them is the database driver's, so at a
million visits the two overlap: a forked worker runs the generator (the same object,
the same seeded stream, so the same rows as in one process) and hands over finished
chunks through a short queue, which also bounds memory (at most ``QUEUE_CHUNKS`` chunks
wait). Only where the platform forks: a spawned worker would run the program's entry
point again (PyInstaller, ``python -m``), so there the caller generates in-process.
"""

from __future__ import annotations

import multiprocessing
import queue
import traceback
from collections.abc import Iterator
from typing import Any, Protocol

QUEUE_CHUNKS = 3
POLL_SECONDS = 1.0


class ChunkSource(Protocol):
    def chunks(self) -> Iterator[tuple[Any, int]]: ...


class _Failed:
    def __init__(self, text: str) -> None:
        self.text = text


def worker_available() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def chunks_in_worker(source: ChunkSource) -> Iterator[tuple[Any, int]]:
    """``source.chunks()``, generated in a forked process; its error is raised here."""
    context = multiprocessing.get_context("fork")
    handover: Any = context.Queue(maxsize=QUEUE_CHUNKS)
    worker = context.Process(target=_work, args=(source, handover), daemon=True)
    worker.start()
    try:
        while True:
            try:
                item = handover.get(timeout=POLL_SECONDS)
            except queue.Empty:
                if not worker.is_alive():
                    raise RuntimeError(
                        f"Demodata: generatoren stoppede uventet (kode {worker.exitcode})"
                    ) from None
                continue
            if item is None:
                return
            if isinstance(item, _Failed):
                raise RuntimeError(f"Demodata: generatoren fejlede:\n{item.text}")
            yield item
    finally:
        if worker.is_alive():  # the writer failed or was stopped: the rest is not wanted
            worker.terminate()
        worker.join()
        handover.close()


def _work(source: ChunkSource, handover: Any) -> None:
    try:
        for item in source.chunks():
            handover.put(item)
        handover.put(None)
    except BaseException:  # noqa: BLE001 - handed to the writer, which raises it
        handover.put(_Failed(traceback.format_exc()))
    handover.close()
    handover.join_thread()  # every chunk is handed over before the process ends
