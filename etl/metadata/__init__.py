"""The metadata stage: outlet, title, dates, bylines, agencies, photo credits, dateline, section.

Every field is null (or an empty list) unless the page states it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from urllib.parse import urlsplit

from etl.clean.patterns import match_dateline
from etl.document import CleanText, Metadata, PageMeta
from etl.knowledge import _load as load_data
from etl.knowledge import agency_alias_map, outlet_by_name, outlets
from etl.metadata.bylines import bylines, clean_name, editor_initials, is_byline, split_names
from etl.metadata.credits import find_agencies, find_photo_credits
from etl.metadata.dates import (
    WIB,
    FoundDate,
    date_from_url,
    date_in_lines,
    inferred_from_lead,
    parse_date,
    parse_meta_date,
)
from etl.metadata.outlet import detect_outlet, outlet_from_text, registrable_domain

__all__ = ["MetadataResult", "extract_metadata"]


@lru_cache(maxsize=1)
def _sections() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(section names, words too generic in a URL path, breadcrumb entries never a section)."""
    data = load_data("sections.toml")
    return (
        frozenset(n.lower() for n in data["sections"]["names"]),
        frozenset(n.lower() for n in data["sections"].get("url_generic", [])),
        frozenset(n.lower() for n in data["sections"].get("not_section", [])),
    )


def is_section(label: str) -> bool:
    return " ".join(label.split()).lower() in _sections()[0]


@dataclass
class MetadataResult:
    meta: Metadata
    precision: str | None = None
    notes: list[str] = field(default_factory=list)


def _title_case(place: str) -> str:
    def word(w: str) -> str:
        if "." in w and len(w) <= 4:
            return w.upper()  # an abbreviation: 'D.C'
        return w.capitalize() if w.isupper() or w.islower() else w

    return " ".join(word(w) for w in re.split(r"\s+", place.strip()))


def _strip_site(title: str, site_names: list[str]) -> str:
    """Remove a site name glued before or after a headline ('KapanLagi.com: X', 'X - Okezone')."""
    t = title.strip()
    names = [n for n in site_names if n]
    for name in names:
        pat = re.escape(name)
        t = re.sub(rf"^\s*{pat}\s*[:|\-–—]\s*", "", t, flags=re.I)
        t = re.sub(rf"\s*[|\-–—:]+\s*{pat}.*$", "", t, flags=re.I)
    return t.strip()


def _lines(text: str) -> list[str]:
    """Lines of visible text, a line with ' | ' split into its pieces."""
    out: list[str] = []
    for line in text.splitlines():
        out.extend(p.strip() for p in re.split(r"\s+[|]\s+", line) if p.strip())
    return out


_WEEKDAY_START = re.compile(r"^(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\b", re.I)


def _is_date_line(line: str) -> bool:
    """A dateline of the page ('Kompas.com - 02/05/2023, 14:32 WIB', 'Senin, 1 Mei 2023'), not a
    headline that names a date ('... Dibuka 19 Oktober 2023')."""
    found = parse_date(line)
    if found is None:
        return False
    return found.precision != "day" or bool(_WEEKDAY_START.match(line)) or line[:1].isdigit()


def _caption_lines(
    clean: CleanText, header: list[str], visible_lines: list[str], page: PageMeta | None
) -> list[str]:
    """Lines that may carry a photo credit: captions, and what stands between headline and lead."""
    out = [v.text for v in clean.lines if v.reason == "caption"]
    out.extend(line for line in header if not is_byline(line) and not _is_date_line(line))
    if clean.paragraphs and len(clean.paragraphs[0].split()) < 25:
        out.append(clean.paragraphs[0])  # a caption the cleaner kept before the lead
    if page is not None and visible_lines:
        leads = [p for p in clean.paragraphs[:3] if len(p.split()) >= 15]
        lead = leads[0][:40] if leads else None
        for line in visible_lines[:30]:
            if lead and line.startswith(lead):
                break
            if not is_byline(line) and not _is_date_line(line) and line != page.h1:
                out.append(line)
    return out


def _not_a_headline(line: str) -> bool:
    return bool(
        is_byline(line)
        or _is_date_line(line)
        or is_section(line)
        or len(line.split()) < 3
        or outlet_from_text(line) is not None
    )


def _text_title(clean: CleanText, header: list[str]) -> str | None:
    """The headline of a text dump: the cleaner's, unless that is a byline or a date line."""
    if clean.title and not _not_a_headline(clean.title):
        return clean.title
    if clean.title is None:
        return None
    # the headline stands before the date line
    candidates: list[str] = []
    for line in header:
        if _is_date_line(line):
            break
        if not _not_a_headline(line) and not line.rstrip().endswith((".", "+")):
            candidates.append(line.strip())
    return candidates[-1] if candidates else None


