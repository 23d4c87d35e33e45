"""The metadata stage: outlet, title, dates, bylines, agencies, photo credits, dateline, section.

Every field is null (or an empty list) unless the page states it. One module per field or
concern (`outlet`, `dates`, `bylines`, `credits`, `title`, `dateline`, `section`; `lines` and
`layout` read the page's lines and parts); this module runs them in order on one document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from etl.document import CleanText, Metadata, PageMeta
from etl.knowledge import Outlet, outlet_by_name, outlets
from etl.knowledge import _load as load_data
from etl.metadata.bylines import bylines, clean_name, closing_initials, editor_initials, split_names
from etl.metadata.credits import find_agencies, find_photo_credits
from etl.metadata.dateline import dateline_by_date, find_dateline, lead_credits, lead_index
from etl.metadata.dates import (
    RELATIVE_TIME,
    WIB,
    FoundDate,
    date_from_url,
    date_in_lines,
    inferred_from_lead,
    labelled_date,
    parse_meta_date,
    updated_in_lines,
    zone_of_place,
)
from etl.metadata.layout import (
    caption_lines,
    header_and_trailer,
    lines_after_body,
    unlabelled_byline,
)
from etl.metadata.lines import text_lines
from etl.metadata.outlet import (
    copyright_outlet,
    desk_in_text,
    detect_outlet,
    display_name,
    network_desk,
    network_domain,
    own_words,
    paper_name,
    registrable_domain,
    shown_domain,
    squash,
    syndicated_url,
)
from etl.metadata.section import find_section, rubric_above, without_menu
from etl.metadata.title import find_title

__all__ = ["MetadataResult", "extract_metadata"]


@dataclass
class MetadataResult:
    meta: Metadata
    precision: str | None = None
    notes: list[str] = field(default_factory=list)


def outlet_by_domain_name(outlet: str | None) -> bool:
    """Whether the outlet is one of the registry's (Indonesian) outlets."""
    return outlet is not None and outlet_by_name(outlet) is not None


def _same_wall_clock(a: datetime, b: datetime) -> bool:
    return a.replace(tzinfo=None, second=0, microsecond=0) == b.replace(
        tzinfo=None, second=0, microsecond=0
    )


