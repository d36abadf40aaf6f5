"""The composition root's reading of the settings: the one place values become a config.

``app.py`` and ``cli.py`` call ``service_config`` once and hand the result to
``Services``; services, storage, content and reports never import ``medbetjening.settings``
(import-linter contract). The daily purge's "already done today" mark is a setting too,
so it is kept here, beside the window's start-up that runs it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from medbetjening.services.config import ServiceConfig
from medbetjening.settings import (
    ASSESSMENT_FILE,
    EXTRA_FLOWS_DIR,
    IMPORT_YEARS_AHEAD,
    IMPORT_YEARS_BACK,
    KEY_FILE,
    LAST_PURGE_DATE,
    Settings,
)

if TYPE_CHECKING:
    from medbetjening.services.retention import PurgeReport, RetentionService


def _path(text: str) -> Path | None:
    text = text.strip()
    return Path(text).expanduser() if text else None


def service_config(settings: Settings) -> ServiceConfig:
    """The values the services use, read from ``settings`` now."""
    return ServiceConfig(
        extra_flows_dir=_path(settings.get(EXTRA_FLOWS_DIR)),
        assessment_file=_path(settings.get(ASSESSMENT_FILE)),
        key_file=_path(settings.get(KEY_FILE)),
        import_years_back=settings.get(IMPORT_YEARS_BACK),
        import_years_ahead=settings.get(IMPORT_YEARS_AHEAD),
    )


def purge_if_due(
    service: RetentionService, settings: Settings, today: dt.date | None = None
) -> PurgeReport | None:
    """The daily purge at start-up: runs once per calendar day (``LAST_PURGE_DATE``)."""
    today = today or dt.date.today()
    if settings.get(LAST_PURGE_DATE) == today.isoformat():
        return None
    report = service.purge(None, today=today)  # the periods: the database policy
    settings.set(LAST_PURGE_DATE, today.isoformat())
    return report
