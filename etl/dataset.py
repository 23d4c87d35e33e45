"""The output dataset: idempotent, incremental, atomic runs over a local folder or object store.

    ds = Dataset("data")                      # or "s3://bucket/prefix", or any fsspec/pyarrow fs
    with ds.lock(run_id):                     # one writer at a time; repairs a crashed run
        plan = ds.plan(items, full=False)     # skip inputs the manifest shows unchanged
        writer = ds.writer(run_id, plan)
        writer.write(articles, rejects)       # any number of batches, staged
        writer.commit()                       # = ds.commit(writer): files in place, manifest last

The dataset holds one current row per ``doc_id`` in ``articles/`` and one per input in
``rejects/``. See docs/dataset.md for the layout and the commit protocol.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from etl.lock import DatasetLock
from etl.manifest import FileEntry, InputEntry, Manifest, RowEntry
from etl.readers import InputFile
from etl.writers.base import WriteResult
from etl.writers.fs import find, is_local, join, move, remove, resolve
from etl.writers.parquet import ParquetDatasetWriter, input_of, sort_table, write_file
from schemas import (
    ARTICLE_PARTITION_COLUMNS,
    SCHEMA_VERSION,
    article_arrow_schema,
    reject_arrow_schema,
)
from schemas.migrations import SchemaMismatch, file_version, major, upgrade

DATASETS = ("articles", "rejects")
KEY_COLUMN = {"articles": "doc_id", "rejects": "source_path"}

#: Aim for data files of about this size (Parquet, zstd). Fewer, larger files scan faster;
#: ``compact`` merges the small files that frequent runs leave.
TARGET_FILE_BYTES = 128 * 1024 * 1024
#: In-memory Arrow bytes per byte of zstd Parquet, measured on news text (to size files).
_COMPRESSION_RATIO = 4.0


def sha256_file(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass
class Plan:
    """What a run has to do: inputs to process, inputs skipped as unchanged."""

    todo: list[InputFile] = field(default_factory=list)
    skipped: list[InputFile] = field(default_factory=list)
    full: bool = False
    entries: dict[str, InputEntry] = field(default_factory=dict)  # manifest rows to write


@dataclass
class CompactResult:
    files_before: int = 0
    files_after: int = 0
    rows: int = 0


def _schema(dataset: str) -> pa.Schema:
    return article_arrow_schema() if dataset == "articles" else reject_arrow_schema()


def _partition_of(rel: str) -> tuple[str, ...]:
    """Partition values of a data file from its path (``articles/published_month=2021-11/...``)."""
    parts = rel.split("/")[1:-1]
    return tuple(p.split("=", 1)[1] for p in parts)


class Dataset:
    """A berita dataset at ``output`` (a folder or an fsspec URL such as ``s3://bucket/prefix``)."""

    def __init__(
        self,
        output: str,
        filesystem: Any = None,
        lock_timeout: float = 30.0,
        lock_ttl: float = 120.0,
        target_file_bytes: int = TARGET_FILE_BYTES,
    ) -> None:
        self.output = output
        self.fs, self.root = resolve(output, filesystem)
        self.lock_timeout = lock_timeout
        self.lock_ttl = lock_ttl
        self.target_file_bytes = target_file_bytes
        self.manifest: Manifest | None = None
        self._locked = False

    # -- paths ----------------------------------------------------------------------------
    def path(self, rel: str) -> str:
        return join(self.root, rel)

    def url(self, rel: str = "") -> str:
        """A URL readers (DuckDB, polars, pyarrow) understand for ``rel`` inside the dataset."""
        p = self.path(rel) if rel else self.root
        return p if is_local(self.fs) else str(self.fs.unstrip_protocol(p))

    def files(self, dataset: str = "articles") -> list[str]:
        """URLs of the data files of the current version (a consistent snapshot to read)."""
        m = self.manifest or Manifest.load(self.fs, self.root) or Manifest()
        return [
            self.url(f.path)
            for f in sorted(m.files.values(), key=lambda f: f.path)
            if f.dataset == dataset
        ]

    def check_writable(self) -> None:
        """Fail early, with the reason, when the output cannot be written."""
        if is_local(self.fs):
            os.makedirs(self.root, exist_ok=True)
        probe = self.path(f"_probe-{secrets.token_hex(4)}")
        with self.fs.open(probe, "wb") as fh:
            fh.write(b"ok")
        self.fs.rm(probe)

    def write_text(self, rel: str, text: str) -> None:
        """A small side file (run reports under ``_runs/``)."""
        from etl.writers.fs import atomic_write

        atomic_write(self.fs, self.path(rel), text.encode("utf-8"))

    # -- lock and repair ------------------------------------------------------------------
    @contextmanager
    def lock(self, run_id: str) -> Iterator[Dataset]:
        """Hold the dataset's lock; on entry, repair whatever a killed run left behind."""
        with DatasetLock(self.fs, self.root, run_id, self.lock_timeout, self.lock_ttl):
            self._locked = True
            try:
                self.recover()
                yield self
            finally:
                self._locked = False

    def _data_files(self) -> list[str]:
        out = []
        for ds in DATASETS:
            base = self.path(ds)
            for p in find(self.fs, base):
                name = p.rsplit("/", 1)[-1]
                if name.endswith(".parquet") and not name.startswith((".", "_")):
                    out.append(p[len(self.root) + 1 :])
        return out

    def recover(self) -> Manifest:
        """Bring the dataset to its last committed version (call under the lock).

        Deletes data files the current manifest does not list (written by a run killed before
        its commit, or replaced by a committed run killed before it cleaned up) and staging
        leftovers. A dataset written before manifests existed is adopted as it is.
        """
        m = Manifest.load(self.fs, self.root)
        files = self._data_files()
        if m is None:
            m = self._adopt(files) if files else Manifest(version=0)
            m.save(self.fs, self.root)
        listed = set(m.files)
        for rel in files:
            if rel not in listed:
                remove(self.fs, self.path(rel))
        remove(self.fs, self.path("_staging"), recursive=True)
        Manifest.prune(self.fs, self.root)
        for f in m.files.values():
            if major(f.schema_version) != major(SCHEMA_VERSION):
                raise SchemaMismatch(
                    f"{f.path} has schema {f.schema_version}, this code writes {SCHEMA_VERSION}: "
                    "migrate the dataset first (docs/dataset.md, 'Migration notes')"
                )
        self.manifest = m
        return m

    def _adopt(self, files: list[str]) -> Manifest:
        """A manifest for a dataset written without one: every row, no inputs (all re-planned)."""
        m = Manifest(version=1, run_id="adopted")
        for rel in files:
            ds = rel.split("/", 1)[0]
            with self.fs.open(self.path(rel), "rb") as fh:
                pf = pq.ParquetFile(fh)
                table = pf.read(columns=[KEY_COLUMN[ds], "source_path", "run_id"])
                version = file_version(pf.schema_arrow)
            keys = table.column(KEY_COLUMN[ds]).to_pylist()
            sources = table.column("source_path").to_pylist()
            for key, src in zip(keys, sources, strict=True):
                m.rows[(ds, key)] = RowEntry(ds, key, input_of(src), rel)
            run = table.column("run_id")[0].as_py() if table.num_rows else ""
            m.files[rel] = FileEntry(
                rel, ds, table.num_rows, int(self.fs.size(self.path(rel))), run, version
            )
        return m

    def _require_lock(self) -> Manifest:
        if not self._locked or self.manifest is None:
            raise RuntimeError("Dataset.lock() must be held to plan, write or commit")
        return self.manifest

    # -- planning -------------------------------------------------------------------------
    def plan(self, items: Sequence[InputFile], full: bool = False) -> Plan:
        """Which inputs to process: new and changed ones (all of them when ``full``).

        An input is unchanged when its size and mtime match the manifest, or, when they do not,
        its sha256 does (the manifest then just records the new mtime).
        """
        m = self._require_lock()
        plan = Plan(full=full)
        for item in items:
            old = m.inputs.get(item.path)
            if not full and old and old.size == item.size and old.mtime == item.mtime:
                plan.skipped.append(item)
                continue
            try:
                sha: str | None = sha256_file(item.path)
            except OSError:
                sha = None  # the run rejects it, with the reason
            if not full and old and sha is not None and old.sha256 == sha:
                plan.skipped.append(item)
                plan.entries[item.path] = InputEntry(
                    item.path, item.size, item.mtime, sha, old.run_id
                )
                continue
            plan.todo.append(item)
            plan.entries[item.path] = InputEntry(item.path, item.size, item.mtime, sha, "")
        return plan

    def writer(self, run_id: str, plan: Plan) -> ParquetDatasetWriter:
        self._require_lock()
        w = ParquetDatasetWriter(
            self.fs,
            self.root,
            run_id,
            committer=lambda w: self.commit(w, plan),
            input_sizes={i.path: i.size for i in plan.todo},
        )
        return w

    # -- committing -----------------------------------------------------------------------
    def _read_file(self, rel: str) -> pa.Table:
        ds = rel.split("/", 1)[0]
        with self.fs.open(self.path(rel), "rb") as fh:
            pf = pq.ParquetFile(fh)
            table = pf.read()
            version = file_version(pf.schema_arrow)
        if ds == "articles":
            for col, value in zip(ARTICLE_PARTITION_COLUMNS, _partition_of(rel), strict=True):
                table = table.append_column(col, pa.array([value] * table.num_rows, pa.string()))
        return upgrade(table.replace_schema_metadata(None), version, _schema(ds))

    def _write_outputs(
        self,
        run_id: str,
        outputs: dict[tuple[str, tuple[str, ...]], pa.Table],
        staging: str,
    ) -> dict[str, pa.Table]:
        """Sorted, size-capped files for each (dataset, partition); returns rel path -> keys."""
        written: dict[str, pa.Table] = {}
        for (ds, part), table in sorted(outputs.items()):
            if table.num_rows == 0:
                continue
            table = sort_table(table, ds)
            cols = ARTICLE_PARTITION_COLUMNS if ds == "articles" else ()
            sub = "/".join(f"{c}={v}" for c, v in zip(cols, part, strict=True))
            per_row = max(1.0, table.nbytes / table.num_rows / _COMPRESSION_RATIO)
            rows_per_file = max(1000, int(self.target_file_bytes / per_row))
            data = table.drop_columns(list(cols)) if cols else table
            for i, start in enumerate(range(0, table.num_rows, rows_per_file)):
                chunk = data.slice(start, rows_per_file)
                rel = join(ds, sub, f"part-{run_id}-{i:04d}.parquet")
                tmp = join(staging, "out", rel)
                self.fs.makedirs(tmp.rsplit("/", 1)[0], exist_ok=True)
                write_file(self.fs, tmp, chunk, run_id)
                written[rel] = table.slice(start, rows_per_file).select(
                    [KEY_COLUMN[ds], "source_path"]
                )
        return written

    def _publish(
        self,
        run_id: str,
        staging: str,
        new: Manifest,
        written: dict[str, pa.Table],
        key_input: dict[tuple[str, str], str],
        replaced: set[str],
    ) -> list[str]:
        """Move files into place, commit the manifest, then delete what it no longer lists."""
        m = self._require_lock()
        for rel in sorted(written):
            move(self.fs, join(staging, "out", rel), self.path(rel))
        for rel in replaced:
            new.files.pop(rel, None)
        for rel, keys in written.items():
            ds = rel.split("/", 1)[0]
            for key, src in zip(
                keys.column(0).to_pylist(), keys.column(1).to_pylist(), strict=True
            ):
                new.rows[(ds, key)] = RowEntry(
                    ds, key, key_input.get((ds, key), input_of(src)), rel
                )
            new.files[rel] = FileEntry(
                rel, ds, keys.num_rows, int(self.fs.size(self.path(rel))), run_id, SCHEMA_VERSION
            )
        new.version = m.version + 1
        new.run_id = run_id
        new.save(self.fs, self.root)  # the commit point
        self.manifest = new
        for rel in sorted(replaced):
            remove(self.fs, self.path(rel))
        remove(self.fs, staging, recursive=True)
        Manifest.prune(self.fs, self.root)
        return sorted(written)

    def commit(self, writer: ParquetDatasetWriter, plan: Plan) -> WriteResult:
        """Make a run's staged rows the current rows of their doc_ids and inputs."""
        m = self._require_lock()
        run_id = writer.run_id
        staged = {ds: writer.staged(ds) for ds in DATASETS}
        processed = {i.path for i in plan.todo}
        removed: set[tuple[str, str]] = {k for k, r in m.rows.items() if r.input in processed}
        for ds in DATASETS:
            for key in staged[ds].column(KEY_COLUMN[ds]).to_pylist():
                if (ds, key) in m.rows:
                    removed.add((ds, key))
        replaced = {m.rows[k].file for k in removed}
        new = Manifest(
            inputs=dict(m.inputs),
            rows={k: r for k, r in m.rows.items() if k not in removed and r.file not in replaced},
            files=dict(m.files),
        )
        for path, entry in plan.entries.items():
            new.inputs[path] = InputEntry(
                entry.path, entry.size, entry.mtime, entry.sha256, entry.run_id or run_id
            )
        result = WriteResult(articles=writer.articles, rejects=writer.rejects)
        if not processed and not replaced and new.inputs == m.inputs:
            writer.abort()
            return result  # nothing changed: no new version
        outputs: dict[tuple[str, tuple[str, ...]], list[pa.Table]] = {}
        key_input: dict[tuple[str, str], str] = {}
        for rel in sorted(replaced):
            ds = rel.split("/", 1)[0]
            table = self._read_file(rel)
            keys = table.column(KEY_COLUMN[ds]).to_pylist()
            drop = [(ds, k) in removed for k in keys]
            table = table.filter(pc.invert(pa.array(drop, pa.bool_())))
            for k in table.column(KEY_COLUMN[ds]).to_pylist():
                key_input[(ds, k)] = m.rows[(ds, k)].input
            outputs.setdefault((ds, _partition_of(rel) if ds == "articles" else ()), []).append(
                table
            )
        for ds in DATASETS:
            table = staged[ds]
            if ds == "articles":
                parts = table.select(list(ARTICLE_PARTITION_COLUMNS)).to_pylist()
                groups: dict[tuple[str, ...], list[int]] = {}
                for i, row in enumerate(parts):
                    groups.setdefault(
                        tuple(str(row[c]) for c in ARTICLE_PARTITION_COLUMNS), []
                    ).append(i)
                for part, idx in groups.items():
                    outputs.setdefault((ds, part), []).append(table.take(pa.array(idx)))
            elif table.num_rows:
                outputs.setdefault((ds, ()), []).append(table)
        merged = {k: pa.concat_tables(v) for k, v in outputs.items()}
        written = self._write_outputs(run_id, merged, writer.staging)
        result.files = self._publish(run_id, writer.staging, new, written, key_input, replaced)
        return result

    # -- compaction -----------------------------------------------------------------------
    def compact(self, run_id: str) -> CompactResult:
        """Merge each partition's files into as few files of about ``target_file_bytes`` as fit."""
        m = self._require_lock()
        by_part: dict[tuple[str, tuple[str, ...]], list[str]] = {}
        for f in m.files.values():
            part = _partition_of(f.path) if f.dataset == "articles" else ()
            by_part.setdefault((f.dataset, part), []).append(f.path)
        result = CompactResult(files_before=len(m.files), files_after=len(m.files))
        replaced: set[str] = set()
        outputs: dict[tuple[str, tuple[str, ...]], pa.Table] = {}
        for key, paths in sorted(by_part.items()):
            small = [p for p in paths if m.files[p].bytes < self.target_file_bytes // 2]
            if len(small) < 2:
                continue
            outputs[key] = pa.concat_tables([self._read_file(p) for p in sorted(small)])
            replaced.update(small)
        if not replaced:
            return result
        staging = join(self.root, "_staging", run_id)
        written = self._write_outputs(run_id, outputs, staging)
        key_input = {k: r.input for k, r in m.rows.items() if r.file in replaced}
        new = Manifest(
            inputs=dict(m.inputs),
            rows={k: r for k, r in m.rows.items() if r.file not in replaced},
            files=dict(m.files),
        )
        self._publish(run_id, staging, new, written, key_input, replaced)
        assert self.manifest is not None
        result.files_after = len(self.manifest.files)
        result.rows = sum(t.num_rows for t in outputs.values())
        return result


@dataclass
class UpdateResult:
    run_id: str
    inputs: int
    processed: int
    skipped: int
    write: WriteResult


def update_dataset(
    sources: Sequence[str],
    output: str,
    *,
    full: bool = False,
    run_id: str | None = None,
    batch_size: int = 100,
    filesystem: Any = None,
    lock_timeout: float = 30.0,
) -> UpdateResult:
    """One run in this process, without Prefect: what the ``clean_news`` flow does, serially."""
    from etl.pipeline import RunContext, new_run_id, process_inputs
    from etl.readers import discover
    from schemas import Article, Reject

    run_id = run_id or new_run_id()
    ds = Dataset(output, filesystem=filesystem, lock_timeout=lock_timeout)
    items = discover(sources)
    with ds.lock(run_id):
        plan = ds.plan(items, full=full)
        writer = ds.writer(run_id, plan)
        ctx = RunContext(run_id=run_id)
        for start in range(0, len(plan.todo), max(1, batch_size)):
            records = process_inputs(plan.todo[start : start + batch_size], ctx)
            writer.write(
                [r for r in records if isinstance(r, Article)],
                [r for r in records if isinstance(r, Reject)],
            )
        result = writer.commit()
    return UpdateResult(run_id, len(items), len(plan.todo), len(plan.skipped), result)
