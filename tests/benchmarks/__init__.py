"""Benchmarks at municipality scale: ``python -m tests.benchmarks`` (not part of pytest)."""
