"""How the flow cuts work into batches, keys their cache, and picks a task runner."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from prefect.task_runners import ThreadPoolTaskRunner
from prefect_dask.task_runners import DaskTaskRunner

from etl.pipeline import RunContext, process_inputs
from etl.readers import discover
from flows.clean_news import batch_cache_key, batch_size_for, batches, restamp
from flows.runners import BatchPool, describe, make_task_runner, resolve_workers
from tests.conftest import SEEDS


def test_batches_cover_every_input_once_in_order() -> None:
    items = discover([str(SEEDS)])
    parts = batches(items, 2)
    assert [len(p) for p in parts] == [2, 2, 1]
    assert [i for p in parts for i in p] == items


@pytest.mark.parametrize(
    ("n", "size", "workers", "expected"),
    [
        (1000, 100, 2, 100),  # many inputs: the batch size given
        (5, 100, 2, 3),  # few inputs: still one batch per worker
        (5, 100, 8, 1),
        (0, 100, 2, 1),
        (50, 10, 1, 10),
    ],
)
def test_batch_size_keeps_every_worker_busy(n: int, size: int, workers: int, expected: int) -> None:
    assert batch_size_for(n, size, workers) == expected


def test_cache_key_follows_the_bytes_of_the_inputs(tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    items = discover([str(src)])
    key = batch_cache_key(None, {"items": items, "run_id": "a"})  # type: ignore[arg-type]
    # the run id is not part of the key: a re-started run finds the batches of the last one
    assert key == batch_cache_key(None, {"items": items, "run_id": "b"})  # type: ignore[arg-type]
    assert key != batch_cache_key(None, {"items": items[:-1], "run_id": "a"})  # type: ignore[arg-type]
    with_template = {"items": items, "run_id": "a", "template": {"kompas.com": {"Baca juga": 9}}}
    assert batch_cache_key(None, with_template) != key  # type: ignore[arg-type]
    assert batch_cache_key(None, with_template) == batch_cache_key(None, dict(with_template))  # type: ignore[arg-type]
    first = Path(items[0].path)
    first.write_bytes(first.read_bytes() + b"\nDiperbarui.\n")
    assert key != batch_cache_key(None, {"items": items, "run_id": "a"})  # type: ignore[arg-type]


def test_restamp_gives_cached_records_this_runs_id() -> None:
    items = discover([str(SEEDS)])[:2]
    old = process_inputs(items, RunContext(run_id="run-old"))
    new = restamp(old, "run-new")
    assert [r.run_id for r in new] == ["run-new", "run-new"]
    assert [r.model_dump(exclude={"run_id"}) for r in new] == [
        r.model_dump(exclude={"run_id"}) for r in old
    ]


def test_process_pool_gives_the_same_records_as_in_process() -> None:
    items = discover([str(SEEDS)])
    ctx = RunContext(run_id="r")
    with BatchPool(2) as pool:
        pooled = pool.run(items, ctx)
    inline = BatchPool(1).run(items, ctx)
    drop = {"ingested_at"}
    assert [r.model_dump(exclude=drop) for r in pooled] == [
        r.model_dump(exclude=drop) for r in inline
    ]


def test_task_runner_choice() -> None:
    assert resolve_workers(0) >= 1
    assert resolve_workers(3) == 3
    local = make_task_runner(2, None)
    assert isinstance(local, ThreadPoolTaskRunner) and local._max_workers == 2
    dask = make_task_runner(2, "tcp://10.0.0.5:8786")
    assert isinstance(dask, DaskTaskRunner) and dask.address == "tcp://10.0.0.5:8786"
    assert describe(1, None) == "1 process (in the flow)"
    assert describe(0, "tcp://10.0.0.5:8786") == "dask cluster tcp://10.0.0.5:8786"
