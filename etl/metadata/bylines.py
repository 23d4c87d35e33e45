"""Authors, editors and editor initials from bylines (``Penulis``, ``Pewarta``, ``Editor``, ...)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from etl.knowledge import _load as load_data
from etl.knowledge import agency_alias_map, calendar, outlet_by_name

_AUTHOR_LABELS = r"penulis|pewarta|reporter|wartawan|kontributor|oleh|by|writer|written by|reporting by|laporan wartawan|laporan(?=\s*:)|jurnalis"
_EDITOR_LABELS = r"editor|redaktur|penyunting|editing by|edited by|redaksi"
_LABELLED = re.compile(
    rf"^(?P<label>{_AUTHOR_LABELS}|{_EDITOR_LABELS})\b\s*[:\-–]?\s*(?P<names>.+)$", re.I
)
_INLINE = re.compile(
    rf"(?<!Pilihan )(?<!Catatan )\b(?P<label>{_AUTHOR_LABELS}|{_EDITOR_LABELS})\s*:\s*", re.I
)
_LABEL_ONLY = re.compile(rf"^(?P<label>{_AUTHOR_LABELS}|{_EDITOR_LABELS})\s*:?$", re.I)
#: Initials on a line of their own: '(sya)', '(fyk/ash)'; a last part longer than initials is
#: the outlet's name ('(ral/pojoksatu)' gives 'ral').
_INITIALS = re.compile(
    r"^[(\[]\s*(?P<codes>[A-Za-z]{1,6}\d{0,3}(?:\s*[/,|\-]\s*[A-Za-z]{1,6}\d{0,3}){0,4})"
    r"(?:\s*/\s*[a-z]{7,20})?\s*[)\]]$"
)
#: A desk code closing a story: '(Z-10)', '[S-25]' (kept as printed).
_DESK_CODE = re.compile(r"^[(\[]\s*(?P<code>[A-Z]{1,3}-\d{1,3})\s*[)\]]$")
#: Initials closing the last sentence of a paragraph: '... enam bulan ke depan. (sam/zuk)', and
#: in square brackets also in capitals: '... dari lokasi yang sama. [PYB]'.
#: Also dotted in brackets ('[kus.gat]'), with the outlet's name as a part ('(kmb/balipost)':
#: a part longer than initials is dropped), or bare after the last full stop ('... orang. ind').
#: One code: two to six letters, or a letter or more with a number ('m27', 'r3').
_CODE = r"(?:[a-z]{2,6}\d{0,2}|[a-z]{1,2}\d{1,3})"
#: A desk's code among the initials: '(ful/K-3)' (kept as printed).
_DESK = r"[A-Z]{1,3}-\d{1,3}"
_CLOSING_INITIALS = re.compile(
    rf"[.!?\"”’']\s*(?:\((?P<codes>(?:{_CODE}|[A-Z][a-z]{{1,3}})(?:\s*[/,]\s*(?:{_CODE}|{_DESK})){{0,4}}"
    r"(?:\s*/\s*[a-z]{7,20})?)\)"
    rf"|\[(?P<square>{_CODE}(?:\s*[/,.]\s*{_CODE}){{0,4}}|[A-Z]{{2,6}}(?:\s*[/,|]\s*[A-Z]{{2,6}}){{0,4}})\]"
    r"|\s(?P<bare>[a-z]{2,4}(?:/[a-z]{2,4})?))$"
)
_NAME = re.compile(
    r"^[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|bin|binti|van|de|der|al|el|di|da|dos))*$"
)
_KONTRIBUTOR = re.compile(r"^(?:kontributor|koresponden)\s+[A-Z][\w ]+?,\s*(?P<names>.+)$", re.I)
_LAPORAN = re.compile(
    r"^laporan\s+(?:wartawan|reporter|jurnalis|kontributor)\s+[\w.]+(?:\s+[\w.]+)?,\s*(?P<names>.+)$",
    re.I,
)
_DETIK = re.compile(r"^(?P<names>[A-Z][\w'., ]+?)\s+-\s+(?:detik\w+|detikcom)\b")
#: A date after a byline's names: 'X on 16 Feb 2016', 'X pada Selasa, 09 Januari 2024 18:30'.
_ON_DATE = re.compile(
    r"\s+(?:(?:on|pada|-|\||,)\s+\S*\d|(?:on|pada)\s+(?i:senin|selasa|rabu|kamis|jum'?at|sabtu"
    r"|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b).*$|\s*[|·•].*$"
)


@lru_cache(maxsize=1)
def _rubrics() -> frozenset[str]:
    """Rubric names (etl/data/sections.toml), lower case: never a person's name."""
    return frozenset(n.lower() for n in load_data("sections.toml")["sections"]["names"])


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(placeholder bylines, role words, words never in a name, site navigation entries)."""
    data = load_data("bylines.toml")["bylines"]
    return (
        frozenset(w.lower() for w in data["placeholders"]),
        frozenset(w.lower() for w in data["role_words"]),
        frozenset(w.lower() for w in data["not_name_words"]),
        frozenset(w.lower() for w in data["navigation"]),
    )


@lru_cache(maxsize=1)
def _never_in_names() -> tuple[frozenset[str], frozenset[str]]:
    """(words that never stand in a name: menu and footer words, weekday names; month names,
    which are no name on their own but stand in given names such as 'Mei' or 'Juli')."""
    data = load_data("bylines.toml")["bylines"]
    cal = calendar()
    words = {w.lower() for w in data.get("navigation_words", [])}
    # weekday names, not their short forms ('Min', 'Sun' stand in names)
    words |= {w.lower().replace("'", "") for w in cal.weekdays if len(w) > 3}
    return frozenset(words), frozenset(m for m in cal.months if len(m) > 3)


def is_navigation(text: str) -> bool:
    """Whether a line is a run of site navigation entries ('Tentang Kami | Redaksi | Kontak')."""
    navigation = _vocabulary()[3]
    line = " ".join(text.split()).lower().strip(" |·•-–")
    if not line:
        return False
    pieces = [p.strip() for p in re.split(r"\s*[|·•/]\s*", line) if p.strip()]
    if len(pieces) >= 2:
        return sum(p in navigation for p in pieces) >= 2
    if line in navigation:
        return True
    # 'Tentang Kami Kontak Kami Pedoman Media Siber Disclaimer': entries without separators
    found = 0
    rest = line
    for pattern in _navigation_patterns():
        rest, n = pattern.subn(" ", rest)
        found += n > 0
    return found >= 3 and len(rest.split()) <= 2


@lru_cache(maxsize=1)
def _navigation_phrases() -> tuple[re.Pattern[str], ...]:
    """The navigation entries of several words, each as a whole-word pattern in any case."""
    return tuple(re.compile(rf"\b{re.escape(e)}\b", re.I) for e in _vocabulary()[3] if " " in e)


@lru_cache(maxsize=1)
def _navigation_patterns() -> tuple[re.Pattern[str], ...]:
    """One pattern per navigation entry, longest first (an entry as a whole word run)."""
    entries = sorted(_vocabulary()[3], key=len, reverse=True)
    return tuple(re.compile(rf"(?<!\w){re.escape(e)}(?!\w)") for e in entries)


#: Republika's short labels: 'Rep: Kamran Dikarma/ Red: Friska Yolandha'.
_SHORT_LABELS = ((re.compile(r"\bRep\s*:"), "Reporter:"), (re.compile(r"\bRed\s*:"), "Redaktur:"))


def _expand_short_labels(line: str) -> str:
    for pattern, label in _SHORT_LABELS:
        line = pattern.sub(label, line)
    return line


def is_byline(line: str) -> bool:
    """Whether a short line is a byline ('Penulis X | Editor Y', 'Oleh : X', 'Rep: X/ Red: Y')."""
    line = _expand_short_labels(line.strip())
    if len(line) > 160:
        return False
    m = _LABELLED.match(line)
    if m and not re.match(rf"^(?:{_AUTHOR_LABELS}|{_EDITOR_LABELS})\s*[:\-–]", line, re.I):
        # 'Oleh Made Arta' is a byline; 'Jurnalis dari berbagai organisasi pers menggelar ...'
        # (a caption, a sentence) opens with a label word but names no one
        m = m if len(m.group("names").split()) <= 6 else None
    return bool(m or _LABEL_ONLY.match(line) or _INLINE.search(line))


def _is_author_label(label: str) -> bool:
    return re.fullmatch(_EDITOR_LABELS, label, re.I) is None


def clean_name(raw: str) -> str | None:
    """A person's name from a byline fragment, or None when it is not one."""
    name = _ON_DATE.sub("", raw).strip(" .,:;-–—()[]")
    name = re.sub(r"\s+", " ", name)
    name = re.sub(r"^(?:oleh|by|penulis|reporter|editor)\s*:?\s*", "", name, flags=re.I)
    if not name or len(name) > 60 or any(ch.isdigit() for ch in name):
        return None
    if outlet_by_name(name) is not None or name.lower() in agency_alias_map():
        return None
    if re.search(r"\.(com|id|co\.id|net)\b", name, re.I):
        return None
    placeholders, role_words, not_name_words, navigation = _vocabulary()
    if name.lower() in placeholders or name.lower() in navigation:
        return None  # 'Newswire', 'Tim Redaksi', 'Tentang Kami'
    if len(name.split()) == 1 and any(
        name.lower().startswith(p) for p in placeholders if len(p) >= 5
    ):
        return None  # an account's handle: 'adminekbis', 'redaksiweb'
    if any(p.search(name) for p in _navigation_phrases()):
        return None  # 'Jawa Pos Network. Tentang Kami': a footer's links
    if re.search(r"\b[A-Za-z]{5,}\.\s+\S", name):
        return None  # a sentence ends inside it ('Network. Tentang'); 'Muh. Ali' is a name
    if " ".join(name.split()).lower() in _rubrics():
        return None  # a rubric ('Features', 'Ekonomi') next to a label is no name
    words = name.split()
    if words[0].lower() in role_words:
        return None  # 'Kontributor Bali' is a label, not a name
    if any(w.lower().strip(".") in not_name_words for w in words):
        return None
    if len(words) > 5:
        return None  # a name is one to five name words
    never, months = _never_in_names()
    if any(w.lower().strip(".").replace("'", "").replace("’", "") in never for w in words):
        return None  # 'Pedoman Media Siber Kontak', 'Selasa'
    if len(words) == 1 and name.lower() in months:
        return None
    if len(words) == 1 and (len(name) <= 2 or name.isupper() or name.islower()):
        return None  # initials codes such as 'sya' or 'RAG'; 'Bie' is a name
    if not _NAME.match(name):
        return None
    return name


