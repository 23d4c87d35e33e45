"""The ``clean_news`` flow: inputs -> batches -> ``etl.pipeline`` -> Parquet writer -> run report.

Run locally with ``berita run SOURCE... -o OUT`` or ``python -m flows.clean_news SOURCE -o OUT``;
on a schedule through the deployments in ``deploy/prefect.yaml`` or ``berita serve``.

One Prefect task per batch of input files (a task costs tens of milliseconds of bookkeeping, a
document about as much to process). The batches run on a pool of processes, one per core by
default, or on a Dask cluster (``dask_address``). A batch's result is cached under a key made
from the bytes of its inputs, so a retried or re-started run does not redo finished batches.
"""

from __future__ import annotations

import hashlib
import math
import os
import secrets
import shutil
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.context import TaskRunContext, get_run_context
from prefect.futures import as_completed
from prefect.tasks import exponential_backoff
from prefect.utilities.hashing import hash_objects
from pydantic import Field

from etl import __version__
from etl.clean.templates import TemplateSnapshot, learn_from_inputs
from etl.dataset import Dataset
from etl.pipeline import RunContext, new_run_id
from etl.readers import InputFile, discover
from etl.report import RunReport
from etl.writers import ParquetDatasetWriter
from flows import progress
from flows.runners import batch_pool, close_pools, describe, make_task_runner, resolve_workers
from schemas import Article, Reject

#: Where finished batches are kept (under the output) until the run has committed its dataset.
BATCH_CACHE_DIR = "_batches"


def batches(items: list[InputFile], size: int) -> list[list[InputFile]]:
    size = max(1, size)
    return [items[i : i + size] for i in range(0, len(items), size)]


def batch_size_for(n_inputs: int, batch_size: int, workers: int) -> int:
    """At most ``batch_size`` files a batch, and at least one batch per worker when possible."""
    per_worker = math.ceil(n_inputs / max(1, workers)) if n_inputs else 1
    return max(1, min(batch_size, per_worker))


def batch_cache_key(context: TaskRunContext, parameters: dict[str, Any]) -> str:
    """The cache key of a batch: the bytes and paths of its inputs and the pipeline version.

    The run id and the number of workers are not part of it (a re-started run gets a new run
    id; see ``restamp``); any other parameter is. Something that cannot be hashed means no
    cache hit.
    """
    h = hashlib.sha256(f"berita-batch/{__version__}".encode())
    # any other input of the batch (such as learned templates) is part of the key too
    others = {k: v for k, v in parameters.items() if k not in {"items", "run_id", "workers"}}
    if isinstance(others.get("templates"), TemplateSnapshot):
        others["templates"] = others["templates"].fingerprint()
    if others:
        h.update((hash_objects(others) or secrets.token_hex(16)).encode())
    for item in parameters["items"]:
        h.update(item.path.encode() + b"\0" + item.root.encode() + b"\0")
        try:
            with open(item.path, "rb") as fh:
                while block := fh.read(1 << 20):
                    h.update(block)
        except OSError as exc:  # unreadable now: key on the error, the batch will reject it
            h.update(f"unreadable:{exc.errno}".encode())
    return "berita-batch-" + h.hexdigest()


@task(
    name="discover-inputs",
    retries=3,
    retry_delay_seconds=exponential_backoff(backoff_factor=1),
    retry_jitter_factor=0.5,
)
def discover_inputs(sources: list[str]) -> list[InputFile]:
    return discover(sources)


@task(
    name="process-batch",
    cache_key_fn=batch_cache_key,
    cache_expiration=timedelta(days=7),
    persist_result=True,
)
def process_batch(
    items: list[InputFile],
    run_id: str,
    workers: int = 1,
    templates: TemplateSnapshot | None = None,
) -> list[Article | Reject]:
    """Process one batch, in the flow's pool of ``workers`` processes when there is one."""
    return batch_pool(workers).run(items, RunContext(run_id=run_id, template=templates))


@task(
    name="learn-templates",
    retries=3,
    retry_delay_seconds=exponential_backoff(backoff_factor=1),
    retry_jitter_factor=0.5,
)
def learn_outlet_templates(items: list[InputFile], output: str) -> TemplateSnapshot:
    """Count the run's lines per outlet on top of the counts kept under the output."""
    return learn_from_inputs(items, output)


@task(
    name="write-dataset",
    retries=3,
    retry_delay_seconds=exponential_backoff(backoff_factor=1),
    retry_jitter_factor=0.5,
)
def write_dataset(writer: ParquetDatasetWriter, records: list[Article | Reject]) -> int:
    writer.write(
        [r for r in records if isinstance(r, Article)],
        [r for r in records if isinstance(r, Reject)],
    )
    return len(writer.commit().files)


def restamp(records: list[Article | Reject], run_id: str) -> list[Article | Reject]:
    """Records of a batch cached by an earlier attempt carry its run id: give them this one."""
    return [r if r.run_id == run_id else r.model_copy(update={"run_id": run_id}) for r in records]


def _run_id() -> str:
    """The Prefect flow run's own id, so that a retry of the same flow run keeps its run id."""
    try:
        flow_run = get_run_context().flow_run  # type: ignore[union-attr]
    except Exception:
        flow_run = None
    if flow_run is None:
        return new_run_id()
    start = flow_run.expected_start_time or datetime.now(UTC)
    return start.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + flow_run.id.hex[:6]


