"""The metadata stage on the third held-out round (split 'heldout3' in tests/fixtures/meta).

Fourteen pages (nine HTML, five text dumps) from outlets the rules had never been tuned or
measured on, labelled before the stage was run on them. Measured blind once (title 0.93, time
0.79, authors F1 0.83, outlet 0.86, agency 1.00, one invented value); the stage was then
generalized from those misses, so this split is no longer held out. Each target of the
metadata issue is asserted on it alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from etl.metadata.evaluate import FIELDS, Score, got_fields, invented, load_cases, score_cases
from etl.pipeline import analyze

META = Path(__file__).resolve().parents[1] / "fixtures" / "meta"
CASES = [c for c in load_cases(META) if c.split == "heldout3"]


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, Any]]:
    return {c.name: got_fields(analyze(c.raw()).meta.meta) for c in CASES}


@pytest.fixture(scope="module")
def score(results: dict[str, dict[str, Any]]) -> Score:
    scores, _misses = score_cases(CASES, lambda c: results[c.name])
    return scores["all"]


def test_the_split_is_there() -> None:
    assert len(CASES) >= 14
    assert len({c.outlet_key for c in CASES}) >= 12
    assert {c.path.suffix for c in CASES} == {".html", ".txt"}


def test_title_exact(score: Score) -> None:
    assert (score.mean("title") or 0.0) >= 0.90


def test_published_to_the_minute_with_offset(score: Score) -> None:
    assert (score.mean("published") or 0.0) >= 0.90


def test_author_set_f1(score: Score) -> None:
    assert (score.mean("authors") or 0.0) >= 0.85


def test_outlet(score: Score) -> None:
    assert (score.mean("outlet") or 0.0) >= 0.95


def test_agency(score: Score) -> None:
    assert (score.mean("agencies") or 0.0) >= 0.90


def test_no_invented_values(results: dict[str, dict[str, Any]]) -> None:
    found = [
        (case.name, name, value)
        for case in CASES
        for name, value in invented(case.expected, results[case.name])
    ]
    assert found == []


def test_cases_are_labelled_on_every_scored_field() -> None:
    for case in CASES:
        assert set(FIELDS) <= set(case.expected), case.name
