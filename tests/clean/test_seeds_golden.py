"""The five seed dumps: the cleaner keeps exactly the expected body and drops each other line
for the expected reason (golden files in tests/fixtures/seeds/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etl.document import RawDocument
from etl.pipeline import analyze

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLDEN = ROOT / "tests" / "fixtures" / "seeds"


def _analyze(path: Path) -> object:
    data = path.read_bytes()
    return analyze(RawDocument(str(path), data, "text", path.name, size_bytes=len(data)))


@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_body_and_dropped_lines_match_golden(seed: Path) -> None:
    expected = json.loads((GOLDEN / f"{seed.stem}.expected.json").read_text("utf-8"))
    a = _analyze(seed)
    assert a.meta.meta.outlet == expected["outlet"]  # type: ignore[attr-defined]
    clean = a.clean  # type: ignore[attr-defined]
    assert clean.paragraphs == expected["body"]
    got = [{"line": v.line_no, "reason": v.reason, "text": v.text} for v in clean.dropped]
    assert got == expected["dropped"]


def test_golden_files_cover_the_promised_boilerplate() -> None:
    """The seeds between them carry every kind of boilerplate the cleaner must drop."""
    dropped = {
        d["text"]: d["reason"]
        for p in GOLDEN.glob("*.expected.json")
        for d in json.loads(p.read_text("utf-8"))["dropped"]
    }
    reasons = set(dropped.values())
    assert {"related_link", "caption", "comment", "widget", "footer", "metadata"} <= reasons
    assert dropped["4 + 4 ="] == "comment"
    assert dropped["A A A"] == "widget"
    assert dropped["loading..."] == "widget"
    assert dropped["Video Pilihan"] == "widget"
    assert dropped["Copyright © 2024 SINDOnews.com"] == "footer"
    assert dropped["Kompas.com - 20/11/2021, 10:27 WIB"] == "header"
    assert any(t.startswith("Baca juga:") for t in dropped)
    assert any("Telegram" in t for t in dropped)
