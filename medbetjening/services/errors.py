"""Errors a use case raises; each message is Danish and fit to show the user."""

from __future__ import annotations


class ServiceError(Exception):
    """Base class: the message is shown to the user as it is."""


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
