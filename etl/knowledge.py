"""Knowledge kept as data beside the code: outlets, boilerplate cues, agencies, calendar.

The TOML files live in ``etl/data/``. Users extend them without touching Python; set
``BERITA_DATA_DIR`` to a folder holding their own copies to override the packaged ones.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit


def _load(name: str) -> dict[str, Any]:
    override = os.environ.get("BERITA_DATA_DIR")
    if override and os.path.exists(os.path.join(override, name)):
        with open(os.path.join(override, name), "rb") as fh:
            return tomllib.load(fh)
    return tomllib.loads(resources.files("etl").joinpath("data", name).read_text("utf-8"))


@dataclass(frozen=True)
class LineRule:
    id: str
    reason: str
    pattern: re.Pattern[str]
    stop: bool = False
    max_words: int = 1000
    search: bool = False

    def matches(self, line: str, words: int) -> bool:
        if words > self.max_words:
            return False
        if self.search:
            return self.pattern.search(line) is not None
        return self.pattern.match(line) is not None


@dataclass(frozen=True)
class Outlet:
    name: str
    domains: tuple[str, ...]
    signatures: tuple[re.Pattern[str], ...] = ()
    boilerplate: tuple[str, ...] = ()
    site_names: tuple[str, ...] = ()
    #: names of the network whose regional sites this outlet serves from its own subdomains
    network_names: tuple[str, ...] = ()
    #: the group name its papers print before their own ('Jawa Pos Radar Tuban' is Radar Tuban)
    paper_prefix: str | None = None
    #: whether its subdomains are its papers' own names (radarbengkulu.disway.id)
    subdomain_papers: bool = False

    @property
    def domain(self) -> str:
        return self.domains[0]


@dataclass(frozen=True)
class Agency:
    name: str
    aliases: tuple[str, ...]
    kind: str = "wire"


@dataclass(frozen=True)
class Calendar:
    months: dict[str, int] = field(default_factory=dict)
    weekdays: tuple[str, ...] = ()
    zones: dict[str, int] = field(default_factory=dict)


@lru_cache(maxsize=1)
def line_rules() -> tuple[LineRule, ...]:
    data = _load("boilerplate.toml")
    return tuple(
        LineRule(
            id=r["id"],
            reason=r["reason"],
            pattern=re.compile(r["pattern"], re.IGNORECASE),
            stop=bool(r.get("stop", False)),
            max_words=int(r.get("max_words", 1000)),
            search=bool(r.get("search", False)),
        )
        for r in data["rule"]
    )


@lru_cache(maxsize=1)
def outlets() -> tuple[Outlet, ...]:
    data = _load("outlets.toml")
    return tuple(
        Outlet(
            name=o["name"],
            domains=tuple(d.lower() for d in o["domains"]),
            signatures=tuple(re.compile(s, re.MULTILINE) for s in o.get("signatures", [])),
            boilerplate=tuple(o.get("boilerplate", [])),
            site_names=tuple(o.get("site_names", [])),
            network_names=tuple(o.get("network_names", [])),
            paper_prefix=o.get("paper_prefix"),
            subdomain_papers=bool(o.get("subdomain_papers", False)),
        )
        for o in data["outlet"]
    )


@lru_cache(maxsize=1)
def agencies() -> tuple[Agency, ...]:
    data = _load("agencies.toml")
    return tuple(
        Agency(a["name"], tuple(a["aliases"]), a.get("kind", "wire")) for a in data["agency"]
    )


@lru_cache(maxsize=1)
def agency_alias_map() -> dict[str, str]:
    """Lower-cased alias -> canonical agency name."""
    out: dict[str, str] = {}
    for agency in agencies():
        for alias in (agency.name, *agency.aliases):
            out.setdefault(alias.lower(), agency.name)
    return out


@lru_cache(maxsize=1)
def calendar() -> Calendar:
    data = _load("calendar.toml")
    return Calendar(
        months={k.lower(): int(v) for k, v in data["months"].items()},
        weekdays=tuple(data["weekdays"]["names"]),
        zones={k.lower(): int(v) for k, v in data["zones"].items()},
    )


def outlet_by_domain(host: str) -> Outlet | None:
    """The registry's outlet for a host name (longest matching domain wins)."""
    return _outlet_by_domain(host.lower().strip("."))


