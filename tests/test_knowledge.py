"""The registry's signature scan: a page is searched only for the signatures whose required
word it contains, and that answers exactly as searching every signature does."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.knowledge import Outlet, _outlet_from_head, _required_literal, is_agency_outlet, outlets

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = Path(__file__).parents[1] / "seeds"


def _every_signature(head: str) -> Outlet | None:
    found = []
    for order, outlet in enumerate(outlets()):
        starts = [m.start() for p in outlet.signatures if (m := p.search(head))]
        if starts:
            found.append((min(starts), order, outlet))
    found.sort(key=lambda f: f[:2])
    own = [f for f in found if not is_agency_outlet(f[2])]
    best = own[0] if own else (found[0] if found else None)
    return best[2] if best else None


@pytest.mark.parametrize(
    ("pattern", "literal"),
    [
        (r"\bKOMPAS\.com\s*[-–—]", "kompas"),
        (r"(?i)\bSurya\.co\.id\s*[-–—,]", "surya"),
        (r"Laporan Wartawan Tribunnews", "tribunnews"),
        (r"(?:JAKARTA|Jakarta)\s*\(ANTARA\)", None),  # an alternation: always searched
        (r"\bRM(?:\.id)?\b", None),  # an optional part: always searched
    ],
)
def test_required_literal(pattern: str, literal: str | None) -> None:
    assert _required_literal(pattern) == literal


def test_the_scan_answers_as_searching_every_signature() -> None:
    paths = sorted((FIXTURES / "meta").rglob("*.txt"))[:120] + sorted(SEEDS.glob("*.txt"))
    paths += sorted((FIXTURES / "meta").rglob("*.html"))[:60]
    assert len(paths) > 150
    for path in paths:
        head = path.read_text("utf-8", errors="replace")[:20_000]
        assert _outlet_from_head(head) is _every_signature(head), path.name
