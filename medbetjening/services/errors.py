"""Errors a use case raises; each message is Danish and fit to show the user."""

from __future__ import annotations

from medbetjening.message_catalogue import translate_message

# Every message that names a site's or a profile's number says where to see the numbers.
WHERE_SITES = "se numrene med 'medbetjening sites list' eller under Administration → Steder"
WHERE_STAFF = "se numrene med 'medbetjening staff list' eller under Administration → Medarbejdere"


class ServiceError(Exception):
    """Base class: the message is shown to the user as it is, in the interface's
    language (written in Danish; the message catalogue has the English)."""

    def __str__(self) -> str:
        return translate_message(super().__str__())


class NotFound(ServiceError):
    pass


class PermissionDenied(ServiceError):
    pass


class InvalidInput(ServiceError):
    pass


class ConcurrentEdit(ServiceError):
    pass


class WrongPassword(PermissionDenied):
    pass


class PasswordNotSet(ServiceError):
    """A password is required here, and this profile has none yet: choose one first."""


class DatabaseBusy(ServiceError):
    """A deadlock, serialization failure or busy database outlasted the retries."""
