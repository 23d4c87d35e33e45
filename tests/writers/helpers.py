"""Reading a dataset back the way an analyst's glob would: every file under articles/ and rejects/."""

from __future__ import annotations

from typing import Any

import pyarrow as pa
import pyarrow.dataset as pads

from etl.dataset import Dataset
from schemas import article_arrow_schema, reject_arrow_schema


def visible(output: str, name: str = "articles") -> pa.Table:
    """All rows of ``name`` in files a glob over the folder finds (what DuckDB would read)."""
    ds = Dataset(output)
    ds.fs.invalidate_cache()
    schema = article_arrow_schema() if name == "articles" else reject_arrow_schema()
    if not ds.fs.exists(ds.path(name)):
        return schema.empty_table()
    part = "hive" if name == "articles" else None
    return pads.dataset(
        ds.path(name), filesystem=ds.fs, format="parquet", partitioning=part, schema=schema
    ).to_table()


def column(output: str, col: str, name: str = "articles") -> list[Any]:
    return sorted(visible(output, name).column(col).to_pylist())
