"""Reading files written under older schema versions.

Within one MAJOR version every change is additive (new nullable columns), so an older file is
brought to the current schema by adding the missing columns as nulls (``conform``). A new MAJOR
version registers a function in ``MIGRATIONS`` that turns a table of the previous major into the
next one, and gets a migration note in ``docs/dataset.md``; ``upgrade`` chains them.
"""

from __future__ import annotations

from collections.abc import Callable

import pyarrow as pa

from schemas.article import SCHEMA_VERSION


class SchemaMismatch(ValueError):
    """A file cannot be read as the current schema."""


#: major version N -> function turning a table of major N into a table of major N + 1.
MIGRATIONS: dict[int, Callable[[pa.Table], pa.Table]] = {}


def major(version: str) -> int:
    try:
        return int(version.split(".", 1)[0])
    except ValueError as exc:
        raise SchemaMismatch(f"not a schema version: {version!r}") from exc


def file_version(schema: pa.Schema) -> str:
    """The schema version a Parquet file was written with (its key-value metadata)."""
    meta = schema.metadata or {}
    return (meta.get(b"berita.schema_version") or b"1.0").decode()


def conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """``table`` with exactly ``schema``'s columns: missing ones as nulls, extra ones refused."""
    extra = [n for n in table.column_names if schema.get_field_index(n) < 0]
    if extra:
        raise SchemaMismatch(
            f"columns {extra} are not in schema {SCHEMA_VERSION}: the file is newer than this code"
        )
    columns = []
    for field in schema:
        if field.name in table.column_names:
            columns.append(table.column(field.name).cast(field.type))
        else:
            columns.append(pa.nulls(table.num_rows, field.type))
    return pa.Table.from_arrays(columns, schema=schema)


def upgrade(table: pa.Table, from_version: str, schema: pa.Schema) -> pa.Table:
    """A table read from a file of ``from_version`` as the current schema."""
    have, want = major(from_version), major(SCHEMA_VERSION)
    if have > want:
        raise SchemaMismatch(
            f"file has schema {from_version}, newer than this code's {SCHEMA_VERSION}; upgrade berita-etl"
        )
    for step in range(have, want):
        if step not in MIGRATIONS:
            raise SchemaMismatch(
                f"no migration from schema {step}.x to {step + 1}.x (see docs/dataset.md)"
            )
        table = MIGRATIONS[step](table)
    return conform(table, schema)
