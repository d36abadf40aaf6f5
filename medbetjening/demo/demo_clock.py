"""Demo timestamps as text, from the second of the day: no datetime per stored value.

A million visits store ≈ 17 million timestamps. ``datetime`` arithmetic and
``isoformat`` for each cost more than the rest of a row, so the generator keeps a
visit's clock as whole seconds after its day's midnight (every demo time is whole
seconds) and writes ``<day> <time of day>`` from a table of the day's 86,400 times:
the same text ``bulk_insert.ts`` gives (SQLAlchemy's SQLite storage format).
"""

from __future__ import annotations

import datetime as dt

from medbetjening.demo.bulk_insert import ts

DAY_SECONDS = 86_400
_EPOCH = dt.date(1970, 1, 1)
TIMES = [
    f"{hour:02d}:{minute:02d}:{second:02d}.000000"
    for hour in range(24)
    for minute in range(60)
    for second in range(60)
]


class DayStamps:
    """Timestamps of one day: ``stamps(second)`` is that second after midnight as text."""

    def __init__(self, day: dt.date) -> None:
        self.day = day
        self.midnight = dt.datetime.combine(day, dt.time.min)
        self.prefix = day.isoformat() + " "
        self.epoch = (day - _EPOCH).days * DAY_SECONDS  # midnight, in seconds since 1970

    def __call__(self, second: int) -> str:
        if 0 <= second < DAY_SECONDS:
            return self.prefix + TIMES[second]
        return ts(self.at(second))  # past midnight (a long evening visit): rare

    def at(self, second: int) -> dt.datetime:
        return self.midnight + dt.timedelta(seconds=second)
