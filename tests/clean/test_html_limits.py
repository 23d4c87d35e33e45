"""The size cap and the time limit on HTML extraction: a page over either becomes a Reject."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from etl.clean.html import extract_guarded
from etl.document import RawDocument
from etl.errors import StageError
from etl.pipeline import RunContext, process
from schemas import Article, Reject

DEV = Path(__file__).resolve().parents[1] / "fixtures" / "dev_pages"


def _wide_page(blocks: int) -> str:
    """Thousands of sibling blocks: trafilatura's scoring is slow on these."""
    rows = "".join(
        f"<div class='c{i}'><p>Kalimat nomor {i} yang cukup panjang untuk dihitung sebagai"
        f" teks berita.</p><a href='/x{i}'>tautan {i}</a></div>"
        for i in range(blocks)
    )
    return f"<html><head><title>Uji</title></head><body>{rows}</body></html>"


def _raw(html: str, name: str) -> RawDocument:
    data = html.encode("utf-8")
    return RawDocument(name, data, "html", name, size_bytes=len(data))


def test_slow_page_is_a_timeout_reject_within_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BERITA_HTML_TIMEOUT_S", "1")
    page = _wide_page(12000)
    started = time.perf_counter()
    result = process(_raw(page, "slow.html"), RunContext(run_id="t"))
    elapsed = time.perf_counter() - started
    assert isinstance(result, Reject)
    assert (result.stage, result.reason) == ("clean", "timeout")
    assert "1 s limit" in result.detail
    assert elapsed < 6  # parse for metadata + 1 s limit, not the minutes the page would take


def test_worker_recovers_after_a_timeout() -> None:
    with pytest.raises(StageError) as err:
        extract_guarded(_wide_page(12000), timeout_s=0.5)
    assert err.value.reason == "timeout"
    html = (DEV / "okezone_1.html").read_text("utf-8", "replace")
    extracted = extract_guarded(html, timeout_s=30)
    assert len(extracted.text.split()) > 100


def test_huge_page_is_a_too_large_reject(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BERITA_HTML_MAX_BYTES", "200000")
    result = process(_raw(_wide_page(3000), "huge.html"), RunContext(run_id="t"))
    assert isinstance(result, Reject)
    assert (result.stage, result.reason) == ("clean", "too_large")
    assert "200000-byte cap" in result.detail


def test_size_cap_counts_bytes_not_characters() -> None:
    page = "<html><body><p>" + "é" * 60_000 + "</p></body></html>"  # 60k chars, 120k bytes
    with pytest.raises(StageError) as err:
        extract_guarded(page, max_bytes=100_000)
    assert err.value.reason == "too_large"


def test_normal_page_through_the_worker_matches_in_process() -> None:
    html = (DEV / "viva_1.html").read_text("utf-8", "replace")
    in_worker = extract_guarded(html, timeout_s=30)
    in_process = extract_guarded(html, timeout_s=0)
    assert in_worker == in_process
    result = process(_raw(html, "viva_1.html"), RunContext(run_id="t"))
    assert isinstance(result, Article)
