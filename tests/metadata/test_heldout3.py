"""The metadata stage on the third held-out round (split 'heldout3' in tests/fixtures/meta).

Fourteen pages (nine HTML, five text dumps) from outlets the rules were never tuned or measured
on, labelled before the stage was run on them. Each target of the metadata issue is asserted on
this split alone; the ones the stage misses are strict xfails carrying the measured figure, so a
fix shows up as an unexpected pass.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from etl.metadata.evaluate import FIELDS, Score, got_fields, load_cases, score_cases
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


@pytest.mark.xfail(
    strict=True,
    reason="measured 0.79 (11/14): updated time taken for published on a KLY-style dump, "
    "no time from a 'Penulis | Editor | date' line, 2026-11-21 for a page dated 2 Desember 2023",
)
def test_published_to_the_minute_with_offset(score: Score) -> None:
    assert (score.mean("published") or 0.0) >= 0.90


@pytest.mark.xfail(
    strict=True,
    reason="measured 0.83: 'Kontributor Bali' kept as an author, no author from a dump whose "
    "first line is a breadcrumb, 'Newswire' kept as an author",
)
def test_author_set_f1(score: Score) -> None:
    assert (score.mean("authors") or 0.0) >= 0.85


@pytest.mark.xfail(
    strict=True,
    reason="measured 0.86 (12/14): no outlet for a SuaraSulsel.id dump, 'VIVA.co.id' for VIVA",
)
def test_outlet(score: Score) -> None:
    assert (score.mean("outlet") or 0.0) >= 0.95


def test_agency(score: Score) -> None:
    assert (score.mean("agencies") or 0.0) >= 0.90


@pytest.mark.xfail(strict=True, reason="measured: 'Newswire' as the author of a wire story")
def test_no_invented_values(results: dict[str, dict[str, Any]]) -> None:
    invented = []
    for case in CASES:
        for name, want in case.expected.items():
            if name in FIELDS and want in (None, []) and results[case.name][name] not in (None, []):
                invented.append((case.name, name, results[case.name][name]))
    assert invented == []


def test_cases_are_labelled_on_every_scored_field() -> None:
    for case in CASES:
        assert set(FIELDS) <= set(case.expected), case.name
