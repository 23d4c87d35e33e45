"""The run report: what a run read, wrote and rejected, in numbers, as text, JSON and markdown."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, TextIO

from schemas import Article, Reject


@dataclass
class RunReport:
    run_id: str
    output: str
    inputs: int = 0
    documents: int = 0
    articles: int = 0
    rejects: int = 0
    skipped_unchanged: int = 0
    batches: int = 0
    runner: str = ""
    rejects_by_reason: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)
    outlets: dict[str, int] = field(default_factory=dict)
    dropped_lines_by_reason: dict[str, int] = field(default_factory=dict)
    duration_s: float = 0.0
    started_at: str = ""
    finished_at: str = ""

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.duration_s if self.duration_s > 0 else 0.0

    def add(self, records: Iterable[Article | Reject]) -> None:
        reasons: Counter[str] = Counter(self.rejects_by_reason)
        langs: Counter[str] = Counter(self.languages)
        outs: Counter[str] = Counter(self.outlets)
        for r in records:
            self.documents += 1
            if isinstance(r, Article):
                self.articles += 1
                langs[r.language] += 1
                outs[r.outlet or "(unknown)"] += 1
            else:
                self.rejects += 1
                reasons[f"{r.stage}/{r.reason}"] += 1
        self.rejects_by_reason = dict(reasons.most_common())
        self.languages = dict(langs.most_common())
        self.outlets = dict(outs.most_common())

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RunReport:
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["docs_per_s"] = round(self.docs_per_s, 2)
        return d

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False, sort_keys=True)

    def summary(self) -> str:
        """The one-screen summary `berita run` prints."""
        lines = [
            f"berita run {self.run_id}",
            f"  output          {self.output}",
            f"  inputs          {self.inputs}"
            + (f" in {self.batches} batches on {self.runner}" if self.runner else ""),
            f"  documents read  {self.documents}"
            + (
                f"  ({self.skipped_unchanged} unchanged inputs skipped)"
                if self.skipped_unchanged
                else ""
            ),
            f"  articles        {self.articles}",
            f"  rejects         {self.rejects}",
        ]
        for reason, n in self.rejects_by_reason.items():
            lines.append(f"    {reason:<26}{n}")
        if self.languages:
            lines.append(
                "  languages       " + ", ".join(f"{k} {v}" for k, v in self.languages.items())
            )
        if self.outlets:
            top = list(self.outlets.items())[:8]
            lines.append("  outlets         " + ", ".join(f"{k} {v}" for k, v in top))
        lines.append(
            f"  time            {self.duration_s:.1f} s ({self.docs_per_s:.1f} documents/s)"
        )
        return "\n".join(lines)

    def to_markdown(self) -> str:
        rows = [
            "| | |",
            "|---|---|",
            f"| inputs | {self.inputs} |",
            f"| documents | {self.documents} |",
            f"| articles | {self.articles} |",
            f"| rejects | {self.rejects} |",
            f"| duration | {self.duration_s:.1f} s |",
            f"| throughput | {self.docs_per_s:.1f} documents/s |",
        ]
        if self.runner:
            rows.append(f"| batches | {self.batches} on {self.runner} |")
        md = [f"# berita run `{self.run_id}`", "", f"Output: `{self.output}`", "", *rows]
        if self.rejects_by_reason:
            md += ["", "## Rejects by reason", "", "| reason | count |", "|---|---|"]
            md += [f"| {k} | {v} |" for k, v in self.rejects_by_reason.items()]
        if self.languages:
            md += ["", "## Languages", "", "| language | articles |", "|---|---|"]
            md += [f"| {k} | {v} |" for k, v in self.languages.items()]
        if self.outlets:
            md += ["", "## Outlets", "", "| outlet | articles |", "|---|---|"]
            md += [f"| {k} | {v} |" for k, v in self.outlets.items()]
        return "\n".join(md) + "\n"


class ProgressDisplay:
    """Progress of a local run: a bar on a terminal, plain lines otherwise.

    ``update(done, total)`` is called with input files done so far. On a terminal it draws a
    bar with the count, the rate and the time left (rich); elsewhere (a log file, CI) it writes
    one line every ``every_share`` of the run or ``every_s`` seconds, and one at the end.
    """

    def __init__(
        self,
        stream: TextIO | None = None,
        tty: bool | None = None,
        every_share: float = 0.1,
        every_s: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.every_share = every_share
        self.every_s = every_s
        self.clock = clock
        self.started = clock()
        self._last_time = self.started
        self._last_share = 0.0
        self._bar: Any = None
        self._bar_task: Any = None

    def __enter__(self) -> ProgressDisplay:
        self.started = self._last_time = self.clock()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    @staticmethod
    def line(done: int, total: int, elapsed: float) -> str:
        rate = done / elapsed if elapsed > 0 else 0.0
        left = (total - done) / rate if rate > 0 else None
        share = 100.0 * done / total if total else 100.0
        eta = f"ETA {left:.0f} s" if left is not None else "ETA unknown"
        return f"berita: {done}/{total} inputs ({share:.0f}%), {rate:.1f} inputs/s, {eta}"

    def update(self, done: int, total: int) -> None:
        if done == 0:  # the batches start now: rate and ETA count from here
            self.started = self._last_time = self.clock()
        if self.tty:
            self._draw(done, total)
            return
        now = self.clock()
        share = done / total if total else 1.0
        due = share - self._last_share >= self.every_share or now - self._last_time >= self.every_s
        if done >= total or due:
            self._last_time, self._last_share = now, share
            print(self.line(done, total, now - self.started), file=self.stream, flush=True)

    def _draw(self, done: int, total: int) -> None:
        if self._bar is None:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TaskProgressColumn,
                TextColumn,
                TimeRemainingColumn,
            )

            self._bar = Progress(
                TextColumn("inputs"),
                BarColumn(),
                MofNCompleteColumn(),
                TaskProgressColumn(),
                TextColumn("{task.fields[rate]}"),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=Console(file=self.stream),
                transient=False,
            )
            self._bar.start()
            self._bar_task = self._bar.add_task("run", total=total, rate="")
        elapsed = self.clock() - self.started
        rate = f"{done / elapsed:.1f}/s" if elapsed > 0 else ""
        self._bar.update(self._bar_task, completed=done, total=total, rate=rate)