@lru_cache(maxsize=4096)
def _outlet_by_domain(host: str) -> Outlet | None:
    best: tuple[int, Outlet] | None = None
    for outlet in outlets():
        for domain in outlet.domains:
            if (host == domain or host.endswith("." + domain)) and (
                best is None or len(domain) > best[0]
            ):
                best = (len(domain), outlet)
    return best[1] if best else None


def outlet_by_name(name: str) -> Outlet | None:
    """The registry's outlet for a site name as pages print it (og:site_name, publisher)."""
    return _outlet_by_name(name.strip().lower())


@lru_cache(maxsize=4096)
def _outlet_by_name(key: str) -> Outlet | None:
    for outlet in outlets():
        if (
            key == outlet.name.lower()
            or key in (s.lower() for s in outlet.site_names)
            or key in outlet.domains
        ):
            return outlet
    for outlet in outlets():  # 'lifestyle.okezone.com' style site names
        if outlet_by_domain(key) is outlet:
            return outlet
    return None


def is_agency_outlet(outlet: Outlet) -> bool:
    """Whether a registry outlet is a news agency (ANTARA), whose copy other outlets run."""
    return any(n.lower() in agency_alias_map() for n in (outlet.name, *outlet.site_names))


def outlet_by_signature(text: str, limit: int = 20_000) -> Outlet | None:
    """The outlet whose text signature appears earliest in the text.

    An agency's signature (``Jakarta (ANTARA) -``) credits the agency's copy: it names the
    outlet only when no other outlet signs the page.
    """
    return _outlet_from_head(text[:limit])


@lru_cache(maxsize=64)
def _outlet_from_head(head: str) -> Outlet | None:
    # Cached: the cleaner, the template counts and the metadata stage ask about the same text.
    lowered = head.lower()
    found: list[tuple[int, int, Outlet]] = []
    for order, outlet, signatures in _signature_index():
        starts = [
            m.start()
            for literal, pattern in signatures
            if (literal is None or literal in lowered) and (m := pattern.search(head))
        ]
        if starts:
            found.append((min(starts), order, outlet))
    found.sort(key=lambda f: f[:2])
    own = [f for f in found if not is_agency_outlet(f[2])]
    best = own[0] if own else (found[0] if found else None)
    return best[2] if best else None


@lru_cache(maxsize=1)
def _signature_index() -> tuple[
    tuple[int, Outlet, tuple[tuple[str | None, re.Pattern[str]], ...]], ...
]:
    """Each outlet's signatures with a word each must contain (lower case), so that a page
    is searched only for the signatures whose word it has (None: always searched)."""
    return tuple(
        (order, o, tuple((_required_literal(p.pattern), p) for p in o.signatures))
        for order, o in enumerate(outlets())
        if o.signatures
    )


def _required_literal(pattern: str) -> str | None:
    """The longest run of letters a pattern matches literally, when every match must contain
    it (no alternation, no optional parts), lower case; else None."""
    body = re.sub(r"^\(\?[aiLmsux]+\)", "", pattern)
    # a single escape, class or dot with its quantifier ('\s*', '[-–—]?') holds no letter run
    body = re.sub(r"(\\[A-Za-z]|\[[^\]]*\]|\.)(?:[*+?]|\{\d*,?\d*\})\??", " ", body)
    if any(ch in body for ch in "|?*") or "{0" in body:
        return None
    body = re.sub(r"\[[^\]]*\]", " ", body)  # character classes
    body = re.sub(r"\\[bBsSdDwWAZ]", " ", body)  # escapes that are no letters
    body = re.sub(r"\\(.)", r"\1", body)  # '\.' is a full stop
    runs = re.findall(r"[A-Za-z0-9]{4,}", body)
    return max(runs, key=len).lower() if runs else None


def outlet_for(url: str | None, text: str) -> Outlet | None:
    """The registry outlet of a page: by its URL's host, else by the text signatures."""
    if url:
        try:
            host = urlsplit(url if "//" in url else "//" + url).hostname
        except ValueError:
            host = None
        found = outlet_by_domain(host) if host else None
        if found:
            return found
    return outlet_by_signature(text)
