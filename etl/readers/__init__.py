"""Readers: find input files and turn each into RawDocuments (one per page)."""

from etl.readers.files import (
    MAX_INPUT_BYTES,
    InputFile,
    discover,
    read_input,
    sniff_format,
)

__all__ = ["MAX_INPUT_BYTES", "InputFile", "discover", "read_input", "sniff_format"]
