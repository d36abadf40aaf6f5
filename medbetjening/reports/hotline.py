"""Den Digitale Hotline's number: one place for the handout, the case note and the exports.

Checked 2026-12-07 against the stored page of Furesø Kommune (a member municipality):
"Ring på 7020 0000 - hvis du har brug for hjælp", Den Digitale Hotline, which guides in
the public self-service solutions. It is a joint hotline of the member municipalities
(about 36, all regions but Southern Denmark, per hk.dk 2018), not a national one. The
flows that quote the number cite the same page (tests/content/test_hotline_fact.py).
"""

from __future__ import annotations

import datetime as dt

HOTLINE = "70 20 00 00"
HOTLINE_SOURCE = "https://www.furesoe.dk/borger/borgerservice/digital-borger/digital-selvbetjening/"
HOTLINE_CHECKED = dt.date(2026, 12, 7)
