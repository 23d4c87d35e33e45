"""Through the Prefect flow: seeds, seeds again, seeds plus one new page -> six rows."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import FIXTURES, SEEDS


@pytest.mark.slow
def test_flow_runs_are_idempotent_and_incremental(tmp_path: Path) -> None:
    from flows.clean_news import clean_news

    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    out = str(tmp_path / "out")
    first = clean_news(sources=[str(src)], output=out, workers=1)
    second = clean_news(sources=[str(src)], output=out, workers=1)
    shutil.copy(FIXTURES / "dev_pages" / "okezone_1.html", src / "new.html")
    third = clean_news(sources=[str(src)], output=out, workers=1)
    assert (first["articles"], second["skipped_unchanged"], third["articles"]) == (5, 5, 1)
    rows = duckdb.sql(
        f"SELECT count(*), count(DISTINCT doc_id) FROM read_parquet("
        f"'{out}/articles/**/*.parquet', hive_partitioning=true)"
    ).fetchall()
    assert rows == [(6, 6)]
