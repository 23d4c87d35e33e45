"""The four readers analysts use read the dataset, with the documented types."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from etl.dataset import update_dataset
from tests.writers.conftest import NEW_PAGE


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import SEEDS

    src = tmp_path_factory.mktemp("src")
    shutil.copytree(SEEDS, src / "seeds")
    shutil.copy(NEW_PAGE, src / "seeds" / NEW_PAGE.name)
    out = tmp_path_factory.mktemp("ds") / "out"
    update_dataset([str(src / "seeds")], str(out))
    return out


def test_duckdb_hive_partitioning(dataset: Path) -> None:
    import duckdb

    con = duckdb.connect()
    rel = con.sql(
        f"SELECT * FROM read_parquet('{dataset}/articles/**/*.parquet', hive_partitioning=true)"
    )
    types = dict(zip(rel.columns, [str(t) for t in rel.types], strict=True))
    assert types["published_month"] == "VARCHAR"
    assert types["published_at"] == "TIMESTAMP WITH TIME ZONE"
    assert types["authors"] == "VARCHAR[]"
    assert types["word_count"] == "BIGINT"
    assert types["languages"].startswith("STRUCT(")
    rows = con.sql(
        f"SELECT published_month, count(*) FROM read_parquet('{dataset}/articles/**/*.parquet', "
        "hive_partitioning=true) GROUP BY 1 ORDER BY 1"
    ).fetchall()
    assert rows == [("2015-11", 1), ("2020-10", 1), ("2021-11", 3), ("unknown", 1)]
    # the first queries of docs/querying.md run
    per_day = con.sql(
        f"SELECT outlet, CAST(published_at AS DATE) AS day, count(*) AS n FROM read_parquet("
        f"'{dataset}/articles/**/*.parquet', hive_partitioning=true) GROUP BY ALL ORDER BY n DESC"
    ).fetchall()
    assert sum(r[2] for r in per_day) == 6
    agencies = con.sql(
        f"SELECT agency, count(*) FROM (SELECT unnest(agencies) AS agency FROM read_parquet("
        f"'{dataset}/articles/**/*.parquet', hive_partitioning=true)) GROUP BY 1"
    ).fetchall()
    assert all(isinstance(a, str) and n >= 1 for a, n in agencies)


def test_polars(dataset: Path) -> None:
    import polars as pl

    df = pl.scan_parquet(f"{dataset}/articles/**/*.parquet", hive_partitioning=True).collect()
    assert df.height == 6 and df["doc_id"].n_unique() == 6
    assert df.schema["published_at"] == pl.Datetime("us", "UTC")
    assert df.schema["authors"] == pl.List(pl.String)
    assert df.schema["published_month"] == pl.String
    share = df.group_by("language").len()
    assert share["len"].sum() == 6


def test_pandas(dataset: Path) -> None:
    import pandas as pd

    df = pd.read_parquet(dataset / "articles")
    assert len(df) == 6
    assert str(df["published_at"].dtype).startswith("datetime64[us, UTC]")
    assert df["word_count"].dtype == "int64"
    assert set(df["published_month"].astype(str)) == {"2015-11", "2020-10", "2021-11", "unknown"}


def test_pyarrow_dataset(dataset: Path) -> None:
    import pyarrow as pa
    import pyarrow.dataset as pads

    from schemas import article_arrow_schema

    ds = pads.dataset(
        dataset / "articles", format="parquet", partitioning="hive", schema=article_arrow_schema()
    )
    table = ds.to_table(filter=pads.field("published_month") == "2021-11")
    assert table.num_rows == 3
    assert table.schema.field("published_at").type == pa.timestamp("us", tz="UTC")
