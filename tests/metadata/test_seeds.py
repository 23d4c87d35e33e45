"""The five seed dumps: every metadata field pinned to what a careful reader finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.document import Metadata, RawDocument
from etl.pipeline import analyze

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

EXPECTED: dict[str, dict[str, object]] = {
    "000_fcbd1ae74b7d9eb7.txt": {
        "outlet": "Kompas.com",
        "outlet_domain": "kompas.com",
        "title": None,
        "published": "2021-11-20T10:27:00+07:00",
        "authors": [],
        "editor_initials": [],
        "agencies": ["Reuters"],
        "photo_credits": ["AFP PHOTO/KAREN MINASYAN"],
        "dateline": "Brussel",
        "section": None,
    },
    "001_fdfeb7a981613f0f.txt": {
        "outlet": "Kompas.com",
        "outlet_domain": "kompas.com",
        "title": "Azerbaijan-Armenia Akan Berunding di Moskwa, Bicarakan Gencatan Senjata",
        "published": "2020-10-09T19:44:00+07:00",
        "authors": ["Aditya Jaya Iswara"],
        "editor_initials": [],
        "agencies": ["AFP"],
        "photo_credits": [],
        "dateline": "Moskwa",
        "section": None,
    },
    "002_c7cea75aa3edd05e.txt": {
        "outlet": "SINDOnews",
        "outlet_domain": "sindonews.com",
        "title": "Perang Baru Berkecamuk, Putin Undang Pemimpin Armenia dan Azerbaijan",
        "published": "2021-11-24T06:29:00+07:00",
        "authors": [],
        "editor_initials": ["sya"],
        "agencies": [],
        "photo_credits": ["Foto/REUTERS"],
        "dateline": "Moskow",
        "section": None,
    },
    "003_c7cbf4fd7dbb4ac1.txt": {
        "outlet": "Channel9.id",
        "outlet_domain": "channel9.id",
        "title": "Armenia dan Azerbaijan Umumkan Gencatan Senjata di Daerah Perbatasan",
        # the page prints no date of its own: the lead's 'Rabu (17/11/2021)' dates it to the day
        "published": "2021-11-17T00:00:00+07:00",
        "published_source": "inferred",
        "authors": [],
        "editor_initials": ["rag"],
        "agencies": [],
        "photo_credits": [],
        "dateline": "Armenia",
        "section": "Internasional",
    },
    "004_3814e48b976ab4c4.txt": {
        "outlet": "LancangKuning",
        "outlet_domain": "lancangkuning.com",
        "title": "Armenia dan Azerbaijan Akan Bertemu Terpisah dengan Menlu AS",
        "published": None,
        "authors": [],
        "editor_initials": ["evn"],
        "agencies": ["AFP"],
        "photo_credits": [],
        "dateline": None,
        "section": None,
    },
}


@pytest.fixture(scope="module")
def seed_meta() -> dict[str, Metadata]:
    out = {}
    for name in EXPECTED:
        path = SEEDS / name
        raw = RawDocument(
            source_path=str(path), data=path.read_bytes(), format="text", relative_path=name
        )
        out[name] = analyze(raw).meta.meta
    return out


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_metadata(name: str, seed_meta: dict[str, Metadata]) -> None:
    meta = seed_meta[name]
    want = EXPECTED[name]
    published = meta.published_at.isoformat() if meta.published_at else None
    got = {
        "outlet": meta.outlet,
        "outlet_domain": meta.outlet_domain,
        "title": meta.title,
        "published": published,
        "authors": meta.authors,
        "editor_initials": meta.editor_initials,
        "agencies": meta.agencies,
        "photo_credits": meta.photo_credits,
        "dateline": meta.dateline,
        "section": meta.section,
    }
    if "published_source" in want:
        got["published_source"] = meta.published_at_source
    assert got == want


def test_seed_001_editor_is_not_an_author(seed_meta: dict[str, Metadata]) -> None:
    meta = seed_meta["001_fdfeb7a981613f0f.txt"]
    assert "Kompas.com" not in meta.authors
    assert meta.published_at_source == "page"
