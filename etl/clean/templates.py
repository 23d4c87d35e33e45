"""Outlet templates learnt from the data: lines that recur across many pages of one outlet.

CCNet style: every line of a page is normalized (``normalize_line``) and hashed; a count per
outlet says in how many distinct pages each hash was seen. A line seen in enough pages of its
outlet, both in number and in share, is template ("Ikuti kami di ...", a sidebar heading, a
standard disclaimer), whatever its wording. The thresholds keep news that merely repeats: a
quote carried by two or three stories stays far below them, and long lines (prose) need a
larger share than short ones. A line opening with a dateline is never template.

Counts persist per outlet as ``OUT/_state/templates/<outlet>.json`` so later runs and small
batches benefit; pages already counted (by URL, else path) are not counted again on a rerun.
Reading and writing go through ``pyarrow.fs`` (local paths and object-store URIs alike).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyarrow.fs as pafs

from etl.clean.lines import TemplateLookup, normalize_line
from etl.clean.patterns import match_dateline
from etl.decode import decode
from etl.document import RawDocument
from etl.knowledge import Outlet, outlet_for
from etl.readers import InputFile, read_input

UNKNOWN = "_unknown"
#: A line is template when seen in at least this many pages of its outlet ...
MIN_DOCS = 3
#: ... and in at least this share of them; lines of LONG_WORDS words or more need LONG_SHARE.
MIN_SHARE = 0.1
LONG_WORDS = 15
LONG_SHARE = 0.3
LONG_MIN_DOCS = 5
#: Lines whose normalized form is shorter than this are not counted (digits, "x", "0 0").
MIN_CHARS = 4

_BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "dd", "dt", "figcaption")
_BLOCK_SET = frozenset(_BLOCKS) | {"div", "section", "article", "ul", "ol", "table"}


def line_key(line: str) -> str | None:
    norm = normalize_line(line)
    if len(norm) < MIN_CHARS:
        return None
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=8).hexdigest()


@dataclass
class TemplateCounts:
    """Per outlet: pages counted, and in how many of them each line hash was seen."""

    outlet: str
    docs: int = 0
    lines: dict[str, int] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)

    def add(self, doc_id: str, lines: Iterable[str]) -> bool:
        """Count one page's lines once each. False when the page was counted before."""
        if doc_id in self.seen:
            return False
        self.seen.add(doc_id)
        self.docs += 1
        for key in {k for k in map(line_key, lines) if k is not None}:
            self.lines[key] = self.lines.get(key, 0) + 1
        return True

    def is_template(self, line: str) -> bool:
        key = line_key(line)
        if key is None:
            return False
        n = self.lines.get(key, 0)
        if n < MIN_DOCS or self.docs == 0:
            return False
        if len(line.split()) >= LONG_WORDS:
            return n >= LONG_MIN_DOCS and n / self.docs >= LONG_SHARE
        return n / self.docs >= MIN_SHARE

    def lookup(self) -> TemplateLookup:
        def template(line: str) -> str | None:
            if match_dateline(line) is not None:
                return None
            if not self.is_template(line):
                return None
            n = self.lines.get(line_key(line) or "", 0)
            return f"template|template_count {n}/{self.docs} pages"

        return template

    def to_bytes(self) -> bytes:
        lines = {k: v for k, v in self.lines.items() if v > 1 or self.docs < 1000}
        payload = {
            "outlet": self.outlet,
            "docs": self.docs,
            "lines": lines,
            "seen": sorted(self.seen),
        }
        return json.dumps(payload, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> TemplateCounts:
        obj = json.loads(data.decode("utf-8"))
        return cls(
            outlet=str(obj["outlet"]),
            docs=int(obj["docs"]),
            lines={str(k): int(v) for k, v in obj["lines"].items()},
            seen=set(obj.get("seen", [])),
        )


@dataclass
class TemplateBook:
    """The counts of every outlet of a run; ``for_outlet`` gives the lookup ``classify`` uses."""

    outlets: dict[str, TemplateCounts] = field(default_factory=dict)

    def counts(self, outlet: str) -> TemplateCounts:
        if outlet not in self.outlets:
            self.outlets[outlet] = TemplateCounts(outlet)
        return self.outlets[outlet]

    def for_outlet(self, outlet: Outlet | None) -> TemplateLookup:
        return self.counts(outlet.name if outlet else UNKNOWN).lookup()

    def __call__(self, line: str) -> str | None:
        return self.for_outlet(None)(line)

    def add_document(self, raw: RawDocument) -> bool:
        """Count one page's lines under its outlet. Pages that cannot be read are skipped."""
        try:
            text = decode(raw.data, raw.format)
        except Exception:
            return False
        # A page is counted once under its identity (URL, else path): a page that changed is
        # not counted a second time, so its old and new versions cannot make a template.
        doc_id = hashlib.sha256((raw.url or raw.source_path).encode()).hexdigest()[:16]
        if raw.format == "html":
            lines, url = html_lines(text)
            outlet = outlet_of(raw.url or url, "\n".join(lines[:400]))
        else:
            lines = text.split("\n")
            outlet = outlet_of(raw.url, text[:20_000])
        return self.counts(outlet.name if outlet else UNKNOWN).add(doc_id, lines)

    def snapshot(self) -> TemplateSnapshot:
        """Only the lines that are template now, per outlet: small enough to send to workers."""
        out: dict[str, dict[str, tuple[int, int]]] = {}
        for name, counts in self.outlets.items():
            keep = {}
            for key, n in counts.lines.items():
                if n >= MIN_DOCS and counts.docs and n / counts.docs >= MIN_SHARE:
                    keep[key] = (n, counts.docs)
            if keep:
                out[name] = keep
        return TemplateSnapshot(out)


@dataclass(frozen=True)
class TemplateSnapshot:
    """A frozen view of a TemplateBook: outlet -> {line hash: (pages with it, pages counted)}.

    It answers like the book (``for_outlet``) and pickles small, so a run learns once and hands
    the snapshot to every batch.
    """

    lines: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)

    def __len__(self) -> int:
        return sum(len(v) for v in self.lines.values())

    def fingerprint(self) -> str:
        """What decides the cleaner's output: which lines are template, short and long.

        The page counts behind them only change the wording of ``inspect`` reasons, so a run
        whose counts grew without changing any decision keeps the same fingerprint (and its
        batch cache).
        """
        h = hashlib.sha256()
        for outlet in sorted(self.lines):
            for key, (n, docs) in sorted(self.lines[outlet].items()):
                long_ok = n >= LONG_MIN_DOCS and n / docs >= LONG_SHARE
                h.update(f"{outlet}\0{key}\0{int(long_ok)}\n".encode())
        return h.hexdigest()

    def for_outlet(self, outlet: Outlet | None) -> TemplateLookup:
        table = self.lines.get(outlet.name if outlet else UNKNOWN, {})

        def template(line: str) -> str | None:
            key = line_key(line)
            if key is None or key not in table or match_dateline(line) is not None:
                return None
            n, docs = table[key]
            if len(line.split()) >= LONG_WORDS and (n < LONG_MIN_DOCS or n / docs < LONG_SHARE):
                return None
            return f"template|template_count {n}/{docs} pages"

        return template

    def __call__(self, line: str) -> str | None:
        return self.for_outlet(None)(line)


