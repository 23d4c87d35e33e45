"""HTML pages: trafilatura finds the article, then the line filter takes out what it let through."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import trafilatura

from etl.decode import normalize_text
from etl.errors import StageError


@dataclass
class Extracted:
    text: str
    title: str | None
    author: str | None
    date: str | None
    sitename: str | None
    url: str | None
    categories: list[str]


def extract(tree_or_html: Any, url: str | None = None) -> Extracted:
    """Main text of a page with trafilatura (precision mode), normalized like a text dump."""
    try:
        doc = trafilatura.bare_extraction(
            tree_or_html,
            url=url,
            favor_precision=True,
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
