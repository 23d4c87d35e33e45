"""The metadata stage: outlet, title, dates, bylines, agencies, photo credits, dateline, section.

Every field is null (or an empty list) unless the page states it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from urllib.parse import urlsplit

from etl.clean.lines import looks_like_headline, menu_line_numbers
from etl.clean.patterns import CAPTION_CREDIT_END, match_dateline
from etl.document import CleanText, LineVerdict, Metadata, PageMeta
from etl.knowledge import _load as load_data
from etl.knowledge import agency_alias_map, outlet_by_name, outlets
from etl.metadata.bylines import (
    bylines,
    clean_name,
    closing_initials,
    editor_initials,
    is_byline,
    is_navigation,
    split_names,
)
from etl.metadata.credits import find_agencies, find_photo_credits, labelled_credit
from etl.metadata.dates import (
    WIB,
    FoundDate,
    date_from_url,
    date_in_lines,
    inferred_from_lead,
    parse_date,
    parse_meta_date,
    updated_in_lines,
)
from etl.metadata.outlet import (
    copyright_outlet,
    detect_outlet,
    outlet_from_text,
    registrable_domain,
    squash,
)

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
        # 'Victory News' is also printed 'VICTORYNEWS'
        pat = r"\s*".join(re.escape(w) for w in name.split())
        t = re.sub(rf"^\s*{pat}\s*[:|\-–—]\s*", "", t, flags=re.I)
        t = re.sub(rf"\s*[|\-–—:]+\s*{pat}.*$", "", t, flags=re.I)
    return t.strip()


def _lines(text: str) -> list[str]:
    """Lines of visible text, a line with ' | ' split into its pieces, unless the pieces are a
    date and its time ('Sabtu, 2 Desember 2023 | 09:41 WIB')."""
    out: list[str] = []
    for line in text.splitlines():
        pieces = [p.strip() for p in re.split(r"\s+[|]\s+", line) if p.strip()]
        if len(pieces) > 1 and not is_byline(line):
            whole = parse_date(line)
            if whole is not None and whole.precision != "day":
                parts = [parse_date(p) for p in pieces]
                if not any(f is not None and f.precision != "day" for f in parts):
                    pieces = [line.strip()]
        out.extend(_date_with_time(pieces))
    return out


def _date_with_time(pieces: list[str]) -> list[str]:
    """Pieces with a date and the time after it joined again, also on a byline's line
    ('Kamis, 17 Agustus 2023 | 10:30 WITA · Penulis: X' keeps its time with its day)."""
    out: list[str] = []
    for piece in pieces:
        if out:
            day = parse_date(out[-1])
            if day is not None and day.precision == "day" and parse_date(piece) is None:
                both = parse_date(f"{out[-1]} | {piece}")
                if both is not None and both.precision != "day":
                    out[-1] = f"{out[-1]} | {piece}"
                    continue
        out.append(piece)
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
        body = {" ".join(p.split()) for p in clean.paragraphs}
        after_lead = False
        for line in visible_lines[:80]:
            if lead and line.startswith(lead):
                after_lead = True
            if after_lead:
                # a caption between body paragraphs closes with its credit: '(Antara/X)'
                # or with a labelled one: 'Foto: Name/Outlet', 'Sumber gambar, Getty Images'
                m = CAPTION_CREDIT_END.search(line)
                credited = bool(m and m.group("slash")) or labelled_credit(line)
                if credited and " ".join(line.split()) not in body:
                    out.append(line)
            elif not is_byline(line) and not _is_date_line(line) and line != page.h1:
                out.append(line)
    return out


_CRUMB_SEPARATORS = re.compile(r"\s+(?:>|/|›|»|\\|::)\s+")


def breadcrumb_entries(line: str) -> list[str] | None:
    """The entries of a breadcrumb line ('Home > Hukum', 'Home / Soloraya / Solo', 'Home Liga
    Inggris', 'Berita / Sulsel') without its home entry; None when the line is no breadcrumb."""
    text = " ".join(line.split())
    if not text or len(text) > 120:
        return None
    not_section = _sections()[2]
    parts = [p.strip() for p in _CRUMB_SEPARATORS.split(text) if p.strip()]
    first = parts[0].split()
    starts_home = bool(first) and first[0].lower() in not_section
    if len(parts) == 1:
        # 'Home Liga Inggris': a home entry glued to one short crumb
        if starts_home and 2 <= len(first) <= 4:
            return [" ".join(first[1:])]
        return None
    if any(ch.isdigit() for ch in text):
        return None  # '12 Mei 2023 / 17:05 WIB' is a date
    if not (starts_home or all(len(p.split()) <= 3 for p in parts)):
        return None
    if not all(len(p.split()) <= 4 for p in parts[1:]):
        return None
    return [p for p in parts if p.lower() not in not_section] or None


def _not_a_headline(line: str) -> bool:
    return bool(
        breadcrumb_entries(line) is not None
        or is_byline(line)
        or _is_date_line(line)
        or is_section(line)
        or len(line.split()) < 3
        or outlet_from_text(line) is not None
        or _names_only(line)
    )


def _names_only(line: str) -> bool:
    """Whether a line is a bare byline of two or three names ('Akbar Ridwan, Immanuel
    Christian'): each piece a name of two to four words."""
    pieces = [p for p in re.split(r"\s*(?:[|,;&]|\bdan\b)\s*", line.strip()) if p]
    if not 2 <= len(pieces) <= 3:
        return False
    if len(line.split()) > 3.5 * len(pieces):
        return False  # names run two or three words each; a headline's clauses run longer
    names = [clean_name(p) for p in pieces]
    return all(n is not None and 2 <= len(n.split()) <= 4 for n in names)


#: A photo caption: a weekday with its short date closing a sentence ('Jumat (18/8).'), or a
#: credit after the caption's full stop ('... Rai, Jumat (18/8). - IST').
_CAPTION_MARK = re.compile(
    r"\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)"
    r"\s*\.|\.\s+[-–—]\s*\S+(?:\s\S+){0,2}$",
    re.I,
)


def _compact(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _is_masthead(line: str, sites: list[str]) -> bool:
    """A short line naming the site ('Harian Bhirawa Online' on harianbhirawa.co.id)."""
    if len(line.split()) > 5:
        return False
    flat = _compact(line)
    for site in sites:
        stem = _compact(site.split(".")[0] if "." in site and " " not in site else site)
        if len(stem) >= 5 and (flat.startswith(stem) or stem.startswith(flat)):
            return True
    return False


def _no_headline(line: str, sites: list[str]) -> bool:
    return _not_a_headline(line) or _is_masthead(line, sites) or bool(_CAPTION_MARK.search(line))


def _text_title(clean: CleanText, header: list[str], sites: list[str] | None = None) -> str | None:
    """The headline of a text dump: the cleaner's, unless that is a byline, a date line, the
    site's masthead or a photo caption."""
    sites = sites or []
    if clean.title and not _no_headline(clean.title, sites):
        return clean.title
    # the headline stands before the date line (also when the cleaner found none: a header
    # where a wire signature or a kept standfirst hid it)
    candidates: list[str] = []
    for line in header:
        if _is_date_line(line) and candidates:
            break  # a top-bar date above the menu comes before any headline
        if not _no_headline(line, sites) and not line.rstrip().endswith((".", "+")):
            candidates.append(line.strip())
    if candidates:
        return candidates[-1]
    # a header the cleaner cut short (a 'popular' list taken for the lead): the headline is
    # the line right above the article's dated line
    lines = [v.text.strip() for v in clean.lines]
    for i, line in enumerate(lines[1:], start=1):
        found = parse_date(line)
        if found is None or found.precision == "day" or not _is_date_line(line):
            continue
        above = lines[i - 1]
        if (
            looks_like_headline(above, len(above.split()))
            and not above[:1].isdigit()
            and not above.rstrip().endswith(("...", "…"))
            and not _no_headline(above, sites)
        ):
            return above
        break
    return None


def _title(
    clean: CleanText,
    page: PageMeta | None,
    outlet: str | None,
    domain: str | None,
    header: list[str],
) -> str | None:
    if page is None:
        return _text_title(clean, header, [s for s in (outlet, domain) if s])
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
#: 'KONTAN.CO.ID - JAKARTA.', 'Paris:' (Medcom), 'KBRN, Jayapura:', 'Jakarta.' (Jakarta Globe),
#: 'Liputan6.com, Washington D.C -'.
_EXTRA_DATELINES = (
    re.compile(rf"^(?P<credit>{_CREDIT}),\s*(?P<place>{_PLACE})\s*[-–—]{{1,2}}\s"),
    re.compile(rf"^(?P<credit>{_CREDIT})\s*[-–—]{{1,2}}\s*(?P<place>[A-Z][A-Z'. ]+[A-Z])\.\s"),
    # 'Paris:' (Medcom), 'KBRN, Jayapura:' (RRI)
    re.compile(rf"^(?:(?P<credit>[A-Z][\w.-]+),\s*)?(?P<place>{_PLACE}):\s+(?=[A-Z])"),
    # 'JAKARTA, KOMPAS —' (Kompas.id), 'Ambon, Ameks --', 'SURABAYA, HARIAN DISWAY -': a place
    # and a short outlet signature
    re.compile(
        rf"^(?P<place>{_PLACE}),\s*(?P<credit>[A-Z][A-Za-z]{{1,15}}(?: [A-Z][A-Za-z]{{1,15}}){{0,2}})"
        r"\s*[-–—]{1,2}\s"
    ),
    # 'BOGOR-RADAR BOGOR, Pemerintah ...': a place in capitals, a dash, the outlet in capitals
    re.compile(
        r"^(?P<place>[A-Z]{3,}(?: [A-Z]{3,}){0,2})\s*[-–—]{1,2}\s*"
        r"(?P<credit>[A-Z][A-Z.]+(?: [A-Z][A-Z.]+){0,2}),\s+(?=[A-Z])"
    ),
    # 'SHENZHEN, Tiongkok, 15 Mei 2023 (Antara/PRNewswire) --': the first place of a long lead
    re.compile(
        rf"^(?P<place>{_PLACE}),\s*[^()]{{1,40}}?\s*\((?P<credit>[A-Za-z0-9 ./-]{{2,40}})\)"
        r"\s*[-–—]{1,2}\s"
    ),
    # 'SENTANI-Naiknya ...': a place in capitals glued to its dash
    re.compile(r"^(?P<place>[A-Z]{3,}(?: [A-Z]{3,}){0,2})\s*[-–—]{1,2}(?=[A-Z][a-z])"),
    # 'Jakarta. Indonesia has barred ...' (Jakarta Globe): a place alone as a sentence
    re.compile(r"^(?P<place>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,}){0,2})\.\s+(?=[A-Z])"),
)


_DOMAIN_LIKE = re.compile(r"\.[A-Za-z]{2,}\b")


def _common_noun(m: re.Match[str], paragraphs: list[str]) -> bool:
    """Whether an uncredited dateline 'place' is a common noun opening a sentence: the page
    writes it in lower case elsewhere ('BANJIR - Warga melintasi ...' over '... terendam
    banjir'). A place is a proper noun and never is; a credited dateline is always read."""
    if "credit" in m.groupdict() and m.group("credit"):
        return False
    place = m.group("place").strip(" .,")
    if len(place.split()) != 1:
        return False
    word = re.compile(rf"(?<![\w-]){re.escape(place.lower())}(?![\w-])")
    return any(word.search(p) for p in paragraphs[:12])


def lead_index(paragraphs: list[str], limit: int = 8) -> int:
    """Index of the lead among a dump's first paragraphs: the first with a dateline when only
    short lines stand before it (a standfirst, a byline, a date, a caption), else 0."""
    for i, paragraph in enumerate(paragraphs[:limit]):
        m = _match_dateline(paragraph)
        if m and not _common_noun(m, paragraphs):
            return i
        if len(paragraph.split()) > 30:
            break
    return 0


def _match_dateline(paragraph: str) -> re.Match[str] | None:
    if _is_update_line(paragraph) or (len(paragraph) <= 80 and _is_date_line(paragraph)):
        return None  # 'Diperbarui: Selasa, 26 Sept 2023 12:03' is a label, no dateline
    m = match_dateline(paragraph)
    if m and not outlet_by_name(m.group("place").strip(" .,")):
        return m
    for pattern in _EXTRA_DATELINES:
        m = pattern.match(paragraph)
        place = m.group("place") if m else ""
        if (
            m
            and len(place) <= 40
            and not _WEEKDAY_START.match(place)
            and not _DOMAIN_LIKE.search(place)
        ):
            return m  # 'Hops.id, Jakarta' opens with an outlet's domain, not a place
    return None


_DOMAIN_SIGNATURE = re.compile(
    r"^(?P<credit>[A-Za-z][A-Za-z0-9-]*(?:\.(?:com|id|co\.id|net|tv|news|or\.id|web\.id)))"
    r"\s*[-–—]{1,2}\s"
)


def dateline_credit(body: list[str]) -> str | None:
    """The outlet a lead credits when it is a domain: 'jpnn.com, JAKARTA -' gives 'jpnn.com',
    a text signature 'SuaraSulsel.id - Jembatan ...' gives 'SuaraSulsel.id'."""
    lead = lead_index(body)
    for paragraph in body[lead : lead + 2]:
        m = _match_dateline(paragraph)
        if m and "credit" in m.groupdict() and m.group("credit") and "." in m.group("credit"):
            return str(m.group("credit"))
        m = _DOMAIN_SIGNATURE.match(paragraph)
        if m:
            return str(m.group("credit"))
    return None


def _names_outlet(place: str, outlet: str | None, domain: str | None) -> bool:
    """Whether a dateline's 'place' is the outlet itself: 'HOPS.ID –', 'JATIMTIMES -'."""
    if outlet_by_name(place) or place.lower() in agency_alias_map() or _DOMAIN_LIKE.search(place):
        return True
    key = squash(place)
    own = {squash(outlet or ""), squash(_outlet_stem(domain) or "")} - {""}
    return key in own


def _dateline(body: list[str], outlet: str | None = None, domain: str | None = None) -> str | None:
    lead = lead_index(body)
    for paragraph in body[lead : lead + 2]:
        m = _match_dateline(paragraph)
        if not m or _common_noun(m, body):
            continue
        place = m.group("place").strip(" .,")
        if _names_outlet(place, outlet, domain):
            continue
        return _title_case(place)
    return None


_PLACE_BY_DATE = re.compile(
    r"^(?P<place>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,}){0,2})\s*[●•·|]\s*(?P<date>.*)$"
)


def _dateline_by_date(lines: list[str]) -> str | None:
    """The place a page prints with its date instead of in its lead: 'Jakarta ●' over
    'Tue, November 21, 2023' (The Jakarta Post), 'Jakarta ● Tue, November 21, 2023'."""
    for i, line in enumerate(lines[:15]):
        m = _PLACE_BY_DATE.match(line.strip())
        if not m:
            continue
        place = m.group("place")
        date = m.group("date") or (lines[i + 1] if i + 1 < len(lines) else "")
        if parse_date(date) is None or _WEEKDAY_START.match(place) or is_section(place):
            continue
        if outlet_by_name(place) or place.lower() in agency_alias_map():
            continue
        return place
    return None


def _outlet_stem(domain: str | None) -> str | None:
    return domain.split(".")[0].lower() if domain else None


def _rubric(crumbs: list[str]) -> str:
    """The rubric among breadcrumb entries: the first known section that is no generic channel
    name ('VIVA > Berita > Dunia' is Dunia, 'Jayapura > Daerah' is Daerah), else the most
    specific entry ('Soloraya / Solo' is Solo)."""
    names, generic, _ = _sections()
    specific = [c for c in crumbs if c.lower() not in generic] or crumbs
    for crumb in specific:
        if crumb.lower() in names:
            return crumb
    return specific[-1]


def _without_menu(header: list[LineVerdict]) -> list[str]:
    """A dump's header lines without its menu runs: a menu's entries name no rubric."""
    runs = menu_line_numbers([(v.line_no, v.text) for v in header], repeats=False)
    # a breadcrumb ('Home » Ambon', 'Berita / Balikpapan') printed right under the menu is no
    # menu entry, though it stands on the line next to one
    return [
        v.text
        for v in header
        if v.line_no not in runs
        or (_CRUMB_SEPARATORS.search(v.text) and breadcrumb_entries(v.text) is not None)
    ]


def _rubric_above(header: list[LineVerdict], title: str | None) -> str | None:
    """The rubric a dump prints on its own right above the headline, apart from the menu:
    'Kesehatan' after the menu run, 'Peristiwa' repeating a menu entry; of a rubric and its
    sub-rubric on adjacent lines ('Ekonomi' over 'Bisnis'), the rubric."""
    if title is None:
        return None
    at = next((i for i, v in enumerate(header) if v.text.strip() == title), None)
    if not at:
        return None
    runs = menu_line_numbers([(v.line_no, v.text) for v in header], repeats=False)
    entries = {" ".join(v.text.split()).lower() for v in header if v.line_no in runs}

    def label(v: LineVerdict) -> bool:
        text = v.text.strip()
        return (
            v.line_no not in runs
            and 1 <= len(text.split()) <= 3
            and not any(ch.isdigit() for ch in text)
            and not is_byline(text)
            and outlet_by_name(text) is None
        )

    # 'Home' / 'Sumsel' right above the headline, printed again after the menu that lists
    # them: a breadcrumb on two lines, its last entry the rubric
    before = [" ".join(v.text.split()) for v in header[:at] if v.text.strip()]
    if len(before) >= 2:
        last = before[-1]
        if (
            last in before[:-1]
            and before[-2] in before[:-2]
            and 1 <= len(last.split()) <= 3
            and (is_section(last) or last.lower() in entries)
            and last.lower() not in _sections()[2]
        ):
            return last
    block: list[LineVerdict] = []
    for v in reversed(header[:at]):
        if not label(v) or (block and v.line_no != block[0].line_no - 1):
            break
        block.insert(0, v)
    for v in block:
        text = v.text.strip()
        if is_section(text) or " ".join(text.split()).lower() in entries:
            return text
    return None


def _section(
    header: list[str],
    page: PageMeta | None,
    url: str | None,
    visible_lines: list[str],
    domain: str | None,
    title: str | None = None,
    rubric: str | None = None,
) -> str | None:
    """The rubric: a header label, breadcrumbs, the page's section tag, or the URL."""
    names, url_generic, not_section = _sections()
    stem = _outlet_stem(domain)
    if rubric is not None:
        return rubric
    if title is not None and title in header:
        # a dump's header: breadcrumbs above the headline name the rubric ('Home » Kotabaru'),
        # else a menu entry repeated right above it ('Kota Ambon'); a menu itself never does
        above = [line.strip() for line in header[: header.index(title)] if line.strip()]
        for line in reversed(above):
            entries = breadcrumb_entries(line) if len(line.split()) > 1 else None
            named = [
                e
                for e in entries or []
                if not outlet_by_name(e) and not (stem and stem in e.lower())
            ]
            if named and _CRUMB_SEPARATORS.search(line):
                return _rubric(named)
        if len(above) >= 2 and above[-1] in above[:-1] and len(above[-1].split()) <= 3:
            return above[-1]
    for line in header:
        if is_section(line):
            return line.strip()
        entries = breadcrumb_entries(line)
        if entries:
            # the most specific entry: 'Home / Soloraya / Solo' is Solo
            named = [
                e for e in entries if not outlet_by_name(e) and not (stem and stem in e.lower())
            ]
            if named:
                return _rubric(named)
    parts = urlsplit(url or "")
    host_labels = (parts.hostname or "").split(".")
    subdomain = host_labels[0] if len(host_labels) > 2 else ""
    path = [p for p in parts.path.split("/") if p]
    if page is not None:
        # the rubric the page declares (article:section, JSON-LD articleSection) is its own word
        if page.section and "." not in page.section and not (stem and stem in page.section.lower()):
            return page.section
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
        crumbs = [
            c
            for c in crumbs
            if len(c.split()) <= 4 and not (page.h1 and c.casefold() == page.h1.casefold())
        ]
        if crumbs:
            return _rubric(crumbs)
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


def _is_update_line(line: str) -> bool:
    return len(line) <= 80 and updated_in_lines([line]) is not None


def _header_and_trailer(clean: CleanText) -> tuple[list[LineVerdict], list[str]]:
    """Dropped lines before the body and after it, the trailer cut at the site's footer.

    The body starts at the lead: a kept standfirst above a dateline lead ('Solopos.com, SOLO -')
    leaves the byline under it in the header. Footer navigation ('Tentang Kami | Redaksi') and
    what follows it is never read for bylines or credits.
    """
    kept = [i for i, v in enumerate(clean.lines) if v.kept]
    if not kept:
        return list(clean.lines), []
    start = kept[0]
    undated = True
    for n, i in enumerate(kept[:8]):
        if _match_dateline(clean.lines[i].text):
            start, undated = i, False
            break
        if n >= 2 and len(clean.lines[i].text.split()) > 30:
            break
    if undated:
        # a lead without a dateline after a header the cleaner kept (headline, names, the date
        # line): the body starts at the first long paragraph when only short lines, one of
        # them a date line, stand before it
        for n, i in enumerate(kept[:12]):
            if len(clean.lines[i].text.split()) > 25:
                above = [clean.lines[k].text for k in kept[:n]]
                if any(_is_date_line(t) for t in above):
                    start = i
                break
    # a byline or date line the cleaner kept above the lead belongs to the header
    header = [
        v
        for v in clean.lines[:start]
        if not v.kept
        or undated
        or is_byline(v.text)
        or _is_date_line(v.text)
        or _is_update_line(v.text)
    ]
    trailer: list[str] = []
    for v in clean.lines[start:]:
        if v.kept:
            continue
        if v.reason == "footer" or is_navigation(v.text):
            break
        trailer.append(v.text)
    return header, trailer


def _after_body(clean: CleanText, full_text: str, limit: int = 15) -> list[str]:
    """Lines of an HTML page's visible text after its last body paragraph, up to the footer
    navigation: where an editor line or a closing code stands when the extractor left it out."""
    if not clean.paragraphs or not full_text:
        return []
    tail = " ".join(clean.paragraphs[-1].split())[-40:]
    lines = _lines(full_text)
    at = next(
        (i for i in range(len(lines) - 1, -1, -1) if tail and tail in " ".join(lines[i].split())),
        None,
    )
    if at is None:
        return []
    out: list[str] = []
    for line in lines[at + 1 : at + 1 + limit]:
        if is_navigation(line):
            break
        out.append(line)
    return out


def _unlabelled_byline(header: list[str], title: str | None) -> list[str]:
    """Names printed without a label under the headline, right next to the page's date line
    ('Rizki Hidayat' over 'Diterbitkan 12 Agu 2023, 04:05 WIB'; 'Achmad Fauzi | Iwan
    Supriyatna' under the date). A rubric above the headline is never taken."""
    lines = [line.strip() for line in header if line.strip()]
    if title is None or title not in lines:
        return []
    lines = lines[lines.index(title) + 1 :]
    dated = [i for i, line in enumerate(lines) if _is_date_line(line)]
    if not dated:
        return []
    first, last = dated[0], dated[-1]
    for j in (first - 1, last + 1):
        if not 0 <= j < len(lines) or is_byline(lines[j]) or is_navigation(lines[j]):
            continue
        if breadcrumb_entries(lines[j]) is not None or is_section(lines[j]):
            continue
        pieces = [p for p in re.split(r"\s*(?:[|,;&]|\bdan\b)\s*", lines[j]) if p]
        if not pieces or len(pieces) > 3:
            continue
        names = [clean_name(p) for p in pieces]
        if all(n is not None and 2 <= len(n.split()) <= 4 for n in names):
            return [n for n in names if n is not None]
    return []


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
    titles = tuple(t for t in (page.html_title, page.title) if t) if page is not None else ()
    outlet, domain = detect_outlet(
        url, page.site_name if page else None, full_text or clean.text, titles
    )
    if outlet is None and domain is None:
        # an outlet missing from the registry still names itself in its dateline
        credit = dateline_credit(clean.paragraphs)
        if credit:
            outlet, domain = credit, registrable_domain(credit)
    if outlet is None and domain is None:
        # ... or in its copyright line
        outlet, domain = copyright_outlet(full_text or clean.text)
    header_lines, trailer = _header_and_trailer(clean)
    header = [v.text for v in header_lines]

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
    if updated is None:
        printed_update = updated_in_lines(header if page is None else page_lines)
        if printed_update is not None:
            updated = printed_update.utc

    after_body = _after_body(clean, full_text) if page is not None else []
    byline_lines = [*header, *trailer, *visible_lines[:40], *after_body]
    authors, editors = bylines(byline_lines)
    title = _title(clean, page, outlet, domain, header)
    if not authors and page is None:
        authors = _unlabelled_byline(header, title)
    if not authors and page is not None:
        for raw in page.authors:
            authors.extend(n for n in split_names(raw) if n not in authors)
    authors = [a for a in authors if clean_name(a)]
    initials = editor_initials(trailer)
    if not initials and clean.paragraphs:
        # a closing code the cleaner kept as a paragraph of its own: '[pan]', '(kha)', '(Z-10)'
        initials = editor_initials(clean.paragraphs[-1:])
    if not initials and after_body:
        initials = editor_initials(after_body)
    if not initials and clean.paragraphs:
        # glued to the last sentence: '... ke depan. (sam/zuk)'; the story's last paragraph
        # may stand before related links the cleaner kept, or among the trailer's lines
        for closing in reversed([*clean.paragraphs[-4:], *trailer[:2]]):
            initials = closing_initials(closing)
            if initials:
                break

    captions = _caption_lines(clean, header, visible_lines, page)
    meta = Metadata(
        outlet=outlet,
        outlet_domain=domain,
        title=title,
        published_at=found.value if found else None,
        published_at_source=found.source if found else None,
        updated_at=updated,
        authors=authors,
        editors=editors,
        editor_initials=initials,
        agencies=find_agencies(header + trailer, clean.paragraphs[lead_index(clean.paragraphs) :]),
        photo_credits=find_photo_credits(captions),
        dateline=_dateline(clean.paragraphs, outlet, domain)
        or (_dateline_by_date(page_lines) if page is not None else None),
        section=_section(
            _without_menu(header_lines) if page is None else header,
            page,
            url,
            visible_lines[:12],
            domain,
            title,
            rubric=_rubric_above(header_lines, title) if page is None else None,
        ),
        url=url,
    )
    return MetadataResult(meta=meta, precision=found.precision if found else None)