def page_date(
    page: PageMeta | None,
    header: list[str],
    page_lines: list[str],
    outlet_domain: str | None,
    indonesian: bool,
    trailer: list[str] | None = None,
    home: timezone = WIB,
    below_title: list[str] | None = None,
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
    if printed is not None and below_title:
        # a dump's top bar prints today's date (and clock) above the menu; the story's day
        # and time stand under its headline
        below = date_in_lines(below_title, "page")
        if below is not None and (printed.precision == "day" or below.precision != "day"):
            printed = below
    if trailer and (printed is None or printed.precision == "day"):
        printed = labelled_date(trailer[:15]) or printed
    relative = any(RELATIVE_TIME.match(line.strip()) for line in header)
    if trailer and relative and (printed is None or printed.precision == "day"):
        # a header printing '2 jam lalu' has the absolute time right after the body (Asumsi);
        # a day in the header is a caption's
        after = date_in_lines(trailer[:6], "page")  # past 'Reporter:', 'Editor:' lines
        if after is not None and after.precision != "day":
            printed = after
    if page_lines and (printed is None or printed.precision == "day"):
        # a day alone in the header (a caption's '(11/10/2023)') gives way to the same day
        # printed with its time under the headline
        below = date_in_lines(page_lines[:25], "page")
        if printed is None or (below is not None and below.value.date() == printed.value.date()):
            printed = below
    if meta_date is not None and meta_date.precision != "day":
        if printed is not None and printed.precision != "day":
            if abs(printed.utc - meta_date.utc) < timedelta(minutes=1):
                # the same instant to the minute the page prints (its seconds unprinted)
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
        local_day = printed is not None and printed.value.date() == (
            meta_date.value.astimezone(home).date()
        )
        if (indonesian or local_day) and meta_date.value.utcoffset() == timedelta(0):
            # the same instant, shown as the outlet's local time (WIB, or the zone of its
            # dateline's place): an outlet of the registry, or one whose printed day is the
            # instant's day there
            return FoundDate(
                meta_date.value.astimezone(home), meta_date.precision, meta_date.source
            )
        return meta_date
    if printed is not None and (meta_date is None or printed.precision != "day"):
        return printed
    return meta_date


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """Words that make up a good share of any Indonesian or Malay text (language.toml)."""
    return frozenset(load_data("language.toml")["function_words"]["ms_id"])


def _indonesian_body(paragraphs: list[str], domain: str | None) -> bool:
    """Whether a page the registry does not know is an Indonesian outlet's: its body is
    Indonesian-like text and its domain no Malaysian, Singaporean or Bruneian one."""
    if domain and domain.endswith((".my", ".sg", ".bn")):
        return False
    words = " ".join(paragraphs[:6]).lower().split()
    return len(words) >= 30 and sum(w in _function_words() for w in words) >= 0.08 * len(words)


def _has_desks(outlet: Outlet) -> bool:
    """Whether the registry lists regional desks served from this outlet's own domain."""
    return outlet.domain in _network_domains()


@lru_cache(maxsize=1)
def _network_domains() -> frozenset[str]:
    return frozenset(
        registrable_domain(o.domain) for o in outlets() if registrable_domain(o.domain) != o.domain
    )


def _line_above(lines: list[str], title: str | None) -> str | None:
    """The visible line right above an HTML page's headline, unless it closes a run of short
    lines (a menu)."""
    flat = [" ".join(line.split()) for line in lines[:60]]
    if title is None or title not in flat:
        return None
    at = flat.index(title)
    if not at:
        return None
    before = flat[at - 2] if at >= 2 else ""
    if before and len(before.split()) <= 3 and not any(ch.isdigit() for ch in before):
        return None  # the last entry of a menu ('Sport', 'Seleb') over the headline
    return flat[at - 1]


def _line_above_body(clean: CleanText) -> str | None:
    """The header line the cleaner dropped right above the first body paragraph."""
    for i, v in enumerate(clean.lines):
        if v.kept:
            above = clean.lines[i - 1] if i else None
            # a line the cleaner took for a byline, caption or link is no dateline
            return above.text if above and above.reason == "header" else None
    return None


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
    text = full_text or clean.text
    # a dump without its address may print it in its syndication line
    address = url or syndicated_url(text)
    logos = tuple(page.logo_names) if page is not None else ()
    outlet, domain = detect_outlet(address, page.site_name if page else None, text, titles, logos)
    credit, signed = lead_credits(clean.paragraphs)
    if outlet is None and domain is None and credit:
        # an outlet missing from the registry still names itself in its dateline
        outlet, domain = credit, registrable_domain(credit)
    if outlet is None and domain is None:
        # ... or in its copyright line
        outlet, domain = copyright_outlet(text)
    if page is None and address is None:
        known = outlet_by_name(outlet) if outlet else None
        if known is None or known.network_names or _has_desks(known):
            # a dump of a network's regional desk names the desk (copyright, lead, Google News)
            named = desk_in_text(text, credit)
            if named is not None:
                outlet, domain = named
        desk = network_desk(outlet, text)
        if desk is not None:
            outlet = desk  # the network's regional desk the page names; the network's domain
    printed_names = (page.site_name, *page.logo_names) if page is not None else ()
    # the name the lead's dateline prints ('Atambua, Vox NTT-' on voxntt.com)
    printed_names = (*printed_names, *([signed] if signed and "." not in signed else []))
    outlet = display_name(outlet, text, tuple(n for n in printed_names if n))
    if outlet is not None and outlet_by_name(outlet) is None:
        outlet = own_words(paper_name(outlet), domain)
    if page is None and address is None and outlet is not None and outlet_by_name(outlet) is None:
        # a regional site of a network that serves them from its subdomains, or the address
        # the page prints for itself ('gorontalo.tribunnews.com' under 'TRIBUNGORONTALO.COM')
        domain = network_domain(text) or shown_domain(outlet, text) or domain
    if domain is None and outlet is not None and page is not None:
        # a page without a canonical link still links its home page under its own name
        domain = next(
            (
                registrable_domain(h)
                for h in page.home_hosts
                if squash(registrable_domain(h).split(".")[0]) == squash(outlet)
            ),
            None,
        )
    header_lines, trailer = header_and_trailer(clean)
    header = [v.text for v in header_lines]

    visible_lines = text_lines(visible_text)
    page_lines = visible_lines
    at = None
    if page is not None and page.h1:
        at = next((i for i, v in enumerate(visible_lines) if page.h1 in v), None)
    if at is not None:
        # bylines and labels sit around the headline: start a few lines before it
        visible_lines = visible_lines[max(0, at - 4) :]
        at = min(at, 4)
        # the printed date: under the headline, else just above it (okezone)
        page_lines = [*visible_lines[at : at + 25], *visible_lines[max(0, at - 3) : at]]
    title = find_title(clean, page, outlet, domain, header)
    dateline = find_dateline(clean.paragraphs, outlet, domain, _line_above_body(clean)) or (
        dateline_by_date(page_lines) if page is not None else None
    )
    found = page_date(
        page,
        header,
        page_lines,
        domain,
        indonesian=outlet_by_domain_name(outlet) or _indonesian_body(clean.paragraphs, domain),
        trailer=trailer,
        home=zone_of_place(dateline),
        below_title=header[header.index(title) + 1 :] if title in header else None,
    )
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

    # an HTML page's whole visible text, line by line (bylines after the body, later captions)
    all_lines = text_lines(full_text) if page is not None and full_text else []
    after_body = lines_after_body(clean, all_lines) if page is not None else []
    byline_lines = [*header, *trailer, *visible_lines[:40], *after_body]
    authors, editors = bylines(byline_lines)
    # an outlet's own name ('Bali Express' as JSON-LD author) or a piece of the headline (the
    # line above an 'Oleh :' label) is no author
    own = {squash(n) for n in (outlet, page.site_name if page else None) if n}

    def is_author(name: str) -> bool:
        words = name.split()
        # nor a description holding it ('Kontributor Ekora NTT di Manggarai Timur')
        spans = {
            squash(" ".join(words[i:j]))
            for i in range(len(words))
            for j in range(i + 1, len(words) + 1)
        }
        return bool(clean_name(name)) and not spans & own and not (title and name in title)

    authors = [a for a in authors if is_author(a)]
    if page is None:
        # a name printed without a label beside the date line, also when a labelled one is
        # printed elsewhere ('Riko Pranata' under the headline, 'Kontributor : X' at the end)
        authors.extend(n for n in unlabelled_byline(header, title, outlet) if n not in authors)
    if not authors and page is not None:
        # the page's author metadata, unless it names the editor the page labels so and prints
        # nowhere else (Suara's JSON-LD author); a name printed alone is a byline (iNews)
        shown_alone = {" ".join(line.split()) for line in visible_lines[:40]}
        for raw in page.authors:
            authors.extend(
                n
                for n in split_names(raw)
                if n not in authors and (n not in editors or n in shown_alone)
            )
    authors = [a for a in authors if is_author(a)]
    editors = [e for e in editors if squash(e) not in own]  # 'Editor: VoxNtt'
    if page is not None and authors and page.authors:
        # the authors the page declares (JSON-LD, meta) over byline guesses that share no name
        # with them and hold one glued to what follows ('Dinda PrameswariPeneliti', the
        # author's name run into its role)
        declared = [
            n for raw in page.authors for n in split_names(raw) if n not in editors and is_author(n)
        ]
        glued = any(
            squash(a) != squash(d) and squash(a).startswith(squash(d))
            for a in authors
            for d in declared
        )
        if glued and not {squash(a) for a in authors} & {squash(d) for d in declared}:
            authors = declared
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

    page_lines_all = visible_lines
    if page is not None and page.h1 and full_text:
        # captions stand between the body's paragraphs, past the window read for bylines
        at = next((i for i, v in enumerate(all_lines) if page.h1 in v), None)
        if at is not None:
            page_lines_all = all_lines[max(0, at - 4) : at + 200]
    captions = caption_lines(clean, header, page_lines_all, page)
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
        # an HTML page's byline ('Penulis: AFP') stands in its visible lines around the headline
        agencies=find_agencies(byline_lines, clean.paragraphs[lead_index(clean.paragraphs) :]),
        photo_credits=find_photo_credits(captions),
        dateline=dateline,
        section=find_section(
            without_menu(header_lines) if page is None else header,
            page,
            url,
            visible_lines[:12],
            domain,
            title,
            rubric=rubric_above(header_lines, title) if page is None else None,
            label_above=_line_above(visible_lines, title) if page is not None else None,
        ),
        url=url,
    )
    return MetadataResult(meta=meta, precision=found.precision if found else None)
