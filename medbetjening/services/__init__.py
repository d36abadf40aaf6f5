"""Use cases: each takes a unit of work and returns plain data. No Qt."""
