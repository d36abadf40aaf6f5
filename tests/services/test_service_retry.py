"""Transient conflicts are retried in one place for every service, then told in Danish."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from sqlalchemy.exc import OperationalError

import medbetjening.services as services_package
from medbetjening.services.concurrency import SERVICE_ATTEMPTS, RetryingService
from medbetjening.services.errors import DatabaseBusy


class _Locked(Exception):
    pass


def _locked() -> OperationalError:
    return OperationalError("UPDATE visit", {}, _Locked("database is locked"))


class _Flaky(RetryingService):
    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0
        self.inner_calls = 0

    def save(self) -> str:
        self.calls += 1
        if self.calls <= self.failures:
            raise _locked()
        return "gemt"

    def outer(self) -> str:
        self.inner_calls += 1
        return self.save()  # a use case calling another: only the outer one retries


def test_a_transient_error_is_retried_and_then_the_change_saved() -> None:
    service = _Flaky(failures=SERVICE_ATTEMPTS - 1)
    assert service.save() == "gemt" and service.calls == SERVICE_ATTEMPTS


def test_after_the_last_attempt_a_danish_message_not_a_driver_error() -> None:
    service = _Flaky(failures=100)
    with pytest.raises(DatabaseBusy, match="Databasen var optaget") as raised:
        service.save()
    assert service.calls == SERVICE_ATTEMPTS
    assert isinstance(raised.value.__cause__, OperationalError)


def test_nested_use_cases_do_not_multiply_the_attempts() -> None:
    service = _Flaky(failures=100)
    with pytest.raises(DatabaseBusy):
        service.outer()
    assert service.calls == service.inner_calls == SERVICE_ATTEMPTS


def test_other_errors_are_not_retried() -> None:
    class Broken(RetryingService):
        calls = 0

        def save(self) -> None:
            Broken.calls += 1
            raise OperationalError("x", {}, _Locked("no such table"))

    with pytest.raises(OperationalError):
        Broken().save()
    assert Broken.calls == 1


def test_every_service_with_a_unit_of_work_is_retried() -> None:
    """A new service class that writes must inherit RetryingService."""
    missing = []
    for module_info in pkgutil.iter_modules(services_package.__path__):
        module = importlib.import_module(f"medbetjening.services.{module_info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not name.endswith("Service"):
                continue
            if "uow_factory" in inspect.signature(cls).parameters and not issubclass(
                cls, RetryingService
            ):
                missing.append(name)
    assert missing == []
