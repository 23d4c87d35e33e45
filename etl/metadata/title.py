"""The headline: of an HTML page from its h1, JSON-LD headline, og:title or <title> without the
site name glued on; of a text dump from the line before its date line, never a masthead, a
byline, a date line or a photo caption."""

from __future__ import annotations

import re

from etl.clean.lines import looks_like_headline, menu_line_numbers
from etl.clean.patterns import PHOTO_CREDIT
from etl.document import CleanText, PageMeta
from etl.knowledge import outlets
from etl.metadata.bylines import clean_name, is_byline
from etl.metadata.credits import find_photo_credits
from etl.metadata.dates import RELATIVE_TIME, parse_date
from etl.metadata.lines import breadcrumb_entries, compact, is_date_line, is_section
from etl.metadata.outlet import outlet_from_text


def strip_site(title: str, site_names: list[str]) -> str:
    """Remove a site name glued before or after a headline ('KapanLagi.com: X', 'X - Okezone')."""
    t = title.strip()
    names = [n for n in site_names if n]
    for name in names:
        # 'Victory News' is also printed 'VICTORYNEWS'
        pat = r"\s*".join(re.escape(w) for w in name.split())
        t = re.sub(rf"^\s*{pat}\s*[:|\-–—]\s*", "", t, flags=re.I)
        t = re.sub(rf"\s*[|\-–—:]+\s*{pat}.*$", "", t, flags=re.I)
    return t.strip()


