"""The flow library is parsed once when two threads ask for it at once (the start-up's
content check and the "henvist hertil" list after an early F5)."""

from __future__ import annotations

import threading

from medbetjening.services.flows import FlowService


def test_two_threads_asking_at_once_parse_the_library_once() -> None:
    entered, release = threading.Event(), threading.Event()
    loads: list[object] = []

    def loader():  # type: ignore[no-untyped-def]
        library = object()
        loads.append(library)
        entered.set()
        release.wait(10)
        return library

    service = FlowService(lambda: None, loader)  # type: ignore[arg-type, return-value]
    got: list[object] = []
    first = threading.Thread(target=lambda: got.append(service.library))
    first.start()
    assert entered.wait(10)  # the first is parsing
    second = threading.Thread(target=lambda: got.append(service.library))
    second.start()
    second.join(0.2)  # asking while the first parses (without the lock: a parse of its own)
    release.set()
    first.join(10)
    second.join(10)
    assert len(loads) == 1
    assert got == [loads[0], loads[0]]
