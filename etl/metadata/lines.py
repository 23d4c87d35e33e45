"""Lines of a page as the metadata rules read them: visible text split into lines, date lines,
update lines, breadcrumb entries, and the section vocabulary (etl/data/sections.toml)."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.knowledge import _load as load_data
from etl.metadata.bylines import is_byline
from etl.metadata.dates import parse_date, updated_in_lines


@lru_cache(maxsize=1)
def section_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(section names, words too generic in a URL path, breadcrumb entries never a section)."""
    data = load_data("sections.toml")
    return (
        frozenset(n.lower() for n in data["sections"]["names"]),
        frozenset(n.lower() for n in data["sections"].get("url_generic", [])),
        frozenset(n.lower() for n in data["sections"].get("not_section", [])),
    )


def is_section(label: str) -> bool:
    return " ".join(label.split()).lower() in section_words()[0]


def title_case(place: str) -> str:
    def word(w: str) -> str:
        if "." in w and len(w) <= 4:
            return w.upper()  # an abbreviation: 'D.C'
        return w.capitalize() if w.isupper() or w.islower() else w

    return " ".join(word(w) for w in re.split(r"\s+", place.strip()))


#: One to three names of one to four capitalized words each: 'Sirtupillaili', 'A dan B'.
_LABEL_NAMES = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")


def text_lines(text: str) -> list[str]:
    """Lines of visible text, a line with ' | ' split into its pieces, unless the pieces are a
    date and its time ('Sabtu, 2 Desember 2023 | 09:41 WIB')."""
    out: list[str] = []
    for line in text.splitlines():
        pieces = [p.strip() for p in re.split(r"\s+[|]\s+", line) if p.strip()]
        if len(pieces) == 2 and is_byline(pieces[0]) and not is_byline(pieces[1]):
            # 'Penulis: A | B': the second name shares the label (bylines() reads the line)
            labelled = _LABEL_NAMES.match(pieces[1])
            if labelled and parse_date(pieces[1]) is None:
                pieces = [line.strip()]
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


WEEKDAY_START = re.compile(r"^(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\b", re.I)


def is_date_line(line: str) -> bool:
    """A dateline of the page ('Kompas.com - 02/05/2023, 14:32 WIB', 'Senin, 1 Mei 2023'), not a
    headline that names a date ('... Dibuka 19 Oktober 2023')."""
    found = parse_date(line)
    if found is None:
        return False
    return found.precision != "day" or bool(WEEKDAY_START.match(line)) or line[:1].isdigit()


def is_update_line(line: str) -> bool:
    return len(line) <= 80 and updated_in_lines([line]) is not None


def compact(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


CRUMB_SEPARATORS = re.compile(r"\s+(?:>|/|›|»|\\|::)\s+")


def breadcrumb_entries(line: str) -> list[str] | None:
    """The entries of a breadcrumb line ('Home > Hukum', 'Home / Soloraya / Solo', 'Home Liga
    Inggris', 'Berita / Sulsel') without its home entry; None when the line is no breadcrumb."""
    text = " ".join(line.split())
    if not text or len(text) > 120:
        return None
    not_section = section_words()[2]
    parts = [p.strip() for p in CRUMB_SEPARATORS.split(text) if p.strip()]
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
