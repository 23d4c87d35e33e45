"""Second held-out round (tests/fixtures/heldout2): regional bureaus and networks (Antara, Tribun,
Radar, Suara, Sindonews), papers, TV and radio sites, data and magazine pages, and English wire
and foreign outlets, none of which any other fixture set uses. Scored against the bars of the
issue; a bar the cleaner does not meet yet is a strict xfail that states the measured figure.

Figures: ``python -m scripts.eval_cleaning --pages tests/fixtures/heldout2 -v``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest

from scripts.eval_cleaning import ROOT, evaluate, sentences

HELDOUT2 = ROOT / "tests" / "fixtures" / "heldout2"
OTHER_SETS = [ROOT / "tests" / "fixtures" / name for name in ("pages", "heldout")]
RECALL_BAR = 0.95
LEAK_BAR = 0.05


@pytest.fixture(scope="module")
def result() -> dict:  # type: ignore[type-arg]
    return evaluate(HELDOUT2)


def _cases() -> list[tuple[Path, Path]]:
    out = []
    for expected in sorted(HELDOUT2.glob("*/*.expected.json")):
        case = expected.name.removesuffix(".expected.json")
        page = next(p for p in expected.parent.glob(case + ".*") if p.suffix in (".html", ".txt"))
        out.append((page, expected))
    return out


def _visible_text(page: Path) -> str:
    raw = page.read_text("utf-8")
    if page.suffix == ".html":
        root = lxml.html.document_fromstring(raw)
        for bad in root.xpath("//script|//style|//head"):
            bad.drop_tree()
        raw = root.text_content()
    return re.sub(r"\s+", " ", raw)


def test_heldout2_set_is_complete_and_consistent() -> None:
    cases = _cases()
    english = [page for page, _ in cases if page.parent.name == "english"]
    kinds = [page.suffix for page, _ in cases if page.parent.name != "english"]
    assert kinds.count(".html") >= 14 and kinds.count(".txt") >= 12 and len(english) >= 5
    outlets = {page.parent.name for page, _ in cases} - {"english"}
    for other in OTHER_SETS:
        assert not outlets & {p.name for p in other.iterdir() if p.is_dir()}, other
    for page, expected_path in cases:
        expected = json.loads(expected_path.read_text("utf-8"))
        assert expected["language"] == ("en" if page.parent.name == "english" else "id"), page
        assert 6 <= len(expected["body"]) <= 15, page
        assert sum(len(sentences(p)) for p in expected["body"]) >= 10, page
        assert not set(expected["body"]) & set(expected["boilerplate"]), page
        text = _visible_text(page)
        for line in expected["body"] + expected["boilerplate"]:
            assert re.sub(r"\s+", " ", line) in text, (page, line)


@pytest.mark.parametrize("kind", ["html", "text"])
def test_body_sentence_recall(result: dict, kind: str) -> None:  # type: ignore[type-arg]
    ours = result["ours"][kind]
    assert ours.pages >= (19 if kind == "html" else 12)
    assert ours.recall >= RECALL_BAR, f"{kind} recall {ours.recall:.1%}"


@pytest.mark.parametrize("kind", ["html", "text"])
def test_boilerplate_leak(result: dict, kind: str) -> None:  # type: ignore[type-arg]
    ours = result["ours"][kind]
    assert ours.leak <= LEAK_BAR, f"{kind} leak {ours.leak:.1%}"


def test_english_pages_no_worse_than_trafilatura(result: dict) -> None:  # type: ignore[type-arg]
    ours, alone = result["ours"]["english"], result["trafilatura"]["english"]
    assert ours.pages >= 5
    assert ours.recall >= alone.recall - 0.01
    assert ours.leak <= alone.leak
