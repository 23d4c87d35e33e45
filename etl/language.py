"""Language identification: deterministic, per document and per paragraph."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from threading import Lock

_LOCK = Lock()
_MIN_CHARS = 20
MIXED_SHARE = 0.20


@dataclass(frozen=True)
class LanguageResult:
    """The language of a text: ISO 639-1 code (or 'und'), a score 0..1, and the detector's raw answer."""

    language: str
    score: float
    raw: str
    detector: str = "langdetect"


@dataclass(frozen=True)
class DocumentLanguage:
    language: str
    score: float
    shares: list[tuple[str, float]] = field(default_factory=list)
    mixed: bool = False


def _langdetect(text: str) -> tuple[str, float]:
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    with _LOCK:  # langdetect's factory is global state; the seed makes it deterministic
        DetectorFactory.seed = 0
        try:
            ranked = detect_langs(text)
        except LangDetectException:
            return "und", 0.0
    if not ranked:
        return "und", 0.0
    return str(ranked[0].lang), float(ranked[0].prob)


def detect_language(text: str) -> LanguageResult:
    """Detect the language of one text. Same text, same answer, every run."""
    text = text.strip()
    if len(text) < _MIN_CHARS:
        return LanguageResult("und", 0.0, "too_short")
    code, score = _langdetect(text)
    return LanguageResult(code.split("-")[0], round(score, 4), code)


def detect_document(paragraphs: list[str]) -> DocumentLanguage:
    """The body's main language, each language's share of characters, and the mixed flag."""
    chars: dict[str, int] = defaultdict(int)
    for paragraph in paragraphs:
        result = detect_language(paragraph)
        chars[result.language] += len(paragraph)
    whole = detect_language("\n".join(paragraphs))
    total = sum(chars.values()) or 1
    shares = sorted(((lang, round(n / total, 4)) for lang, n in chars.items()), key=lambda x: -x[1])
    known = [s for s in shares if s[0] != "und"]
    mixed = len(known) >= 2 and known[1][1] >= MIXED_SHARE
    return DocumentLanguage(whole.language, whole.score, shares, mixed)
