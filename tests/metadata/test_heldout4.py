"""The metadata stage on the fourth held-out round (split 'heldout4' in tests/fixtures/meta).

Fourteen pages (eight HTML, six text dumps) from outlets the rules had never been tuned or
measured on, labelled before the stage was run on them, and measured blind once: title 0.86,
time 0.93, authors F1 0.93, outlet 0.36 as strings, agency 0.86, one invented value (an outlet
domain on a dump that prints none). The stage was then generalized from its misses and the
outlet is scored by identity with the registry (etl/metadata/evaluate.py): heldout4 is no
longer held out, and every page must be right field by field.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from etl.metadata.evaluate import (
    FIELDS,
    Case,
    Score,
    compare,
    got_fields,
    invented,
    load_cases,
    score_cases,
)
from etl.pipeline import analyze

META = Path(__file__).resolve().parents[1] / "fixtures" / "meta"
CASES = [c for c in load_cases(META) if c.split == "heldout4"]


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


def test_outlet_strict_spelling_is_reported_beside_identity(score: Score) -> None:
    # the registry spells 'Tribun Bali' where the page says 'Tribun-Bali.com': identity is
    # right, the strict string match is lower and stays visible
    assert (score.mean("outlet") or 0.0) == 1.0
    assert (score.mean("outlet_strict") or 0.0) < (score.mean("outlet") or 0.0)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_field_by_field(case: Case, results: dict[str, dict[str, Any]]) -> None:
    got = results[case.name]
    wrong = {
        name: (got[name], want)
        for name, want in case.expected.items()
        if name in FIELDS and compare(name, got[name], want, case.expected) < 1.0
    }
    assert wrong == {}
