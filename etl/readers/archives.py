"""Crawl archives: WARC files (``.warc``, ``.warc.gz``) and JSON Lines (``.jsonl``, ``.jsonl.gz``).

Each page in an archive becomes one RawDocument with ``source_path`` ``<file>#<n>`` (n counts
pages from 1). A page that cannot be used (bad JSON, not HTML, an HTTP error, too large) still
yields a RawDocument carrying the error, so it becomes a Reject and the count stays whole.
WARC ``request``, ``metadata`` and ``warcinfo`` records are not pages and are skipped.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from datetime import datetime
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from etl.document import RawDocument
from etl.errors import StageError

HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)


def _parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _doc(
    path: str,
    rel: str,
    n: int,
    data: bytes,
    fmt: str,
    container: str,
    url: str | None = None,
    fetched_at: datetime | None = None,
    error: StageError | None = None,
) -> RawDocument:
    return RawDocument(
        source_path=f"{path}#{n}",
        data=data,
        format=fmt,
        relative_path=f"{rel}#{n}",
        container=container,
        url=url,
        fetched_at=fetched_at,
        size_bytes=len(data),
        error=(error.stage, error.reason, error.detail) if error else None,
    )


def _open(path: str) -> IO[bytes]:
    if path.lower().endswith(".gz") and not path.lower().endswith(".warc.gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def read_warc(path: str, rel: str, max_bytes: int) -> Iterator[RawDocument]:
    """Pages of a WARC file: ``response`` and ``resource`` records."""
    n = 0
    with open(path, "rb") as fh:
        try:
            for record in ArchiveIterator(fh):
                if record.rec_type not in ("response", "resource"):
                    continue
                n += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                fetched = _parse_time(record.rec_headers.get_header("WARC-Date"))
                status = record.http_headers.get_statuscode() if record.http_headers else "200"
                ctype = (
                    record.http_headers.get_header("Content-Type")
                    if record.http_headers
                    else record.rec_headers.get_header("Content-Type")
                ) or ""
                data = record.content_stream().read(max_bytes + 1)
                error = None
                if status and not str(status).startswith("2"):
                    error = StageError(
                        "read", "http_status", f"the crawler got HTTP {status} for {url}"
                    )
                elif len(data) > max_bytes:
                    error = StageError(
                        "read", "too_large", f"page is larger than {max_bytes // (1024 * 1024)} MiB"
                    )
                    data = b""
                elif ctype and not ctype.lower().startswith(HTML_TYPES + TEXT_TYPES):
                    error = StageError(
                        "read", "unsupported_content_type", f"{ctype.split(';')[0]} is not a page"
                    )
                fmt = "text" if ctype.lower().startswith(TEXT_TYPES) else "html"
                yield _doc(path, rel, n, data, fmt, "warc", url, fetched, error)
        except ArchiveLoadFailed as exc:
            raise StageError(
                "read", "bad_warc", f"the archive is damaged after {n} pages: {exc}"
            ) from exc


def read_jsonl(path: str, rel: str, max_bytes: int) -> Iterator[RawDocument]:
    """Pages of a JSON Lines file: one object a line with ``html`` or ``text`` and optional
    ``url`` and ``fetched_at``."""
    with _open(path) as fh:
        try:
            for n, line in enumerate(fh, start=1):
                if not line.strip():
                    n -= 1
                    continue
                try:
                    obj = json.loads(line)
                except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                    err = StageError("read", "bad_json", f"line is not valid JSON: {exc}")
                    yield _doc(path, rel, n, line, "text", "jsonl", error=err)
                    continue
                if not isinstance(obj, dict):
                    err = StageError("read", "bad_json", "line is not a JSON object")
                    yield _doc(path, rel, n, line, "text", "jsonl", error=err)
                    continue
                url = obj.get("url") if isinstance(obj.get("url"), str) else None
                fetched = _parse_time(obj.get("fetched_at") or obj.get("date"))
                body = obj.get("html")
                fmt = "html"
                if not isinstance(body, str):
                    body, fmt = obj.get("text") or obj.get("content"), "text"
                if not isinstance(body, str):
                    err = StageError(
                        "read", "no_content", "the object has no 'html' or 'text' string"
                    )
                    yield _doc(path, rel, n, line, "text", "jsonl", url, fetched, err)
                    continue
                data = body.encode("utf-8")
                if len(data) > max_bytes:
                    err = StageError(
                        "read", "too_large", f"page is larger than {max_bytes // (1024 * 1024)} MiB"
                    )
                    yield _doc(path, rel, n, b"", fmt, "jsonl", url, fetched, err)
                    continue
                yield _doc(path, rel, n, data, fmt, "jsonl", url, fetched)
        except (OSError, EOFError) as exc:
            raise StageError("read", "bad_gzip", f"cannot decompress {path}: {exc}") from exc
