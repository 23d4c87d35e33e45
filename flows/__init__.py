"""Prefect flows: thin wrappers that find inputs, batch them, call ``etl`` and report."""
