"""The demo's sites, desks and staff profiles, as the first start and the lead's
administration would have made them."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, insert, select

from medbetjening.demo import demo_catalog as cat
from medbetjening.domain.vocabulary import Role, SiteKind
from medbetjening.services.passwords import hash_password
from medbetjening.storage.models import Desk, Site, Staff

# A lead without a password cannot exist (the window and the CLI refuse one), so the demo's
# leads get this one; README and the demo-data command name it.
DEMO_LEAD_PASSWORD = "demo-teamleder"


@dataclass
class SitePlan:
    id: int
    kind: SiteKind
    share: float
    desks: list[int]
    staff: dict[str, list[int]] = field(default_factory=dict)


def create_sites_and_staff(
    connection: Connection,
    rng: random.Random,
    now: dt.datetime,
    days_back: int,
    new_id: Callable[[str], int],
) -> list[SitePlan]:
    """The catalog's sites (kept when they exist), their desks and staff; leads get the
    demo password, salted from the seeded generator so the same seed gives the same rows."""
    sites: list[SitePlan] = []
    created = now - dt.timedelta(days=days_back)
    existing = {name: id_ for name, id_ in connection.execute(select(Site.name, Site.id))}
    first_names = list(cat.FIRST_NAMES)
    rng.shuffle(first_names)
    name_index = 0
    for name, kind, share, desk_names in cat.SITES:
        site_id = existing.get(name)
        if site_id is None:
            site_id = new_id("site")
            connection.execute(
                insert(Site.__table__),
                [{"id": site_id, "name": name, "kind": kind.value, "created_at": created}],
            )
        plan = SitePlan(id=site_id, kind=kind, share=share, desks=[])
        desk_rows = []
        taken = set(connection.scalars(select(Desk.name).where(Desk.site_id == site_id)))
        for desk_name in desk_names:
            if desk_name in taken:
                continue
            plan.desks.append(new_id("desk"))
            desk_rows.append({"id": plan.desks[-1], "site_id": site_id, "name": desk_name})
        if desk_rows:
            connection.execute(insert(Desk.__table__), desk_rows)
        staff_rows = []
        lead_hash = hash_password(DEMO_LEAD_PASSWORD, salt=rng.randbytes(16))
        for role, how_many in cat.STAFFING[kind]:
            plan.staff[role] = []
            for _ in range(how_many):
                staff_id = new_id("staff")
                first = first_names[name_index % len(first_names)]
                surname = cat.SURNAMES[rng.randrange(len(cat.SURNAMES))]
                name_index += 1
                plan.staff[role].append(staff_id)
                staff_rows.append(
                    {
                        "id": staff_id,
                        "site_id": site_id,
                        "name": f"{first} {surname}",
                        "role": role,
                        "os_user": None,
                        "password_hash": lead_hash if role == Role.LEAD else None,
                        "active": True,
                        "created_at": created,
                        "last_seen_at": now,
                    }
                )
        connection.execute(insert(Staff.__table__), staff_rows)
        sites.append(plan)
    return sites
