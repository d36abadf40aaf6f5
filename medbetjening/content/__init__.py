"""Loads and validates YAML content from resources/ into domain objects."""