def _title(
    clean: CleanText,
    page: PageMeta | None,
    outlet: str | None,
    domain: str | None,
    header: list[str],
) -> str | None:
    if page is None:
        return _text_title(clean, header)
    sites = [s for s in (outlet, page.site_name, domain) if s]
    for o in outlets():
        if o.name == outlet:
            sites.extend(o.site_names)
    # a teaser cut short ('Perang Baru Berkecamuk,...') is never the headline
    candidates = [
        c
        for c in (page.jsonld_headline, page.title, page.html_title)
        if c and not c.rstrip().endswith(("...", "…"))
    ]
    if page.h1:
        h1 = page.h1.strip()
        if any(h1.lower() in c.lower() for c in candidates) or not candidates:
            return h1
    for c in candidates:
        stripped = _strip_site(c, sites)
        if stripped:
            # 'Musik - Bikin Gaduh Kota' : a rubric glued before the headline
            parts = re.split(r"\s+[-–—|]\s+", stripped, maxsplit=1)
            if len(parts) == 2 and is_section(parts[0]):
                stripped = parts[1]
            return stripped
    return clean.title


_PLACE = r"[A-Z][A-Za-z'.]+(?:[ -][A-Z][A-Za-z'.]+){0,3}"
_CREDIT = r"[A-Za-z0-9-]+(?:\.[A-Za-z]+){1,3}"
#: Dateline forms beside the shared ones (etl.clean.patterns): 'TRIBUN-TIMUR.COM, MAKASSAR -',
#: 'KONTAN.CO.ID - JAKARTA.', 'Paris:' (Medcom), 'Liputan6.com, Washington D.C -'.
_EXTRA_DATELINES = (
    re.compile(rf"^(?P<credit>{_CREDIT}),\s*(?P<place>{_PLACE})\s*[-–—]{{1,2}}\s"),
    re.compile(rf"^(?P<credit>{_CREDIT})\s*[-–—]{{1,2}}\s*(?P<place>[A-Z][A-Z'. ]+[A-Z])\.\s"),
    re.compile(rf"^(?P<place>{_PLACE}):\s+(?=[A-Z])"),
)


def _match_dateline(paragraph: str) -> re.Match[str] | None:
    m = match_dateline(paragraph)
    if m and not outlet_by_name(m.group("place").strip(" .,")):
        return m
    for pattern in _EXTRA_DATELINES:
        m = pattern.match(paragraph)
        if m and len(m.group("place")) <= 40:
            return m
    return None


def dateline_credit(body: list[str]) -> str | None:
    """The outlet a lead credits ('jpnn.com, JAKARTA -' gives 'jpnn.com'), if it is a domain."""
    for paragraph in body[:2]:
        m = _match_dateline(paragraph)
        if m and "credit" in m.groupdict() and m.group("credit") and "." in m.group("credit"):
            return str(m.group("credit"))
    return None


def _dateline(body: list[str]) -> str | None:
    for paragraph in body[:2]:
        m = _match_dateline(paragraph)
        if not m:
            continue
        place = m.group("place").strip(" .,")
        if outlet_by_name(place) or place.lower() in agency_alias_map():
            continue
        return _title_case(place)
    return None


def _outlet_stem(domain: str | None) -> str | None:
    return domain.split(".")[0].lower() if domain else None


def _section(
    header: list[str],
    page: PageMeta | None,
    url: str | None,
    visible_lines: list[str],
    domain: str | None,
) -> str | None:
    """The rubric: a header label, breadcrumbs, the page's section tag, or the URL."""
    names, url_generic, not_section = _sections()
    stem = _outlet_stem(domain)
    for line in header:
        if is_section(line):
            return line.strip()
    parts = urlsplit(url or "")
    host_labels = (parts.hostname or "").split(".")
    subdomain = host_labels[0] if len(host_labels) > 2 else ""
    path = [p for p in parts.path.split("/") if p]
    if page is not None:
        crumbs = [
            c
            for c in page.breadcrumbs
            if c.lower() not in not_section
            and not (stem and stem in c.lower())
            and not outlet_by_name(c)
        ]
        # nasional.okezone.com with crumbs News > Nasional: the subdomain names the rubric
        for crumb in crumbs:
            if subdomain and crumb.lower() == subdomain.lower() and is_section(crumb):
                return crumb
        if crumbs:
            return crumbs[0]
        if page.section and "." not in page.section and not (stem and stem in page.section.lower()):
            return page.section
    if path:
        first = path[0].lower().replace("-", " ")
        # a header label spelling the path segment ('/berita-ekonomi-bisnis/' shown as a label)
        for line in visible_lines:
            if " ".join(line.split()).lower() == first and not (stem and stem in first):
                return line.strip()
    if subdomain and subdomain.lower() in names:
        return subdomain.title()
    if path:
        first = path[0].lower().replace("-", " ")
        if first in names and first not in url_generic:
            return first.title()
    return None


