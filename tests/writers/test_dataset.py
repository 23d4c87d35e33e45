"""The dataset across runs: idempotent, incremental, one row per doc_id, rejects kept in step,
compaction, the lock and schema evolution. Local folders and S3 (a local moto server) alike."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from etl.dataset import Dataset, update_dataset
from etl.lock import DatasetLock, DatasetLocked
from etl.readers import discover
from schemas import SCHEMA_VERSION
from tests.writers.conftest import NEW_PAGE
from tests.writers.helpers import column, visible


def test_three_runs_leave_six_rows(inputs: Path, output: str) -> None:
    first = update_dataset([str(inputs)], output)
    assert (first.processed, first.write.articles) == (5, 5)
    ids = column(output, "doc_id")
    assert len(ids) == 5 == len(set(ids))

    again = update_dataset([str(inputs)], output)
    assert (again.processed, again.skipped) == (0, 5)
    assert column(output, "doc_id") == ids

    shutil.copy(NEW_PAGE, inputs / NEW_PAGE.name)
    third = update_dataset([str(inputs)], output)
    assert (third.processed, third.skipped) == (1, 5)
    after = column(output, "doc_id")
    assert len(after) == 6 == len(set(after))
    assert set(ids) < set(after)
    assert visible(output, "rejects").num_rows == 0


def test_full_reprocesses_everything_without_duplicates(inputs: Path, output: str) -> None:
    update_dataset([str(inputs)], output)
    before = visible(output)
    full = update_dataset([str(inputs)], output, full=True)
    assert full.processed == 5
    after = visible(output)
    assert sorted(after.column("doc_id").to_pylist()) == sorted(before.column("doc_id").to_pylist())
    assert set(after.column("run_id").to_pylist()) == {full.run_id}


def test_changed_input_replaces_its_row(inputs: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "out")
    update_dataset([str(inputs)], out)
    rows = {r["source_path"]: r for r in visible(out).to_pylist()}
    target = sorted(inputs.iterdir())[1]
    old = rows[str(target)]
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("\n\n", "\n\nBaca juga analisis lengkapnya.\n\n", 1), "utf-8")
    run = update_dataset([str(inputs)], out)
    assert (run.processed, run.skipped) == (1, 4)
    now = visible(out).to_pylist()
    assert len(now) == 5 == len({r["doc_id"] for r in now})
    new = next(r for r in now if r["doc_id"] == old["doc_id"])
    assert new["content_sha256"] != old["content_sha256"]
    assert new["run_id"] == run.run_id


def test_touched_but_identical_input_is_not_reprocessed(inputs: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "out")
    update_dataset([str(inputs)], out)
    target = sorted(inputs.iterdir())[0]
    target.touch()
    run = update_dataset([str(inputs)], out)
    assert (run.processed, run.skipped) == (0, 5)
    # the new mtime was recorded: the next plan finds it unchanged without hashing it
    ds = Dataset(out)
    with ds.lock("check"):
        plan = ds.plan(discover([str(inputs)]))
    assert plan.todo == [] and plan.entries == {}


def test_rejects_follow_their_input(inputs: Path, output: str) -> None:
    broken = inputs / "999_broken.html"
    broken.write_text("<html><body><p>Baca juga</p></body></html>", encoding="utf-8")
    first = update_dataset([str(inputs)], output)
    assert (first.write.articles, first.write.rejects) == (5, 1)
    assert column(output, "source_path", "rejects") == [str(broken)]

    update_dataset([str(inputs)], output, full=True)
    assert column(output, "source_path", "rejects") == [str(broken)]  # not duplicated

    shutil.copy(NEW_PAGE, broken)  # fixed: now a real page
    fixed = update_dataset([str(inputs)], output)
    assert (fixed.processed, fixed.write.articles, fixed.write.rejects) == (1, 1, 0)
    assert column(output, "source_path", "rejects") == []
    assert str(broken) in column(output, "source_path")
    assert len(column(output, "doc_id")) == 6


def test_same_document_twice_in_one_run_is_one_row(inputs: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "out")
    shutil.copy(NEW_PAGE, inputs / "a.html")
    shutil.copy(NEW_PAGE, inputs / "b.html")  # same canonical URL, same doc_id
    run = update_dataset([str(inputs)], out)
    assert run.write.articles + run.write.rejects == run.inputs == 7
    rejects = visible(out, "rejects").to_pylist()
    assert [(r["stage"], r["reason"]) for r in rejects] == [("write", "duplicate_doc")]
    assert rejects[0]["source_path"] == str(inputs / "b.html")
    ids = column(out, "doc_id")
    assert len(ids) == 6 == len(set(ids))


def test_compact_merges_small_files_and_keeps_rows(inputs: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "out")
    src = tmp_path / "drip"
    src.mkdir()
    for f in sorted(inputs.iterdir()):  # one input per run, like hourly runs
        shutil.copy(f, src / f.name)
        update_dataset([str(src)], out)
    before = visible(out)
    ds = Dataset(out)
    n_before = len(ds.files())
    with ds.lock("compact-1"):
        res = ds.compact("compact-1")
    assert res.files_before == n_before > res.files_after
    parts = {f.split("published_month=")[1].split("/")[0] for f in ds.files()}
    assert len(ds.files()) == len(parts)  # one file per partition
    after = visible(out)
    assert sorted(after.column("doc_id").to_pylist()) == sorted(before.column("doc_id").to_pylist())
    # rows are sorted by outlet, then time, inside each file
    for f in ds.files():
        t = pq.read_table(f)
        keys = list(
            zip(t.column("outlet_domain").to_pylist(), t.column("doc_id").to_pylist(), strict=False)
        )
        assert [k[0] for k in keys] == sorted(k[0] for k in keys)
    # the manifest knows where the rows went: a later change still replaces, not duplicates
    update_dataset([str(src)], out, full=True)
    assert len(column(out, "doc_id")) == 5


def test_second_writer_fails_fast_with_the_holder(tmp_path: Path) -> None:
    out = str(tmp_path / "out")
    ds = Dataset(out, lock_timeout=0)
    with ds.lock("run-a"):  # noqa: SIM117 - held while the second one tries
        with pytest.raises(DatasetLocked, match="run-a"):
            Dataset(out, lock_timeout=0).lock("run-b").__enter__()
    with Dataset(out, lock_timeout=0).lock("run-c"):
        pass


def test_second_writer_waits_for_the_first(tmp_path: Path) -> None:
    out = str(tmp_path / "out")
    order: list[str] = []
    held = threading.Event()

    def first() -> None:
        with Dataset(out).lock("run-a"):
            held.set()
            order.append("a-start")
            threading.Event().wait(0.5)
            order.append("a-end")

    t = threading.Thread(target=first)
    t.start()
    held.wait(5)
    with Dataset(out, lock_timeout=10).lock("run-b"):
        order.append("b")
    t.join()
    assert order == ["a-start", "a-end", "b"]


def test_s3_lock_is_exclusive(s3_output: str) -> None:
    ds = Dataset(s3_output)
    with DatasetLock(ds.fs, ds.root, "run-a", timeout=0):  # noqa: SIM117
        with pytest.raises(DatasetLocked, match="run-a"):
            DatasetLock(ds.fs, ds.root, "run-b", timeout=0).acquire()
    with DatasetLock(ds.fs, ds.root, "run-c", timeout=0):
        pass


def test_schema_version_is_in_every_file(inputs: Path, output: str) -> None:
    update_dataset([str(inputs)], output)
    ds = Dataset(output)
    for f in ds.files() + ds.files("rejects"):
        with ds.fs.open(f, "rb") as fh:
            meta = pq.ParquetFile(fh).schema_arrow.metadata
        assert meta[b"berita.schema_version"] == SCHEMA_VERSION.encode()


def test_older_minor_version_file_reads_with_nulls_and_is_upgraded(
    inputs: Path, tmp_path: Path
) -> None:
    """A file written before a column was added: readers fill nulls; a rewrite adds the column."""
    out = str(tmp_path / "out")
    update_dataset([str(inputs)], out)
    ds = Dataset(out)
    target = next(f for f in ds.files() if "published_month=2021-11" in f)
    old = pq.read_table(target).drop_columns(["section", "editor_initials"])
    old = old.replace_schema_metadata({b"berita.schema_version": b"1.0"})
    pq.write_table(old, target)  # as an earlier 1.x release wrote it

    import duckdb

    n_null = duckdb.sql(
        f"SELECT count(*) FILTER (WHERE section IS NULL), count(*) FROM read_parquet("
        f"'{out}/articles/**/*.parquet', hive_partitioning=true, union_by_name=true)"
    ).fetchall()[0]
    assert n_null[1] == 5 and n_null[0] >= old.num_rows
    full = update_dataset([str(inputs)], out, full=True)  # rewrites every file: current schema
    assert full.processed == 5
    for f in Dataset(out).files():
        assert "section" in pq.read_schema(f).names


def test_newer_major_version_is_refused(inputs: Path, tmp_path: Path) -> None:
    from etl.manifest import Manifest
    from schemas.migrations import SchemaMismatch

    out = str(tmp_path / "out")
    update_dataset([str(inputs)], out)
    ds = Dataset(out)
    m = Manifest.load(ds.fs, ds.root)
    assert m is not None
    for f in m.files.values():
        f.schema_version = "2.0"
    m.version += 1
    m.save(ds.fs, ds.root)
    with pytest.raises(SchemaMismatch, match="migrate"):
        update_dataset([str(inputs)], out)


def test_legacy_dataset_without_manifest_is_adopted(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    update_dataset([str(inputs)], str(out))
    shutil.rmtree(out / "_manifest")
    run = update_dataset([str(inputs)], str(out))
    assert run.processed == 5  # no manifest: every input is new to it
    ids = column(str(out), "doc_id")
    assert len(ids) == 5 == len(set(ids))


def test_manifest_records_inputs(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = update_dataset([str(inputs)], str(out))
    ds = Dataset(str(out))
    from etl.manifest import Manifest

    m = Manifest.load(ds.fs, ds.root)
    assert m is not None
    table = pq.read_table(out / "_manifest" / f"v{m.version:08d}" / "inputs.parquet")
    assert table.num_rows == 5
    rows = table.to_pylist()
    assert {r["run_id"] for r in rows} == {run.run_id}
    assert all(len(r["sha256"]) == 64 and len(r["doc_ids"]) == 1 for r in rows)
    assert sorted(r["doc_ids"][0] for r in rows) == column(str(out), "doc_id")
    assert isinstance(table.schema.field("mtime").type, pa.DataType)
