"""Runs killed with SIGKILL at random moments: never a partial file, a lost row or a duplicate.

Each generation rewrites every input and adds one; a child process runs the dataset layer over
them and is killed at a random instant. After the kill every visible file must read, and once the
next run has repaired the dataset it must hold exactly the previous generation or exactly the new
one, one row per doc_id.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from etl.dataset import Dataset
from etl.pipeline import RunContext, process_inputs
from etl.readers import discover
from schemas import Article
from tests.conftest import ROOT, SEEDS
from tests.writers.helpers import visible

BASE_INPUTS = 30


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five seeds, processed for real, as JSON lines."""
    records = process_inputs(discover([str(SEEDS)]), RunContext(run_id="templates"))
    path = tmp_path_factory.mktemp("templates") / "articles.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            assert isinstance(r, Article)
            fh.write(r.model_dump_json() + "\n")
    return path


def _write_generation(inputs: Path, gen: int) -> int:
    inputs.mkdir(exist_ok=True)
    n = BASE_INPUTS + gen
    for i in range(n):
        (inputs / f"page_{i:04d}.txt").write_text(f"page {i} generation {gen}\n", "utf-8")
    return n


def _state(out: str) -> tuple[int, set[int]]:
    """(number of inputs, generations seen) of the visible rows, asserting one row per doc_id."""
    table = visible(out)
    ids = table.column("doc_id").to_pylist()
    assert len(ids) == len(set(ids)), "duplicate doc_id"
    gens = {int(t.rsplit("Generasi ", 1)[1].rstrip(".")) for t in table.column("text").to_pylist()}
    return len(ids), gens


def _all_files_read(out: str) -> None:
    ds = Dataset(out)
    ds.fs.invalidate_cache()
    for p in ds.fs.find(ds.path("articles")) if ds.fs.exists(ds.path("articles")) else []:
        if p.endswith(".parquet"):
            with ds.fs.open(p, "rb") as fh:
                pq.read_table(fh)  # a partial file would not


def _child(out: str, inputs: Path, templates: Path, gen: int) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.writers.crash_child",
            out,
            str(inputs),
            str(templates),
            str(gen),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )


def _kill_many(
    out: str, tmp_path: Path, templates: Path, rounds: int, seed: int, window: float
) -> int:
    rng = random.Random(seed)
    inputs = tmp_path / "inputs"
    expected = (0, set[int]())
    committed = killed = 0
    for gen in range(1, rounds + 1):
        n = _write_generation(inputs, gen)
        proc = _child(out, inputs, templates, gen)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        try:
            proc.wait(timeout=rng.uniform(0.0, window))  # a run takes about `window` s
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait()
        _all_files_read(out)
        ds = Dataset(out)
        with ds.lock("repair"):  # what the next run does first
            pass
        state = _state(out)
        after = (n, {gen})
        assert state in (expected, after), f"generation {gen}: {state} is neither before nor after"
        if proc.returncode == 0:
            assert state == after
            committed += 1
        expected = state
    # and the next run goes on from wherever the last one stopped
    proc = _child(out, inputs, templates, rounds)
    assert proc.wait(timeout=120) == 0
    assert _state(out) == (BASE_INPUTS + rounds, {rounds})
    assert killed > 0
    return committed


@pytest.mark.slow
def test_killed_runs_leave_before_or_after(tmp_path: Path, templates: Path) -> None:
    _kill_many(str(tmp_path / "out"), tmp_path, templates, rounds=25, seed=6, window=0.3)


@pytest.mark.slow
def test_killed_runs_on_s3_leave_before_or_after(
    tmp_path: Path, templates: Path, s3_output: str
) -> None:
    _kill_many(s3_output, tmp_path, templates, rounds=8, seed=7, window=1.5)
