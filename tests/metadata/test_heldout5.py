"""The metadata stage on the fifth held-out round (split 'heldout5' in tests/fixtures/meta).

Sixteen pages (nine HTML, seven text dumps) from outlets the rules had never been tuned or
measured on, labelled before the stage was run on them, and measured blind once: outlet 0.81 by
identity (0.56 as strings), title 0.81, time 0.88, authors F1 1.00, agency 0.94, photo credits
0.69, dateline 0.75, section 0.62. The misses were instances of general gaps (a menu entry taken
for a dump's headline, outlets the registry lacked that name themselves in a masthead or a
copyright line, a top-bar date, a `<time datetime>` header, 'Reuters melaporkan' past the first
paragraph, outlet names read as dateline places, credits set apart by a mark); the stage was
generalized from them (tests/metadata/test_self_named_outlets.py): heldout5 is no longer held
out, and every page must be right field by field.
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
CASES = [c for c in load_cases(META) if c.split == "heldout5"]


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, Any]]:
    return {c.name: got_fields(analyze(c.raw()).meta.meta) for c in CASES}


@pytest.fixture(scope="module")
def score(results: dict[str, dict[str, Any]]) -> Score:
    scores, _misses = score_cases(CASES, lambda c: results[c.name])
    return scores["all"]


def test_the_split_is_there() -> None:
    assert len(CASES) >= 16
    assert len({c.outlet_key for c in CASES}) >= 16
    assert {c.path.suffix for c in CASES} == {".html", ".txt"}


def test_title_exact(score: Score) -> None:
    """Blind: title 0.81 (menu entries taken for two dumps' headlines)."""
    assert (score.mean("title") or 0.0) >= 0.90


def test_published_to_the_minute_with_offset(score: Score) -> None:
    """Blind: time 0.88 (a top-bar date; a time only in `<time datetime>`)."""
    assert (score.mean("published") or 0.0) >= 0.90


def test_author_set_f1(score: Score) -> None:
    """Blind: authors F1 1.00."""
    assert (score.mean("authors") or 0.0) >= 0.85


def test_outlet(score: Score) -> None:
    """Blind: outlet 0.81 (three outlets the registry lacked, named only by the page)."""
    assert (score.mean("outlet") or 0.0) >= 0.95


def test_agency(score: Score) -> None:
    """Blind: agencies 0.94 ('Reuters melaporkan' in the third paragraph)."""
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
    # the registry spells 'Tribun Medan' where the page says 'Tribun-Medan.com': identity is
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
