"""The contract: one model, one Arrow schema, one generated doc."""

from __future__ import annotations

from datetime import UTC, datetime

import pyarrow as pa

from schemas import SCHEMA_VERSION, Article, article_arrow_schema, reject_arrow_schema
from schemas.doc import render
from tests.conftest import ROOT

CONTRACT_COLUMNS = [
    "doc_id", "source_path", "source_format", "url", "outlet", "outlet_domain", "title",
    "published_at", "published_at_local", "published_at_source", "authors", "editors",
    "editor_initials", "agencies", "photo_credits", "dateline", "section", "language",
    "language_score", "text", "word_count", "content_sha256", "removed_lines", "run_id",
    "ingested_at", "pipeline_version", "schema_version",
]  # fmt: skip


def test_contract_columns_exist_with_their_types() -> None:
    schema = article_arrow_schema()
    assert set(CONTRACT_COLUMNS) <= set(schema.names)
    assert schema.field("published_at").type == pa.timestamp("us", tz="UTC")
    assert schema.field("authors").type.value_type == pa.string()
    assert schema.field("word_count").type == pa.int64()
    assert not schema.field("doc_id").nullable and schema.field("title").nullable
    assert schema.metadata[b"berita.schema_version"] == SCHEMA_VERSION.encode()
    rejects = reject_arrow_schema()
    assert {"source_path", "stage", "reason", "detail", "size_bytes", "sha256", "run_id"} <= set(
        rejects.names
    )


def test_partition_columns_can_be_left_out() -> None:
    assert "published_month" not in article_arrow_schema(include_partitions=False).names


def test_a_model_row_fits_the_arrow_schema() -> None:
    article = Article(
        doc_id="d",
        source_path="s.txt",
        source_format="text",
        language="id",
        text="isi",
        word_count=1,
        content_sha256="0" * 64,
        removed_lines=0,
        run_id="r",
        ingested_at=datetime(2024, 1, 1, tzinfo=UTC),
        pipeline_version="0",
        authors=["A"],
    )
    table = pa.Table.from_pylist([article.model_dump()], schema=article_arrow_schema())
    assert table.column("authors").to_pylist() == [["A"]]
    assert table.column("title").to_pylist() == [None]


def test_schema_doc_is_up_to_date() -> None:
    doc = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert doc == render(), "docs/schema.md is stale: run `make docs`"
