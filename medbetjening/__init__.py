"""Medbetjening: a desktop assistant for assisted digital self-service."""

# The single source of the version (pyproject reads it: [tool.hatch.version]). A constant,
# not importlib.metadata: looking the installed version up costs ~50 ms at every start.
__version__ = "0.1.0"
