"""What the services need from the person's settings, handed in by the composition root.

``app.py`` (the window) and ``cli.py`` (the command line) read the settings once and
build a ``ServiceConfig`` (``medbetjening/composition.py``); services never read the
settings file themselves, so a test or a second database can give them other values
without touching anyone's settings. The defaults are the settings' own defaults (a test
holds them equal).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple


# a named tuple, not a frozen dataclass: built at every start (services/dto.py)
class ServiceConfig(NamedTuple):
    # the municipality's own flow folder, beside the shipped flows; None: only those
    extra_flows_dir: Path | None = None
    # the municipality's own competence assessment (YAML); None: the bundled one
    assessment_file: Path | None = None
    # the municipality's shared pseudonymisation key file; None: OS keyring or data folder
    key_file: Path | None = None
    # how far back and ahead an appointment import may reach (years)
    import_years_back: int = 1
    import_years_ahead: int = 2
