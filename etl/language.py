"""Language identification: deterministic, per document and per paragraph.

Two detectors whose models ship inside their packages do the statistics: py3langid (a naive
Bayes over byte n-grams, 140 languages, calibrated probabilities) names the language, and when
the text belongs to the Indonesian-region family, cld3 (a small neural network that knows
Sundanese) and the word lists in ``etl/data/language.toml`` decide between Indonesian,
Javanese and Sundanese. Indonesian and Malay are one family to the detectors; Malay is chosen
only on evidence: distinctive Malay vocabulary, which a Malaysian prior (outlet or domain) lets
count for more. langdetect stays available as a seeded backend.

Same text, same answer: both default detectors are deterministic, and langdetect is seeded.
Figures and the method behind them: ``docs/quality-language.md``.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

import numpy as np

from etl.knowledge import _load

MIXED_SHARE = 0.20
DEFAULT_DETECTOR = "py3langid+cld3"
Backend = Literal["default", "py3langid", "cld3", "langdetect"]

# The Indonesian-region family, as the detectors spell it. py3langid knows ace (Acehnese) and
# bcl, which it gives to Sundanese and regional text it has no model for.
_REGION_PY3 = frozenset({"id", "ms", "jv", "ace", "su", "min", "ban", "bcl"})
_REGION_CLD3 = frozenset({"id", "ms", "jv", "su"})
_REGIONAL = ("id", "jv", "su")
# Above this py3langid probability a language outside the family needs no second opinion.
_CONFIDENT = 0.9

_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|[@#]\w+", re.IGNORECASE)
_NON_WORD = re.compile(r"[\d_]+")
_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True)
class LanguageResult:
    """The language of one text.

    ``language`` is ISO 639-1 ('und' when the text is too short or unknown). ``score`` is the
    probability of that answer, 0..1 (see docs/quality-language.md for its calibration).
    ``raw`` is the detectors' own answer, e.g. ``py3langid=ms:0.97 cld3=ms:0.99``.
    """

    language: str
    score: float
    raw: str
    detector: str = DEFAULT_DETECTOR
    evidence: str = ""


@dataclass(frozen=True)
class DocumentLanguage:
    """The body's main language, each language's share of characters, and the mixed flag."""

    language: str
    score: float
    shares: list[tuple[str, float]] = field(default_factory=list)
    mixed: bool = False
    paragraphs: tuple[LanguageResult, ...] = ()


@dataclass(frozen=True)
class _Settings:
    min_letters: int
    weight_py3langid: float
    weight_cld3: float
    malay_min: int
    malay_ratio: float
    malay_min_prior: int
    malay_tlds: frozenset[str]
    regional: dict[str, frozenset[str]]
    malay: frozenset[str]
    indonesian: frozenset[str]


@lru_cache(maxsize=1)
def settings() -> _Settings:
    data = _load("language.toml")
    s: dict[str, Any] = data["settings"]
    return _Settings(
        min_letters=int(s["min_letters"]),
        weight_py3langid=float(s["weight_py3langid"]),
        weight_cld3=float(s["weight_cld3"]),
        malay_min=int(s["malay_min"]),
        malay_ratio=float(s["malay_ratio"]),
        malay_min_prior=int(s["malay_min_prior"]),
        malay_tlds=frozenset(s["malay_tlds"]),
        regional={
            code: frozenset(w.lower() for w in block["words"])
            for code, block in data["regional"].items()
        },
        malay=frozenset(w.lower() for w in data["malay"]["words"]),
        indonesian=frozenset(w.lower() for w in data["indonesian"]["words"]),
    )


# --- detectors ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _py3langid() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


_CLD3 = threading.local()


def _cld3() -> Any:
    found = getattr(_CLD3, "model", None)
    if found is None:
        import gcld3

        found = gcld3.NNetLanguageIdentifier(min_num_bytes=0, max_num_bytes=2000)
        _CLD3.model = found
    return found


def _run_py3langid(text: str) -> list[tuple[str, float]]:
    """py3langid's three best languages with probabilities."""
    model = _py3langid()
    scores = model._decide(text)
    best = np.argpartition(scores, -3)[-3:]
    best = best[np.argsort(-scores[best], kind="stable")]
    return [(str(model.nb_classes[i]), float(scores[i])) for i in best]