#: What parts names in a byline: 'A, B dan C', 'A & B', 'A/B' ('dan' never inside a name: "Ibnu
#: Sa'dan").
_NAME_SEPARATORS = re.compile(r"\s*(?:,|;|&|(?<![\w'’])and\b|(?<![\w'’])dan\b|/)\s*")


def split_names(raw: str) -> list[str]:
    raw = _ON_DATE.sub("", raw.strip())
    parts = _NAME_SEPARATORS.split(raw)
    out: list[str] = []
    for part in parts:
        name = clean_name(part)
        if name and name not in out:
            out.append(name)
    return out


def _only_names(line: str) -> list[str]:
    """The names a line beside a lone label holds when it holds nothing else: a headline with
    a comma ('Gempa Guncang Sigi, Warga Berhamburan') is no list of names."""
    parts = [p for p in _NAME_SEPARATORS.split(_ON_DATE.sub("", line.strip())) if p.strip()]
    names = split_names(line)
    return names if len(names) == len(parts) else []


def editor_initials(lines: Sequence[str]) -> list[str]:
    """Codes such as ``(sya)``, ``(fyk/ash)`` from the lines after the body, lower case; a desk
    code such as ``(Z-10)`` as printed."""
    for line in lines:
        m = _DESK_CODE.match(line.strip())
        if m:
            return [m.group("code")]
        m = _INITIALS.match(line.strip())
        if m:
            codes = [c.lower() for c in re.split(r"\s*[/,|\-]\s*", m.group("codes")) if c]
            if any(c in agency_alias_map() for c in codes):
                continue  # '(Antara)' closing the story credits the agency
            return codes
        m = _NAME_THEN_CODE.match(line.strip())
        if m and clean_name(m.group("name")) and m.group("code") not in agency_alias_map():
            return [m.group("code")]
    return []


