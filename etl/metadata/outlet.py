"""Which outlet published a page: from its URL, its HTML metadata, or text signatures."""

from __future__ import annotations

from urllib.parse import urlsplit

from etl.knowledge import Outlet, outlet_by_domain, outlet_by_name, outlets


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


def outlet_from_text(text: str, limit: int = 20_000) -> Outlet | None:
    """The outlet whose signature appears earliest in the text."""
    head = text[:limit]
    best: tuple[int, int, Outlet] | None = None
    for order, outlet in enumerate(outlets()):
        for pattern in outlet.signatures:
            m = pattern.search(head)
            if m and (best is None or (m.start(), order) < best[:2]):
                best = (m.start(), order, outlet)
    return best[2] if best else None


def detect_outlet(
    url: str | None, site_name: str | None, text: str
) -> tuple[str | None, str | None]:
    """(outlet name, outlet domain) by URL, then site name, then text signatures."""
    host = host_of(url)
    if host:
        found = outlet_by_domain(host)
        if found:
            return found.name, registrable_domain(found.domain)
    if site_name:
        found = outlet_by_name(site_name)
        if found:
            return found.name, registrable_domain(found.domain)
    found = outlet_from_text(text)
    if found:
        return found.name, registrable_domain(found.domain)
    if host:
        return site_name or None, registrable_domain(host)
    return None, None
