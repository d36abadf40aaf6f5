"""Medbetjening: a desktop assistant for assisted digital self-service."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("medbetjening")
except PackageNotFoundError:  # running from a checkout without installation
    __version__ = "0.1.0"
