"""Walk the running Medbetjening window through AT-SPI, as a screen reader sees it.

Run by the system Python (``python3-pyatspi``), in its own process, on the same private
D-Bus session as the app: ``walk_tree.py APP_NAME``. For each line on stdin it prints
one JSON line: how many
interactive elements of each role were seen, and those without a name. Only what is
showing is walked; a table's or a list's own rows and cells are not (the container's
name is what a screen reader announces first, and a day's list can have hundreds).
No project imports: this runs outside the project's venv.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi

# AT-SPI roles of the controls a person operates: button, edit, combo, check, list,
# table, tab (and their close kin)
INTERACTIVE = {
    "push button",
    "toggle button",
    "radio button",
    "check box",
    "combo box",
    "text",
    "entry",
    "password text",
    "spin button",
    "list",
    "list box",
    "table",
    "tree table",
    "page tab",
    "page tab list",
    "slider",
}
NOT_WALKED_INSIDE = {"table", "tree table", "list", "list box", "combo box"}


def find_app(name: str, timeout: float = 15.0):  # type: ignore[no-untyped-def]
    """The application called ``name`` on the desktop (it registers a moment after start)."""
    end = time.monotonic() + timeout
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == name:
                return app
        if time.monotonic() > end:
            return None
        time.sleep(0.2)


def walk(app) -> dict[str, object]:  # type: ignore[no-untyped-def]
    seen: dict[str, int] = {}
    unnamed: list[str] = []
    stack = [(app, app.name)]
    while stack:
        node, path = stack.pop()
        try:
            role = node.getRoleName()
            states = node.getState()
            showing = states.contains(pyatspi.STATE_SHOWING)
            name = (node.name or "").strip()
            count = node.childCount
        except Exception:  # noqa: BLE001 - a widget deleted while walked
            continue
        if not showing and role != "application":
            continue
        here = f"{path} > {role} {name!r}"
        if role in INTERACTIVE:
            seen[role] = seen.get(role, 0) + 1
            if not name:
                unnamed.append(f"{path} > {role} (no name)")
        if role in NOT_WALKED_INSIDE:
            continue
        for index in range(count):
            child = node.getChildAtIndex(index)
            if child is not None:
                stack.append((child, here if len(here) < 300 else path))
    return {"seen": seen, "unnamed": unnamed}


def main() -> int:
    """One walk per line read from stdin (the app says when a stage is on screen)."""
    app = None
    for _line in sys.stdin:
        app = app or find_app(sys.argv[1])
        if app is not None:
            app.clear_cache()  # windows opened since the last walk (libatspi caches)
        if app is None:
            report: dict[str, object] = {"error": f"no application {sys.argv[1]!r} on the bus"}
        else:
            report = walk(app)
        print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
