"""Decoding: BOMs, declared charsets, detectors, mojibake, whitespace."""

from __future__ import annotations

import codecs

import pytest

from etl.decode import declared_charset, decode, normalize_text, to_unicode
from etl.errors import StageError

PARAGRAPH = "Presiden Joko Widodo meresmikan jembatan baru di Surabaya pada Senin (12/4/2021), kata juru bicara."


def test_utf8_passes_through() -> None:
    text, enc = to_unicode(PARAGRAPH.encode("utf-8"))
    assert (text, enc) == (PARAGRAPH, "utf-8")


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_bom_decides_the_encoding(bom: bytes, encoding: str) -> None:
    text, enc = to_unicode(bom + PARAGRAPH.encode(encoding))
    assert text == PARAGRAPH
    assert enc == encoding


def test_utf16_without_bom_is_not_called_binary() -> None:
    data = ("Jakarta - " + PARAGRAPH * 3).encode("utf-16-le")
    text, _ = to_unicode(data)
    assert "Surabaya" in text


def test_declared_charset_is_used_for_legacy_pages() -> None:
    page = '<html><head><meta charset="windows-1252"></head><body><p>Caf\u00e9 “kopi” enak</p></body></html>'
    data = page.encode("cp1252")
    assert declared_charset(data) == "cp1252"
    assert "Café “kopi”" in decode(data, "html")


def test_detector_handles_undeclared_latin1_text() -> None:
    data = ("Résumé rapat: " + PARAGRAPH + " Kafé di Bandung ramai. ").encode("latin-1") * 5
    assert "Résumé" in decode(data, "text")


def test_mojibake_is_repaired_and_quotes_straightened() -> None:
    broken = "â€œKetiganya akan bertemu,â€\x9d papar Kremlin.".encode()
    assert decode(broken) == '"Ketiganya akan bertemu," papar Kremlin.'


def test_whitespace_is_normalized_line_by_line() -> None:
    text = normalize_text("  Baca\u00a0Juga :\u00a0 Berita   lain\r\n\r\n\tParagraf\u200b dua  ")
    assert text == "Baca Juga : Berita lain\n\nParagraf dua"


def test_nfc_composes_decomposed_characters() -> None:
    assert normalize_text("Cafe\u0301") == "Caf\u00e9"


@pytest.mark.parametrize("data", [b"", b"   \n\t  ", b"\xef\xbb\xbf"])
def test_empty_input_is_an_error_with_a_reason(data: bytes) -> None:
    with pytest.raises(StageError) as err:
        decode(data)
    assert err.value.reason == "empty"


def test_binary_input_is_refused() -> None:
    png = (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"
        + bytes(range(256)) * 20
    )
    with pytest.raises(StageError) as err:
        decode(png)
    assert err.value.reason == "binary"
