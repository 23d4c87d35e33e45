"""The fixture pages of outlets in tests/fixtures/pages: the figures the issue asks for."""

from __future__ import annotations

import pytest

from scripts.eval_cleaning import evaluate


@pytest.fixture(scope="module")
def result() -> dict:  # type: ignore[type-arg]
    return evaluate()


@pytest.mark.parametrize("kind", ["html", "text"])
def test_body_recall_and_boilerplate_leak(result: dict, kind: str) -> None:  # type: ignore[type-arg]
    ours = result["ours"][kind]
    assert ours.pages >= 5
    assert ours.recall >= 0.95
    assert ours.leak <= 0.05


def test_better_than_trafilatura_alone(result: dict) -> None:  # type: ignore[type-arg]
    ours, alone = result["ours"]["all"], result["trafilatura"]["all"]
    assert ours.leak < alone.leak / 3
    assert ours.recall >= alone.recall - 0.01


def test_english_pages_no_worse_than_trafilatura(result: dict) -> None:  # type: ignore[type-arg]
    ours, alone = result["ours"]["english"], result["trafilatura"]["english"]
    assert ours.pages == 2
    assert ours.recall >= alone.recall
    assert ours.leak <= alone.leak
