"""The pipeline: every input becomes exactly one article or one reject with a reason."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from etl.pipeline import RunContext, process_inputs
from etl.readers import discover
from schemas import Article, Reject

ARTICLE = (
    "Bencana Banjir Rendam Ratusan Rumah di Bekasi\n\n"
    "Kompas.com - 02/01/2024, 08:15 WIB\n\n"
    "BEKASI, KOMPAS.com - Banjir merendam ratusan rumah warga di Kecamatan Bekasi Timur sejak Senin "
    "(1/1/2024) malam setelah hujan deras mengguyur wilayah itu selama beberapa jam.\n\n"
    "Baca juga: Curah Hujan Tinggi, BMKG Minta Warga Waspada\n\n"
    "Kepala BPBD Kota Bekasi mengatakan, petugas sudah mengevakuasi warga lanjut usia dan anak-anak "
    "ke tempat pengungsian sementara di masjid terdekat.\n\n"
    "Komentar\n"
)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


@pytest.fixture
def messy_inputs(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    _write(root / "good.txt", ARTICLE.encode())
    _write(root / "good_latin1.txt", ARTICLE.replace("masjid", "Café").encode("cp1252"))
    _write(root / "good.txt.gz", gzip.compress(ARTICLE.encode("utf-16")))
    _write(root / "empty.txt", b"")
    _write(root / "binary.txt", b"\x00\x01\x02\xff" * 300)
    _write(root / "truncated.html.gz", gzip.compress(b"<html>" + b"<p>isi</p>" * 400)[:30])
    _write(root / "menu_only.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
    _write(root / "broken.html", b"<html><body><p>Banjir merendam rumah \xff\xfe<div><<<</p>")
    _write(root / "short.txt", b"Hanya satu baris pendek.")
    return root


def test_every_input_is_accounted_for(messy_inputs: Path) -> None:
    items = discover([str(messy_inputs)])
    results = process_inputs(items, RunContext(run_id="t"))
    assert len(results) == len(items) == 9
    by_name = {Path(r.source_path).name: r for r in results}
    articles = {n for n, r in by_name.items() if isinstance(r, Article)}
    assert articles == {"good.txt", "good_latin1.txt", "good.txt.gz"}
    reasons = {n: (r.stage, r.reason) for n, r in by_name.items() if isinstance(r, Reject)}
    assert reasons["empty.txt"] == ("decode", "empty")
    assert reasons["binary.txt"] == ("decode", "binary")
    assert reasons["truncated.html.gz"] == ("read", "bad_gzip")
    assert reasons["short.txt"][1] == "no_body"
    assert reasons["menu_only.html"][1] == "no_body"
    assert reasons["broken.html"][0] in ("clean", "decode")
    for r in by_name.values():
        if isinstance(r, Reject):
            assert r.detail and r.run_id == "t"


def test_article_from_a_dump_has_body_metadata_and_counts(messy_inputs: Path) -> None:
    items = [i for i in discover([str(messy_inputs)]) if i.relative_path == "good.txt"]
    (article,) = process_inputs(items, RunContext(run_id="r1"))
    assert isinstance(article, Article)
    assert article.title == "Bencana Banjir Rendam Ratusan Rumah di Bekasi"
    assert article.outlet == "Kompas.com"
    assert article.published_at_local == "2024-01-02T08:15+07:00"
    assert article.published_at is not None and article.published_at.hour == 1
    assert article.dateline == "Bekasi"
    assert article.text.startswith("BEKASI, KOMPAS.com - Banjir")
    assert "Baca juga" not in article.text and "Komentar" not in article.text
    assert article.text.count("\n\n") == 1
    assert article.removed_lines == 4
    assert article.language == "id"
    assert article.published_month == "2024-01"
    assert article.word_count == len(article.text.split())


def test_same_input_gives_same_doc_id_and_content_hash(messy_inputs: Path) -> None:
    items = [i for i in discover([str(messy_inputs)]) if i.relative_path == "good.txt"]
    a = process_inputs(items, RunContext(run_id="r1"))[0]
    b = process_inputs(items, RunContext(run_id="r2"))[0]
    assert isinstance(a, Article) and isinstance(b, Article)
    assert (a.doc_id, a.content_sha256, a.text) == (b.doc_id, b.content_sha256, b.text)


def test_an_internal_error_costs_one_document_only(
    messy_inputs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import etl.pipeline as pipeline

    real = pipeline.detect_document

    def flaky(paragraphs: list[str], **kwargs):  # type: ignore[no-untyped-def]
        if any("Café" in p for p in paragraphs):
            raise RuntimeError("detector exploded")
        return real(paragraphs, **kwargs)

    monkeypatch.setattr(pipeline, "detect_document", flaky)
    items = [i for i in discover([str(messy_inputs)]) if i.relative_path.startswith("good")]
    results = process_inputs(items, RunContext(run_id="r"))
    kinds = sorted(type(r).__name__ for r in results)
    assert kinds == ["Article", "Article", "Reject"]
    (rej,) = [r for r in results if isinstance(r, Reject)]
    assert rej.reason == "internal_error" and "detector exploded" in rej.detail
