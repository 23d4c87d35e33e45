"""Which Prefect task runner runs the batches: local processes, or a Dask cluster.

``workers`` and ``dask_address`` are run parameters (of ``berita run``, of the deployments), so
the runner is chosen per run, not when the flow is defined. The choice is measured: see
``docs/benchmarks.md`` (Flow throughput).
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from etl.pipeline import RunContext, process_inputs
from etl.readers import InputFile
from schemas import Article, Reject


def cpu_count() -> int:
    """Cores this process may use (the affinity mask when there is one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def resolve_workers(workers: int | None) -> int:
    """``0`` or ``None`` means one worker per core."""
    return workers if workers and workers > 0 else cpu_count()


def describe(workers: int | None, dask_address: str | None) -> str:
    if dask_address:
        return f"dask cluster {dask_address}"
    n = resolve_workers(workers)
    return "1 process (in the flow)" if n == 1 else f"{n} local processes"


def make_task_runner(workers: int | None, dask_address: str | None) -> TaskRunner[Any]:
    """The task runner for the batch tasks of one run.

    - ``dask_address``: the batches go to that Dask scheduler (``prefect-dask``'s
      ``DaskTaskRunner``); ``workers`` is ignored, the cluster decides.
    - otherwise ``workers`` threads (one per core by default), each handing its batch to the
      shared pool of ``workers`` processes (``process_pool``), and waiting for it. Prefect's own
      ``ProcessPoolTaskRunner`` starts a Prefect engine in every process and measured slower.
    """
    if dask_address:
        from prefect_dask.task_runners import DaskTaskRunner

        return DaskTaskRunner(address=dask_address)
    return ThreadPoolTaskRunner(max_workers=resolve_workers(workers))


class BatchPool:
    """A pool of worker processes that run ``etl.pipeline.process_inputs`` on whole batches."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> BatchPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(self, items: list[InputFile], ctx: RunContext) -> list[Article | Reject]:
        if self.workers <= 1:
            return process_inputs(items, ctx)
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
            )
        return self._executor.submit(process_inputs, items, ctx).result()

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


_pools: dict[int, BatchPool] = {}


def batch_pool(workers: int) -> BatchPool:
    """The process pool of this flow process for ``workers`` processes (started on first use)."""
    if workers not in _pools:
        _pools[workers] = BatchPool(workers)
    return _pools[workers]


def close_pools() -> None:
    for pool in list(_pools.values()):
        pool.close()
    _pools.clear()