def _run_cld3(text: str) -> tuple[str, float]:
    found = _cld3().FindLanguage(text)
    return str(found.language).split("-")[0], float(found.probability)


_LANGDETECT_LOCK = threading.Lock()


def _run_langdetect(text: str) -> tuple[str, float]:
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    with _LANGDETECT_LOCK:  # langdetect's factory is global state; the seed fixes its answer
        DetectorFactory.seed = 0
        try:
            ranked = detect_langs(text)
        except LangDetectException:
            return "und", 0.0
    if not ranked:
        return "und", 0.0
    return str(ranked[0].lang).split("-")[0], float(ranked[0].prob)


# --- the decision ------------------------------------------------------------------------


def normalise(text: str) -> str:
    """The text the detectors see: no URLs, e-mail addresses, handles or digits."""
    text = _URL.sub(" ", text)
    text = _NON_WORD.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def word_hits(words: Iterable[str]) -> dict[str, int]:
    """How many of the words are in each list of ``language.toml``: id, jv, su, ms, ms_id."""
    index = _word_index()
    hits = dict.fromkeys((*settings().regional, "ms", "ms_id"), 0)
    for word in words:
        for code in index.get(word, ()):
            hits[code] += 1
    return hits


@lru_cache(maxsize=1)
def _word_index() -> dict[str, tuple[str, ...]]:
    cfg = settings()
    lists = {**cfg.regional, "ms": cfg.malay, "ms_id": cfg.indonesian}
    index: dict[str, list[str]] = defaultdict(list)
    for code, words in lists.items():
        for word in words:
            index[word].append(code)
    return {word: tuple(codes) for word, codes in index.items()}


def is_malay(hits: dict[str, int], prior: str | None = None) -> bool:
    """Malay rather than Indonesian: enough Malay vocabulary, well ahead of Indonesian."""
    cfg = settings()
    need = cfg.malay_min_prior if prior == "ms" else cfg.malay_min
    ratio = 1.0 if prior == "ms" else cfg.malay_ratio
    return hits["ms"] >= need and hits["ms"] > ratio * hits["ms_id"]


def _words_decide(hits: dict[str, int]) -> bool:
    """True when the word lists alone settle the family: no detector vote could overturn them."""
    cfg = settings()
    ordered = sorted((hits[code] for code in _REGIONAL), reverse=True)
    return ordered[0] - ordered[1] > cfg.weight_cld3 + cfg.weight_py3langid


def _regional(
    ranked: list[tuple[str, float]], cld: tuple[str, float] | None, hits: dict[str, int]
) -> tuple[str, float, str]:
    """Indonesian, Javanese or Sundanese: the detectors' votes plus the word lists.

    The score is the winner's share of all the evidence, with one hit's worth of doubt added,
    so that a decision on little evidence does not claim certainty.
    """
    cfg = settings()
    score: dict[str, float] = {code: float(hits.get(code, 0)) for code in _REGIONAL}
    for code, p in ranked:
        code = "id" if code == "ms" else code
        if code in score:
            score[code] += cfg.weight_py3langid * p
    if cld is not None:
        cld_code = "id" if cld[0] == "ms" else cld[0]
        if cld_code in score:
            score[cld_code] += cfg.weight_cld3 * cld[1]
    order = sorted(score.items(), key=lambda kv: (-kv[1], _REGIONAL.index(kv[0])))
    best = order[0]
    total = sum(max(v, 0.0) for v in score.values()) + 1.0
    evidence = " ".join(f"{code}={value:.2f}" for code, value in order)
    return best[0], round(best[1] / total, 4), evidence


