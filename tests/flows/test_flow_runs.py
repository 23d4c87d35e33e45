"""The flow end to end on Prefect's local API: parallel batches, Dask, retries, the report."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds
import pytest

import flows.clean_news as flow_module
import flows.runners as runners
from flows import progress
from flows.clean_news import clean_news
from tests.conftest import FIXTURES, SEEDS

pytestmark = pytest.mark.slow

#: Columns that differ between two runs of the same inputs by design.
RUN_COLUMNS = ["run_id", "ingested_at", "rejected_at"]


@pytest.fixture()
def pages(tmp_path: Path) -> Path:
    """The seeds, the six dev pages, and one input that cannot be read."""
    src = tmp_path / "pages"
    shutil.copytree(SEEDS, src / "seeds")
    shutil.copytree(FIXTURES / "dev_pages", src / "dev", ignore=shutil.ignore_patterns("*.json"))
    (src / "broken.txt.gz").write_bytes(b"\x1f\x8b\x08 this is not gzip")
    return src


def dataset_rows(out: Path, name: str) -> list[dict[str, Any]]:
    table = ds.dataset(out / name, format="parquet", partitioning="hive").to_table()
    table = table.drop_columns([c for c in RUN_COLUMNS if c in table.column_names])
    key = "doc_id" if "doc_id" in table.column_names else "source_path"
    return sorted(table.to_pylist(), key=lambda r: str(r[key]))


def test_parallel_run_writes_dataset_and_report(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    seen: list[tuple[int, int]] = []
    with progress.subscribed(lambda done, total: seen.append((done, total))):
        result = clean_news(sources=[str(pages)], output=str(out), workers=2, batch_size=4)
    assert result["inputs"] == 12 and result["batches"] == 3
    assert result["runner"] == "2 local processes"
    assert result["articles"] + result["rejects"] == 12
    assert result["rejects_by_reason"] == {"read/bad_gzip": 1}
    assert seen[0] == (0, 12) and seen[-1] == (12, 12) and len(seen) == 4
    report = json.loads((out / "_runs" / f"{result['run_id']}.json").read_text())
    assert report["articles"] == len(dataset_rows(out, "articles")) == 11
    assert report["languages"] == {"id": 11}
    assert report["outlets"]["KapanLagi.com"] == 3
    assert report["duration_s"] > 0 and report["docs_per_s"] > 0
    assert not (out / flow_module.BATCH_CACHE_DIR).exists()


def test_dask_local_cluster_gives_the_same_dataset(pages: Path, tmp_path: Path) -> None:
    from distributed import LocalCluster

    local = clean_news(sources=[str(pages)], output=str(tmp_path / "local"), workers=1)
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        on_dask = clean_news(
            sources=[str(pages)],
            output=str(tmp_path / "dask"),
            dask_address=cluster.scheduler_address,
            batch_size=3,
        )
    assert on_dask["runner"].startswith("dask cluster tcp://")
    assert on_dask["batches"] == 4
    for name in ("articles", "rejects"):
        local_rows = dataset_rows(tmp_path / "local", name)
        assert local_rows == dataset_rows(tmp_path / "dask", name)
    assert len(dataset_rows(tmp_path / "dask", "articles")) == local["articles"] == 11


def test_restarted_run_does_not_redo_finished_batches(
    pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    calls: list[int] = []
    real = runners.process_inputs

    def counting(items: Any, ctx: Any) -> Any:
        calls.append(len(items))
        return real(items, ctx)

    def failing_write(*args: Any, **kwargs: Any) -> int:
        raise OSError("disk full")

    monkeypatch.setattr(runners, "process_inputs", counting)
    monkeypatch.setattr(flow_module, "write_dataset", failing_write)
    with pytest.raises(OSError, match="disk full"):
        clean_news(sources=[str(pages)], output=str(out), workers=1, batch_size=5)
    assert sorted(calls) == [2, 5, 5]
    assert any((out / flow_module.BATCH_CACHE_DIR).iterdir())

    monkeypatch.undo()
    monkeypatch.setattr(runners, "process_inputs", counting)
    page = pages / "seeds" / sorted(p.name for p in (pages / "seeds").iterdir())[0]
    page.write_bytes(page.read_bytes() + b"\nArtikel ini telah diperbarui.\n")
    calls.clear()
    result = clean_news(sources=[str(pages)], output=str(out), workers=1, batch_size=5)
    assert calls == [5]  # only the batch whose input changed is processed again
    articles = ds.dataset(out / "articles", format="parquet", partitioning="hive").to_table()
    assert set(articles.column("run_id").to_pylist()) == {result["run_id"]}
    assert articles.num_rows == result["articles"] == 11
    assert isinstance(articles, pa.Table)
