"""Render ``docs/schema.md`` from the models: ``python -m schemas.doc > docs/schema.md``."""

from __future__ import annotations

import pyarrow as pa

from schemas.article import (
    ARTICLE_PARTITION_COLUMNS,
    SCHEMA_VERSION,
    article_arrow_schema,
    reject_arrow_schema,
)

HEADER = """# Dataset schema (version {version})

Generated from `schemas/article.py` by `python -m schemas.doc`; a test keeps this page and the
code in step. Every Parquet file carries the version in its metadata
(`berita.schema_version`).

Versioning: `MAJOR.MINOR`. A new nullable column is a MINOR change: files written before it
still read, and the column is null there. Removing, renaming or retyping a column is a MAJOR
change and comes with a migration note at the end of this page.
"""


def _type(t: pa.DataType) -> str:
    if pa.types.is_timestamp(t):
        return f"timestamp[{t.unit}, {t.tz}]"
    if pa.types.is_list(t):
        return f"list<{_type(t.value_type)}>"
    if pa.types.is_struct(t):
        return "struct<" + ", ".join(f"{f.name}: {_type(f.type)}" for f in t) + ">"
    return str(t)


def _table(schema: pa.Schema, partitions: tuple[str, ...] = ()) -> str:
    rows = ["| column | type | nullable | description |", "|---|---|---|---|"]
    for field in schema:
        desc = (field.metadata or {}).get(b"description", b"").decode()
        name = f"`{field.name}`" + (" (partition)" if field.name in partitions else "")
        rows.append(
            f"| {name} | `{_type(field.type)}` | {'yes' if field.nullable else 'no'} | {desc} |"
        )
    return "\n".join(rows)


def render() -> str:
    parts = [
        HEADER.format(version=SCHEMA_VERSION),
        "## `articles/`\n",
        "One row per article, Hive-partitioned by "
        + ", ".join(f"`{p}`" for p in ARTICLE_PARTITION_COLUMNS)
        + " (the partition value lives in the directory name, not in the file).\n",
        _table(article_arrow_schema(), ARTICLE_PARTITION_COLUMNS),
        "\n## `rejects/`\n",
        "One row per input that did not become an article, with the stage that gave up and why.\n",
        _table(reject_arrow_schema()),
        "\n## Migration notes\n",
        "None yet: version 1 is the first.\n",
    ]
    return "\n".join(parts)


if __name__ == "__main__":
    print(render(), end="")
