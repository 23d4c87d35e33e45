"""Body sentence recall and boilerplate leak of the cleaner, per outlet and overall.

Reads every ``tests/fixtures/pages/<outlet>/<case>.{html,txt}`` with its
``<case>.expected.json`` (``body``: the article's paragraphs; ``boilerplate``: lines on the page
that are not news) and compares the body ``berita`` keeps with trafilatura alone on the same page
(for a text dump trafilatura has no HTML to work on, so "alone" keeps every line).

- recall: share of the expected body's sentences found in the output;
- leak: share of the expected boilerplate lines found in the output (a short line counts when
  an output paragraph equals it, a line of four words or more when a paragraph contains it).

Usage: ``python -m scripts.eval_cleaning [--mode precision|balanced|recall] [--pages DIR]
[--json]``; ``--pages tests/fixtures/heldout`` scores the held-out pages (outlets the rules
were not written for) instead of ``tests/fixtures/pages``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from etl.clean import html as html_stage
from etl.clean.lines import classify, normalize_line
from etl.clean.templates import html_lines, outlet_of
from etl.errors import StageError

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "fixtures" / "pages"
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“A-Z0-9])")


def sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(paragraph) if len(s.split()) >= 3]


@dataclass
class Score:
    sentences: int = 0
    kept: int = 0
    boiler: int = 0
    leaked: int = 0
    pages: int = 0
    missed: list[str] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.sentences += other.sentences
        self.kept += other.kept
        self.boiler += other.boiler
        self.leaked += other.leaked
        self.pages += other.pages

    @property
    def recall(self) -> float:
        return self.kept / self.sentences if self.sentences else 1.0

    @property
    def leak(self) -> float:
        return self.leaked / self.boiler if self.boiler else 0.0


def score(output: list[str], body: list[str], boilerplate: list[str]) -> Score:
    joined = " " + " ".join(normalize_line(p) for p in output) + " "
    paras = {normalize_line(p) for p in output}
    s = Score(pages=1)
    for para in body:
        for sent in sentences(para):
            s.sentences += 1
            if " " + normalize_line(sent) + " " in joined:
                s.kept += 1
            else:
                s.missed.append(sent)
    for line in boilerplate:
        norm = normalize_line(line)
        if not norm:
            continue
        s.boiler += 1
        if norm in paras or (len(norm.split()) >= 4 and " " + norm + " " in joined):
            s.leaked += 1
            s.leaks.append(line)
    return s


def ours(path: Path, url: str | None) -> list[str]:
    """The clean stage as the pipeline runs it: extraction (HTML), outlet rules, line filter."""
    text = path.read_text("utf-8", "replace")
    try:
        if path.suffix == ".html":
            lines, canonical = html_lines(text)
            extracted = html_stage.extract_guarded(text, url=url)
            outlet = outlet_of(url or canonical, "\n".join(lines[:400]))
            title = extracted.title
            clean = classify(extracted.text, outlet=outlet, structured=False, title=title)
        else:
            clean = classify(text, outlet=outlet_of(url, text), structured=True)
    except StageError:
        return []
    return clean.paragraphs


def trafilatura_alone(path: Path, url: str | None) -> list[str]:
    text = path.read_text("utf-8", "replace")
    if path.suffix != ".html":
        return [line for line in text.split("\n") if line.strip()]
    try:
        extracted = html_stage.extract(text, url=url, mode=html_stage.DEFAULT_MODE)
    except StageError:
        return []
    return [line for line in extracted.text.split("\n") if line.strip()]


def evaluate(pages: Path = PAGES) -> dict[str, dict[str, Score]]:
    """{"ours" | "trafilatura": {group: Score}}; groups: outlets, html, text, all."""
    out: dict[str, dict[str, Score]] = {
        "ours": defaultdict(Score),
        "trafilatura": defaultdict(Score),
    }
    for expected_path in sorted(pages.glob("*/*.expected.json")):
        case = expected_path.name.removesuffix(".expected.json")
        page = next(
            (p for p in expected_path.parent.glob(case + ".*") if p.suffix in (".html", ".txt")),
            None,
        )
        if page is None:
            continue
        expected = json.loads(expected_path.read_text("utf-8"))
        url = expected.get("url")
        kind = "html" if page.suffix == ".html" else "text"
        outlet = expected_path.parent.name
        for name, fn in (("ours", ours), ("trafilatura", trafilatura_alone)):
            s = score(fn(page, url), expected["body"], expected["boilerplate"])
            for group in (outlet, kind, "all"):
                out[name][group].add(s)
            key = f"{outlet}/{page.name}"
            out[name][key].add(s)
            out[name][key].missed, out[name][key].leaks = s.missed, s.leaks
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mode", choices=["precision", "balanced", "recall"], default=None)
    parser.add_argument(
        "--pages", type=Path, default=PAGES, help="directory of <outlet>/<case> pages to score"
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true", help="list missed and leaked")
    args = parser.parse_args(argv)
    if args.mode:
        html_stage.DEFAULT_MODE = args.mode
    result = evaluate(args.pages)
    if args.json:
        print(
            json.dumps(
                {
                    name: {g: {"recall": s.recall, "leak": s.leak} for g, s in groups.items()}
                    for name, groups in result.items()
                },
                indent=1,
            )
        )
        return 0
    print(f"trafilatura mode: {html_stage.DEFAULT_MODE}")
    print(f"{'group':<34}{'pages':>6}{'recall':>9}{'leak':>8}   {'traf. recall':>12}{'leak':>8}")
    groups = [g for g in result["ours"] if "/" not in g and g not in ("html", "text", "all")]
    for g in [*sorted(groups), "html", "text", "all"]:
        o, t = result["ours"][g], result["trafilatura"][g]
        print(
            f"{g:<34}{o.pages:>6}{o.recall:>9.1%}{o.leak:>8.1%}   {t.recall:>12.1%}{t.leak:>8.1%}"
        )
    if args.verbose:
        for g, s in result["ours"].items():
            if "/" in g and (s.missed or s.leaks):
                print(f"\n{g}")
                for m in s.missed:
                    print(f"   missed: {m[:110]}")
                for m in s.leaks:
                    print(f"   leaked: {m[:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
