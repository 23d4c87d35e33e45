"""Pipeline throughput and memory: ``make bench`` (``python -m scripts.bench``).

Measures the etl library without Prefect: documents per second for text dumps and HTML pages,
one process, and the peak resident memory. Inputs are the seeds and the dev pages, copied with a distinct trailing line each.
Prints a markdown table; record it in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import platform
import resource
import time
from pathlib import Path

from etl.pipeline import RunContext, process
from etl.readers import discover, read_input
from schemas import Article

ROOT = Path(__file__).resolve().parent.parent


def _load(paths: list[str]) -> list:  # type: ignore[type-arg]
    return [raw for item in discover(paths) for raw in read_input(item)]


def bench(label: str, raws: list, repeat: int) -> tuple[str, int, float, int]:  # type: ignore[type-arg]
    ctx = RunContext(run_id="bench")
    for raw in raws:  # warm up: imports, caches, compiled patterns
        process(raw, ctx)
    # Every copy differs by a trailing line, so no cache can answer for an earlier copy.
    docs = [
        dataclasses.replace(raw, data=raw.data + f"\n\nsalinan {i}\n".encode())
        for i in range(repeat)
        for raw in raws
    ]
    start = time.perf_counter()
    articles = sum(isinstance(process(raw, ctx), Article) for raw in docs)
    elapsed = time.perf_counter() - start
    return label, len(docs), elapsed, articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()
    text = _load([str(ROOT / "seeds")])
    html = _load([str(ROOT / "tests" / "fixtures" / "dev_pages")])
    rows = [
        bench("text dumps (seeds)", text, args.repeat),
        bench("HTML pages (dev pages)", html, max(1, args.repeat // 4)),
    ]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, one process"
    )
    print()
    print("| input | documents | seconds | documents/s | ms/document |")
    print("|---|---|---|---|---|")
    for label, n, elapsed, _ in rows:
        print(f"| {label} | {n} | {elapsed:.2f} | {n / elapsed:.1f} | {1000 * elapsed / n:.1f} |")
    print()
    print(f"peak resident memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
