"""The cheaper "does this module use PySide?" check answers as PySide's own does."""

from __future__ import annotations

import inspect
import sys

import PySide6  # noqa: F401 - PySide's import hook and its check

from medbetjening.ui.common import pyside_import_check


def _pyside_own(module) -> bool:  # type: ignore[no-untyped-def]
    try:
        return "PySide6" in inspect.getsource(module)
    except (OSError, TypeError):
        return False


def test_same_answers_as_pyside_for_files_builtins_and_missing_sources(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import types

    import medbetjening.domain.vocabulary as no_qt
    import medbetjening.ui.common.tasks as with_qt

    check = pyside_import_check.uses_pyside_check(_pyside_own)
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # its file deleted since: PySide's answer
    for module in (with_qt, no_qt, sys, gone):
        assert check(module) == _pyside_own(module), module
    assert check(with_qt) and not check(no_qt)


def test_installed_in_place_of_pysides_own_once() -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert pyside_import_check.install()
    installed = feature._mod_uses_pyside
    assert installed.byte_search
    assert pyside_import_check.install()
    assert feature._mod_uses_pyside is installed  # not wrapped twice
