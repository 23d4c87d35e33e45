"""The cleaning stage: page dumps through the line classifier; HTML through trafilatura first."""

from etl.clean.lines import classify, is_prose, normalize_line

__all__ = ["classify", "is_prose", "normalize_line"]
