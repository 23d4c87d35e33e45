"""Crawl archives: every page of a WARC or JSONL file is one document, bad ones become rejects."""

from __future__ import annotations

import gzip
import json
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from etl.pipeline import RunContext, process_inputs
from etl.readers import discover, read_input
from schemas import Article, Reject

PAGE = """<html><head><title>Harga Beras Naik di Pasar Induk - Contoh News</title>
<link rel="canonical" href="https://www.contoh-news.id/ekonomi/2024/03/05/harga-beras-naik"></head>
<body><nav><a href="/">Beranda</a> <a href="/ekonomi">Ekonomi</a></nav>
<article><h1>Harga Beras Naik di Pasar Induk</h1>
<p>JAKARTA - Harga beras medium di Pasar Induk Beras Cipinang naik menjadi Rp 14.000 per kilogram
pada Selasa pagi, menurut para pedagang yang ditemui di lokasi.</p>
<p>Kenaikan itu terjadi karena pasokan dari daerah sentra produksi di Jawa Tengah dan Jawa Timur
berkurang setelah musim hujan yang panjang, kata seorang pedagang.</p>
<p>Baca juga: Pemerintah Siapkan Operasi Pasar</p>
<p>Pemerintah berencana menggelar operasi pasar di sejumlah wilayah untuk menahan laju kenaikan
harga menjelang bulan Ramadhan tahun ini.</p></article>
<footer>Copyright 2024 Contoh News. All rights reserved.</footer></body></html>"""


def _record(
    writer: WARCWriter,
    url: str,
    body: bytes,
    status: str = "200 OK",
    ctype: str = "text/html; charset=utf-8",
) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers)
    )


def make_warc(path: Path) -> None:
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(
            writer.create_warc_record(
                "https://www.contoh-news.id/", "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n")
            )
        )
        _record(
            writer, "https://www.contoh-news.id/ekonomi/2024/03/05/harga-beras-naik", PAGE.encode()
        )
        _record(
            writer,
            "https://www.contoh-news.id/hilang",
            b"<html>Not found</html>",
            status="404 Not Found",
        )
        _record(writer, "https://www.contoh-news.id/logo.png", b"\x89PNG\r\n", ctype="image/png")


def test_warc_pages_become_articles_and_rejects(tmp_path: Path) -> None:
    make_warc(tmp_path / "crawl.warc.gz")
    items = discover([str(tmp_path)])
    assert [i.relative_path for i in items] == ["crawl.warc.gz"]
    docs = list(read_input(items[0]))
    assert [d.source_path.rsplit("#", 1)[1] for d in docs] == ["1", "2", "3"]
    results = process_inputs(items, RunContext(run_id="w"))
    assert len(results) == 3
    article, not_found, image = results
    assert isinstance(article, Article)
    assert article.source_format == "warc"
    assert article.url == "https://www.contoh-news.id/ekonomi/2024/03/05/harga-beras-naik"
    assert article.title == "Harga Beras Naik di Pasar Induk"
    assert "Baca juga" not in article.text and article.text.startswith("JAKARTA - Harga beras")
    assert isinstance(not_found, Reject) and not_found.reason == "http_status"
    assert isinstance(image, Reject) and image.reason == "unsupported_content_type"
    assert not_found.source_path.endswith("crawl.warc.gz#2")


def test_damaged_warc_keeps_the_pages_before_the_damage(tmp_path: Path) -> None:
    good = tmp_path / "good.warc.gz"
    make_warc(good)
    data = good.read_bytes()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "cut.warc").write_bytes(
        gzip.decompress(data)[: len(gzip.decompress(data)) - 200] + b"garbage"
    )
    results = process_inputs(discover([str(tmp_path / "in")]), RunContext(run_id="w"))
    assert isinstance(results[0], Article)
    assert any(isinstance(r, Reject) and r.stage == "read" for r in results)


def test_jsonl_lines_are_pages_and_bad_lines_are_rejects(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "url": "https://www.contoh-news.id/ekonomi/2024/03/05/harga-beras-naik",
                "html": PAGE,
                "fetched_at": "2024-03-05T02:00:00Z",
            }
        ),
        "{not json",
        json.dumps({"url": "https://www.contoh-news.id/x", "title": "no body"}),
        "",
        json.dumps(["a list"]),
    ]
    path = tmp_path / "pages.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(lines).encode()))
    results = process_inputs(discover([str(tmp_path)]), RunContext(run_id="j"))
    assert [type(r).__name__ for r in results] == ["Article", "Reject", "Reject", "Reject"]
    assert [r.reason for r in results if isinstance(r, Reject)] == [
        "bad_json",
        "no_content",
        "bad_json",
    ]
    article = results[0]
    assert isinstance(article, Article) and article.source_format == "jsonl"
    assert article.source_path.endswith("pages.jsonl.gz#1")