#: The reporter's name and the editor's code closing a story: 'Hery Priyono-trs'.
_NAME_THEN_CODE = re.compile(
    r"^(?P<name>[A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,3})\s?-\s?(?P<code>[a-z]{2,5})$"
)


#: A desk code glued to the last sentence: '... ke-1 KUHP. (S-16)' (kept as printed).
_CLOSING_DESK_CODE = re.compile(r"[.!?\"”’']\s*[(\[](?P<code>[A-Z]{1,3}-\d{1,3})[)\]]$")


def closing_initials(paragraph: str) -> list[str]:
    """Initials glued to the end of the last paragraph: ``... ke depan. (sam/zuk)``; a desk
    code as printed: ``... KUHP. (S-16)``."""
    desk = _CLOSING_DESK_CODE.search(paragraph.strip()[-30:])
    if desk:
        return [desk.group("code")]
    m = _CLOSING_INITIALS.search(paragraph.strip()[-60:])
    if not m:
        return []
    found = m.group("codes") or m.group("square") or m.group("bare")
    codes = [
        c if re.fullmatch(_DESK, c) else c.lower()
        for c in re.split(r"\s*[/,.|]\s*", found)
        if c and len(c.rstrip("0123456789")) <= 6
    ]
    if any(c in agency_alias_map() for c in codes):
        return []  # '(ant)' credits an agency
    return codes


