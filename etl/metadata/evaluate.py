"""Score the metadata stage against labelled pages: per-field accuracy per outlet and overall.

A labelled case is a page (``.html`` or ``.txt``) beside ``<case>.expected.json`` holding the
metadata a careful reader finds on it (null or ``[]`` where the page does not state it; a
``published`` of ``YYYY-MM-DD`` where the page prints its day but no time). The six
real dev pages are scored from their ``labels.json`` (fields under ``unlabelled`` are skipped).
Used by ``scripts/eval_metadata.py`` and by the tests that hold the stage to its targets.

Outlet and domain are scored by identity, the registry's convention (docs/quality-metadata.md):
``outlet`` is right when the prediction is the registry entry the label names (the label is the
entry's name, one of its site names or a domain), ``outlet_domain`` when it is the registrable
domain of that entry's canonical host, the label's own spelling otherwise. The strict string
matches are scored beside them as ``outlet_strict`` and ``domain_strict``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from etl.document import Metadata, RawDocument
from etl.knowledge import Outlet, outlet_by_name
from etl.metadata.outlet import registrable_domain

#: Fields scored, in report order. `authors` and `editors` are scored by set F1, the rest 0/1.
FIELDS = (
    "outlet",
    "outlet_domain",
    "title",
    "published",
    "authors",
    "editors",
    "editor_initials",
    "agencies",
    "photo_credits",
    "dateline",
    "section",
)
SET_F1 = {"authors", "editors"}
#: Identity-scored fields and the name their strict string match is reported under.
STRICT = {"outlet": "outlet_strict", "outlet_domain": "domain_strict"}


@dataclass
class Case:
    """One labelled page."""

    outlet_key: str  # folder name (kompas, detik, ...) or the dev page's outlet
    name: str
    path: Path
    expected: dict[str, Any]
    split: str  # a split of splits.json ("tune", "heldout", ...), "dev", or "unsplit"

    def raw(self) -> RawDocument:
        fmt = "html" if self.path.suffix == ".html" else "text"
        return RawDocument(
            source_path=str(self.path),
            data=self.path.read_bytes(),
            format=fmt,
            relative_path=self.path.name,
            url=self.expected.get("url"),
        )


@dataclass
class Score:
    """Per-field sums over cases: value in [0, 1] per case and field."""

    sums: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, value: float) -> None:
        self.sums[name] = self.sums.get(name, 0.0) + value
        self.counts[name] = self.counts.get(name, 0) + 1

    def mean(self, name: str) -> float | None:
        n = self.counts.get(name, 0)
        return self.sums[name] / n if n else None


def load_cases(meta_dir: Path, dev_dir: Path | None = None) -> list[Case]:
    """Every labelled case under ``meta_dir/<outlet>/`` and, if given, the dev pages."""
    splits = json.loads((meta_dir / "splits.json").read_text("utf-8"))
    split_of = {o: s for s, names in splits.items() if isinstance(names, list) for o in names}
    cases: list[Case] = []
    for expected_path in sorted(meta_dir.glob("*/*.expected.json")):
        stem = expected_path.name[: -len(".expected.json")]
        pages = [p for p in expected_path.parent.glob(stem + ".*") if p.suffix in (".html", ".txt")]
        if not pages:
            continue
        outlet_key = expected_path.parent.name
        cases.append(
            Case(
                outlet_key=outlet_key,
                name=f"{outlet_key}/{pages[0].name}",
                path=pages[0],
                expected=json.loads(expected_path.read_text("utf-8")),
                # a folder in no split of splits.json is being written: measured, never tuned on
                split=split_of.get(outlet_key, "unsplit"),
            )
        )
    if dev_dir is not None and (dev_dir / "labels.json").exists():
        labels = json.loads((dev_dir / "labels.json").read_text("utf-8"))
        for name, label in sorted(labels.items()):
            skip = set(label.get("unlabelled", []))
            expected: dict[str, Any] = {
                "outlet": label["outlet"],
                "title": label["title"],
                "published": label["published"],
                "authors": label["authors"],
                "agencies": [label["agency"]] if label.get("agency") else [],
                "dateline": label["dateline"].title() if label.get("dateline") else None,
            }
            for key in skip:
                expected.pop(key, None)
            cases.append(
                Case(
                    outlet_key=name.split("_")[0],
                    name=f"dev/{name}",
                    path=dev_dir / name,
                    expected=expected,
                    split="dev",
                )
            )
    return cases


def _minute(value: datetime | str | None) -> str | None:
    """A date-time as local ISO to the minute with its offset: '2023-05-02T10:15+07:00'."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        return value.isoformat(timespec="minutes") + "?"  # a naive time is never right
    return value.isoformat(timespec="minutes")


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(value.split()).casefold()
    return value


