"""The dataset manifest: what every input produced and where each row lives.

Stored as versioned Parquet tables under ``OUT/_manifest/``::

    _manifest/v00000042/inputs.parquet   one row per input: path, size, mtime, sha256, doc_ids, run_id
    _manifest/v00000042/rows.parquet     one row per dataset row: dataset, key, input, file
    _manifest/v00000042/files.parquet    one row per live data file: path, dataset, rows, bytes, ...
    _manifest/v00000042.json             the commit marker, written last

A version exists once its marker exists; the current version is the highest one. Data files not
listed in the current version are leftovers of a run that did not commit, or files a committed
run replaced, and are deleted by the next run.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from etl.writers.fs import atomic_write, find, join, remove

MANIFEST_DIR = "_manifest"
KEEP_VERSIONS = 5
_MARKER = re.compile(r"v(\d{8})\.json$")


@dataclass
class InputEntry:
    path: str
    size: int
    mtime: float
    sha256: str | None
    run_id: str


@dataclass
class RowEntry:
    dataset: str  # 'articles' (key: doc_id) or 'rejects' (key: source_path)
    key: str
    input: str
    file: str


@dataclass
class FileEntry:
    path: str  # relative to the dataset root
    dataset: str
    rows: int
    bytes: int
    run_id: str
    schema_version: str


_INPUTS = pa.schema(
    [
        ("path", pa.string()),
        ("size", pa.int64()),
        ("mtime", pa.float64()),
        ("sha256", pa.string()),
        ("doc_ids", pa.list_(pa.string())),
        ("run_id", pa.string()),
    ]
)
_ROWS = pa.schema(
    [("dataset", pa.string()), ("key", pa.string()), ("input", pa.string()), ("file", pa.string())]
)
_FILES = pa.schema(
    [
        ("path", pa.string()),
        ("dataset", pa.string()),
        ("rows", pa.int64()),
        ("bytes", pa.int64()),
        ("run_id", pa.string()),
        ("schema_version", pa.string()),
    ]
)


@dataclass
class Manifest:
    version: int = 0
    run_id: str | None = None
    inputs: dict[str, InputEntry] = field(default_factory=dict)
    rows: dict[tuple[str, str], RowEntry] = field(default_factory=dict)
    files: dict[str, FileEntry] = field(default_factory=dict)

    def doc_ids(self) -> dict[str, list[str]]:
        """Input path -> the doc_ids whose current row came from it."""
        out: dict[str, list[str]] = {}
        for r in self.rows.values():
            if r.dataset == "articles":
                out.setdefault(r.input, []).append(r.key)
        return out

    def save(self, fs: Any, root: str) -> None:
        """Write this manifest as version ``self.version``; the marker goes last."""
        folder = join(root, MANIFEST_DIR, f"v{self.version:08d}")
        docs = self.doc_ids()
        inputs = pa.Table.from_pylist(
            [
                {**asdict(e), "doc_ids": sorted(docs.get(e.path, []))}
                for e in sorted(self.inputs.values(), key=lambda e: e.path)
            ],
            schema=_INPUTS,
        )
        rows = pa.Table.from_pylist([asdict(r) for _, r in sorted(self.rows.items())], schema=_ROWS)
        files = pa.Table.from_pylist(
            [asdict(f) for _, f in sorted(self.files.items())], schema=_FILES
        )
        for name, table in (("inputs", inputs), ("rows", rows), ("files", files)):
            sink = pa.BufferOutputStream()
            pq.write_table(table, sink, compression="zstd")
            atomic_write(fs, join(folder, f"{name}.parquet"), sink.getvalue().to_pybytes())
        marker = {
            "version": self.version,
            "run_id": self.run_id,
            "committed_at": datetime.now(UTC).isoformat(),
            "inputs": len(self.inputs),
            "articles": sum(1 for r in self.rows.values() if r.dataset == "articles"),
            "rejects": sum(1 for r in self.rows.values() if r.dataset == "rejects"),
            "files": len(self.files),
        }
        atomic_write(
            fs, join(root, MANIFEST_DIR, f"v{self.version:08d}.json"), json.dumps(marker).encode()
        )

    @staticmethod
    def versions(fs: Any, root: str) -> list[int]:
        found = []
        for p in find(fs, join(root, MANIFEST_DIR)):
            m = _MARKER.search(p)
            if m and "/" not in p[len(join(root, MANIFEST_DIR)) + 1 :]:
                found.append(int(m.group(1)))
        return sorted(found)

    @classmethod
    def load(cls, fs: Any, root: str) -> Manifest | None:
        """The current manifest, or None when the dataset has none yet."""
        versions = cls.versions(fs, root)
        if not versions:
            return None
        version = versions[-1]
        folder = join(root, MANIFEST_DIR, f"v{version:08d}")
        marker = json.loads(fs.cat_file(join(root, MANIFEST_DIR, f"v{version:08d}.json")))
        tables = {
            name: pq.read_table(join(folder, f"{name}.parquet"), filesystem=fs).to_pylist()
            for name in ("inputs", "rows", "files")
        }
        m = cls(version=version, run_id=marker.get("run_id"))
        for d in tables["inputs"]:
            d.pop("doc_ids", None)
            m.inputs[d["path"]] = InputEntry(**d)
        for d in tables["rows"]:
            m.rows[(d["dataset"], d["key"])] = RowEntry(**d)
        for d in tables["files"]:
            m.files[d["path"]] = FileEntry(**d)
        return m

    @classmethod
    def prune(cls, fs: Any, root: str, keep: int = KEEP_VERSIONS) -> None:
        """Delete old versions and versions that never got their marker (call under the lock)."""
        versions = cls.versions(fs, root)
        keep_set = set(versions[-keep:])
        base = join(root, MANIFEST_DIR)
        seen: set[str] = set()
        for p in find(fs, base):
            rel = p[len(base) + 1 :]
            name = rel.split("/", 1)[0]
            m = re.match(r"v(\d{8})", name)
            if not m or name in seen:
                continue
            v = int(m.group(1))
            if v in keep_set:
                continue
            seen.add(name)
            remove(fs, join(base, name), recursive=not name.endswith(".json"))
