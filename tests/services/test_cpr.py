"""CPR validation with python-stdnum: good and bad numbers, Danish messages, no echo."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from medbetjening.services.cpr import CprNumber, InvalidCpr, is_valid_cpr, parse_cpr


@pytest.mark.parametrize(
    "text",
    [
        "211062-5629",  # passes the old modulus-11 check
        "2110625629",
        " 211062 5629 ",
        "010101-1010",  # does NOT pass modulus 11, but a valid date: accepted (post-2007 numbers)
        "290200-4000",  # 29 Feb 2000 (century from the 7th digit)
    ],
)
def test_valid_cpr_numbers(text: str) -> None:
    number = parse_cpr(text)
    assert number.digits() == "".join(c for c in text if c.isdigit())
    assert is_valid_cpr(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "Skriv et CPR-nummer"),
        ("21106-5629", "10 cifre"),
        ("211062-56291", "10 cifre"),
        ("21106x-5629", "kun af tal"),
        ("321062-5629", "gyldig dato"),
        ("211362-5629", "gyldig dato"),
        ("290201-4000", "gyldig dato"),  # 2001 was no leap year
    ],
)
def test_invalid_cpr_numbers_have_danish_messages_without_the_digits(
    text: str, expected: str
) -> None:
    with pytest.raises(InvalidCpr) as error:
        parse_cpr(text)
    message = str(error.value)
    assert expected in message
    digits = "".join(c for c in text if c.isdigit())
    assert not digits or digits[:6] not in message
    assert error.value.__cause__ is None
    assert error.value.__context__ is None or error.value.__suppress_context__


def test_future_birth_date_rejected() -> None:
    with pytest.raises(InvalidCpr, match="fremtiden"):
        parse_cpr("0101304000", today=dt.date(2026, 1, 1))  # 7th digit 4, year 30 → 2030


def test_cpr_number_is_masked_in_repr_and_cannot_be_pickled() -> None:
    number = parse_cpr("211062-5629")
    assert "5629" not in repr(number) and "211062" not in str(number)
    assert f"{number}" == "CprNumber(******-****)"
    assert number == CprNumber("2110625629")
    with pytest.raises(TypeError):
        pickle.dumps(number)
