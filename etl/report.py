"""The run report: what a run read, wrote and rejected, in numbers, as text, JSON and markdown."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

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
            f"| documents | {self.documents} |",
            f"| articles | {self.articles} |",
            f"| rejects | {self.rejects} |",
            f"| duration | {self.duration_s:.1f} s |",
            f"| throughput | {self.docs_per_s:.1f} documents/s |",
        ]
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
