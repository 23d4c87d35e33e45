"""Plain files: ``.txt`` page dumps and ``.html``/``.htm`` pages, each optionally ``.gz``."""

from __future__ import annotations

import gzip
import hashlib
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from etl.document import RawDocument
from etl.errors import StageError
from etl.readers.archives import read_jsonl, read_warc

#: Inputs larger than this (after decompression) are rejected, not read.
MAX_INPUT_BYTES = 20 * 1024 * 1024

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
ARCHIVE_SUFFIXES = {".warc", ".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | ARCHIVE_SUFFIXES


@dataclass(frozen=True)
class InputFile:
    """One file to read, and the root it was found under (for stable relative paths)."""

    path: str
    root: str
    size: int = 0
    mtime: float = 0.0

    @property
    def relative_path(self) -> str:
        rel = (
            os.path.relpath(self.path, self.root)
            if self.root != self.path
            else os.path.basename(self.path)
        )
        return rel.replace(os.sep, "/")


def _inner_suffix(path: str) -> str:
    p = Path(path.lower())
    if p.suffix == ".gz":
        return Path(p.stem).suffix
    return p.suffix


def is_input(path: str) -> bool:
    return _inner_suffix(path) in KNOWN_SUFFIXES


def discover(sources: Iterable[str]) -> list[InputFile]:
    """All input files under the given files and folders (recursive), sorted, no duplicates.

    A file named explicitly is taken whatever its suffix; in folders only known suffixes are
    taken and hidden files and folders are skipped. A missing source raises FileNotFoundError.
    """
    found: dict[str, InputFile] = {}
    for source in sources:
        src = os.path.abspath(source)
        if os.path.isfile(src):
            st = os.stat(src)
            found.setdefault(src, InputFile(src, os.path.dirname(src), st.st_size, st.st_mtime))
        elif os.path.isdir(src):
            for dirpath, dirnames, filenames in os.walk(src):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "_")))
                for name in sorted(filenames):
                    if name.startswith(".") or not is_input(name):
                        continue
                    full = os.path.join(dirpath, name)
                    st = os.stat(full)
                    found.setdefault(full, InputFile(full, src, st.st_size, st.st_mtime))
        else:
            raise FileNotFoundError(f"input not found: {source}")
    return [found[k] for k in sorted(found)]


def sniff_format(path: str, head: bytes) -> str:
    """'html' or 'text', by suffix, or by content for unknown suffixes."""
    suffix = _inner_suffix(path)
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    sample = head[:2048].lstrip().lower()
    if sample.startswith((b"<!doctype html", b"<html")) or b"<body" in sample or b"<head" in sample:
        return "html"
    return "text"


def _read_bytes(path: str, max_bytes: int) -> bytes:
    try:
        with open(path, "rb") as fh:
            if path.lower().endswith(".gz"):
                try:
                    with gzip.GzipFile(fileobj=fh) as gz:
                        data = gz.read(max_bytes + 1)
                except (OSError, EOFError, zlib.error) as exc:
                    raise StageError(
                        "read", "bad_gzip", f"cannot decompress {os.path.basename(path)}: {exc}"
                    ) from exc
            else:
                data = fh.read(max_bytes + 1)
    except StageError:
        raise
    except OSError as exc:
        raise StageError(
            "read", "unreadable", f"cannot read {path}: {exc.strerror or exc}"
        ) from exc
    if len(data) > max_bytes:
        raise StageError(
            "read",
            "too_large",
            f"input is larger than {max_bytes // (1024 * 1024)} MiB; split it or raise the limit",
        )
    return data


def read_input(item: InputFile, max_bytes: int = MAX_INPUT_BYTES) -> Iterator[RawDocument]:
    """Yield the RawDocuments of one input file: one for a plain page, one per page of an archive."""
    suffix = _inner_suffix(item.path)
    if suffix == ".warc":
        yield from read_warc(item.path, item.relative_path, max_bytes)
        return
    if suffix in (".jsonl", ".ndjson"):
        yield from read_jsonl(item.path, item.relative_path, max_bytes)
        return
    data = _read_bytes(item.path, max_bytes)
    yield RawDocument(
        source_path=item.path,
        data=data,
        format=sniff_format(item.path, data[:4096]),
        relative_path=item.relative_path,
        size_bytes=len(data),
    )


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
