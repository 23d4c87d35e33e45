"""Language identification on labelled held-out text, per paragraph and per document."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from etl.language import (
    DocumentLanguage,
    LanguageResult,
    detect_document,
    detect_language,
    prior_for,
)

ROOT = Path(__file__).resolve().parent.parent
LANGID = ROOT / "tests" / "fixtures" / "langid"


def _rows(split: str) -> list[dict[str, str]]:
    name = "heldout.jsonl" if split == "heldout" else "tune.jsonl"
    rows = [json.loads(line) for line in (LANGID / name).read_text("utf-8").splitlines()]
    formal = (LANGID / "formal.jsonl").read_text("utf-8").splitlines()
    rows += [r for r in map(json.loads, formal) if r["split"] == split]
    return rows


@pytest.fixture(scope="module")
def heldout_accuracy() -> dict[tuple[str, str], float]:
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for row in _rows("heldout"):
        if row["bucket"] in ("word", "pair"):
            continue
        key = (row["lang"], row["bucket"])
        counts[key][0] += detect_language(row["text"]).language == row["lang"]
        counts[key][1] += 1
    return {key: ok / n for key, (ok, n) in counts.items()}


@pytest.mark.parametrize(
    ("lang", "bucket", "target"),
    [
        ("id", "sentence", 0.97),
        ("id", "paragraph", 0.97),
        ("en", "sentence", 0.99),
        ("en", "paragraph", 0.99),
        ("jv", "sentence", 0.95),
        ("jv", "paragraph", 0.95),
        ("su", "sentence", 0.93),
        ("su", "paragraph", 0.93),
        ("id", "short", 0.85),
        ("id", "formal", 0.90),
        ("ms", "formal", 0.80),
    ],
)
def test_heldout_accuracy_meets_target(
    heldout_accuracy: dict[tuple[str, str], float], lang: str, bucket: str, target: float
) -> None:
    assert heldout_accuracy[(lang, bucket)] >= target


def test_other_languages_are_not_pulled_into_indonesian(
    heldout_accuracy: dict[tuple[str, str], float],
) -> None:
    for lang in ("de", "fr", "nl", "tl", "vi", "ar", "zh"):
        assert heldout_accuracy[(lang, "sentence")] >= 0.9, lang


def test_same_answer_in_a_fresh_process_with_another_hash_seed() -> None:
    texts = [r["text"] for r in _rows("heldout") if r["bucket"] in ("short", "sentence")][:300]
    here = [(r.language, r.score) for r in map(detect_language, texts)]
    code = (
        "import json,sys\n"
        "from etl.language import detect_language\n"
        "texts=json.load(sys.stdin)\n"
        "print(json.dumps([[r.language, r.score] for r in map(detect_language, texts)]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"PYTHONHASHSEED": "4242", "PATH": ""},
    ).stdout
    there = [tuple(pair) for pair in json.loads(out)]
    assert here == there


def test_langdetect_backend_is_seeded() -> None:
    text = "Ini kalimat pendek yang dulu berganti jawaban dari satu jalan ke jalan lain."
    answers = {detect_language(text, backend="langdetect").language for _ in range(20)}
    assert answers == {"id"}
    assert detect_language(text, backend="langdetect").detector == "langdetect"


def test_result_carries_the_detectors_raw_answer() -> None:
    result = detect_language(
        "Harga cabai di pasar induk naik hampir dua kali lipat sejak pekan lalu."
    )
    assert isinstance(result, LanguageResult)
    assert result.language == "id"
    assert result.raw.startswith("py3langid=")
    assert 0.0 < result.score <= 1.0


@pytest.mark.parametrize("text", ["", "   ", "OK", "12.000", "https://www.example.com/a/b", "Ya."])
def test_too_little_text_is_und(text: str) -> None:
    result = detect_language(text)
    assert result.language == "und"
    assert result.score == 0.0


def test_malay_needs_vocabulary_and_the_prior_only_lowers_the_bar() -> None:
    # One Malay marker (bahawa) in otherwise shared vocabulary: Indonesian without a prior.
    weak = "Menteri itu menyatakan bahawa harga beras akan turun dalam masa dua bulan lagi."
    assert detect_language(weak).language == "id"
    assert detect_language(weak, prior="ms").language == "ms"
    # A Malaysian prior does not turn plainly Indonesian text into Malay.
    indonesian = (
        "Pemerintah provinsi menyebutkan bahwa wisatawan mancanegara meningkat setelah "
        "pembatasan perjalanan dicabut pada Agustus lalu."
    )
    assert detect_language(indonesian, prior="ms").language == "id"


def test_prior_for_domain() -> None:
    assert prior_for("www.bharian.com.my") == "ms"
    assert prior_for("kompas.com") is None
    assert prior_for(None) is None


def test_document_shares_and_mixed_flag() -> None:
    indonesian = (
        "Kepolisian menangkap tiga pria yang diduga terlibat perampokan minimarket pada Rabu "
        "dini hari. Ketiga tersangka kini ditahan untuk pemeriksaan lebih lanjut oleh penyidik."
    )
    english = (
        "The company said in a statement that it would cooperate fully with the investigation "
        "and had suspended the employees involved."
    )
    doc = detect_document([indonesian, indonesian, english])
    assert isinstance(doc, DocumentLanguage)
    assert doc.language == "id"
    assert doc.mixed is True
    shares = dict(doc.shares)
    assert set(shares) == {"id", "en"}
    assert sum(shares.values()) == pytest.approx(1.0, abs=1e-3)
    assert 0.2 <= shares["en"] < 0.5
    assert [p.language for p in doc.paragraphs] == ["id", "id", "en"]

    single = detect_document([indonesian] * 6 + [english[:60]])
    assert single.language == "id"
    assert single.mixed is False


def test_document_decides_malay_on_the_whole_body() -> None:
    paragraphs = [
        "Kerajaan negeri akan menaik taraf jalan di kawasan itu tahun depan.",
        "Projek tersebut dijangka siap dalam tempoh 18 bulan, kata jurucakap jabatan.",
        "Orang ramai dinasihatkan supaya sentiasa berwaspada ketika memandu di kawasan itu.",
    ]
    doc = detect_document(paragraphs)
    assert doc.language == "ms"
    assert {p.language for p in doc.paragraphs} == {"ms"}


def test_empty_document_is_und() -> None:
    doc = detect_document([])
    assert doc.language == "und"
    assert doc.shares == []
    assert doc.mixed is False


def test_seed_articles_are_indonesian(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        lines = [ln.strip() for ln in path.read_text("utf-8", errors="replace").splitlines()]
        paragraphs = [ln for ln in lines if len(ln.split()) >= 8]
        doc = detect_document(paragraphs)
        assert doc.language == "id", path.name
