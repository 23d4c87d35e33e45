"""Which outlet published a page: from its URL, its HTML metadata, or text signatures."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from etl.knowledge import Outlet, agency_alias_map, outlet_by_domain, outlet_by_name, outlets


def registrable_domain(host: str) -> str:
    """Lower-case registrable domain of a host (``www.news.detik.com`` -> ``detik.com``)."""
    host = host.lower().strip(".").split(":")[0]
    parts = host.split(".")
    second_level = {"co", "or", "ac", "go", "web", "my", "sch", "net", "com", "org", "gov", "edu"}
    if len(parts) >= 3 and parts[-2] in second_level and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    return host.lower() if host else None


def _is_agency(outlet: Outlet) -> bool:
    """Whether a registry outlet is a news agency (ANTARA), whose copy other outlets run."""
    return any(n.lower() in agency_alias_map() for n in (outlet.name, *outlet.site_names))


def outlet_from_text(text: str, limit: int = 20_000) -> Outlet | None:
    """The outlet whose signature appears earliest in the text.

    An agency's signature (``Jakarta (ANTARA) -``) credits the agency's copy: it names the
    outlet only when no other outlet signs the page.
    """
    head = text[:limit]
    found: list[tuple[int, int, Outlet]] = []
    for order, outlet in enumerate(outlets()):
        starts = [m.start() for p in outlet.signatures if (m := p.search(head))]
        if starts:
            found.append((min(starts), order, outlet))
    found.sort(key=lambda f: f[:2])
    own = [f for f in found if not _is_agency(f[2])]
    best = own[0] if own else (found[0] if found else None)
    return best[2] if best else None


_COPYRIGHT = re.compile(r"^(?:copyright\s*)?(?:©|\(c\))\s*(?:\d{4}\s*)?(?P<name>.+)$", re.I)


_DOMAIN_NAME = re.compile(
    r"^[A-Za-z0-9-]+(?:\.(?:com|id|co\.id|net|tv|news|or\.id|web\.id|co))$", re.I
)


def _first_line(text: str) -> str | None:
    for line in text.splitlines()[:5]:
        if line.strip():
            return " ".join(line.split())
    return None


def masthead(text: str) -> tuple[str | None, Outlet | None]:
    """The name a text dump opens with, when it is its masthead: (name, registry outlet).

    The first line is the masthead when it is an outlet the registry knows by its name, a site
    name or a domain ('Lampost.co'), or when the page's copyright line repeats it ('Ambon
    Ekspres' ... 'Copyright © 2023 Ambon Ekspres - Fajar Group'); else (None, None).
    """
    first = _first_line(text)
    if not first or len(first) > 40 or first.startswith("<"):
        return None, None
    known = outlet_by_name(first)
    if known is not None:
        return first, known
    for line in text.splitlines()[-30:]:
        m = _COPYRIGHT.match(line.strip())
        if m and re.match(rf"{re.escape(first)}(?:\W|$)", m.group("name").strip(), re.I):
            return first, None
    return None, None


def detect_outlet(
    url: str | None, site_name: str | None, text: str
) -> tuple[str | None, str | None]:
    """(outlet name, outlet domain) by URL, then site name, then text signatures."""
    host = host_of(url)
    name: str | None = None
    if host:
        found = outlet_by_domain(host)
        if found:
            return found.name, registrable_domain(found.domain)
    if site_name:
        found = outlet_by_name(site_name)
        if found:
            return found.name, registrable_domain(found.domain)
    if not host:
        name, known = masthead(text)
        if known is not None:
            return known.name, registrable_domain(known.domain)
    found = outlet_from_text(text)
    if found and not (name is not None and _is_agency(found)):
        return found.name, registrable_domain(found.domain)
    if host:
        return site_name or None, registrable_domain(host)
    if name is not None:
        # an outlet the registry does not know, named by its masthead ('Harianhaluan.id')
        return name, registrable_domain(name) if _DOMAIN_NAME.match(name) else None
    return None, None
