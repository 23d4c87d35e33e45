"""End to end: the real Prefect flow on seeds/, read back with DuckDB."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest

from tests.conftest import ROOT, SEEDS

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("e2e_seeds")]

# What a careful reader finds on each seed. None: the page does not say.
EXPECTED: dict[str, dict[str, Any]] = {
    "000_fcbd1ae74b7d9eb7.txt": {
        "outlet": "Kompas.com", "outlet_domain": "kompas.com", "title": None,
        "published_at_local": "2021-11-20T10:27+07:00", "published_at_source": "page",
        "authors": [], "editor_initials": [], "agencies": ["Reuters"],
        "photo_credits": ["AFP PHOTO/KAREN MINASYAN"], "dateline": "Brussel", "section": None,
        "first": "BRUSSEL, KOMPAS.com – Para pemimpin Armenia dan Azerbaijan akan bertemu",
        "last": "Kedua negara terlibat bentrokan paling mematikan sejak pecahnya pertempuran",
        "paragraphs": 10,
    },
    "001_fdfeb7a981613f0f.txt": {
        "outlet": "Kompas.com", "outlet_domain": "kompas.com",
        "title": "Azerbaijan-Armenia Akan Berunding di Moskwa, Bicarakan Gencatan Senjata",
        "published_at_local": "2020-10-09T19:44+07:00", "published_at_source": "page",
        "authors": ["Aditya Jaya Iswara"], "editor_initials": [], "agencies": ["AFP"],
        "photo_credits": [], "dateline": "Moskwa", "section": None,
        "first": "MOSKWA, KOMPAS.com - Armenia dan Azerbaijan akan mengadakan",
        "last": "Meski Karabakh telah mendeklarasikan kemerdekaan",
        "paragraphs": 11,
    },
    "002_c7cea75aa3edd05e.txt": {
        "outlet": "SINDOnews", "outlet_domain": "sindonews.com",
        "title": "Perang Baru Berkecamuk, Putin Undang Pemimpin Armenia dan Azerbaijan",
        "published_at_local": "2021-11-24T06:29+07:00", "published_at_source": "page",
        "authors": [], "editor_initials": ["sya"], "agencies": [],
        "photo_credits": ["Foto/REUTERS"], "dateline": "Moskow", "section": None,
        "first": "MOSKOW - Presiden Rusia Vladimir Putin akan menjamu",
        "last": "Pashinyan dan Aliyev terakhir bertemu pada Januari lalu",
        "paragraphs": 14,
    },
    "003_c7cbf4fd7dbb4ac1.txt": {
        "outlet": "Channel9.id", "outlet_domain": "channel9.id",
        "title": "Armenia dan Azerbaijan Umumkan Gencatan Senjata di Daerah Perbatasan",
        "published_at_local": "2021-11-17T00:00+07:00", "published_at_source": "inferred",
        "authors": [], "editor_initials": ["rag"], "agencies": [],
        "photo_credits": [], "dateline": "Armenia", "section": "Internasional",
        "first": "Channel9.id-Armenia. Armenia dan Azerbaijan sepakat",
        "last": "Menteri Luar Negeri Prancis menuturkan",
        "paragraphs": 11,
    },
    "004_3814e48b976ab4c4.txt": {
        "outlet": "LancangKuning", "outlet_domain": "lancangkuning.com",
        "title": "Armenia dan Azerbaijan Akan Bertemu Terpisah dengan Menlu AS",
        "published_at_local": None, "published_at_source": None,
        "authors": [], "editor_initials": ["evn"], "agencies": ["AFP"],
        "photo_credits": [], "dateline": None, "section": None,
        "first": "LancangKuning - Menteri luar negeri Armenia dan Azerbaijan",
        "last": "Namun Perdana Menteri Armenia Nikol Pashinyan mendesak",
        "paragraphs": 13,
    },
}  # fmt: skip

# No body paragraph may start with these (boilerplate lines of the seeds)...
BOILERPLATE_STARTS = [
    "Baca juga", "Baca Juga", "Dapatkan", "Simak breaking", "Video Pilihan", "Komentar", "komentar",
    "loading", "A A A", "Copyright", "Sangat Suka", "4 + 4", "KABAR DUNIA SEPEKAN", "Kompas.com -",
    "(sya)", "(RAG)", "(evn)", "Penulis", "Sumber", "Daftar Isi", "Tinggalkan Balasan", "data.label",
    "read/ rendering", "Perang Baru Berkecamuk,...", "Tentara berjalan", "Anggota pasukan", "Rabu, 24",
    "Aditya Jaya", "Internasional", "Armenia dan Azerbaijan Umumkan", "Bagikan", "Close Ads",
]  # fmt: skip
# ...and none may contain these.
BOILERPLATE_ANYWHERE = [
    "AFP PHOTO",
    "Foto/REUTERS",
    "#JernihBerkomentar",
    "t.me/",
    "whatsapp.com",
    "Gabung Kompas.com+",
]


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    env = {**os.environ, "PREFECT_HOME": str(out / ".prefect")}
    proc = subprocess.run(
        [sys.executable, "-m", "etl.cli", "run", str(SEEDS), "-o", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "articles        5" in proc.stdout
    return out


def _rows(out: Path) -> dict[str, dict[str, Any]]:
    con = duckdb.connect()
    rel = con.sql(
        f"SELECT * FROM read_parquet('{out}/articles/**/*.parquet', hive_partitioning = true)"
    )
    cols = rel.columns
    return {
        Path(r[cols.index("source_path")]).name: dict(zip(cols, r, strict=True))
        for r in rel.fetchall()
    }


def test_every_seed_becomes_one_article_and_nothing_is_rejected(dataset: Path) -> None:
    rows = _rows(dataset)
    assert sorted(rows) == sorted(EXPECTED)
    assert len({r["doc_id"] for r in rows.values()}) == 5
    assert not list((dataset / "rejects").glob("**/*.parquet")) or duckdb.sql(
        f"SELECT count(*) FROM read_parquet('{dataset}/rejects/**/*.parquet')"
    ).fetchone() == (0,)


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_metadata_and_body(dataset: Path, seed: str) -> None:
    row = _rows(dataset)[seed]
    want = EXPECTED[seed]
    for field in ("outlet", "outlet_domain", "title", "published_at_local", "published_at_source",
                  "authors", "editor_initials", "agencies", "photo_credits", "dateline", "section"):  # fmt: skip
        assert row[field] == want[field], field
    paragraphs = row["text"].split("\n\n")
    assert len(paragraphs) == want["paragraphs"]
    assert paragraphs[0].startswith(want["first"])
    assert paragraphs[-1].startswith(want["last"])
    for phrase in BOILERPLATE_STARTS:
        assert not any(p.startswith(phrase) for p in paragraphs), phrase
    for phrase in BOILERPLATE_ANYWHERE:
        assert phrase not in row["text"], phrase
    assert row["language"] == "id"
    assert row["word_count"] == len(row["text"].split())
    assert row["schema_version"] and row["run_id"]
    if want["published_at_local"]:
        assert row["published_month"] == want["published_at_local"][:7]
        assert row["published_at"] is not None


def test_run_report_is_written(dataset: Path) -> None:
    reports = list((dataset / "_runs").glob("*.json"))
    assert len(reports) == 1
    text = reports[0].read_text()
    assert '"articles": 5' in text and '"documents": 5' in text
