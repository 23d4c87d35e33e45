"""HTML pages: trafilatura finds the article, then the line filter takes out what it let through.

trafilatura has no time limit of its own, and a huge or pathological page can hang it or eat the
machine's memory. So pages over a size cap are refused before any parsing, and extraction runs
in a worker process that is killed when a page takes longer than the time limit. The worker is
started once (per thread) and reused, so a normal page pays only for sending its text over a
pipe. Both limits raise ``StageError("clean", "too_large" | "timeout", ...)``, which the
pipeline turns into a Reject row.

Limits: ``BERITA_HTML_TIMEOUT_S`` (seconds, default 20; 0 runs in-process without a limit)
and ``BERITA_HTML_MAX_BYTES`` (default 5 MB of decoded text).
"""

from __future__ import annotations

import os
import pickle
import select
import struct
import subprocess
import sys
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any, Literal

import trafilatura

from etl.decode import normalize_text
from etl.errors import StageError

#: trafilatura modes: "precision" (favor_precision), "balanced" (defaults), "recall".
Mode = Literal["precision", "balanced", "recall"]

#: Chosen by measurement (scripts/eval_cleaning.py, docs/quality-cleaning.md).
DEFAULT_MODE: Mode = "precision"
DEFAULT_TIMEOUT_S = 20.0
DEFAULT_MAX_BYTES = 5_000_000


@dataclass
class Extracted:
    text: str
    title: str | None
    author: str | None
    date: str | None
    sitename: str | None
    url: str | None
    categories: list[str]


def limits() -> tuple[float, int]:
    """(time limit in seconds, size cap in bytes) from the environment or the defaults."""
    timeout = float(os.environ.get("BERITA_HTML_TIMEOUT_S", DEFAULT_TIMEOUT_S))
    max_bytes = int(os.environ.get("BERITA_HTML_MAX_BYTES", DEFAULT_MAX_BYTES))
    return timeout, max_bytes


def check_size(html: str, max_bytes: int | None = None) -> None:
    """Refuse a page over the size cap before anything parses it."""
    cap = limits()[1] if max_bytes is None else max_bytes
    if cap <= 0:
        return
    # A character is at least one byte: only measure bytes when the count of characters fits.
    size = len(html) if len(html) > cap else len(html.encode("utf-8", "replace"))
    if size > cap:
        raise StageError(
            "clean",
            "too_large",
            f"the page has {size} bytes of HTML, over the {cap}-byte cap for extraction",
        )


def extract(tree_or_html: Any, url: str | None = None, mode: Mode = DEFAULT_MODE) -> Extracted:
    """Main text of a page with trafilatura, normalized like a text dump (in this process)."""
    try:
        doc = trafilatura.bare_extraction(
            tree_or_html,
            url=url,
            favor_precision=mode == "precision",
            favor_recall=mode == "recall",
            include_comments=False,
            include_tables=False,
            include_images=False,
            with_metadata=True,
            deduplicate=False,
        )
    except Exception as exc:  # trafilatura raises many kinds on malformed markup
        raise StageError(
            "clean", "extract_failed", f"trafilatura could not parse the page: {exc}"
        ) from exc
    if doc is None or isinstance(doc, dict) or not (doc.text or "").strip():
        raise StageError("clean", "no_body", "trafilatura found no article text on the page")
    return Extracted(
        text=normalize_text(doc.text or ""),
        title=doc.title,
        author=doc.author,
        date=doc.date,
        sitename=doc.sitename,
        url=doc.url,
        categories=list(doc.categories or []),
    )


def _send(stream: IO[bytes], obj: object) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack("<Q", len(data)) + data)
    stream.flush()


def _recv(stream: IO[bytes]) -> Any:
    head = stream.read(8)
    if len(head) < 8:
        raise EOFError("the stream ended")
    (size,) = struct.unpack("<Q", head)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("the stream ended")
    return pickle.loads(data)


def serve(stdin: IO[bytes], stdout: IO[bytes]) -> None:
    """The worker's loop: (html, url, mode) in, ("ok", fields) or ("error", ...) out."""
    while True:
        try:
            html, url, mode = _recv(stdin)
        except (EOFError, OSError):
            return
        try:
            reply: tuple[str, Any] = ("ok", asdict(extract(html, url=url, mode=mode)))
        except StageError as exc:
            reply = ("error", (exc.stage, exc.reason, exc.detail))
        except Exception as exc:  # a bug in extraction costs the page, not the worker
            reply = ("error", ("clean", "extract_failed", f"{type(exc).__name__}: {exc}"))
        _send(stdout, reply)


class _Worker:
    """One extraction process (``python -m etl.clean.html``), restarted after it is killed."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen[bytes] | None = None

    def _start(self) -> subprocess.Popen[bytes]:
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "etl.clean.html"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        return self.proc

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.kill()
        proc.wait(5)
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                stream.close()

    def run(self, html: str, url: str | None, mode: Mode, timeout: float) -> Extracted:
        proc = self.proc
        if proc is None or proc.poll() is not None:
            self.stop()
            proc = self._start()
        assert proc.stdin is not None and proc.stdout is not None
        try:
            _send(proc.stdin, (html, url, mode))
            ready, _, _ = select.select([proc.stdout], [], [], timeout)
        except (OSError, ValueError) as exc:
            self.stop()
            raise StageError(
                "clean", "extract_failed", f"the extraction worker failed: {exc}"
            ) from exc
        if not ready:
            self.stop()
            raise StageError(
                "clean",
                "timeout",
                f"extracting the page took longer than the {timeout:g} s limit",
            )
        try:
            status, payload = _recv(proc.stdout)
        except (EOFError, OSError) as exc:
            self.stop()
            raise StageError(
                "clean",
                "extract_failed",
                "the extraction worker died on this page (out of memory?)",
            ) from exc
        if status == "ok":
            return Extracted(**payload)
        raise StageError(*payload)


_local = threading.local()


def extract_guarded(
    html: str,
    url: str | None = None,
    *,
    mode: Mode | None = None,
    timeout_s: float | None = None,
    max_bytes: int | None = None,
) -> Extracted:
    """``extract`` under the size cap and the time limit (in the worker process)."""
    env_timeout, env_max = limits()
    timeout = env_timeout if timeout_s is None else timeout_s
    check_size(html, env_max if max_bytes is None else max_bytes)
    mode = mode or DEFAULT_MODE
    if timeout <= 0:
        return extract(html, url=url, mode=mode)
    worker: _Worker | None = getattr(_local, "worker", None)
    if worker is None:
        worker = _local.worker = _Worker()
    return worker.run(html, url, mode, timeout)


if __name__ == "__main__":  # the worker process
    serve(sys.stdin.buffer, sys.stdout.buffer)
