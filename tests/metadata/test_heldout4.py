"""The metadata stage on the fourth held-out round (split 'heldout4' in tests/fixtures/meta).

Fourteen pages (eight HTML, six text dumps) from outlets the rules had never been tuned or
measured on, labelled before the stage was run on them, and measured blind once:
title 0.86, time 0.93, authors F1 0.93, outlet 0.36, agency 0.86, one invented value (an
outlet domain on a dump that prints none). The targets the stage misses on this split are
marked xfail(strict) with the measured figure, so a fix shows up here as an unexpected pass.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from etl.metadata.evaluate import FIELDS, Score, got_fields, load_cases, score_cases
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


@pytest.mark.xfail(strict=True, reason="measured 0.86 blind (Kompas.id and Lampost.co dumps)")
def test_title_exact(score: Score) -> None:
    assert (score.mean("title") or 0.0) >= 0.90


def test_published_to_the_minute_with_offset(score: Score) -> None:
    assert (score.mean("published") or 0.0) >= 0.90


def test_author_set_f1(score: Score) -> None:
    assert (score.mean("authors") or 0.0) >= 0.85


@pytest.mark.xfail(strict=True, reason="measured 0.36 blind (names from the registry, none)")
def test_outlet(score: Score) -> None:
    assert (score.mean("outlet") or 0.0) >= 0.95


@pytest.mark.xfail(strict=True, reason="measured 0.86 blind ('(ANTARA)', 'Antara/PRNewswire')")
def test_agency(score: Score) -> None:
    assert (score.mean("agencies") or 0.0) >= 0.90


@pytest.mark.xfail(strict=True, reason="measured 1 invented value (outlet_domain on a dump)")
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
