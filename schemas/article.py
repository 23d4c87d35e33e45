"""Article and Reject records, versioned, and their Arrow schemas.

Versioning: ``MAJOR.MINOR``. Adding a nullable column bumps MINOR (old files still read, the new
column is null there). Removing, renaming or retyping a column bumps MAJOR and needs a migration
note in ``docs/schema.md``.
"""

from __future__ import annotations

import types
from datetime import datetime
from typing import Any, Literal, Union, get_args, get_origin

import pyarrow as pa
from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

SourceFormat = Literal["text", "html", "warc", "jsonl"]
DateSource = Literal["page", "html_meta", "json_ld", "url", "inferred"]
Precision = Literal["second", "minute", "day"]
Stage = Literal["read", "decode", "clean", "metadata", "language", "record", "write"]


class LanguageShare(BaseModel):
    """One language of a document and the share of the body's characters written in it."""

    model_config = ConfigDict(frozen=True)

    language: str = Field(
        description="ISO 639-1 code (or ISO 639-3 where 639-1 has none), or 'und'."
    )
    share: float = Field(description="Fraction of the body's characters in this language, 0..1.")


class Article(BaseModel):
    """One cleaned news article: a row of ``OUT/articles/``."""

    model_config = ConfigDict(frozen=True)

    doc_id: str = Field(
        description="Stable id: sha256 of the canonical URL when known, else of the source path "
        "relative to its input root (first 32 hex digits)."
    )
    source_path: str = Field(
        description="Path of the input file (and '#n' for the n-th record of an archive)."
    )
    source_format: SourceFormat = Field(
        description="'text' (page dump), 'html', 'warc' or 'jsonl'."
    )
    url: str | None = Field(
        default=None, description="Canonical URL of the page, when the input states it."
    )
    outlet: str | None = Field(
        default=None,
        description=(
            "Outlet name as the registry spells it (e.g. 'Kompas.com'); for an outlet the "
            "registry lacks, the name the page prints, else its domain's first part "
            "(e.g. 'Cakaplah' for CAKAPLAH.com)."
        ),
    )
    outlet_domain: str | None = Field(
        default=None, description="Lower-case registrable domain of the outlet (e.g. 'kompas.com')."
    )
    title: str | None = Field(default=None, description="The headline, without the site name.")
    published_at: datetime | None = Field(default=None, description="Publication instant in UTC.")
    published_at_local: str | None = Field(
        default=None,
        description="Publication time as ISO 8601 with the page's own offset (WIB +07:00, WITA +08:00, WIT +09:00).",
    )
    published_at_source: DateSource | None = Field(
        default=None,
        description="Where the date came from: page, html_meta, json_ld, url or inferred (from the body).",
    )
    published_at_precision: Precision | None = Field(
        default=None,
        description="How much of `published_at` the page states: 'second', 'minute' or 'day'.",
    )
    updated_at: datetime | None = Field(
        default=None, description="Last update instant in UTC, when the page shows one."
    )
    authors: list[str] = Field(
        default_factory=list, description="Writers and reporters, labels stripped."
    )
    editors: list[str] = Field(
        default_factory=list, description="Editors (Editor, Redaktur, Penyunting)."
    )
    editor_initials: list[str] = Field(
        default_factory=list,
        description="Editor initials codes at the end of the article, lower case: '(fyk/ash)' gives ['fyk', 'ash'].",
    )
    agencies: list[str] = Field(
        default_factory=list,
        description="Canonical names of the source agencies credited (ANTARA, Reuters, AFP, ...).",
    )
    photo_credits: list[str] = Field(
        default_factory=list,
        description="Photo credits as printed (e.g. 'AFP PHOTO/KAREN MINASYAN').",
    )
    dateline: str | None = Field(
        default=None, description="Place of the dateline, in title case (e.g. 'Brussel')."
    )
    section: str | None = Field(
        default=None, description="Section or rubric (e.g. 'Internasional')."
    )
    language: str = Field(description="Main language of the body, ISO 639-1, or 'und'.")
    language_score: float | None = Field(
        default=None, description="Detector confidence for `language`, 0..1."
    )
    languages: list[LanguageShare] = Field(
        default_factory=list,
        description="Languages of the body's paragraphs with their character shares.",
    )
    mixed_language: bool = Field(
        default=False, description="True when a second language holds at least 20% of the body."
    )
    text: str = Field(description="The body: paragraphs separated by a blank line.")
    word_count: int = Field(description="Whitespace-separated tokens in `text`.")
    content_sha256: str = Field(description="sha256 of the input bytes.")
    removed_lines: int = Field(description="Lines of the input dropped as boilerplate.")
    run_id: str = Field(description="Id of the run that wrote the row.")
    ingested_at: datetime = Field(description="When the row was written, UTC.")
    pipeline_version: str = Field(description="Version of berita-etl that wrote the row.")
    schema_version: str = Field(default=SCHEMA_VERSION, description="Version of this schema.")
    published_month: str = Field(
        default="unknown",
        description="Partition key: 'YYYY-MM' of `published_at_local`, or 'unknown'. Stored in the directory name.",
    )


