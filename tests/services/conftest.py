"""The services' usual test world: one town-hall site and one clerk, on SQLite and on
PostgreSQL (``any_db_url``). Modules that need more people or sites define their own
``world``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from medbetjening.domain.vocabulary import Role, SiteKind
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.database import open_database
from tests.seed import add_site, add_staff


@pytest.fixture
def world(any_db_url: str) -> Iterator[tuple[Services, ActorContext]]:
    database = open_database(any_db_url)
    services = Services(database)
    site = add_site(services, "Rådhuset", SiteKind.TOWN_HALL)
    staff = add_staff(services, "Kenni", site.id, Role.STAFF)
    yield services, ActorContext(staff.id, site.id, Role.STAFF, staff.name)
    database.dispose()
