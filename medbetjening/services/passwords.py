"""Passwords: the one hasher (argon2), the rule for a new password, and the back-off
after failed sign-ins (5 in a row: wait 30 s, doubling with each further failure)."""

from __future__ import annotations

import datetime as dt

from argon2 import PasswordHasher

from medbetjening.services.errors import InvalidInput

MIN_PASSWORD_LENGTH = 8
FAILURES_BEFORE_WAIT = 5
FIRST_WAIT_SECONDS = 30
MAX_WAIT_SECONDS = 3600

HASHER = PasswordHasher()


def hash_password(password: str, salt: bytes | None = None) -> str:
    """``salt`` only for reproducible demo data; a real password gets a random one."""
    return HASHER.hash(password, salt=salt)


def check_new_password(password: str | None) -> None:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            f"Adgangskoden skal være mindst {MIN_PASSWORD_LENGTH} tegn. "
            "Brug gerne en sætning, du kan huske."
        )


def wait_after(failures: int) -> dt.timedelta | None:
    """How long a profile waits after ``failures`` failed sign-ins in a row (None: no wait)."""
    if failures < FAILURES_BEFORE_WAIT:
        return None
    doublings = min(failures - FAILURES_BEFORE_WAIT, 12)
    return dt.timedelta(seconds=min(FIRST_WAIT_SECONDS * 2**doublings, MAX_WAIT_SECONDS))
