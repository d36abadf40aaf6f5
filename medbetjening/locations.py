"""Where the application keeps its files and finds its bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "medbetjening"
HOME_ENV = "MEDBETJENING_HOME"
DB_URL_ENV = "MEDBETJENING_DB_URL"


def data_dir() -> Path:
    """The folder for the database, keys and backups (``MEDBETJENING_HOME`` wins)."""
    override = os.environ.get(HOME_ENV)
    path = (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


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
