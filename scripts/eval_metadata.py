"""Per-field accuracy of the metadata stage per outlet and overall, beside trafilatura's own.

    .venv/bin/python scripts/eval_metadata.py            # tables
    .venv/bin/python scripts/eval_metadata.py --misses   # and every wrong field

Cases: tests/fixtures/meta/<outlet>/<case>.{html,txt} with <case>.expected.json, and the six
real dev pages (tests/fixtures/dev_pages/labels.json). `split:heldout` rows are outlets the
rules were not tuned on. Authors and editors are set F1 per page; other fields are exact
(published: local time to the minute with the right offset). Outlet and domain are scored by
identity with the registry (etl/metadata/evaluate.py); `strict` and `dom-str` are the plain
string matches beside them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl.metadata.evaluate import (  # noqa: E402
    FIELDS,
    STRICT,
    Case,
    Score,
    got_fields,
    invented,
    load_cases,
    score_cases,
)
from etl.pipeline import analyze  # noqa: E402

META_DIR = ROOT / "tests" / "fixtures" / "meta"
DEV_DIR = ROOT / "tests" / "fixtures" / "dev_pages"


def ours(case: Case) -> dict[str, Any] | None:
    return got_fields(analyze(case.raw()).meta.meta)


def trafilatura_meta(case: Case) -> dict[str, Any] | None:
    """trafilatura's metadata on an HTML page (it reads no text dumps)."""
    if case.path.suffix != ".html":
        return None
    from trafilatura import extract_metadata

    html = case.path.read_bytes().decode("utf-8", errors="replace")
    doc = extract_metadata(html)
    date = None
    if doc.date:
        # trafilatura keeps the day only; a day is never right to the minute
        date = doc.date + "T00:00"
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return {
        "outlet": doc.sitename,
        "title": doc.title,
        "published": date,
        "authors": authors,
        "section": (doc.categories or [None])[0],
    }


def _fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:4.2f}"


def table(title: str, scores: dict[str, Score], fields: tuple[str, ...]) -> str:
    short = {
        "outlet_domain": "domain",
        "published": "time",
        "editor_initials": "initials",
        "photo_credits": "photo",
        "outlet_strict": "strict",
        "domain_strict": "dom-str",
    }
    heads = [short.get(f, f)[:8] for f in fields]
    lines = [title, f"{'':16} {'n':>3} " + " ".join(f"{h:>8}" for h in heads)]
    keys = sorted(k for k in scores if not k.startswith("split:") and k != "all")
    keys += [*sorted(k for k in scores if k.startswith("split:")), "all"]
    for key in keys:
        if key not in scores:
            continue
        s = scores[key]
        n = max(s.counts.values()) if s.counts else 0
        row = " ".join(f"{_fmt(s.mean(f)):>8}" for f in fields)
        lines.append(f"{key:16} {n:>3} {row}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="list every wrong field")
    parser.add_argument(
        "--split", help="only the pages of one split of splits.json ('heldout8', 'dev', ...)"
    )
    args = parser.parse_args(argv)
    cases = load_cases(META_DIR, DEV_DIR)
    if args.split:
        cases = [c for c in cases if c.split == args.split]
    scores, misses = score_cases(cases, ours)
    fields = (FIELDS[0], STRICT[FIELDS[0]], FIELDS[1], STRICT[FIELDS[1]], *FIELDS[2:])
    print(table(f"berita-etl metadata on {len(cases)} labelled pages", scores, fields))
    print()
    t_scores, _ = score_cases(cases, trafilatura_meta)
    t_fields = ("outlet", "title", "published", "authors", "section")
    print(table("trafilatura.extract_metadata on the same HTML pages", t_scores, t_fields))
    if args.misses:
        print()
        for case, name, got, want in misses:
            print(f"MISS {case.name} {name}: got {got!r} want {want!r}")
        for case in cases:
            for name, value in invented(case.expected, ours(case) or {}):
                print(f"INVENTED {case.name} {name}: {value!r} (the page states none)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