def outlet_by_domain_name(outlet: str | None) -> bool:
    """Whether the outlet is one of the registry's (Indonesian) outlets."""
    return outlet is not None and outlet_by_name(outlet) is not None


def _same_wall_clock(a: datetime, b: datetime) -> bool:
    return a.replace(tzinfo=None, second=0, microsecond=0) == b.replace(
        tzinfo=None, second=0, microsecond=0
    )


def _page_date(
    page: PageMeta | None,
    header: list[str],
    page_lines: list[str],
    outlet_domain: str | None,
    indonesian: bool,
) -> FoundDate | None:
    """The page's own publication time: HTML metadata checked against the date the page prints.

    The printed date (header lines of a dump, lines under the headline of a page) gives the
    zone the outlet means: a metadata time in "Z" that shows the printed wall clock is WIB wall
    time (detik), one that is the same instant is shown in the printed offset (tirto).
    """
    meta_date: FoundDate | None = None
    if page is not None and page.published:
        wall = None
        if (
            outlet_domain == "detik.com"
            and page.published_key
            and page.published_key.startswith(("dtk", "pub"))
        ):
            wall = WIB
        meta_date = parse_meta_date(
            page.published, page.published_source or "html_meta", wall_clock_zone=wall
        )
    printed = date_in_lines(header, "page")
    if printed is None and page_lines:
        printed = date_in_lines(page_lines[:25], "page")
    if meta_date is not None and meta_date.precision != "day":
        if printed is not None and printed.precision != "day":
            if printed.utc == meta_date.utc:
                return FoundDate(
                    meta_date.value.astimezone(printed.value.tzinfo),
                    meta_date.precision,
                    meta_date.source,
                )
            if meta_date.value.utcoffset() == timedelta(0) and _same_wall_clock(
                printed.value, meta_date.value
            ):
                return FoundDate(
                    meta_date.value.replace(tzinfo=printed.value.tzinfo),
                    meta_date.precision,
                    meta_date.source,
                )
        if indonesian and meta_date.value.utcoffset() == timedelta(0):
            # the same instant, shown as the outlet's local (WIB) time
            return FoundDate(meta_date.value.astimezone(WIB), meta_date.precision, meta_date.source)
        return meta_date
    if printed is not None and (meta_date is None or printed.precision != "day"):
        return printed
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
    if outlet is None and domain is None:
        # an outlet missing from the registry still names itself in its dateline
        credit = dateline_credit(clean.paragraphs)
        if credit:
            outlet, domain = credit, registrable_domain(credit)
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

    visible_lines = _lines(visible_text)
    if page is not None and page.h1:
        # bylines and labels sit around the headline: start a few lines before it
        at = next((i for i, v in enumerate(visible_lines) if page.h1 in v), None)
        if at is not None:
            visible_lines = visible_lines[max(0, at - 4) :]
    page_lines = visible_lines
    if page is not None and page.h1:
        at = next((i for i, v in enumerate(visible_lines) if page.h1 in v), None)
        # the printed date: under the headline, else just above it (okezone)
        page_lines = (
            [*visible_lines[at : at + 25], *visible_lines[max(0, at - 3) : at]]
            if at is not None
            else visible_lines
        )
    found = _page_date(page, header, page_lines, domain, indonesian=outlet_by_domain_name(outlet))
    if found is None and clean.paragraphs:
        found = inferred_from_lead(clean.paragraphs[0])
    if found is None:
        found = date_from_url(url)

    updated = None
    if page is not None and page.modified:
        upd = parse_meta_date(page.modified, "html_meta")
        if upd is not None and upd.precision != "day":
            updated = upd.utc

    byline_lines = [*header, *trailer, *visible_lines[:40]]
    authors, editors = bylines(byline_lines)
    if not authors and page is not None:
        for raw in page.authors:
            authors.extend(n for n in split_names(raw) if n not in authors)
    authors = [a for a in authors if clean_name(a)]
    initials = editor_initials(trailer)
    if not initials and clean.paragraphs:
        # a closing code the cleaner kept as a paragraph of its own: '[pan]', '(kha)'
        initials = editor_initials(clean.paragraphs[-1:])

    captions = _caption_lines(clean, header, visible_lines, page)
    meta = Metadata(
        outlet=outlet,
        outlet_domain=domain,
        title=_title(clean, page, outlet, domain, header),
        published_at=found.value if found else None,
        published_at_source=found.source if found else None,
        updated_at=updated,
        authors=authors,
        editors=editors,
        editor_initials=initials,
        agencies=find_agencies(header + trailer, clean.paragraphs),
        photo_credits=find_photo_credits(captions),
        dateline=_dateline(clean.paragraphs),
        section=_section(header, page, url, visible_lines[:12], domain),
        url=url,
    )
    return MetadataResult(meta=meta, precision=found.precision if found else None)