class Reject(BaseModel):
    """One input that could not become an article: a row of ``OUT/rejects/``."""

    model_config = ConfigDict(frozen=True)

    source_path: str = Field(
        description="Path of the input file (and '#n' for the n-th record of an archive)."
    )
    stage: Stage = Field(
        description="Stage that gave up: read, decode, clean, metadata, language, record or write."
    )
    reason: str = Field(
        description="Short reason code (e.g. 'empty', 'binary', 'too_large', 'no_body')."
    )
    detail: str = Field(description="A sentence a person can act on.")
    size_bytes: int = Field(description="Size of the input in bytes.")
    sha256: str | None = Field(
        default=None, description="sha256 of the input bytes, when they could be read."
    )
    run_id: str = Field(description="Id of the run that wrote the row.")
    rejected_at: datetime | None = Field(default=None, description="When the row was written, UTC.")
    schema_version: str = Field(default=SCHEMA_VERSION, description="Version of this schema.")


ARTICLE_PARTITION_COLUMNS: tuple[str, ...] = ("published_month",)


def _arrow_type(annotation: Any) -> tuple[pa.DataType, bool]:
    """Map a pydantic field annotation to (Arrow type, nullable)."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        inner, _ = _arrow_type(args[0])
        return inner, True
    if origin is Literal:
        return pa.string(), False
    if origin is list:
        (item,) = get_args(annotation)
        item_type, _ = _arrow_type(item)
        return pa.list_(pa.field("item", item_type, nullable=False)), False
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct(
            [arrow_field(name, f) for name, f in annotation.model_fields.items()]
        ), False
    simple: dict[Any, pa.DataType] = {
        str: pa.string(),
        int: pa.int64(),
        float: pa.float64(),
        bool: pa.bool_(),
        datetime: pa.timestamp("us", tz="UTC"),
    }
    if annotation in simple:
        return simple[annotation], False
    raise TypeError(f"no Arrow type for {annotation!r}")


def arrow_field(name: str, info: Any) -> pa.Field:
    arrow_type, nullable = _arrow_type(info.annotation)
    meta = {"description": info.description or ""}
    return pa.field(name, arrow_type, nullable=nullable, metadata=meta)


def arrow_schema(model: type[BaseModel], exclude: tuple[str, ...] = ()) -> pa.Schema:
    """The Arrow schema of a record model, with the schema version in its metadata."""
    fields = [
        arrow_field(name, info) for name, info in model.model_fields.items() if name not in exclude
    ]
    return pa.schema(
        fields, metadata={"berita.schema_version": SCHEMA_VERSION, "berita.record": model.__name__}
    )


def article_arrow_schema(include_partitions: bool = True) -> pa.Schema:
    exclude = () if include_partitions else ARTICLE_PARTITION_COLUMNS
    return arrow_schema(Article, exclude=exclude)


def reject_arrow_schema() -> pa.Schema:
    return arrow_schema(Reject)
