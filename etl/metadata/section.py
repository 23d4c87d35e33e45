"""The section (rubric): a label above a dump's headline, breadcrumbs, the page's declared
section, or the URL's subdomain or first path segment."""

from __future__ import annotations

from urllib.parse import urlsplit

from etl.clean.lines import menu_line_numbers
from etl.document import LineVerdict, PageMeta
from etl.knowledge import outlet_by_name
from etl.metadata.bylines import is_byline
from etl.metadata.dateline import outlet_stem
from etl.metadata.lines import CRUMB_SEPARATORS, breadcrumb_entries, is_section, section_words


def _rubric(crumbs: list[str]) -> str:
    """The rubric among breadcrumb entries: the first known section that is no generic channel
    name ('VIVA > Berita > Dunia' is Dunia, 'Jayapura > Daerah' is Daerah), else the most
    specific entry ('Soloraya / Solo' is Solo)."""
    names, generic, _ = section_words()
    specific = [c for c in crumbs if c.lower() not in generic] or crumbs
    for crumb in specific:
        if crumb.lower() in names:
            return crumb
    return specific[-1]


def without_menu(header: list[LineVerdict]) -> list[str]:
    """A dump's header lines without its menu runs: a menu's entries name no rubric."""
    runs = menu_line_numbers([(v.line_no, v.text) for v in header], repeats=False)
    # a breadcrumb ('Home » Ambon', 'Berita / Balikpapan') printed right under the menu is no
    # menu entry, though it stands on the line next to one
    return [
        v.text
        for v in header
        if v.line_no not in runs
        or (CRUMB_SEPARATORS.search(v.text) and breadcrumb_entries(v.text) is not None)
    ]


def rubric_above(header: list[LineVerdict], title: str | None) -> str | None:
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
    # them (a breadcrumb on two lines, its last entry the rubric), or 'Metropolis' alone: the
    # rubric printed again right above the headline
    before = [" ".join(v.text.split()) for v in header[:at] if v.text.strip()]
    while before and CRUMB_SEPARATORS.fullmatch(f" {before[-1]} "):
        before.pop()  # 'Beranda' / '»' / 'Kesehatan' / '»': the breadcrumb's closing mark
    if len(before) >= 2:
        last = before[-1]
        not_section = section_words()[2]
        if (
            # 'Beranda' / 'Ekonomi': a breadcrumb one entry a line, under a menu in capitals
            last.lower() in {b.lower() for b in before[:-1]}
            and before[-2].lower() in not_section
            and last.lower() not in not_section
            and 1 <= len(last.split()) <= 3
        ):
            return last
        if (
            last in before[:-1]
            and 1 <= len(last.split()) <= 3
            and (is_section(last) or last.lower() in entries)
            and last.lower() not in not_section
        ):
            return last
        # 'Beranda' / '/' / 'Hukum & Kriminal': a breadcrumb printed one piece per line
        if (
            CRUMB_SEPARATORS.fullmatch(f" {before[-2]} ")
            and 1 <= len(last.split()) <= 4
            and not any(ch.isdigit() for ch in last)
            and last.lower() not in not_section
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


def find_section(
    header: list[str],
    page: PageMeta | None,
    url: str | None,
    visible_lines: list[str],
    domain: str | None,
    title: str | None = None,
    rubric: str | None = None,
    label_above: str | None = None,
) -> str | None:
    """The rubric: a header label, breadcrumbs, the page's section tag, or the URL."""
    names, url_generic, not_section = section_words()
    stem = outlet_stem(domain)
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
            if named and CRUMB_SEPARATORS.search(line):
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
        if label_above is not None and is_section(label_above):
            return label_above.strip()  # '<div class="kanal">Ekonomi</div>' over the headline
    if path:
        first = path[0].lower().replace("-", " ")
        # a header label spelling the path segment ('/berita-ekonomi-bisnis/' shown as a label)
        for line in visible_lines:
            if (
                len(line.split()) <= 4  # a label; the headline spells an article's own slug
                and " ".join(line.split()).lower() == first
                and not (stem and stem in first)
            ):
                return line.strip()
    if subdomain and subdomain.lower() in names:
        return subdomain.title()
    if path:
        first = path[0].lower().replace("-", " ")
        if first in names and first not in url_generic:
            return first.title()
    return None
