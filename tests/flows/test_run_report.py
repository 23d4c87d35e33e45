"""The run report's figures and the progress display of local runs."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

from etl.pipeline import RunContext, process_inputs
from etl.readers import discover
from etl.report import ProgressDisplay, RunReport
from tests.conftest import FIXTURES, SEEDS


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _records(tmp_path):  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.html.gz"
    broken.write_bytes(b"not gzip at all")
    items = discover([str(SEEDS), str(FIXTURES / "dev_pages" / "okezone_1.html"), str(broken)])
    return items, process_inputs(items, RunContext(run_id="r1"))


def test_report_counts_articles_rejects_languages_outlets(tmp_path) -> None:  # type: ignore[no-untyped-def]
    items, records = _records(tmp_path)
    report = RunReport(run_id="r1", output=str(tmp_path), inputs=len(items))
    report.add(records)
    assert report.documents == len(items) == 7
    assert report.articles + report.rejects == report.documents
    assert report.rejects_by_reason == {"read/bad_gzip": 1}
    assert report.languages == {"id": 6}
    assert report.outlets["Kompas.com"] == 2
    assert sum(report.outlets.values()) == report.articles
    report.duration_s = 2.0
    data = json.loads(report.to_json())
    assert data["docs_per_s"] == 3.5
    assert data["rejects_by_reason"] == {"read/bad_gzip": 1}
    assert RunReport.from_dict(data).to_dict() == data
    md = report.to_markdown()
    assert "| read/bad_gzip | 1 |" in md and "| throughput | 3.5 documents/s |" in md


def test_progress_lines_when_not_on_a_terminal() -> None:
    out, clock = io.StringIO(), FakeClock()
    with ProgressDisplay(stream=out, tty=False, every_share=0.25, every_s=60, clock=clock) as p:
        p.update(0, 100)
        for done in range(10, 101, 10):
            clock.now += 1.0
            p.update(done, 100)
    lines = out.getvalue().splitlines()
    # a line at 30%, 60%, 90% (a quarter of the run since the last one) and at the end
    assert [line.split()[1] for line in lines] == ["30/100", "60/100", "90/100", "100/100"]
    assert lines[0] == "berita: 30/100 inputs (30%), 10.0 inputs/s, ETA 7 s"
    assert lines[-1].endswith("ETA 0 s")


def test_progress_line_after_a_quiet_spell() -> None:
    out, clock = io.StringIO(), FakeClock()
    p = ProgressDisplay(stream=out, tty=False, every_share=0.5, every_s=30, clock=clock)
    p.update(0, 1000)
    clock.now += 40
    p.update(20, 1000)
    assert out.getvalue() == "berita: 20/1000 inputs (2%), 0.5 inputs/s, ETA 1960 s\n"


def test_progress_bar_on_a_terminal() -> None:
    out, clock = io.StringIO(), FakeClock()
    with ProgressDisplay(stream=out, tty=True, clock=clock) as p:
        p.update(0, 40)
        clock.now += 2
        p.update(10, 40)
        clock.now += 2
        p.update(40, 40)
    text = out.getvalue()
    assert "40/40" in text and "100%" in text and "10.0/s" in text
    assert "berita:" not in text  # a bar, not log lines


def test_report_timestamps_are_kept(tmp_path) -> None:  # type: ignore[no-untyped-def]
    started = datetime(2024, 5, 1, 3, 0, tzinfo=UTC).isoformat()
    report = RunReport(
        run_id="r2", output=str(tmp_path), started_at=started, runner="2 local processes", batches=3
    )
    assert "3 batches on 2 local processes" in report.summary()
    assert RunReport.from_dict(report.to_dict()).started_at == started
