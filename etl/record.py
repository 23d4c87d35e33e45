"""Everything the stages found -> one Article (the contract in ``schemas/``)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from etl.document import CleanText, Metadata, RawDocument
from etl.language import DocumentLanguage
from schemas import Article, LanguageShare


def canonical_url(url: str) -> str:
    """URL without scheme differences, 'www.', fragment or tracking parameters."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    host = host[4:] if host.startswith("www.") else host
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query)
            if not k.lower().startswith(("utm_", "fbclid", "gclid"))
        ]
    )
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https", host, path, query, ""))


def make_doc_id(url: str | None, relative_path: str) -> str:
    """Stable id: from the canonical URL when known, else from the path relative to the input root."""
    key = "url:" + canonical_url(url) if url else "path:" + relative_path
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def build_article(
    raw: RawDocument,
    clean: CleanText,
    meta: Metadata,
    lang: DocumentLanguage,
    *,
    content_sha256: str,
    run_id: str,
    pipeline_version: str,
    precision: str | None,
    ingested_at: datetime | None = None,
) -> Article:
    text = clean.text
    published = meta.published_at
    url = meta.url or raw.url
    return Article(
        doc_id=make_doc_id(url, raw.relative_path),
        source_path=raw.source_path,
        source_format=raw.container
        if raw.container != "file"
        else ("html" if raw.format == "html" else "text"),  # type: ignore[arg-type]
        url=url,
        outlet=meta.outlet,
        outlet_domain=meta.outlet_domain,
        title=meta.title,
        published_at=published.astimezone(UTC) if published else None,
        published_at_local=(
            published.isoformat(timespec="seconds" if precision == "second" else "minutes")
            if published
            else None
        ),
        published_at_source=meta.published_at_source,  # type: ignore[arg-type]
        published_at_precision=precision,  # type: ignore[arg-type]
        updated_at=meta.updated_at,
        authors=meta.authors,
        editors=meta.editors,
        editor_initials=meta.editor_initials,
        agencies=meta.agencies,
        photo_credits=meta.photo_credits,
        dateline=meta.dateline,
        section=meta.section,
        language=lang.language,
        language_score=lang.score,
        languages=[LanguageShare(language=code, share=share) for code, share in lang.shares],
        mixed_language=lang.mixed,
        text=text,
        word_count=len(text.split()),
        content_sha256=content_sha256,
        removed_lines=len(clean.dropped),
        run_id=run_id,
        ingested_at=ingested_at or datetime.now(UTC),
        pipeline_version=pipeline_version,
        published_month=published.strftime("%Y-%m") if published else "unknown",
    )
