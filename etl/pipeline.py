"""One document through every stage: ``process(raw, ctx) -> Article | Reject``.

A pure function of its inputs (plus the run context): a batch is a list of them. Any stage that
gives up raises StageError, which becomes a Reject row; an unexpected exception is caught too,
so one bad document never costs another.
"""

from __future__ import annotations

import hashlib
import traceback
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from etl import __version__
from etl.clean.html import check_size, extract_guarded
from etl.clean.lines import TemplateLookup, classify
from etl.decode import decode
from etl.document import CleanText, PageMeta, RawDocument
from etl.errors import StageError
from etl.knowledge import Outlet, outlet_for
from etl.language import DocumentLanguage, detect_document, prior_for
from etl.metadata import MetadataResult, extract_metadata
from etl.metadata.html_meta import page_meta, parse_tree, visible_text
from etl.metadata.outlet import host_of
from etl.readers import InputFile, read_input
from etl.record import build_article
from schemas import Article, Reject

#: A body shorter than this many words is not an article.
MIN_BODY_WORDS = 25


@dataclass
class RunContext:
    """What every document of a run shares."""

    run_id: str
    pipeline_version: str = __version__
    template: TemplateLookup | None = None
    min_body_words: int = MIN_BODY_WORDS
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))


@dataclass
class Analysis:
    """All a stage-by-stage look at one document found (what `berita inspect` shows)."""

    raw: RawDocument
    text: str  # decoded text (for HTML: the text trafilatura extracted)
    clean: CleanText
    meta: MetadataResult
    language: DocumentLanguage
    page: PageMeta | None = None


def _outlet_hint(raw: RawDocument, text: str, page: PageMeta | None) -> Outlet | None:
    return outlet_for(raw.url or (page.url if page else None), text)


def analyze(raw: RawDocument, template: TemplateLookup | None = None) -> Analysis:
    """Run decode, clean, metadata and language on one document. Raises StageError."""
    text = decode(raw.data, raw.format)
    page: PageMeta | None = None
    visible = ""
    if raw.format == "html":
        check_size(text)  # before any parsing: a huge page is a reject, not a hang
        tree = parse_tree(text)
        if tree is None:
            raise StageError("clean", "bad_html", "the page cannot be parsed as HTML")
        page = page_meta(tree)
        visible_all = visible_text(tree)
        if page.h1 and page.h1 in visible_all:
            start = max(0, visible_all.index(page.h1) - 300)
            visible = visible_all[start : start + 1500]
        else:
            visible = visible_all[:1500]
        extracted = extract_guarded(text, url=raw.url or page.url)  # worker, time limit
        body_text = extracted.text
        outlet = _outlet_hint(raw, visible_all[:5000] + "\n" + body_text, page)
        title = page.h1 or extracted.title
        clean = classify(
            body_text,
            outlet=outlet,
            structured=False,
            title=title,
            template=template,
            extractor="trafilatura+lines",
        )
        if not page.authors and extracted.author:
            page.authors.append(extracted.author)
        full_text = visible_all[:20000]
        text_for_inspect = body_text
    else:
        outlet = _outlet_hint(raw, text, None)
        clean = classify(text, outlet=outlet, structured=True, template=template)
        full_text = text
        text_for_inspect = text
    try:
        meta = extract_metadata(
            clean, page=page, visible_text=visible, url=raw.url, full_text=full_text
        )
    except StageError:
        raise
    except Exception as exc:
        raise StageError("metadata", "internal_error", f"{type(exc).__name__}: {exc}") from exc
    # A Malaysian domain is a prior for Malay; the text still has to show Malay vocabulary.
    domain = meta.meta.outlet_domain or host_of(meta.meta.url)
    language = detect_document(clean.paragraphs, prior=prior_for(domain))
    return Analysis(
        raw=raw, text=text_for_inspect, clean=clean, meta=meta, language=language, page=page
    )


def reject(raw: RawDocument, ctx: RunContext, stage: str, reason: str, detail: str) -> Reject:
    return Reject(
        source_path=raw.source_path,
        stage=stage,  # type: ignore[arg-type]
        reason=reason,
        detail=detail,
        size_bytes=raw.size_bytes or len(raw.data),
        sha256=hashlib.sha256(raw.data).hexdigest(),
        run_id=ctx.run_id,
        rejected_at=datetime.now(UTC),
    )


def process(raw: RawDocument, ctx: RunContext) -> Article | Reject:
    """One document to an Article, or to a Reject saying why not. Never raises."""
    if raw.error is not None:
        return reject(raw, ctx, *raw.error)
    try:
        analysis = analyze(raw, ctx.template)
        words = sum(len(p.split()) for p in analysis.clean.paragraphs)
        if words < ctx.min_body_words:
            raise StageError(
                "clean",
                "no_body",
                f"only {words} words of article text were found (at least {ctx.min_body_words} needed)",
            )
        return build_article(
            raw,
            analysis.clean,
            analysis.meta.meta,
            analysis.language,
            content_sha256=hashlib.sha256(raw.data).hexdigest(),
            run_id=ctx.run_id,
            pipeline_version=ctx.pipeline_version,
            precision=analysis.meta.precision,
        )
    except StageError as exc:
        return reject(raw, ctx, exc.stage, exc.reason, exc.detail)
    except Exception as exc:  # a bug must cost one document, not the run
        tb = traceback.extract_tb(exc.__traceback__)
        where = f" at {tb[-1].filename.rsplit('/', 1)[-1]}:{tb[-1].lineno}" if tb else ""
        return reject(raw, ctx, "record", "internal_error", f"{type(exc).__name__}: {exc}{where}")


def process_batch(raws: list[RawDocument], ctx: RunContext) -> list[Article | Reject]:
    return [process(raw, ctx) for raw in raws]


def count_reasons(results: list[Any]) -> Counter[str]:
    """Rejects by reason, for reports."""
    return Counter(f"{r.stage}/{r.reason}" for r in results if isinstance(r, Reject))


def process_inputs(items: list[InputFile], ctx: RunContext) -> list[Article | Reject]:
    """Read and process a batch of input files. Every input yields at least one record."""
    out: list[Article | Reject] = []
    for item in items:
        try:
            for raw in read_input(item):
                out.append(process(raw, ctx))
        except Exception as exc:
            err = (
                exc
                if isinstance(exc, StageError)
                else StageError("read", "internal_error", f"{type(exc).__name__}: {exc}")
            )
            out.append(
                Reject(
                    source_path=item.path,
                    stage=err.stage,  # type: ignore[arg-type]
                    reason=err.reason,
                    detail=err.detail,
                    size_bytes=item.size,
                    sha256=None,
                    run_id=ctx.run_id,
                    rejected_at=datetime.now(UTC),
                )
            )
    return out


def new_run_id() -> str:
    """Sortable, unique run id: UTC time plus a random suffix."""
    import secrets

    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)
