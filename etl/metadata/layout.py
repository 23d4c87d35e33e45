"""Where the parts of a page stand: the header above the lead and the trailer after the body,
the lines after an HTML page's last paragraph, the lines that may carry a photo credit, and
names printed without a label beside the date line."""

from __future__ import annotations

import re

from etl.clean.patterns import CAPTION_CREDIT_END
from etl.document import CleanText, LineVerdict, PageMeta
from etl.metadata.bylines import clean_name, is_byline, is_navigation
from etl.metadata.credits import labelled_credit
from etl.metadata.dateline import match_lead_dateline
from etl.metadata.dates import RELATIVE_TIME
from etl.metadata.lines import (
    breadcrumb_entries,
    is_date_line,
    is_section,
    is_update_line,
)
from etl.metadata.outlet import squash


def header_and_trailer(clean: CleanText) -> tuple[list[LineVerdict], list[str]]:
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
        if match_lead_dateline(clean.lines[i].text):
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
                if any(is_date_line(t) for t in above):
                    start = i
                break
    # a byline or date line the cleaner kept above the lead belongs to the header
    header = [
        v
        for v in clean.lines[:start]
        if not v.kept
        or undated
        or is_byline(v.text)
        or is_date_line(v.text)
        or is_update_line(v.text)
    ]
    trailer: list[str] = []
    for v in clean.lines[start:]:
        if v.kept:
            continue
        if v.reason == "footer" or is_navigation(v.text):
            break
        trailer.append(v.text)
    return header, trailer


def _letters(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def lines_after_body(clean: CleanText, lines: list[str], limit: int = 15) -> list[str]:
    """Lines of an HTML page's visible lines after its last body paragraph, up to the footer
    navigation: where an editor line or a closing code stands when the extractor left it out."""
    if not clean.paragraphs or not lines:
        return []
    # letters and digits only: the cleaner straightens the quotes the page prints curly
    tail = _letters(clean.paragraphs[-1])[-30:]
    at = next(
        (i for i in range(len(lines) - 1, -1, -1) if tail and tail in _letters(lines[i])),
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


def caption_lines(
    clean: CleanText, header: list[str], visible_lines: list[str], page: PageMeta | None
) -> list[str]:
    """Lines that may carry a photo credit: captions, and what stands between headline and lead."""
    out = [v.text for v in clean.lines if v.reason == "caption"]
    if page is not None:
        out.extend(page.captions)
    out.extend(line for line in header if not is_byline(line) and not is_date_line(line))
    if clean.paragraphs and len(clean.paragraphs[0].split()) < 25:
        out.append(clean.paragraphs[0])  # a caption the cleaner kept before the lead
    if page is not None and visible_lines:
        leads = [p for p in clean.paragraphs[:3] if len(p.split()) >= 15]
        lead = leads[0][:40] if leads else None
        body = {" ".join(p.split()) for p in clean.paragraphs}
        after_lead = False
        for line in visible_lines[:200]:
            if lead and line.startswith(lead):
                after_lead = True
            if after_lead:
                # a caption between body paragraphs closes with its credit: '(Antara/X)'
                # or with a labelled one: 'Foto: Name/Outlet', 'Sumber gambar, Getty Images'
                m = CAPTION_CREDIT_END.search(line)
                credited = bool(m and m.group("slash")) or labelled_credit(line)
                if credited and " ".join(line.split()) not in body:
                    out.append(line)
            elif not is_byline(line) and not is_date_line(line) and line != page.h1:
                out.append(line)
    return out


_NAMES_THEN_DATE = re.compile(r"^(?P<names>[^\d|]{5,80}?)\s+[-–—|•·]\s+(?P<date>.*\d.*)$")


def unlabelled_byline(header: list[str], title: str | None, outlet: str | None = None) -> list[str]:
    """Names printed without a label under the headline, right next to the page's date line
    ('Rizki Hidayat' over 'Diterbitkan 12 Agu 2023, 04:05 WIB'; 'Achmad Fauzi | Iwan
    Supriyatna' under the date). A rubric above the headline is never taken."""
    lines = [line.strip() for line in header if line.strip()]
    if title is None or title not in lines:
        return []
    lines = lines[lines.index(title) + 1 :]
    # a relative time ('2 jam lalu') stands where the date line would
    dated = [i for i, line in enumerate(lines) if is_date_line(line) or RELATIVE_TIME.match(line)]
    if not dated:
        return []
    first, last = dated[0], dated[-1]
    # 'Andika Pratama - Jumat, 03 November 2023 - 16:22 WIB': the names before the date
    m = _NAMES_THEN_DATE.match(lines[first])
    own = squash(outlet or "")
    if (
        m
        and is_date_line(m.group("date"))
        and not is_section(m.group("names"))
        # 'Kabar Cirebon - 8 Juli 2024, 19:15 WIB': the outlet signing its date line
        and squash(m.group("names")) != own
    ):
        names = [clean_name(p) for p in re.split(r"\s*(?:[,;&]|\bdan\b)\s*", m.group("names"))]
        if names and len(names) <= 3 and all(n and 2 <= len(n.split()) <= 4 for n in names):
            return [n for n in names if n is not None]
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