def detect_language(
    text: str, *, prior: str | None = None, backend: Backend = "default"
) -> LanguageResult:
    """Detect the language of one text. Same text, same answer, every run.

    ``prior`` is what the source says about itself ('ms' for a Malaysian outlet or domain,
    'id' for an Indonesian one); it only lowers the bar for Malay, it never replaces the text.
    """
    clean = normalise(text)
    cfg = settings()
    letters = sum(ch.isalpha() for ch in clean)
    if letters < cfg.min_letters:
        return LanguageResult("und", 0.0, "too_short", backend_name(backend))
    if backend == "langdetect":
        code, p = _run_langdetect(clean)
        return LanguageResult(code, round(p, 4), f"langdetect={code}:{p:.2f}", "langdetect")
    if backend == "cld3":
        code, p = _run_cld3(clean)
        return LanguageResult(code, round(p, 4), f"cld3={code}:{p:.2f}", "cld3")
    ranked = _run_py3langid(clean)
    top, top_p = ranked[0]
    raw = f"py3langid={top}:{top_p:.2f}"
    if backend == "py3langid":
        return LanguageResult(top, round(top_p, 4), raw, "py3langid")
    cld: tuple[str, float] | None = None
    if top not in _REGION_PY3:
        if top_p >= _CONFIDENT:
            return LanguageResult(top, round(top_p, 4), raw)
        cld = _run_cld3(clean)
        raw += f" cld3={cld[0]}:{cld[1]:.2f}"
        if cld[0] not in _REGION_CLD3:
            return LanguageResult(top, round(top_p, 4), raw)
    hits = word_hits(tokens(clean))
    if cld is None and not _words_decide(hits):
        cld = _run_cld3(clean)
        raw += f" cld3={cld[0]}:{cld[1]:.2f}"
    code, p, evidence = _regional(ranked, cld, hits)
    if code == "id" and is_malay(hits, prior):
        code = "ms"
    evidence += f" ms_words={hits['ms']} id_words={hits['ms_id']}"
    return LanguageResult(code, p, raw, DEFAULT_DETECTOR, evidence)


def backend_name(backend: Backend) -> str:
    return DEFAULT_DETECTOR if backend == "default" else backend


def prior_for(domain: str | None) -> str | None:
    """The Malaysian prior for a page's domain (``.my``, ``.bn``, ``.sg``), else None."""
    if not domain:
        return None
    tld = domain.lower().rstrip(".").rsplit(".", 1)[-1]
    return "ms" if tld in settings().malay_tlds else None


def detect_document(
    paragraphs: Sequence[str], *, prior: str | None = None, backend: Backend = "default"
) -> DocumentLanguage:
    """The body's main language, each language's share of characters, and the mixed flag.

    Each paragraph is detected on its own; the document's language is the one holding most of
    the body's characters (paragraphs too short to tell count as 'und'). Indonesian against
    Malay is decided once for the whole body, where the vocabulary evidence is strongest.
    """
    results = [detect_language(p, prior=prior, backend=backend) for p in paragraphs]
    if backend == "default":
        family = [r for r in results if r.language in ("id", "ms")]
        if family:
            body = " ".join(p for p, r in zip(paragraphs, results, strict=True) if r in family)
            whole = "ms" if is_malay(word_hits(tokens(normalise(body))), prior) else "id"
            results = [
                LanguageResult(whole, r.score, r.raw, r.detector, r.evidence)
                if r.language in ("id", "ms")
                else r
                for r in results
            ]
    chars: dict[str, int] = defaultdict(int)
    weighted: dict[str, float] = defaultdict(float)
    for paragraph, result in zip(paragraphs, results, strict=True):
        n = len(paragraph.strip())
        chars[result.language] += n
        weighted[result.language] += n * result.score
    total = sum(chars.values())
    if not total:
        return DocumentLanguage("und", 0.0, [], False, tuple(results))
    shares = sorted(
        ((code, round(n / total, 4)) for code, n in chars.items()), key=lambda x: (-x[1], x[0])
    )
    known = [s for s in shares if s[0] != "und"]
    if not known:
        return DocumentLanguage("und", 0.0, shares, False, tuple(results))
    main = known[0][0]
    mixed = len(known) >= 2 and known[1][1] >= MIXED_SHARE
    score = round(weighted[main] / chars[main], 4) if chars[main] else 0.0
    return DocumentLanguage(main, score, shares, mixed, tuple(results))
