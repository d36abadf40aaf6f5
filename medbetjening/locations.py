"""Where the application keeps its files and finds its bundled resources."""

from __future__ import annotations

import os
import posixpath
import sys
from pathlib import Path

APP_NAME = "medbetjening"
HOME_ENV = "MEDBETJENING_HOME"
DB_URL_ENV = "MEDBETJENING_DB_URL"


def data_dir() -> Path:
    """The folder for the database, keys and backups (``MEDBETJENING_HOME`` wins)."""
    override = os.environ.get(HOME_ENV)
    path = Path(override) if override else Path(user_data_dir())
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_data_dir() -> str:
    """``platformdirs.user_data_dir(APP_NAME, appauthor=False)``: on a Linux desktop the
    same folder worked out here (importing platformdirs costs ≈ 11 ms of CPU at every
    start, before the first paint); anywhere else, or with an unusual home, platformdirs
    itself. ``tests/test_locations.py`` compares the two."""
    fast = _linux_user_data_dir()
    if fast is not None:
        return fast
    import platformdirs

    return platformdirs.user_data_dir(APP_NAME, appauthor=False)


def _linux_user_data_dir() -> str | None:
    """The XDG rule platformdirs follows on Linux: an absolute ``XDG_DATA_HOME``, else
    ``~/.local/share``; None where platformdirs decides otherwise (Android, no absolute
    HOME: it falls back to the password database or refuses)."""
    if sys.platform != "linux" or hasattr(sys, "getandroidapilevel"):
        return None
    if os.environ.get("ANDROID_DATA") == "/data" or os.environ.get("ANDROID_ROOT") == "/system":
        return None
    xdg = os.environ.get("XDG_DATA_HOME", "")
    if posixpath.isabs(xdg):
        return os.path.join(xdg, APP_NAME)
    home = os.environ.get("HOME", "")
    if not posixpath.isabs(home):
        return None
    return os.path.join(os.path.expanduser("~/.local/share"), APP_NAME)


def default_db_path() -> Path:
    return data_dir() / "medbetjening.sqlite"


def default_db_url() -> str:
    return os.environ.get(DB_URL_ENV) or f"sqlite:///{default_db_path()}"


# Sub-folders of resources/ that show a folder is the real one (any of them will do).
_RESOURCE_MARKERS = ("assessment", "flows", "translations", "help", "icons")


def resources_dir() -> Path:
    """Bundled resources: inside the package when installed, beside it in a checkout."""
    package = Path(__file__).resolve().parent
    candidates = [package / "resources", package.parent / "resources"]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # PyInstaller one-folder bundle
        candidates.insert(0, Path(frozen_root) / "medbetjening" / "resources")
    for candidate in candidates:
        if any((candidate / marker).is_dir() for marker in _RESOURCE_MARKERS):
            return candidate
    raise FileNotFoundError(
        "Programmets ressourcer blev ikke fundet (resources/). Geninstallér programmet. "
        f"Søgt i: {', '.join(str(c) for c in candidates)}"
    )
