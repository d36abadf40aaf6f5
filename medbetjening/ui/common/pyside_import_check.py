"""A cheaper form of the check PySide runs on every module imported after it.

PySide's ``__feature__`` support (``from __feature__ import snake_case``) asks of each
newly imported module whether it uses PySide, by ``inspect.getsource`` and a search for
"PySide6" in the text (``shibokensupport.feature._mod_uses_pyside``). ``getsource``
tokenizes each file to find its encoding and splits it into lines: for the ≈ 100
modules a start imports (the standard library's included) that was ≈ 15 ms of CPU to
the first paint, a twentieth of a bare window's whole start. The same question, asked
of the file's bytes, gives the same answer at a fraction of the cost; a module without
a ``.py`` file (built in, frozen, only byte code) still gets PySide's own answer.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_MARK = b"PySide6"


def install() -> bool:
    """Put the byte search in place of PySide's source search; False if this PySide has
    no such check (another version: its own stays)."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None:
        return False
    if getattr(original, "byte_search", False):
        return True
    feature._mod_uses_pyside = uses_pyside_check(original)  # type: ignore[attr-defined]
    return True


def uses_pyside_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return _MARK in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.byte_search = True  # type: ignore[attr-defined]
    return uses_pyside
