"""The values passed between stages: one document on its way from bytes to record."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class RawDocument:
    """What a reader yields: the bytes of one page and where they came from."""

    source_path: str
    data: bytes
    format: str  # "text" | "html"
    relative_path: str  # path relative to its input root: the doc_id fallback
    container: str = "file"  # "file" | "warc" | "jsonl": what held the page
    url: str | None = None
    fetched_at: datetime | None = None
    declared_charset: str | None = None
    size_bytes: int = 0
    error: tuple[str, str, str] | None = (
        None  # (stage, reason, detail) when the reader gave up on it
    )


@dataclass(frozen=True)
class LineVerdict:
    """One non-empty line of the page and what the cleaner decided about it."""

    line_no: int  # 1-based, in the decoded text the cleaner saw
    text: str
    kept: bool
    reason: str  # "body" when kept, else a reason code such as "related_link"
    rule: str  # the rule (or structural step) that decided


@dataclass
class CleanText:
    """The cleaner's result: the body's paragraphs and every line's verdict."""

    paragraphs: list[str]
    lines: list[LineVerdict]
    extractor: str = "lines"  # "lines" for text dumps, "trafilatura+lines" for HTML
    title: str | None = None  # the headline the cleaner recognised (or was given)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def dropped(self) -> list[LineVerdict]:
        return [v for v in self.lines if not v.kept]

    @property
    def header_lines(self) -> list[LineVerdict]:
        """Lines before the first kept line (title, date, byline, captions...)."""
        out: list[LineVerdict] = []
        for v in self.lines:
            if v.kept:
                break
            out.append(v)
        return out


@dataclass
class PageMeta:
    """Metadata read from an HTML page's head (meta tags, JSON-LD, canonical link)."""

    url: str | None = None
    site_name: str | None = None
    title: str | None = None
    published: str | None = None
    published_source: str | None = None  # "html_meta" | "json_ld"
    modified: str | None = None
    authors: list[str] = field(default_factory=list)
    section: str | None = None
    breadcrumbs: list[str] = field(default_factory=list)
    published_key: str | None = None  # which meta tag or JSON-LD key gave `published`
    h1: str | None = None
    html_title: str | None = None
    jsonld_headline: str | None = None
    #: hosts the page links as its own home (a logo's or home link's ``href="https://host/"``, the
    #: favicon): its domain when it prints no canonical link
    home_hosts: list[str] = field(default_factory=list)
    #: names the page's logo gives (the ``alt`` or ``title`` of the image in its home link)
    logo_names: list[str] = field(default_factory=list)
    #: the page's photo captions (``<figcaption>``, an element whose class names a caption)
    captions: list[str] = field(default_factory=list)


@dataclass
class Metadata:
    """Everything the metadata stage found, each field null when the page does not state it."""

    outlet: str | None = None
    outlet_domain: str | None = None
    title: str | None = None
    published_at: datetime | None = None  # aware, in the page's own offset
    published_at_source: str | None = None
    updated_at: datetime | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    editor_initials: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    photo_credits: list[str] = field(default_factory=list)
    dateline: str | None = None
    section: str | None = None
    url: str | None = None
