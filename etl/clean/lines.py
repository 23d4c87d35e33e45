"""The line classifier: every non-empty line kept as body or dropped with a reason.

Two passes. First each line is matched against the boilerplate rules (``etl/data/boilerplate
.toml``), the outlet's own template phrases, photo-credit patterns and the optional template
counts learnt across a run. Then structure: the body is the run of prose between the header
block (title, date, byline, captions) and the first trailer marker (editor initials, comment
block, footer); matched lines inside the body ("Baca juga: ...") are cut out of it. A dropped
label line ("Baca:", "Oleh :", "Photo :") takes the short non-sentence lines after it along;
a prose-like line in the header that carries a caption's closing credit or date is a caption,
not the lead; inside a dump's body, a run of two or more short non-sentence lines (a widget's
label and title, a bare tag list) is dropped while a lone subheading stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, replace
from typing import Protocol, runtime_checkable

from etl.clean.patterns import (
    CAPTION_CREDIT_END,
    CAPTION_DATE_CREDIT,
    CAPTION_DATE_END,
    CREDIT_LINE,
    PHOTO_CREDIT,
    match_dateline,
)
from etl.document import CleanText, LineVerdict
from etl.knowledge import LineRule, Outlet, line_rules

#: A line that ends a sentence, also when the desk's initials follow it unbracketed
#: ('... 4,5 juta orang. ind', '... katanya. ant/dar').
_TERMINAL = re.compile(r"(?:[.!?…:;\"'”’)\]]|[.!?”\"]\s+[a-z]{2,4}(?:[/.][a-z]{2,4}){0,3})$")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]?$")
_END_MARK = re.compile(r"\s+\(\s*\*\s*\)$")
#: Short non-sentence lines in a row inside a dump's body: at most this many words each.
_RUN_WORDS = 12
_TEASER = re.compile(r"^(?P<head>.{10,}?)\s*(?:,|\s)?(?:\.{3}|…)$")
_DATE_HINT = re.compile(
    r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}:\d{2}\b|\b(WIB|WITA|WIT)\b|"
    r"\b\d{1,2}\s+(Jan|Feb|Mar|Apr|Mei|May|Jun|Jul|Agu|Agt|Aug|Sep|Okt|Oct|Nov|Des|Dec)[a-z]*\.?\s+\d{4}\b",
    re.IGNORECASE,
)

#: Lookup of template lines learnt across documents: normalized line -> reason, or None.
#: A reason may carry the deciding rule after a "|" ("template|template_count 12/40 pages").
TemplateLookup = Callable[[str], str | None]


@runtime_checkable
class OutletTemplates(Protocol):
    """Template counts of many outlets (``etl.clean.templates.TemplateBook``)."""

    def for_outlet(self, outlet: Outlet | None) -> TemplateLookup: ...


@dataclass(frozen=True)
class _Unit:
    line_no: int
    text: str
    words: int
    reason: str | None  # reason from a rule, None when no rule matched
    rule: str
    stop: bool


def normalize_line(line: str) -> str:
    """The key under which a line is compared: lower case, digits folded, spaces squeezed."""
    line = re.sub(r"\d+", "0", line.lower())
    return re.sub(r"[\W_]+", " ", line).strip()


def is_prose(text: str, words: int) -> bool:
    """A line that reads like a paragraph of an article."""
    if words >= 20:
        return True
    return words >= 7 and _TERMINAL.search(text) is not None


def looks_like_headline(text: str, words: int) -> bool:
    return (
        3 <= words <= 30 and not text.endswith((".", ",", ":", ";")) and not _DATE_HINT.search(text)
    )


#: A menu entry of a dump's header: a few words, no figure, no sentence or label punctuation.
_MENU_WORDS = 4
_MENU_ENTRY = re.compile(r"^[^\d.!?:;]+$")


def menu_line_numbers(lines: Sequence[tuple[int, str]], repeats: bool = True) -> set[int]:
    """Line numbers of a dump's menu: runs of three or more short entries on adjacent lines
    ('Beranda', 'Politik & Pemerintahan', 'Ekonomi', ...), and (``repeats``) later lines
    repeating an entry.

    A headline stands apart (a blank line, a date or a byline beside it) and is longer than a
    menu entry, so a menu line is never taken for it.
    """
    out: set[int] = set()
    run: list[tuple[int, str]] = []

    def close() -> None:
        if len(run) >= 3:
            out.update(no for no, _ in run)
        run.clear()

    for no, text in lines:
        entry = len(text.split()) <= _MENU_WORDS and _MENU_ENTRY.match(text) is not None
        if entry and (not run or no == run[-1][0] + 1):
            run.append((no, text))
            continue
        close()
        if entry:
            run.append((no, text))
    close()
    if not repeats:
        return out
    entries = {normalize_line(t) for no, t in lines if no in out}
    out.update(no for no, t in lines if normalize_line(t) in entries)
    return out


def _match(
    text: str,
    words: int,
    rules: Sequence[LineRule],
    outlet: Outlet | None,
    template: TemplateLookup | None,
) -> tuple[str | None, str, bool]:
    lowered = text.lower()
    if outlet is not None:
        for phrase in outlet.boilerplate:
            if lowered.startswith(phrase.lower()):
                return "template", f"outlet:{outlet.name}", False
    for rule in rules:
        if rule.matches(text, words):
            return rule.reason, rule.id, rule.stop
    if words <= 60 and PHOTO_CREDIT.search(text) and match_dateline(text) is None:
        return "caption", "photo_credit", False
    if words <= 60 and match_dateline(text) is None:
        m = CAPTION_CREDIT_END.search(text)
        if m and m.group("slash") and len(m.group("slash").rsplit("/", 1)[1].split()) >= 2:
            return "caption", "caption_credit", False
    if words <= 8 and CREDIT_LINE.match(text):
        return "caption", "credit_line", False
    if words <= 60 and match_dateline(text) is None:
        m = CAPTION_DATE_CREDIT.search(text)
        # '... Minggu (3/9/2023). TRIBUNJATENG/RAHDYAN': a credit after the caption's date,
        # an agency/photographer pair or in brackets ('- IST' alone is judged in the header)
        if m and ("/" in (m.group("caps") or "") or m.group("bracketed")):
            return "caption", "caption_date_credit", False
    if template is not None:
        reason = template(text)
        if reason is not None:
            why, _, decided_by = reason.partition("|")
            return why, decided_by or "template_count", False
    return None, "", False


def _mark_label_lists(units: list[_Unit]) -> None:
    """A bare label a rule dropped takes the short lines after it along.

    "Baca juga" (or "Baca:"): the headline-like lines right after it are its links. Any other
    dropped label ending with a colon ("Oleh :", "Photo :", "Editor:") takes the following
    non-sentence lines (names, a credit) with the label's reason.
    """
    for i, u in enumerate(units):
        if u.reason is None or u.words > 3 or u.rule.startswith("after_"):
            continue
        related = u.reason == "related_link"
        if not related and not u.text.endswith(":"):
            continue
        j = i + 1
        while j < len(units):
            nxt = units[j]
            if (
                nxt.reason is not None
                or nxt.words > 20
                or is_prose(nxt.text, nxt.words)
                or match_dateline(nxt.text) is not None
                or (not related and _SENTENCE_END.search(nxt.text) is not None)
            ):
                break
            rule = "after_read_also" if related else "after_label"
            units[j] = replace(nxt, reason=u.reason, rule=rule)
            j += 1


def _is_lead(u: _Unit) -> bool:
    """A paragraph, or a dateline opening one ("Berita - Nasional" is a breadcrumb and "VOI -
    Waktunya Merevolusi Pemberitaan" a masthead's tagline, no lead)."""
    if is_prose(u.text, u.words):
        return True
    m = match_dateline(u.text)
    return m is not None and (m.end() == len(u.text) or len(u.text[m.end() :].split()) >= 6)


def _is_header_caption(units: list[_Unit], i: int) -> bool:
    """A prose-like line before the lead that is a photo caption.

    Cues: it closes with a parenthesized credit ("... (9/11). (Biro Pers Sekretariat
    Presiden)"); or it closes with a caption's date ("..., Kamis (8/2/2024).") and sits next to a
    bare credit line or right before a dateline lead. A later paragraph must remain.
    """
    u = units[i]
    if u.words > 60 or match_dateline(u.text) is not None:
        return False
    if not any(_is_lead(v) for v in units[i + 1 :] if v.reason is None):
        return False
    if CAPTION_CREDIT_END.search(u.text) or CAPTION_DATE_CREDIT.search(u.text):
        return True
    if u.words > 40 or not CAPTION_DATE_END.search(u.text):
        return False
    near = [units[k] for k in (i - 1, i + 1) if 0 <= k < len(units)]
    if any(v.rule == "credit_line" or CREDIT_LINE.match(v.text) for v in near):
        return True
    nxt = next((v for v in units[i + 1 :] if v.reason is None), None)
    return nxt is not None and match_dateline(nxt.text) is not None and _is_lead(nxt)


def _short_runs(units: list[_Unit], lead: int, end: int, verdicts: Container[int]) -> list[int]:
    """Body lines in runs of two or more short non-sentences that are no article text.

    A run counts when it opens with a one-word label (a widget's name, then its title) or is
    a bare tag list (every line three words or fewer, no digits); a list introduced by a line
    ending with a colon, or one whose items carry figures, stays.
    """

    def short(k: int) -> bool:
        v = units[k]
        return (
            v.reason is None
            and k not in verdicts
            and v.words < _RUN_WORDS
            and not _SENTENCE_END.search(v.text)
            and not v.text.endswith((":", ";"))
            and match_dateline(v.text) is None
        )

    out: list[int] = []
    i = lead
    while i < end:
        if not short(i):
            i += 1
            continue
        j = i
        while j < end and short(j):
            j += 1
        after_colon = i > 0 and units[i - 1].text.endswith(":")
        run = units[i:j]
        label = run[0].words == 1  # a widget's label ("Databoks", "Infografis") and its title
        tags = all(v.words <= 3 and not re.search(r"\d", v.text) for v in run)
        if len(run) >= 2 and not after_colon and (label or tags):
            out.extend(range(i, j))
        i = j
    return out


def _same_title(text: str, title: str | None) -> bool:
    if not title:
        return False
    if normalize_line(text) == normalize_line(title):
        return True
    m = _TEASER.match(text)
    return bool(m and normalize_line(title).startswith(normalize_line(m.group("head"))))


def classify(
    text: str,
    *,
    outlet: Outlet | None = None,
    structured: bool = True,
    title: str | None = None,
    template: TemplateLookup | None = None,
    extractor: str = "lines",
) -> CleanText:
    """Classify the lines of a page's text.

    ``structured`` is for page dumps, where a header block precedes the lead: lines before the
    lead are dropped. Text already extracted from HTML (``structured=False``) starts at the
    article, so only rules, captions, the title and trailer markers drop lines there.
    ``title`` is a known headline (from HTML metadata); for dumps the first headline-like line
    of the header is taken as the title and repeats of it are dropped.
    """
    rules = line_rules()
    if isinstance(template, OutletTemplates):
        template = template.for_outlet(outlet)
    units: list[_Unit] = []
    for no, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            continue
        words = len(line.split())
        reason, rule, stop = _match(line, words, rules, outlet, template)
        units.append(_Unit(no, line, words, reason, rule, stop))

    _mark_label_lists(units)
    verdicts: dict[int, tuple[bool, str, str]] = {}
    found_title = title
    lead = 0
    menu = menu_line_numbers([(u.line_no, u.text) for u in units]) if structured else set()
    if structured:
        lead = -1
        for i, u in enumerate(units):
            if u.reason is not None:
                continue
            if _same_title(u.text, found_title):
                verdicts[i] = (False, "duplicate_title", "title_repeat")
                continue
            if _is_lead(u):
                if _is_header_caption(units, i):
                    verdicts[i] = (False, "caption", "header_caption")
                    continue
                lead = i
                break
            if (
                found_title is None
                and looks_like_headline(u.text, u.words)
                and u.line_no not in menu
            ):
                found_title = u.text
                verdicts[i] = (False, "title", "headline")
                continue
            verdicts[i] = (False, "header", "before_lead")
        if lead < 0:
            lead = len(units)

    end = len(units)
    for i in range(lead, len(units)):
        if units[i].stop:
            end = i
            break
    # Walk back over short non-sentences left between the last paragraph and the trailer.
    # Lines a rule already dropped (share bars, "scroll down") do not end the walk.
    last = end - 1
    while last >= lead and (
        units[last].reason is not None
        or (not _TERMINAL.search(units[last].text) and units[last].words < 15)
    ):
        if units[last].reason is None:
            verdicts[last] = (False, "trailer", "after_body")
        last -= 1

    if structured:
        for k in _short_runs(units, lead, end, verdicts):
            verdicts[k] = (False, "widget", "short_run")

    out: list[LineVerdict] = []
    paragraphs: list[str] = []
    for i, u in enumerate(units):
        if u.reason is not None:
            kept, reason, rule = False, u.reason, u.rule
        elif i in verdicts:
            kept, reason, rule = False, *verdicts[i][1:]
        elif i < lead:
            kept, reason, rule = False, "header", "before_lead"
        elif i >= end:
            kept, reason, rule = False, "trailer", "after_stop"
        elif _same_title(u.text, found_title):
            kept, reason, rule = False, "duplicate_title", "title_repeat"
        else:
            kept, reason, rule = True, "body", ""
        if kept:
            paragraphs.append(_END_MARK.sub("", u.text))
        out.append(LineVerdict(u.line_no, u.text, kept, reason, rule))
    return CleanText(paragraphs=paragraphs, lines=out, extractor=extractor, title=found_title)
