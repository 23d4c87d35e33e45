"""Project scripts: benchmarks and evaluations (``python -m scripts.<name>``)."""
