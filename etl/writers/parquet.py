"""Hive-partitioned Parquet datasets (zstd): ``OUT/articles/`` and ``OUT/rejects/``.

Records are staged under ``OUT/_staging/<run_id>/`` while the run goes on and moved into place
on commit, so readers never see a half-written file.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from etl.writers.base import WriteResult
from schemas import (
    ARTICLE_PARTITION_COLUMNS,
    SCHEMA_VERSION,
    Article,
    Reject,
    article_arrow_schema,
    reject_arrow_schema,
)


def _rows(records: Sequence[Article] | Sequence[Reject]) -> list[dict[str, Any]]:
    return [r.model_dump() for r in records]


def articles_table(articles: Sequence[Article]) -> pa.Table:
    return pa.Table.from_pylist(_rows(articles), schema=article_arrow_schema())


def rejects_table(rejects: Sequence[Reject]) -> pa.Table:
    return pa.Table.from_pylist(_rows(rejects), schema=reject_arrow_schema())


class ParquetDatasetWriter:
    """Writes a run's articles and rejects as Parquet files in a local output folder."""

    def __init__(self, output: str, run_id: str, compression: str = "zstd") -> None:
        self.output = os.path.abspath(output)
        self.run_id = run_id
        self.compression = compression
        self.staging = os.path.join(self.output, "_staging", run_id)
        self._articles: list[Article] = []
        self._rejects: list[Reject] = []

    def check_writable(self) -> None:
        """Fail early, with the reason, when the output folder cannot be written."""
        os.makedirs(self.staging, exist_ok=True)
        probe = os.path.join(self.staging, ".probe")
        with open(probe, "w") as fh:
            fh.write("ok")
        os.remove(probe)

    def write(self, articles: Sequence[Article], rejects: Sequence[Reject]) -> None:
        self._articles.extend(articles)
        self._rejects.extend(rejects)

    def _write_table(self, table: pa.Table, dataset: str, partitions: tuple[str, ...]) -> list[str]:
        files: list[str] = []
        if table.num_rows == 0:
            return files
        meta = {
            b"berita.schema_version": SCHEMA_VERSION.encode(),
            b"berita.run_id": self.run_id.encode(),
        }
        groups: dict[tuple[str, ...], pa.Table] = {}
        if partitions:
            keys = table.select(list(partitions)).to_pylist()
            by_key: dict[tuple[str, ...], list[int]] = {}
            for i, k in enumerate(keys):
                by_key.setdefault(tuple(str(k[p]) for p in partitions), []).append(i)
            for key, idx in by_key.items():
                groups[key] = table.take(pa.array(idx)).drop_columns(list(partitions))
        else:
            groups[()] = table
        for key, part in sorted(groups.items()):
            sub = (
                os.path.join(*[f"{p}={v}" for p, v in zip(partitions, key, strict=True)])
                if key
                else ""
            )
            folder = os.path.join(self.staging, dataset, sub)
            os.makedirs(folder, exist_ok=True)
            path = os.path.join(folder, f"part-{self.run_id}.parquet")
            part = part.replace_schema_metadata({**(part.schema.metadata or {}), **meta})
            pq.write_table(part, path, compression=self.compression)
            files.append(os.path.relpath(path, self.staging))
        return files

    def commit(self) -> WriteResult:
        self.check_writable()
        result = WriteResult(articles=len(self._articles), rejects=len(self._rejects))
        articles = sorted(
            self._articles,
            key=lambda a: (
                a.outlet_domain or "",
                a.published_at is None,
                a.published_at or a.ingested_at,
                a.doc_id,
            ),
        )
        result.files += self._write_table(
            articles_table(articles), "articles", ARTICLE_PARTITION_COLUMNS
        )
        result.files += self._write_table(rejects_table(self._rejects), "rejects", ())
        for rel in result.files:
            final = os.path.join(self.output, rel)
            os.makedirs(os.path.dirname(final), exist_ok=True)
            os.replace(os.path.join(self.staging, rel), final)
        self.abort()
        return result

    def abort(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)
        parent = os.path.dirname(self.staging)
        if os.path.isdir(parent) and not os.listdir(parent):
            os.rmdir(parent)
