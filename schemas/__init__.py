"""The record's contract: the pydantic models and the Arrow schemas derived from them.

Nothing else in the project defines a column. ``docs/schema.md`` is generated from here
(``python -m schemas.doc``) and a test keeps it in step.
"""

from schemas.article import (
    ARTICLE_PARTITION_COLUMNS,
    SCHEMA_VERSION,
    Article,
    LanguageShare,
    Reject,
    arrow_schema,
    article_arrow_schema,
    reject_arrow_schema,
)

__all__ = [
    "ARTICLE_PARTITION_COLUMNS",
    "SCHEMA_VERSION",
    "Article",
    "LanguageShare",
    "Reject",
    "arrow_schema",
    "article_arrow_schema",
    "reject_arrow_schema",
]
