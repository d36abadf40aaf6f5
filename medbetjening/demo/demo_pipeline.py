"""Demo data on two cores: worker processes generate the rows while this one writes them.

Making a visit's rows is Python work and writing them is the database driver's, so at a
million visits they overlap: each of the generator's independent streams runs in a forked
worker (the same object, the same seeded stream, so the same rows as in one process) and
hands over finished chunks through a short queue, which also bounds memory (at most
``QUEUE_CHUNKS`` chunks wait per worker). The writer takes the streams' chunks in turn.
Only where the platform forks: a spawned worker would run the program's entry point again
(PyInstaller, ``python -m``), so there the caller generates in-process.
"""

from __future__ import annotations

import multiprocessing
import queue
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol

QUEUE_CHUNKS = 3
POLL_SECONDS = 1.0


class ChunkSource(Protocol):
    def chunks(self) -> Iterator[tuple[Any, int]]: ...


class _Failed:
    def __init__(self, text: str) -> None:
        self.text = text


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the workers)."""
    try:
        import resource
    except ImportError:  # Windows: this process only (and no workers there)
        return time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def worker_available() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def in_turn(
    sources: Sequence[ChunkSource], in_workers: bool, pack: Callable[[Any], Any] | None = None
) -> Iterator[tuple[Any, int]]:
    """The sources' chunks taken in turn (one from each while they last), with the items
    done so far over all sources; each source in its own worker when ``in_workers``,
    which hands over ``pack(chunk)`` when given (work taken off the writer)."""
    if not in_workers:
        yield from _in_turn([source.chunks() for source in sources])
        return
    # started together: every worker generates from the first moment
    context = multiprocessing.get_context("fork")
    started = [_start(context, source, pack) for source in sources]
    try:
        yield from _in_turn([_receive(*pair) for pair in started])
    finally:
        for worker, handover in started:
            _stop(worker, handover)


def _in_turn(iterators: list[Iterator[tuple[Any, int]]]) -> Iterator[tuple[Any, int]]:
    done = [0] * len(iterators)
    active = list(enumerate(iterators))
    while active:
        for entry in list(active):
            index, iterator = entry
            item = next(iterator, None)
            if item is None:
                active.remove(entry)
                continue
            rows, done[index] = item
            yield rows, sum(done)


def chunks_in_worker(source: ChunkSource) -> Iterator[tuple[Any, int]]:
    """``source.chunks()``, generated in a forked process; its error is raised here."""
    worker, handover = _start(multiprocessing.get_context("fork"), source)
    try:
        yield from _receive(worker, handover)
    finally:
        _stop(worker, handover)


def _start(
    context: Any, source: ChunkSource, pack: Callable[[Any], Any] | None = None
) -> tuple[Any, Any]:
    handover: Any = context.Queue(maxsize=QUEUE_CHUNKS)
    worker = context.Process(target=_work, args=(source, handover, pack), daemon=True)
    worker.start()
    return worker, handover


def _stop(worker: Any, handover: Any) -> None:
    if worker.is_alive():  # the writer failed or was stopped: the rest is not wanted
        worker.terminate()
    worker.join()
    handover.close()


def _receive(worker: Any, handover: Any) -> Iterator[tuple[Any, int]]:
    """The worker's chunks until it is done; its error is raised here."""
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


def _work(source: ChunkSource, handover: Any, pack: Callable[[Any], Any] | None) -> None:
    try:
        for chunk, done in source.chunks():
            handover.put((chunk if pack is None else pack(chunk), done))
        handover.put(None)
    except BaseException:  # noqa: BLE001 - handed to the writer, which raises it
        handover.put(_Failed(traceback.format_exc()))
    handover.close()
    handover.join_thread()  # every chunk is handed over before the process ends
