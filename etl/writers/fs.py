"""One filesystem abstraction for every output: fsspec (local folders, ``s3://``, ``gs://``, ...).

A pyarrow filesystem is accepted too and wrapped, so the rest of the code sees one interface.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from typing import Any

import fsspec
from fsspec.implementations.local import LocalFileSystem


def resolve(output: str, filesystem: Any = None) -> tuple[Any, str]:
    """(fsspec filesystem, root path inside it) for an output URL or folder."""
    if filesystem is not None:
        try:
            import pyarrow.fs as pafs

            if isinstance(filesystem, pafs.FileSystem):
                from fsspec.implementations.arrow import ArrowFSWrapper

                filesystem = ArrowFSWrapper(filesystem)
        except ImportError:  # pragma: no cover
            pass
        root = output.split("://", 1)[1] if "://" in output else output
        if is_local(filesystem):
            root = os.path.abspath(root)
        return filesystem, root.rstrip("/")
    if "://" not in output:
        return fsspec.filesystem("file"), os.path.abspath(output)
    fs, root = fsspec.core.url_to_fs(output)
    return fs, str(root).rstrip("/")


def is_local(fs: Any) -> bool:
    return isinstance(fs, LocalFileSystem)


def join(*parts: str) -> str:
    return "/".join(p.strip("/") if i else p.rstrip("/") for i, p in enumerate(parts) if p)


def atomic_write(fs: Any, path: str, data: bytes) -> None:
    """Write ``data`` so that ``path`` holds either nothing (or its old content) or all of it.

    Locally: a temporary name in the same folder, fsync, then rename. On object stores a single
    PUT is already atomic.
    """
    if is_local(fs):
        folder = os.path.dirname(path)
        os.makedirs(folder, exist_ok=True)
        tmp = os.path.join(folder, f".{os.path.basename(path)}.{secrets.token_hex(4)}.tmp")
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        return
    with fs.open(path, "wb") as fh:
        fh.write(data)


def move(fs: Any, src: str, dst: str) -> None:
    """Move one complete file into place (a rename locally, copy-then-delete on object stores)."""
    if is_local(fs):
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        os.replace(src, dst)
        return
    fs.mv(src, dst)


def remove(fs: Any, path: str, recursive: bool = False) -> None:
    with contextlib.suppress(FileNotFoundError):
        fs.rm(path, recursive=recursive)


def find(fs: Any, path: str) -> list[str]:
    """Every file under ``path`` (none when it does not exist)."""
    fs.invalidate_cache(path)
    try:
        return sorted(str(p) for p in fs.find(path))
    except FileNotFoundError:
        return []