class _ProgressLog:
    """Progress for the flow's log: a line every 10% or 30 s, and to local subscribers."""

    def __init__(self, total: int, logger: Any) -> None:
        self.total = total
        self.logger = logger
        self.started = time.perf_counter()
        self.last_logged = self.started
        self.last_share = 0.0
        progress.publish(0, total)

    def update(self, done: int) -> None:
        progress.publish(done, self.total)
        now = time.perf_counter()
        share = done / self.total if self.total else 1.0
        if share < 1.0 and share - self.last_share < 0.1 and now - self.last_logged < 30:
            return
        self.last_logged, self.last_share = now, share
        elapsed = now - self.started
        rate = done / elapsed if elapsed > 0 else 0.0
        eta = (self.total - done) / rate if rate > 0 else float("nan")
        self.logger.info(
            "%d/%d inputs (%.0f%%), %.1f inputs/s, ETA %.0f s",
            done,
            self.total,
            100 * share,
            rate,
            eta,
        )


def run_batches(
    parts: list[list[InputFile]],
    run_id: str,
    workers: int | None,
    dask_address: str | None,
    cache_dir: str | None,
    total: int,
    templates: TemplateSnapshot | None = None,
) -> list[Article | Reject]:
    """Process every batch on the chosen task runner; records come back in batch order."""
    logger = get_run_logger()
    options: dict[str, Any] = {}
    if cache_dir:
        options["result_storage"] = Path(cache_dir)
    batch_task = process_batch.with_options(**options)
    results: dict[int, list[Article | Reject]] = {}
    log = _ProgressLog(total, logger)
    done = 0
    # On Dask a batch runs where the cluster puts it; locally, in the flow's process pool.
    pool_size = 1 if dask_address else resolve_workers(workers)
    with make_task_runner(workers, dask_address) as runner:
        try:
            futures = {
                runner.submit(
                    batch_task,
                    {"items": part, "run_id": run_id, "workers": pool_size, "templates": templates},
                ): i
                for i, part in enumerate(parts)
            }
            for future in as_completed(list(futures)):
                i = futures[future]
                results[i] = restamp(future.result(), run_id)
                done += len(parts[i])
                log.update(done)
        finally:
            close_pools()
    return [r for i in range(len(parts)) for r in results[i]]


@flow(name="clean_news", log_prints=False, validate_parameters=True)
def clean_news(
    sources: Annotated[list[str], Field(min_length=1)],
    output: str = "data",
    batch_size: Annotated[int, Field(ge=1, le=100_000)] = 100,
    workers: Annotated[int, Field(ge=0, le=1024)] = 0,
    dask_address: Annotated[str | None, Field(pattern=r"^(tcp|tls|inproc|ucx)://\S+$")] = None,
    full: bool = False,
    run_id: str | None = None,
) -> dict[str, object]:
    """Clean every page under ``sources`` into ``output``: articles, rejects and a run report.

    Args:
        sources: files or folders of pages (.txt, .html, .htm, optionally .gz).
        output: the dataset folder.
        batch_size: at most this many input files per Prefect task.
        workers: processes for the batches; 0 means one per core. Ignored with ``dask_address``.
        dask_address: run the batches on this Dask scheduler (``tcp://host:8786``).
        full: re-check every input, also those the dataset already holds unchanged (the
            nightly deployment sets it).
        run_id: the run's id; by default derived from the Prefect flow run.
    """
    logger = get_run_logger()
    started = time.perf_counter()
    run_id = run_id or _run_id()
    report = RunReport(
        run_id=run_id,
        output=output if "://" in output else os.path.abspath(output),
        started_at=datetime.now(UTC).isoformat(),
    )
    dataset = Dataset(output)
    dataset.check_writable()
    items = discover_inputs(sources)
    report.inputs = len(items)
    with dataset.lock(run_id):  # one run at a time; repairs what a killed run left behind
        plan = dataset.plan(items, full=full)  # new and changed inputs only, unless full
        report.skipped_unchanged = len(plan.skipped)
        items = plan.todo
        n_workers = 0 if dask_address else resolve_workers(workers)
        size = batch_size if dask_address else batch_size_for(len(items), batch_size, n_workers)
        parts = batches(items, size)
        report.batches = len(parts)
        report.runner = describe(workers, dask_address)
        logger.info(
            "run %s: %d input files in %d batches on %s%s",
            run_id,
            len(items),
            len(parts),
            report.runner,
            " (full re-check)" if full else "",
        )
        cache_dir = (
            None if "://" in output else os.path.join(os.path.abspath(output), BATCH_CACHE_DIR)
        )
        # Lines that recur across an outlet's pages are its template (CCNet style); the counts
        # persist under the output, so later and smaller runs benefit from earlier ones.
        templates = learn_outlet_templates(items, output) if items else None
        records = run_batches(
            parts, run_id, workers, dask_address, cache_dir, len(items), templates
        )
        report.add(records)
        write_dataset(dataset.writer(run_id, plan), records)
    if cache_dir:
        shutil.rmtree(cache_dir, ignore_errors=True)
    report.duration_s = round(time.perf_counter() - started, 3)
    report.finished_at = datetime.now(UTC).isoformat()
    dataset.write_text(f"_runs/{run_id}.json", report.to_json())
    create_markdown_artifact(
        key="berita-run-report", markdown=report.to_markdown(), description=f"berita run {run_id}"
    )
    logger.info(
        "run %s: %d articles, %d rejects in %.1f s (%.1f documents/s)",
        run_id,
        report.articles,
        report.rejects,
        report.duration_s,
        report.docs_per_s,
    )
    return report.to_dict()


if __name__ == "__main__":  # pragma: no cover
    from etl.cli import main

    raise SystemExit(main(["run", *sys.argv[1:]]))
