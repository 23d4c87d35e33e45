"""Flow throughput: the ``clean_news`` flow on one corpus with each way of running the batches.

    .venv/bin/python -m scripts.bench_flow [--copies 30] [--workers 2]

The corpus is the seeds and the labelled dev pages, each copied ``--copies`` times with a
different trailing line (so no two inputs are the same bytes), written to a temporary folder.
Each configuration runs the whole flow (discover, batches, write, report) into a fresh output;
the figure is the flow's own duration and documents per second. Results go to stdout as a
markdown table (docs/benchmarks.md, "Flow throughput").
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


def make_corpus(folder: Path, copies: int) -> int:
    sources = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "fixtures" / "dev_pages").glob("*.html")
    )
    n = 0
    for i in range(copies):
        for src in sources:
            extra = f"\n<!-- copy {i} -->\n" if src.suffix == ".html" else "\n" * (i + 1)
            (folder / f"{src.stem}_{i:03d}{src.suffix}").write_bytes(
                src.read_bytes() + extra.encode()
            )
            n += 1
    return n


@contextmanager
def prefect_process_pool(workers: int) -> Iterator[None]:
    """Prefect's ProcessPoolTaskRunner for the batches (one Prefect engine per process)."""
    from prefect.task_runners import ProcessPoolTaskRunner

    import flows.clean_news as mod

    original = mod.make_task_runner
    mod.make_task_runner = lambda w, d: ProcessPoolTaskRunner(max_workers=workers)  # type: ignore[assignment]
    try:
        yield
    finally:
        mod.make_task_runner = original


@contextmanager
def nothing() -> Iterator[None]:
    yield


def run(corpus: Path, out: Path, **params: Any) -> dict[str, Any]:
    from flows.clean_news import clean_news

    shutil.rmtree(out, ignore_errors=True)
    return clean_news(sources=[str(corpus)], output=str(out), **params)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=30)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each (median shown)")
    parser.add_argument(
        "--batch-sizes",
        help="instead: the default runner with each of these batch sizes (e.g. 5,25,110)",
    )
    args = parser.parse_args()
    from distributed import LocalCluster

    with tempfile.TemporaryDirectory(prefix="berita-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        n = make_corpus(corpus, args.copies)
        per_batch = -(-n // (2 * args.workers))
        w = args.workers
        if args.batch_sizes:
            batch_size_table(corpus, Path(tmp), n, args)
            return
        configs: list[tuple[str, Callable[[], Any], dict[str, Any]]] = [
            ("one process (workers=1)", nothing, {"workers": 1, "batch_size": per_batch}),
            (
                f"threads + process pool (workers={w}, the default)",
                nothing,
                {"workers": w, "batch_size": per_batch},
            ),
            (
                f"Prefect ProcessPoolTaskRunner ({w} processes)",
                lambda: prefect_process_pool(w),
                {"workers": 1, "batch_size": per_batch},
            ),
        ]
        print(f"{n} inputs, {os.cpu_count()} cores, batches of {per_batch}\n", flush=True)
        results: dict[str, list[dict[str, Any]]] = {}
        with LocalCluster(
            n_workers=w, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster:
            configs.append(
                (
                    f"Dask LocalCluster ({w} workers x 1 thread)",
                    nothing,
                    {"dask_address": cluster.scheduler_address, "batch_size": per_batch},
                )
            )
            for rep in range(args.repeat):
                for i, (name, ctx, params) in enumerate(configs):
                    with ctx():
                        r = run(corpus, Path(tmp) / f"out{rep}-{i}", **params)
                    results.setdefault(name, []).append(r)
                    print(f"  {name}: {r['duration_s']:.1f} s", file=sys.stderr, flush=True)
        print("| batches run on | flow time (s), median | documents/s | articles | rejects |")
        print("|---|---|---|---|---|")
        for name, runs in results.items():
            t = statistics.median(r["duration_s"] for r in runs)
            r = runs[0]
            print(
                f"| {name} | {t:.1f} | {r['documents'] / t:.1f} | {r['articles']} | "
                f"{r['rejects']} |"
            )


def batch_size_table(corpus: Path, tmp: Path, n: int, args: argparse.Namespace) -> None:
    sizes = [int(x) for x in args.batch_sizes.split(",")]
    times: dict[int, list[float]] = {}
    for rep in range(args.repeat):
        for size in sizes:
            r = run(corpus, tmp / f"out{rep}-{size}", workers=args.workers, batch_size=size)
            times.setdefault(size, []).append(r["duration_s"])
            print(f"  batch size {size}: {r['duration_s']:.1f} s", file=sys.stderr, flush=True)
    print(f"{n} inputs, workers={args.workers}\n")
    print("| batch size | batches | flow time (s), median | documents/s |")
    print("|---|---|---|---|")
    for size, t in times.items():
        med = statistics.median(t)
        print(f"| {size} | {-(-n // size)} | {med:.1f} | {n / med:.1f} |")


if __name__ == "__main__":
    main()