def _not_a_headline(line: str) -> bool:
    return bool(
        breadcrumb_entries(line) is not None
        or is_byline(line)
        or is_date_line(line)
        or is_section(line)
        or len(line.split()) < 3
        or RELATIVE_TIME.match(line.strip()) is not None
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


def _is_masthead(line: str, sites: list[str]) -> bool:
    """A short line naming the site ('Harian Bhirawa Online' on harianbhirawa.co.id)."""
    stems = {
        compact(site.split(".")[0] if "." in site and " " not in site else site) for site in sites
    }
    named = re.match(r"^(.{2,30}?)\s+[-–—|:]\s+", line)
    if named and len(line.split()) <= 8 and compact(named.group(1)) in stems - {""}:
        return True  # 'VOI - Waktunya Merevolusi Pemberitaan': the site's name and its motto
    if len(line.split()) > 5:
        return False
    flat = compact(line)
    return any(
        len(stem) >= 5 and (flat.startswith(stem) or stem.startswith(flat)) for stem in stems
    )


def _no_headline(line: str, sites: list[str]) -> bool:
    return (
        _not_a_headline(line)
        or _is_masthead(line, sites)
        or bool(_CAPTION_MARK.search(line))
        or bool(PHOTO_CREDIT.search(line))  # a caption with its credit ('... | Foto: X/Y')
    )


def _dated_headline(lines: list[str], sites: list[str], limit: int = 60) -> str | None:
    """The headline over the page's first date line with a time ('Selasa, 5 Desember 2023 14:48
    WIB'), bylines and a standfirst between them skipped: a masthead's motto or a menu entry
    the cleaner took for the headline stands far above it."""
    for i, line in enumerate(lines[:limit]):
        if len(line) > 80 or not _timed_date_line(line):
            continue
        for above in reversed(lines[max(0, i - 4) : i]):
            if is_byline(above) or above.rstrip().endswith((".", "+")) or _names_only(above):
                continue
            if len(above.split()) <= 4 and clean_name(above) is not None:
                continue  # a byline's name above its label ('Andi Ahmad S' over 'Editor')
            if len(above.split()) >= 5 and _headline_above_date(above, sites):
                return above
            break
        # a top bar's clock under the masthead's motto ('Kantor Berita Indonesia' over 'Senin,
        # 5 Agustus 2024 17:02 WIB'): the article's own date line comes further down
    return None


def _headline_above_lead(lines: list[str], sites: list[str], reach: int = 15) -> str | None:
    """The headline as the first long line up from the lead, past what stands between them
    (bylines, date lines, share buttons, a caption with its credit): for a dump whose date line
    stands above its headline, or none at all, under a masthead's motto."""
    for line in reversed(lines[-reach:]):
        if (
            len(line.split()) < 5
            or line.rstrip().endswith((".", "+"))
            or find_photo_credits([line])
        ):
            continue
        return line if _headline_above_date(line, sites) else None
    return None


def _timed_date_line(line: str) -> bool:
    """A page's date line with its time ('Selasa, 5 Desember 2023 14:48 WIB')."""
    found = parse_date(line)
    return found is not None and found.precision != "day" and is_date_line(line)


#: A numbered list's entry ('1 Harga Cabai Naik', '3. Banjir ...'); a headline may open with a
#: count ('172 PMI Dideportasi ...').
_LIST_ITEM = re.compile(r"^(?:10|[1-9])(?:[.)]\s*|\s+)\S")


def _headline_above_date(line: str, sites: list[str]) -> bool:
    """Whether the line above a dated line reads as the headline: no list item ('1 Harga ...'),
    no teaser cut short, no masthead, caption or byline."""
    return (
        looks_like_headline(line, len(line.split()))
        and not _LIST_ITEM.match(line)
        and not line.rstrip().endswith(("...", "…"))
        and not _no_headline(line, sites)
    )


def _above_menu(clean: CleanText) -> bool:
    """Whether the cleaner's headline stands above the page's menu: a masthead's motto ('Berita
    Papua Terkini dan Terpercaya' under 'KABAR PAPUA'), not the story's headline."""
    at = next((v.line_no for v in clean.lines if v.text.strip() == clean.title), None)
    if at is None:
        return False
    body = next((v.line_no for v in clean.lines if v.kept), None)
    menu = menu_line_numbers([(v.line_no, v.text) for v in clean.lines], repeats=False)
    below = [n for n in menu if at < n and (body is None or n < body)]
    return len(below) >= 3


def text_title(clean: CleanText, header: list[str], sites: list[str] | None = None) -> str | None:
    """The headline of a text dump: the cleaner's, unless that is a byline, a date line, the
    site's masthead or a photo caption."""
    sites = sites or []
    lines = [v.text.strip() for v in clean.lines]
    # the header: what stands before the first body paragraph the cleaner kept
    body_at = next(
        (i for i, v in enumerate(clean.lines) if v.kept and len(v.text.split()) >= 15),
        len(lines),
    )
    dated = _dated_headline(lines[:body_at], sites)
    if dated is not None:
        return dated
    if clean.title and not _no_headline(clean.title, sites) and not _above_menu(clean):
        return clean.title
    above_lead = _headline_above_lead(lines[:body_at], sites)
    if above_lead is not None:
        return above_lead
    # the headline stands before the date line (also when the cleaner found none: a header
    # where a wire signature or a kept standfirst hid it)
    candidates: list[str] = []
    for line in header:
        if is_date_line(line) and candidates:
            break  # a top-bar date above the menu comes before any headline
        if not _no_headline(line, sites) and not line.rstrip().endswith((".", "+")):
            candidates.append(line.strip())
    if candidates:
        return candidates[-1]
    # a header the cleaner cut short (a 'popular' list taken for the lead): the headline is
    # the line right above the article's dated line
    for i, line in enumerate(lines[1:], start=1):
        if not _timed_date_line(line):
            continue
        above = lines[i - 1]
        return above if _headline_above_date(above, sites) else None
    return None


def _shared_words(a: str, b: str) -> float:
    """Share of the shorter title's words the other title has too."""
    wa, wb = set(re.findall(r"\w+", a.casefold())), set(re.findall(r"\w+", b.casefold()))
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


def find_title(
    clean: CleanText,
    page: PageMeta | None,
    outlet: str | None,
    domain: str | None,
    header: list[str],
) -> str | None:
    if page is None:
        return text_title(clean, header, [s for s in (outlet, domain) if s])
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
        # the printed headline beside a shorter social title of the same story ('Festival
        # Gandrung Sewu 2024 Digelar ...' over og:title 'Gandrung Sewu 2024 Digelar ...')
        if any(_shared_words(h1, strip_site(c, sites)) >= 0.6 for c in candidates):
            return h1
    for c in candidates:
        stripped = strip_site(c, sites)
        if stripped:
            # 'Musik - Bikin Gaduh Kota' : a rubric glued before the headline
            parts = re.split(r"\s+[-–—|]\s+", stripped, maxsplit=1)
            if len(parts) == 2 and is_section(parts[0]):
                stripped = parts[1]
            return stripped
    return clean.title
