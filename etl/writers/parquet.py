"""Hive-partitioned Parquet datasets (zstd): ``OUT/articles/`` and ``OUT/rejects/``.

The writer stages each batch it is given under ``OUT/_staging/<run_id>/`` (invisible to readers,
which read ``OUT/articles/``); ``commit()`` hands the staged rows to the dataset, which merges
them with the rows they replace, writes the final files, moves them into place and commits the
manifest (``etl.dataset``). Files are never modified in place: a file is written whole, under a
new name, and an older file is deleted only after the manifest no longer lists it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from etl.writers.base import WriteResult
from etl.writers.fs import find, join, remove
from schemas import (
    SCHEMA_VERSION,
    Article,
    Reject,
    article_arrow_schema,
    reject_arrow_schema,
)

#: Rows per row group: small enough for min/max statistics on the sort keys to skip most of a
#: file when a query filters on outlet or date, large enough to scan fast.
ROW_GROUP_ROWS = 10_000

#: Sort order of article rows inside a file (row-group statistics follow it).
ARTICLE_SORT = [
    ("outlet_domain", "ascending", "at_end"),
    ("published_at", "ascending", "at_end"),
    ("doc_id", "ascending", "at_end"),
]
REJECT_SORT = [("source_path", "ascending", "at_end")]


def _rows(records: Sequence[Article] | Sequence[Reject]) -> list[dict[str, Any]]:
    return [r.model_dump() for r in records]


def articles_table(articles: Sequence[Article]) -> pa.Table:
    return pa.Table.from_pylist(_rows(articles), schema=article_arrow_schema())


def rejects_table(rejects: Sequence[Reject]) -> pa.Table:
    return pa.Table.from_pylist(_rows(rejects), schema=reject_arrow_schema())


def sort_table(table: pa.Table, dataset: str) -> pa.Table:
    keys = ARTICLE_SORT if dataset == "articles" else REJECT_SORT
    return table.take(pc.sort_indices(table, sort_keys=keys))


def write_file(fs: Any, path: str, table: pa.Table, run_id: str, compression: str = "zstd") -> None:
    """One complete Parquet file, the schema version and run id in its key-value metadata."""
    meta = {
        **(table.schema.metadata or {}),
        b"berita.schema_version": SCHEMA_VERSION.encode(),
        b"berita.run_id": run_id.encode(),
    }
    table = table.replace_schema_metadata(meta)
    with fs.open(path, "wb") as fh:
        pq.write_table(
            table,
            fh,
            compression=compression,
            row_group_size=ROW_GROUP_ROWS,
            write_statistics=True,
        )


def input_of(source_path: str) -> str:
    """The input file a record came from (records of an archive carry ``#n``)."""
    return source_path.split("#", 1)[0]


class ParquetDatasetWriter:
    """Stages a run's articles and rejects; ``commit()`` makes them visible all at once."""

    def __init__(
        self,
        fs: Any,
        root: str,
        run_id: str,
        committer: Callable[[ParquetDatasetWriter], WriteResult],
        input_sizes: dict[str, int] | None = None,
    ) -> None:
        self.fs = fs
        self.root = root
        self.run_id = run_id
        self.staging = join(root, "_staging", run_id)
        self._committer = committer
        self._sizes = input_sizes or {}
        self._seen: dict[str, str] = {}
        self._pieces = 0
        self.articles = 0
        self.rejects = 0
        self.duplicates = 0

    def _dedupe(
        self, articles: Sequence[Article], rejects: Sequence[Reject]
    ) -> tuple[list[Article], list[Reject]]:
        """One row per doc_id in a run: a later document with a doc_id already seen is a reject."""
        kept: list[Article] = []
        out_rejects = list(rejects)
        for a in articles:
            first = self._seen.get(a.doc_id)
            if first is None:
                self._seen[a.doc_id] = a.source_path
                kept.append(a)
                continue
            self.duplicates += 1
            out_rejects.append(
                Reject(
                    source_path=a.source_path,
                    stage="write",
                    reason="duplicate_doc",
                    detail=f"same doc_id {a.doc_id} (same canonical URL or path) as {first}, "
                    "which is kept",
                    size_bytes=self._sizes.get(input_of(a.source_path), 0),
                    sha256=a.content_sha256,
                    run_id=self.run_id,
                    rejected_at=datetime.now(UTC),
                )
            )
        return kept, out_rejects

    def write(self, articles: Sequence[Article], rejects: Sequence[Reject]) -> None:
        kept, all_rejects = self._dedupe(articles, rejects)
        self._pieces += 1
        for dataset, table in (
            ("articles", articles_table(kept)),
            ("rejects", rejects_table(all_rejects)),
        ):
            if table.num_rows:
                path = join(self.staging, "pieces", f"{dataset}-{self._pieces:06d}.parquet")
                self.fs.makedirs(join(self.staging, "pieces"), exist_ok=True)
                write_file(self.fs, path, table, self.run_id)
        self.articles += len(kept)
        self.rejects += len(all_rejects)

    def staged(self, dataset: str) -> pa.Table:
        """Every row staged so far for ``articles`` or ``rejects``."""
        schema = article_arrow_schema() if dataset == "articles" else reject_arrow_schema()
        paths = [
            p
            for p in find(self.fs, join(self.staging, "pieces"))
            if p.rsplit("/", 1)[-1].startswith(dataset + "-")
        ]
        tables = []
        for p in paths:
            with self.fs.open(p, "rb") as fh:
                tables.append(pq.read_table(fh, schema=schema))
        if not tables:
            return schema.empty_table()
        return pa.concat_tables(tables)

    def commit(self) -> WriteResult:
        return self._committer(self)

    def abort(self) -> None:
        remove(self.fs, self.staging, recursive=True)