def bylines(lines: Sequence[str]) -> tuple[list[str], list[str]]:
    """(authors, editors) from header or trailer lines, in order, without labels."""
    authors: list[str] = []
    editors: list[str] = []

    def add(target: list[str], names: list[str]) -> None:
        for name in names:
            if name not in target:
                target.append(name)

    pieces: list[str] = []
    for raw in lines:
        line = _expand_short_labels(raw.strip())
        if len(line) <= 160 and " | " in line:
            parts = [p.strip() for p in line.split(" | ") if p.strip()]
            # 'Penulis: A | B | Editor: C': a bare name after a labelled one shares its label
            for k in range(1, len(parts)):
                labelled = _LABELLED.match(parts[k - 1])
                if (
                    labelled
                    and not _LABELLED.match(parts[k])
                    and not _INLINE.search(parts[k])
                    and len(parts[k].split()) <= 4
                    and split_names(parts[k])
                ):
                    parts[k] = f"{labelled.group('label')}: {parts[k]}"
            pieces.extend(parts)
        else:
            pieces.append(line)
    lines = pieces
    for i, line in enumerate(lines):
        label_only = _LABEL_ONLY.match(line)
        if label_only:
            # Kompas prints the name on the line before the label, others on the line after.
            target = authors if _is_author_label(label_only.group("label")) else editors
            if any(
                0 <= j < len(lines) and " ".join(lines[j].split()).lower() in _rubrics()
                for j in (i - 1, i + 1)
            ):
                continue  # 'Redaksi' among rubrics ('Features') is a menu entry, no label
            # 'Oleh', 'By' and a label with its colon ('Redaktur:') stand before the name they
            # introduce; Kompas prints 'Penulis' under the name
            before = label_only.group("label").lower() in ("oleh", "by") or line.endswith(":")
            for j in (i + 1, i - 1) if before else (i - 1, i + 1):
                if 0 <= j < len(lines):
                    names = _only_names(lines[j])
                    if names and not _LABEL_ONLY.match(lines[j].strip()):
                        add(target, names)
                        break
            continue
        for pattern in (_KONTRIBUTOR, _LAPORAN):
            m = pattern.match(line)
            if m:
                add(authors, split_names(m.group("names")))
                break
        else:
            inline = _INLINE.findall(line)
            if len(line) <= 160 and (len(inline) >= 2 or (inline and not _LABELLED.match(line))):
                # 'Pewarta: A Editor: B' on one line; 'Senin, 1 Mei 2023 13:32 Reporter : A'
                pieces = _INLINE.split(line)
                for label, chunk in zip(pieces[1::2], pieces[2::2], strict=False):
                    add(authors if _is_author_label(label) else editors, split_names(chunk))
                continue
            m = _LABELLED.match(line)
            if m and len(line) <= 120:
                target = authors if _is_author_label(m.group("label")) else editors
                add(target, split_names(m.group("names")))
                continue
            m = _DETIK.match(line)
            if m:
                add(authors, split_names(m.group("names")))
    return authors, editors
