"""Pseudonyms for returning citizens: a keyed hash of the CPR number, or a citizen code.

Pure standard library. Nothing here ever returns, logs or puts a CPR number into an
exception message: a CPR number goes in, only its HMAC comes out.

- ``cpr_hash``: HMAC-SHA256 of the normalised (10 digits, no separator) CPR number
  under the municipality's secret key. Without the key, a copied database cannot be
  reversed by hashing all ~4 million possible CPR numbers.
- Citizen codes: five random characters and one check character from an alphabet
  without the look-alikes 0/O and 1/I, printed as ``K7M-4PX``. The check character
  (Luhn mod 32) catches every single mistyped character and every swap of two
  neighbouring characters, so a typo gives "invalid code", not another citizen.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Literal

from medbetjening.domain import notes

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # 32 characters: no 0, O, 1, I
CODE_PAYLOAD_LENGTH = 5
CODE_LENGTH = CODE_PAYLOAD_LENGTH + 1
KEY_BYTES = 32

EntryKind = Literal["cpr", "code", "unknown"]


def cpr_hash(key: bytes, cpr_digits: str) -> str:
    """Hex HMAC-SHA256 of a normalised CPR number (exactly 10 digits) under ``key``."""
    if len(key) < 16:
        raise ValueError("the pseudonymisation key is too short")
    if len(cpr_digits) != 10 or not cpr_digits.isascii() or not cpr_digits.isdigit():
        raise ValueError("a normalised CPR number is exactly 10 digits")  # never echo the value
    return hmac.new(key, cpr_digits.encode("ascii"), hashlib.sha256).hexdigest()


def key_fingerprint(key: bytes) -> str:
    """A short, non-secret fingerprint so a lead can compare the key on two PCs."""
    digest = hashlib.sha256(b"medbetjening-key-fingerprint\x00" + key).hexdigest()[:16].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def classify_entry(text: str) -> EntryKind:
    """What a staff member typed into the one entry field: a CPR number or a code."""
    compact = notes.compact(text).upper()
    if len(compact) == 10 and compact.isascii() and compact.isdigit():
        return "cpr"
    if compact.isdigit() and 6 <= len(compact) <= 11:
        return "cpr"  # a mistyped CPR number: validated (and rejected) as CPR, never looked up
    if len(compact) == CODE_LENGTH and compact.isalnum():
        return "code"
    return "unknown"


_GF32_MODULUS = 0b100101  # x^5 + x^2 + 1: the 32 code characters as the field GF(32)


def _times_x(value: int) -> int:
    value <<= 1
    return value ^ _GF32_MODULUS if value & 0b100000 else value


def _damm(values: str) -> int:
    """Damm's check over the quasigroup a∘b = x·a + b in GF(32): totally anti-symmetric,
    so every single wrong character and every swap of neighbours changes the result
    (Luhn mod N misses some swaps, e.g. of the first and last character of the alphabet)."""
    interim = 0
    for char in values:
        interim = _times_x(interim) ^ CODE_ALPHABET.index(char)
    return interim


def _check_character(payload: str) -> str:
    """The character that brings the Damm check of the whole code to zero."""
    return CODE_ALPHABET[_times_x(_damm(payload))]


def generate_citizen_code() -> str:
    """A fresh random code; it always holds a letter, so it never looks like digits of a CPR."""
    while True:
        payload = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_PAYLOAD_LENGTH))
        code = payload + _check_character(payload)
        if not code.isdigit():
            return format_citizen_code(code)


def citizen_code_from_payload(payload: str) -> str:
    """The printed code for five payload characters of the alphabet (check character added)."""
    if len(payload) != CODE_PAYLOAD_LENGTH or any(char not in CODE_ALPHABET for char in payload):
        raise ValueError("a code payload is five characters of the code alphabet")
    return format_citizen_code(payload + _check_character(payload))


def normalise_citizen_code(text: str) -> str | None:
    """The six code characters in upper case, or None if this is not a valid code."""
    compact = notes.compact(text).upper()
    if len(compact) != CODE_LENGTH or any(char not in CODE_ALPHABET for char in compact):
        return None
    if _check_character(compact[:-1]) != compact[-1]:
        return None
    return compact


def format_citizen_code(compact: str) -> str:
    """``K7M4PX`` → ``K7M-4PX`` (the form printed on the handout and stored)."""
    return f"{compact[:3]}-{compact[3:]}"


def is_valid_citizen_code(text: str) -> bool:
    return normalise_citizen_code(text) is not None
