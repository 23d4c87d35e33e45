"""Bytes to clean Unicode text: BOM, declared charset, UTF-8, detector; ftfy; NFC; whitespace."""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer
import ftfy

from etl.errors import StageError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""", re.I)
# Unicode spaces that become a plain space, and invisible characters that go.
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u00ad]")
_RUNS = re.compile(r" {2,}")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML page declares in its first 4 KiB, if any."""
    head = data[:4096]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _utf16_guess(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NULs sit on every other byte (UTF-16 without a BOM)."""
    sample = data[:8192]
    half = len(sample) / 2
    if half < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192]


def to_unicode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes; return (text, encoding used). Raises StageError for empty or binary input."""
    if not data.strip():
        raise StageError("decode", "empty", "the input is empty or only whitespace")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(enc, errors="replace"), enc
    utf16 = _utf16_guess(data)
    if utf16:
        text = data.decode(utf16, errors="replace")
        sample = text[:4000]
        printable = sum(1 for ch in sample if ch.isprintable() or ch in "\n\r\t")
        if printable >= 0.95 * len(sample):
            return text, utf16
    if _looks_binary(data):
        raise StageError("decode", "binary", "the input is binary (NUL bytes), not text or HTML")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared and declared != "utf-8":
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise StageError("decode", "undecodable", "no character encoding fits these bytes")
    text = data.decode(best.encoding, errors="replace")
    if text.count("\ufffd") > max(10, len(text) // 100):
        raise StageError(
            "decode",
            "undecodable",
            f"decoding as {best.encoding} leaves too many broken characters",
        )
    return text, best.encoding


def normalize_text(text: str) -> str:
    """Repair mojibake, straighten quotes, NFC, and tidy whitespace line by line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = ftfy.fix_text(text, normalization="NFC")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    lines = [_RUNS.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return unicodedata.normalize("NFC", text).strip("\n")


def decode(data: bytes, fmt: str = "text") -> str:
    """Bytes of a page to normalized text (HTML keeps its markup; only its encoding is handled)."""
    declared = declared_charset(data) if fmt == "html" else None
    text, _ = to_unicode(data, declared)
    if fmt == "html":
        # Markup stays as it is: the HTML cleaner normalizes the text it extracts.
        return text.replace("\r\n", "\n")
    text = normalize_text(text)
    if not text.strip():
        raise StageError("decode", "empty", "the input has no visible text")
    return text
