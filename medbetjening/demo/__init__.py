"""Synthetic demo data (``medbetjening demo-data``): not a use case, so not in services.

Sits beside ``reports`` in the layers: it may use services (their constants and password
hashing) and storage (bulk inserts), and only the CLI and the benchmarks use it.
"""
