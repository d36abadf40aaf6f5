"""The GUI-thread stall while the fast start loads the full stack after the first paint.

Run as a fresh process (SQLAlchemy must not be imported yet), like the app:
``python tests/benchmarks/warm_up_stall.py URL [--on-gui-thread]``. Prints
``warm_up_stall_ms=<worst gap> idle_ms=<idle worst gap> warm_up_ms=<duration>``.
``--on-gui-thread`` loads it on the GUI thread instead (what the thread avoids).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QTimer

    from medbetjening.services.container import Services
    from medbetjening.settings import Settings
    from medbetjening.ui.shell.main_window import MainWindow
    from medbetjening.ui.shell.sign_in import preselected_actor
    from tests.benchmarks.qt_probes import application, idle_worst_gap_ms, settle, worst_stall_ms

    application()
    services = Services.open(argv[0])
    if services.loaded:
        print(
            "not a fast start (the schema is not at head, or an URL with options)", file=sys.stderr
        )
        return 1
    settings = Settings()
    window = MainWindow(services, preselected_actor(services, settings), settings)
    window.show()
    settle()  # the first paint is start-up, not part of this measure
    on_gui_thread = "--on-gui-thread" in argv
    spent: list[float] = []

    def work(done) -> None:  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        if on_gui_thread:
            services.ready()
        else:
            services.warm_up()
        poll = QTimer(window)

        def check() -> None:
            if services.loaded:
                poll.stop()
                spent.append(time.perf_counter() - started)
                done()

        poll.timeout.connect(check)
        poll.start(5)

    worst = worst_stall_ms(work)
    idle = idle_worst_gap_ms(int(spent[0] * 1000) + 50)
    print(f"warm_up_stall_ms={worst:.1f} idle_ms={idle:.1f} warm_up_ms={spent[0] * 1000:.0f}")
    window.close()
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
