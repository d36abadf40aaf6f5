"""What a user types before it is stored: names are refused with a CPR number in them,
free text in audit details and searches is masked. Both use the one detector
(``domain.notes``), so no spelling it knows is ever stored in clear."""

from __future__ import annotations

from medbetjening.domain.notes import contains_cpr_like, mask_cpr
from medbetjening.services.errors import InvalidInput


def clean_name(text: str | None, what: str, *, required: bool = True) -> str:
    """``text`` trimmed; refused when empty (if required) or when it holds a CPR number.

    ``what`` names the field in the message, e.g. "medarbejderens navn"."""
    cleaned = " ".join((text or "").split())
    if required and not cleaned:
        raise InvalidInput(f"Skriv {what}.")
    if contains_cpr_like(cleaned):
        raise InvalidInput(
            f"{what[0].upper()}{what[1:]} ligner et CPR-nummer. Skriv aldrig CPR-numre "
            "i navne; intet er gemt."
        )
    return cleaned


def masked(text: str | None) -> str | None:
    """Free text for an audit detail or a stored search: CPR-like numbers masked."""
    if text is None:
        return None
    return mask_cpr(text).text
