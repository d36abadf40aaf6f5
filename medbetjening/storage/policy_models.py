"""Municipality-wide policies: one row per policy, the same for every PC.

Retention periods, the shared-PC password rule and the pseudonymisation key's
fingerprint used to live in each PC's ini file, so two PCs could purge by different
deadlines. Values are text; ``services/policies.py`` knows their types and floors.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from medbetjening.storage.model_base import Base, _now


class Policy(Base):
    __tablename__ = "policy"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    changed_by: Mapped[int | None] = mapped_column(Integer)  # staff id; no FK: outlives staff
