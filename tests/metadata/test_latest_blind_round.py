"""The latest blind round (split 'heldout7' in tests/fixtures/meta): 14 pages of 14 outlets the
metadata stage had never been tuned or measured on, labelled before the stage was run on them
and measured once. It has not been used to change the rules, so it is the current measure of
how the stage does on unseen outlets. Blind figures (outlet and domain by identity):

| pages | outlet | strict | domain | title | time | authors | editors | initials | agencies | photo | dateline | section |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| 14 | 0.64 | 0.50 | 0.93 | 0.71 | 0.93 | 1.00 | 0.98 | 0.71 | 1.00 | 0.79 | 0.79 | 0.64 |

Targets met: time, authors, agencies. Not met: outlet (regional sites the registry lacks are
named in another spelling, or by their network's or the agency's name) and title (a masthead or
caption line taken for the headline of a dump). A target the stage does not meet is a strict
xfail stating the measured figure, so the test turns red the day the figure changes; the
measured figures are floors so that no change falls below them unnoticed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from etl.metadata.evaluate import Score, got_fields, load_cases, score_cases
from etl.pipeline import analyze

META = Path(__file__).resolve().parents[1] / "fixtures" / "meta"
ROUND = "heldout7"
BLIND = {"outlet": 0.64, "title": 0.71, "published": 0.93, "authors": 1.00, "agencies": 1.00}
TARGETS = {"title": 0.90, "published": 0.90, "authors": 0.85, "outlet": 0.95, "agencies": 0.90}
NOT_MET = {"outlet", "title"}
CASES = [c for c in load_cases(META) if c.split == ROUND]


@pytest.fixture(scope="module")
def score() -> Score:
    results: dict[str, dict[str, Any]] = {
        c.name: got_fields(analyze(c.raw()).meta.meta) for c in CASES
    }
    by_split, _misses = score_cases(CASES, lambda c: results[c.name])
    return by_split["all"]


def test_the_round_is_there() -> None:
    assert len(CASES) >= 14
    assert {c.path.suffix for c in CASES} == {".html", ".txt"}


@pytest.mark.parametrize(
    "field",
    [
        pytest.param(
            f,
            marks=pytest.mark.xfail(strict=True, reason=f"measured blind: {f} {BLIND[f]:.2f}"),
        )
        if f in NOT_MET
        else f
        for f in TARGETS
    ],
)
def test_target(field: str, score: Score) -> None:
    assert (score.mean(field) or 0.0) >= TARGETS[field]


@pytest.mark.parametrize("field", tuple(BLIND))
def test_not_below_the_blind_figure(field: str, score: Score) -> None:
    assert (score.mean(field) or 0.0) >= BLIND[field] - 0.005
