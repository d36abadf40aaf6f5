"""A clerk's second start is a stat of the file, not a read of all of it (issue 22).

The first start after a copy checks the whole file (storage/integrity.py); the program
then writes (a sign-in, a visit) and closes; the next start finds the file as it left
it. Counted, not timed: the full check is ``quick_check``.
"""

from __future__ import annotations

import pytest

from medbetjening.domain.vocabulary import SiteKind
from medbetjening.services.container import Services
from medbetjening.storage import integrity
from tests.seed import add_site


@pytest.fixture
def full_checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = integrity.quick_check

    def counted(connection):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(connection)

    monkeypatch.setattr(integrity, "quick_check", counted)
    return calls


def test_the_second_start_after_a_clean_close_does_not_read_the_whole_file(
    sqlite_migrated_url: str, full_checks: list[int]
) -> None:
    first = Services.open(sqlite_migrated_url)  # a copied file: checked in full, once
    assert not first.loaded and len(full_checks) == 1
    first.warm_up()
    add_site(first, "Biblioteket", SiteKind.LIBRARY)  # the full stack writes to it
    first.close()
    for _ in range(2):
        again = Services.open(sqlite_migrated_url)
        assert not again.loaded and again.startup.staff() == []
        again.close()
    assert len(full_checks) == 1  # each later start: a stat against the marker
