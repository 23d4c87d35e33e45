"""The metadata stage: outlet, title, dates, bylines, agencies, photo credits, dateline, section.

Every field is null (or an empty list) unless the page states it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from etl.clean.patterns import match_dateline
from etl.document import CleanText, Metadata, PageMeta
from etl.knowledge import agency_alias_map, outlet_by_name, outlets
from etl.metadata.bylines import bylines, clean_name, editor_initials, split_names
from etl.metadata.credits import find_agencies, find_photo_credits
from etl.metadata.dates import (
    FoundDate,
    date_from_url,
    date_in_lines,
    inferred_from_lead,
    parse_date,
    parse_meta_date,
)
from etl.metadata.outlet import detect_outlet

__all__ = ["MetadataResult", "extract_metadata"]

SECTIONS = {
    "nasional",
    "internasional",
    "global",
    "dunia",
    "ekonomi",
    "bisnis",
    "finance",
    "keuangan",
    "money",
    "olahraga",
    "sport",
    "sports",
    "bola",
    "sepakbola",
    "teknologi",
    "tekno",
    "techno",
    "sains",
    "hiburan",
    "entertainment",
    "selebriti",
    "celebrity",
    "showbiz",
    "gaya hidup",
    "lifestyle",
    "life",
    "health",
    "kesehatan",
    "otomotif",
    "politik",
    "hukum",
    "megapolitan",
    "metro",
    "regional",
    "daerah",
    "travel",
    "wisata",
    "kuliner",
    "food",
    "pendidikan",
    "edukasi",
    "opini",
    "kolom",
    "news",
    "berita",
    "properti",
    "musik",
    "film",
    "humaniora",
    "hot gossip",
    "nusantara",
    "jabodetabek",
    "infografis",
}


@dataclass
class MetadataResult:
    meta: Metadata
    precision: str | None = None
    notes: list[str] = field(default_factory=list)


def _title_case(place: str) -> str:
    return " ".join(
        w.capitalize() if w.isupper() or w.islower() else w for w in re.split(r"\s+", place.strip())
    )


def _strip_site(title: str, site_names: list[str]) -> str:
    """Remove a site name glued before or after a headline ('KapanLagi.com: X', 'X - Okezone')."""
    t = title.strip()
    names = [n for n in site_names if n]
    for name in names:
        pat = re.escape(name)
        t = re.sub(rf"^\s*{pat}\s*[:|\-–—]\s*", "", t, flags=re.I)
        t = re.sub(rf"\s*[|\-–—:]+\s*{pat}.*$", "", t, flags=re.I)
    return t.strip()


def _title(
    clean: CleanText, page: PageMeta | None, outlet: str | None, domain: str | None
) -> str | None:
    if page is None:
        return clean.title
    sites = [s for s in (outlet, page.site_name, domain) if s]
    for o in outlets():
        if o.name == outlet:
            sites.extend(o.site_names)
    candidates = [c for c in (page.jsonld_headline, page.title, page.html_title) if c]
    if page.h1:
        h1 = page.h1.strip()
        if any(h1.lower() in c.lower() for c in candidates) or not candidates:
            return h1
    for c in candidates:
        stripped = _strip_site(c, sites)
        if stripped:
            # 'Musik - Bikin Gaduh Kota' : a rubric glued before the headline
            parts = re.split(r"\s+[-–—|]\s+", stripped, maxsplit=1)
            if len(parts) == 2 and parts[0].lower() in SECTIONS:
                stripped = parts[1]
            return stripped
    return clean.title


def _dateline(body: list[str]) -> str | None:
    for paragraph in body[:2]:
        m = match_dateline(paragraph)
        if not m:
            continue
        place = m.group("place").strip(" .,")
        if outlet_by_name(place) or place.lower() in agency_alias_map():
            continue
        return _title_case(place)
    return None


def _section(header: list[str], page: PageMeta | None, url: str | None) -> str | None:
    for line in header:
        if line.strip().lower() in SECTIONS:
            return line.strip()
    if page is not None:
        if page.breadcrumbs:
            crumbs = [c for c in page.breadcrumbs if c.lower() not in ("home", "beranda")]
            if crumbs:
                return crumbs[0]
        if page.section and "." not in page.section:
            return page.section
    if url:
        path = [p for p in urlsplit(url).path.split("/") if p]
        if path and path[0].lower().replace("-", " ") in SECTIONS:
            return path[0].replace("-", " ").title()
    return None


def _page_date(
    page: PageMeta | None, header: list[str], visible: str, outlet_domain: str | None
) -> FoundDate | None:
    meta_date: FoundDate | None = None
    if page is not None and page.published:
        wall = None
        if (
            outlet_domain == "detik.com"
            and page.published_key
            and page.published_key.startswith(("dtk", "pub"))
        ):
            from etl.metadata.dates import WIB

            wall = WIB
        meta_date = parse_meta_date(
            page.published, page.published_source or "html_meta", wall_clock_zone=wall
        )
    if meta_date is not None and meta_date.precision != "day":
        return meta_date
    found = date_in_lines(header, "page")
    if found is None and visible:
        found = parse_date(visible[:2000], "page")
    if found is not None and (meta_date is None or found.precision != "day"):
        return found
    return meta_date


def extract_metadata(
    clean: CleanText,
    *,
    page: PageMeta | None = None,
    visible_text: str = "",
    url: str | None = None,
    full_text: str = "",
) -> MetadataResult:
    """Metadata of one document from its cleaned lines and (for HTML) its page metadata.

    ``visible_text`` is the page's visible text from the headline on (HTML only): bylines and
    the printed date live there. ``full_text`` is the whole decoded text, for outlet signatures.
    """
    url = url or (page.url if page else None)
    outlet, domain = detect_outlet(url, page.site_name if page else None, full_text or clean.text)
    dropped_before: list[str] = []
    dropped_after: list[str] = []
    seen_body = False
    for v in clean.lines:
        if v.kept:
            seen_body = True
            continue
        (dropped_after if seen_body else dropped_before).append(v.text)
    header = dropped_before
    trailer = dropped_after

    found = _page_date(page, header, visible_text, domain)
    if found is None and clean.paragraphs:
        found = inferred_from_lead(clean.paragraphs[0])
    if found is None:
        found = date_from_url(url)

    updated = None
    if page is not None and page.modified:
        upd = parse_meta_date(page.modified, "html_meta")
        if upd is not None and upd.precision != "day":
            updated = upd.utc

    byline_lines = header + trailer
    if visible_text:
        byline_lines = [*byline_lines, *re.split(r"\s{2,}|\s[|]\s", visible_text[:600])]
    authors, editors = bylines(byline_lines)
    if not authors and page is not None:
        for raw in page.authors:
            authors.extend(n for n in split_names(raw) if n not in authors)
    authors = [a for a in authors if clean_name(a)]

    captions = [v.text for v in clean.lines if v.reason == "caption"]
    meta = Metadata(
        outlet=outlet,
        outlet_domain=domain,
        title=_title(clean, page, outlet, domain),
        published_at=found.value if found else None,
        published_at_source=found.source if found else None,
        updated_at=updated,
        authors=authors,
        editors=[e for e in editors if e not in authors],
        editor_initials=editor_initials(trailer),
        agencies=find_agencies(header + trailer, clean.paragraphs),
        photo_credits=find_photo_credits(captions),
        dateline=_dateline(clean.paragraphs),
        section=_section(header, page, url),
        url=url,
    )
    return MetadataResult(meta=meta, precision=found.precision if found else None)
