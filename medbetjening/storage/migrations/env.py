"""Alembic environment: always run programmatically with a connection from migrate.py."""

from __future__ import annotations

from alembic import context

from medbetjening.storage.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by a misused `alembic` command line
    raise RuntimeError("Run migrations through 'medbetjening db upgrade'.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