def set_f1(got: Iterable[str], want: Iterable[str]) -> float:
    g = {_norm(x) for x in got}
    w = {_norm(x) for x in want}
    if not g and not w:
        return 1.0
    if not g or not w:
        return 0.0
    tp = len(g & w)
    if tp == 0:
        return 0.0
    p, r = tp / len(g), tp / len(w)
    return 2 * p * r / (p + r)


def _entry(name: Any) -> Outlet | None:
    return outlet_by_name(name) if isinstance(name, str) and name else None


def registry_domain(outlet: Any) -> str | None:
    """The ``outlet_domain`` the convention gives a registry outlet (None: not in the registry)."""
    entry = _entry(outlet)
    return registrable_domain(entry.domain) if entry else None


def compare(name: str, got: Any, want: Any, expected: dict[str, Any] | None = None) -> float:
    """Score of one field of one page, in [0, 1]; ``expected`` is the page's whole label."""
    if name == "outlet" and got is not None and want is not None:
        entry = _entry(want)
        if entry is not None and _entry(got) is entry:
            return 1.0
    # the registry's domain for the outlet the label names, whichever of the outlet's
    # domains (or none) the label spells
    if (
        name == "outlet_domain"
        and got is not None
        and got == registry_domain((expected or {}).get("outlet"))
    ):
        return 1.0
    return strict(name, got, want)


def strict(name: str, got: Any, want: Any) -> float:
    """Score of one field of one page as the label spells it, in [0, 1]."""
    if name in SET_F1:
        return set_f1(got or [], want or [])
    if name == "published":
        if isinstance(want, str) and len(want) == 10:
            # the page prints its day only ('2024-06-04'): that day, whatever time is given
            return float(isinstance(got, datetime) and got.date().isoformat() == want)
        return float(_minute(got) == _minute(want))
    if name in ("agencies", "photo_credits", "editor_initials"):
        return float({_norm(x) for x in got or []} == {_norm(x) for x in want or []})
    if name == "title":
        # exact, bar whitespace: casing is part of the headline
        return float((" ".join(got.split()) if got else None) == want)
    return float(_norm(got) == _norm(want))


def invented(expected: dict[str, Any], got: dict[str, Any]) -> list[tuple[str, Any]]:
    """Values the stage gives where the label says the page states none.

    An ``outlet_domain`` that is the registry's domain of the outlet found is no invention: the
    registry knows it (the documented convention), even on a dump that prints no domain.
    """
    out = []
    for name, want in expected.items():
        if name not in FIELDS or want not in (None, []) or got.get(name) in (None, []):
            continue
        if name == "outlet_domain" and got[name] == registry_domain(got.get("outlet")):
            continue
        out.append((name, got[name]))
    return out


def got_fields(meta: Metadata) -> dict[str, Any]:
    """The scored fields of the stage's result."""
    return {
        "outlet": meta.outlet,
        "outlet_domain": meta.outlet_domain,
        "title": meta.title,
        "published": meta.published_at,
        "authors": meta.authors,
        "editors": meta.editors,
        "editor_initials": meta.editor_initials,
        "agencies": meta.agencies,
        "photo_credits": meta.photo_credits,
        "dateline": meta.dateline,
        "section": meta.section,
    }


def score_cases(
    cases: list[Case], extract: Callable[[Case], dict[str, Any] | None]
) -> tuple[dict[str, Score], list[tuple[Case, str, Any, Any]]]:
    """Scores keyed by outlet, split and 'all'; and every miss as (case, field, got, want).

    ``extract`` gives the scored fields of a case (None: the extractor cannot read this page,
    e.g. trafilatura on a text dump; such a case is not scored).
    """
    scores: dict[str, Score] = {}
    misses: list[tuple[Case, str, Any, Any]] = []
    for case in cases:
        got = extract(case)
        if got is None:
            continue
        for name in FIELDS:
            if name not in case.expected or name not in got:
                continue
            value = compare(name, got[name], case.expected[name], case.expected)
            for key in (case.outlet_key, f"split:{case.split}", "all"):
                scores.setdefault(key, Score()).add(name, value)
            if value < 1.0:
                misses.append((case, name, got[name], case.expected[name]))
            if name in STRICT:
                exact = strict(name, got[name], case.expected[name])
                for key in (case.outlet_key, f"split:{case.split}", "all"):
                    scores.setdefault(key, Score()).add(STRICT[name], exact)
                if exact < 1.0 <= value:
                    misses.append((case, STRICT[name], got[name], case.expected[name]))
    return scores, misses
