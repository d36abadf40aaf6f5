"""The profiles named when a command cannot tell who you are: roles in the command
line's language (English showed "(medarbejder)", "(teamleder)")."""

from __future__ import annotations

import pytest

from medbetjening.cli_commands._actor import _profile
from medbetjening.message_catalogue import set_language
from medbetjening.services.dto import StaffInfo
from medbetjening.services.errors import InvalidInput

PROFILES = [
    StaffInfo(1, "Ejnar", "lead", 1, None, True),
    StaffInfo(2, "Amira", "staff", 1, None, False),
    StaffInfo(7, "Lene", "ambassador", 1, None, False),
]


def test_roles_in_english() -> None:
    set_language("en")
    try:
        with pytest.raises(InvalidInput) as refused:
            _profile(PROFILES, None)
        text = str(refused.value)
    finally:
        set_language("da")
    assert "1 Ejnar (team lead), 2 Amira (staff member), 7 Lene (digital ambassador)" in text
    assert "medarbejder" not in text and "teamleder" not in text


def test_roles_in_danish() -> None:
    with pytest.raises(InvalidInput) as refused:
        _profile(PROFILES, None)
    assert "2 Amira (medarbejder), 7 Lene (digital ambassadør)" in str(refused.value)