def outlet_of(url: str | None, text: str) -> Outlet | None:
    """The registry outlet by URL host, else by the text signatures: the same answer the
    pipeline gives the cleaner, so counts are filed under the outlet whose lookup reads them."""
    return outlet_for(url, text)


def html_lines(html: str, max_chars: int = 2_000_000) -> tuple[list[str], str | None]:
    """A page's text blocks (paragraphs, list items, headings, cells) and its canonical URL."""
    import lxml.html
    from lxml import etree

    if len(html) > max_chars:
        return [], None
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return [], None
    etree.strip_elements(tree, "script", "style", "noscript", "template", with_tail=False)
    url = None
    for el in tree.iter("link", "meta"):
        if el.get("rel") == "canonical" or el.get("property") == "og:url":
            url = el.get("href") or el.get("content")
            if url:
                break
    out: list[str] = []
    for el in tree.iter(*_BLOCK_SET):
        if el.tag not in _BLOCKS and any(
            isinstance(c.tag, str) and c.tag in _BLOCK_SET for c in el.iterdescendants()
        ):
            continue
        if el.tag in _BLOCKS or el.text:
            text = re.sub(r"\s+", " ", el.text_content()).strip()
            if text:
                out.append(text)
    return out, url


def _path(output: str, outlet: str) -> tuple[pafs.FileSystem, str]:
    fs, root = pafs.FileSystem.from_uri(output if "://" in output else _abs(output))
    safe = re.sub(r"[^\w.-]+", "_", outlet).strip(".") or UNKNOWN
    return fs, f"{root.rstrip('/')}/_state/templates/{safe}.json"


def _abs(path: str) -> str:
    import os

    return os.path.abspath(path)


def load_book(output: str, names: Iterable[str] | None = None) -> TemplateBook:
    """The counts persisted under ``output`` (all outlets, or the ones named)."""
    book = TemplateBook()
    fs, probe = _path(output, UNKNOWN)
    folder = probe.rsplit("/", 1)[0]
    info = fs.get_file_info(pafs.FileSelector(folder, allow_not_found=True))
    wanted = set(names) if names is not None else None
    for entry in info:
        if entry.type != pafs.FileType.File or not entry.path.endswith(".json"):
            continue
        with fs.open_input_stream(entry.path) as fh:
            counts = TemplateCounts.from_bytes(fh.read())
        if wanted is None or counts.outlet in wanted:
            book.outlets[counts.outlet] = counts
    return book


def save_book(book: TemplateBook, output: str) -> list[str]:
    """Write each outlet's counts (atomically per file where the filesystem allows)."""
    written: list[str] = []
    for name, counts in book.outlets.items():
        if counts.docs == 0:
            continue
        fs, path = _path(output, name)
        fs.create_dir(path.rsplit("/", 1)[0], recursive=True)
        tmp = path + ".tmp"
        with fs.open_output_stream(tmp) as fh:
            fh.write(counts.to_bytes())
        fs.move(tmp, path)
        written.append(path)
    return written


def learn_templates(raws: Iterable[RawDocument], output: str | None = None) -> TemplateBook:
    """Count the run's pages on top of the counts persisted under ``output``, save, return.

    This is the one call a flow makes before cleaning; ``RunContext(template=book)`` then hands
    each document the lookup of its own outlet.
    """
    book = load_book(output) if output else TemplateBook()
    for raw in raws:
        book.add_document(raw)
    if output:
        save_book(book, output)
    return book


def learn_from_inputs(items: Iterable[InputFile], output: str | None = None) -> TemplateSnapshot:
    """Read every input once, count its pages' lines per outlet, save, and snapshot.

    Inputs that cannot be read are skipped here: the pipeline rejects them with the reason.
    """

    def pages() -> Iterator[RawDocument]:
        for item in items:
            try:
                yield from (raw for raw in read_input(item) if raw.error is None)
            except Exception:  # the pipeline reports the error for this input
                continue

    return learn_templates(pages(), output).snapshot()
