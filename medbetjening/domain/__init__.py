"""Pure domain rules: no Qt, no SQLAlchemy (checked by import-linter)."""
