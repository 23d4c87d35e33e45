"""The ``clean_news`` flow: inputs -> batches -> ``etl.pipeline`` -> Parquet writer -> run report.

Run locally with ``berita run SOURCE... -o OUT`` or ``python -m flows.clean_news SOURCE -o OUT``.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import UTC, datetime
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact

from etl.pipeline import RunContext, new_run_id, process_inputs
from etl.readers import InputFile, discover
from etl.report import RunReport
from etl.writers import ParquetDatasetWriter
from schemas import Article, Reject


def batches(items: list[InputFile], size: int) -> list[list[InputFile]]:
    size = max(1, size)
    return [items[i : i + size] for i in range(0, len(items), size)]


@task(name="discover-inputs", retries=2, retry_delay_seconds=[1, 5])
def discover_inputs(sources: list[str]) -> list[InputFile]:
    return discover(sources)


@task(name="process-batch")
def process_batch(items: list[InputFile], run_id: str) -> list[Article | Reject]:
    return process_inputs(items, RunContext(run_id=run_id))


@task(name="write-dataset", retries=2, retry_delay_seconds=[1, 5])
def write_dataset(writer: ParquetDatasetWriter, records: list[Article | Reject]) -> int:
    writer.write(
        [r for r in records if isinstance(r, Article)],
        [r for r in records if isinstance(r, Reject)],
    )
    return len(writer.commit().files)


@flow(name="clean_news", log_prints=False)
def clean_news(
    sources: list[str], output: str = "data", batch_size: int = 100, run_id: str | None = None
) -> dict[str, object]:
    """Clean every page under ``sources`` into ``output``: articles, rejects and a run report."""
    logger = get_run_logger()
    started = time.perf_counter()
    run_id = run_id or new_run_id()
    report = RunReport(
        run_id=run_id, output=os.path.abspath(output), started_at=datetime.now(UTC).isoformat()
    )
    writer = ParquetDatasetWriter(output, run_id)
    writer.check_writable()
    items = discover_inputs(sources)
    report.inputs = len(items)
    logger.info(
        "run %s: %d input files in %d batches", run_id, len(items), len(batches(items, batch_size))
    )
    futures = [process_batch.submit(batch, run_id) for batch in batches(items, batch_size)]
    records: list[Article | Reject] = []
    for future in futures:
        records.extend(future.result())
    report.add(records)
    write_dataset(writer, records)
    report.duration_s = round(time.perf_counter() - started, 3)
    report.finished_at = datetime.now(UTC).isoformat()
    runs = os.path.join(output, "_runs")
    os.makedirs(runs, exist_ok=True)
    with open(os.path.join(runs, f"{run_id}.json"), "w", encoding="utf-8") as fh:
        fh.write(report.to_json())
    create_markdown_artifact(
        key="berita-run-report", markdown=report.to_markdown(), description=f"berita run {run_id}"
    )
    logger.info("run %s: %d articles, %d rejects", run_id, report.articles, report.rejects)
    return report.to_dict()


if __name__ == "__main__":  # pragma: no cover
    from etl.cli import main

    raise SystemExit(main(["run", *sys.argv[1:]]))
