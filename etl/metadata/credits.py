"""Source agencies credited by a story, and photo credits (which are not agency credits)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from etl.clean.patterns import CAPTION_DATE_CREDIT, PHOTO_CREDIT
from etl.knowledge import agencies, agency_alias_map


@lru_cache(maxsize=1)
def _alias_pattern() -> str:
    aliases = sorted(
        {a for ag in agencies() for a in (ag.name, *ag.aliases)}, key=len, reverse=True
    )
    return "|".join(re.escape(a) for a in aliases)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    alias = _alias_pattern()
    # `Sumber: Reuters`, `Sumber AFP`, `Source: AP` as a line of its own;
    # `Penulis: Antara`: a byline naming an agency marks the agency's copy
    line = re.compile(
        rf"^(?:sumber|source|penulis|pewarta|reporter|oleh)\s*:?\s*(?P<names>(?:{alias})(?:\s*[/,&]\s*(?:{alias}))*)\s*\.?$",
        re.I,
    )
    # `mengutip AFP`, `dilansir Reuters`, `seperti dikutip dari Xinhua`, `citing Reuters`
    cue = re.compile(
        r"\b(?i:mengutip|dikutip(?:\s+dari)?|melansir|dilansir(?:\s+dari)?|lansir|menurut\s+laporan|"
        r"diberitakan|seperti\s+diberitakan|dilaporkan|laporan|citing|according\s+to|reported\s+by|"
        r"(?:as\s+)?quoted\s+by|via)\s+"
        rf"(?:kantor\s+berita\s+|situs\s+|media\s+|laman\s+|the\s+)?(?:\w+\s+)?(?P<name>{alias})\b(?!\s*(?:PHOTO|FOTO)\b)",
    )
    # `Jakarta (ANTARA) -`, `(Antara/PRNewswire) --` at the start of the lead
    paren = re.compile(
        rf"^[^()]{{0,60}}\((?P<names>(?:{alias})(?:\s*/\s*(?:{alias}))*)\)\s*[-–—]", re.I
    )
    # `Reuters melaporkan`, `AFP reported`, `Reuters, Kamis, melaporkan` in the lead paragraphs
    reports = re.compile(
        rf"\b(?P<name>{alias})(?:\s*,[^,.]{{1,40}},)?\s+(?:melaporkan|memberitakan|mewartakan|"
        r"reported|reports)\b"
    )
    return line, cue, paren, reports


@lru_cache(maxsize=1)
def _source_list() -> re.Pattern[str]:
    """A line made of agency names only, at least two: 'AL JAZEERA | REUTERS', 'AP/AFP'."""
    alias = _alias_pattern()
    return re.compile(rf"^(?:{alias})(?:\s*[|/,&]\s*(?:{alias}))+\s*$", re.I)


@lru_cache(maxsize=4)
def _names_of_kind(kind: str) -> frozenset[str]:
    """Canonical names of the agencies of one kind ('wire', 'media', 'newspaper')."""
    return frozenset(a.name for a in agencies() if a.kind == kind)


def _canonical(name: str) -> str | None:
    return agency_alias_map().get(name.strip().lower())


def _split(names: str) -> list[str]:
    return [n for n in re.split(r"\s*[/,&]\s*", names) if n]


_BRACKETED_AGENCY = re.compile(
    r"(?:^|[.!?\"”])\s*[(\[]\s*(?P<name>[A-Za-z][\w .-]{1,30}?)\s*[)\]]$"
)


def find_agencies(credit_lines: Iterable[str], body: list[str]) -> list[str]:
    """Canonical agency names credited by the page, in first-seen order.

    ``credit_lines`` are header and trailer lines (``Sumber AFP``); ``body`` the body paragraphs.
    Photo credits never count: captions are not in the body, and ``AFP PHOTO`` is excluded.
    """
    line_re, cue_re, paren_re, reports_re = _patterns()
    list_re = _source_list()
    found: list[str] = []

    newspapers = _names_of_kind("newspaper")

    def add(name: str) -> None:
        canonical = _canonical(name)
        if canonical and canonical not in found and canonical not in newspapers:
            found.append(canonical)

    for line in credit_lines:
        m = line_re.match(line.strip())
        if m:
            for name in _split(m.group("names")):
                add(name)
            continue
        m = list_re.match(line.strip())
        if m:
            # Tempo closes with its sources: 'AL JAZEERA | REUTERS'
            for name in re.split(r"\s*[|/,&]\s*", line.strip()):
                add(name)
    for line in [*credit_lines, *body[-2:]]:
        # '(Antara)' closing the story, on a line of its own or after its last sentence
        m = _BRACKETED_AGENCY.search(line.strip()[-40:])
        if m:
            add(m.group("name"))
    if body:
        m = paren_re.match(body[0])
        if m:
            for name in _split(m.group("names")):
                add(name)
    wire = _names_of_kind("wire")
    for i, paragraph in enumerate(body):
        cleaned = PHOTO_CREDIT.sub(" ", paragraph)
        # 'Reuters melaporkan ...' credits a wire agency wherever the body says it, as a cue
        # does; a broadcaster 'melaporkan' later in the body is a cited outlet ('stasiun
        # televisi Al Jazeera melaporkan ...'), a credit only in the lead
        for m in reports_re.finditer(cleaned):
            if i == 0 or _canonical(m.group("name")) in wire:
                add(m.group("name"))
        for m in cue_re.finditer(cleaned):
            add(m.group("name"))
    return found


_WORD = r"[A-Z][\w'&-]*(?:\.[\w'&-]+)*"
#: A credit closing a caption: 'REUTERS/MARCO BELLO', '(Liputan6.com/Johan Tallo)',
#: '[ANTARA FOTO/Harviyan Perdana Putra]', '©REUTERS/Kim Kyung-Hoon', 'KCNA VIA KNS/AFP'.
_TRAILING_CREDIT = re.compile(
    rf"(?:^|[\s(\[©]|(?<=[\w)]\.)(?=[A-Z]))(?P<credit>(?:(?:Foto|Photo)\s*:\s*)?(?:{_WORD}|[a-z][\w-]*\.[a-z]{{2,3}}(?=/))(?:\s(?:{_WORD}|VIA|via))*"
    rf"/(?:{_WORD}|[a-z][\w.]*$)(?:\s?/\s?(?:{_WORD}|[a-z][\w.]*$)|\s{_WORD})*\.?)[)\]]?\s*$"
)
#: A credit in brackets closing a caption: '[Shutterstock]', '(Dok. Kemlu RI)', '(Foto: BPPTKG)',
#: '(Supplied for SP)'.
_BRACKETED = re.compile(
    r"[(\[](?P<credit>(?:Dok\.|(?i:Foto|Photo|Sumber(?: foto)?|Source|Kredit)\s*:|Ilustrasi:)\s*[^()\[\]]{2,60}|Shutterstock|Getty Images|"
    r"iStockphoto|Freepik|Unsplash|Pixabay|Supplied(?: for [\w ]{1,30})?|Istimewa|"
    r"@\w[\w.]{1,30}\s*/\s*[^()\[\]]{2,60})[)\]]\s*$"
)


#: A label before a credit ('Foto: X', 'Photo : X', 'FOTO: X', 'Sumber: X'): not part of it.
#: Slash forms ('Foto/REUTERS', 'AFP PHOTO/X') are the credit itself and stay as printed.
_CREDIT_LABEL = re.compile(
    r"^(?:(?:foto|photo|sumber(?:\s+foto)?|source|kredit|credit)\s*:|sumber\s+gambar\s*[:,]"
    r"|(?-i:F-(?=[A-Z])))\s*",  # 'F-Yendi/Tanjungpinang Pos' ('F.' may be a name's initial)
    re.I,
)


#: A credit line with its label and nothing else: 'Foto: Dok. Humas Pemprov Sumbar'.
_LABELLED_LINE = re.compile(
    r"^[-–—]?\s*(?:(?:foto|photo|sumber\s+foto|kredit\s+foto|credit)\s*:|sumber\s+gambar\s*[:,])\s*"
    r"(?P<credit>[^:]{2,60}?)\s*[-–—]?\.?$",
    re.I,
)
#: A labelled credit at the end of a caption, slash forms too: '... Maluku Utara. Foto: Themmy
#: Doaly/Mongabay Indonesia'.
_LABELLED_CLOSE = re.compile(
    r"[.!?)]\s+(?:Foto|FOTO|Photo|PHOTO|Sumber foto|Kredit foto)\s*:\s*[A-Z][^:()]{1,60}$"
)


#: A caption closing with a bracketed 'Dok.' credit: '... Kamis 16 Mei 2024. (Dok. Humas X)'.
_DOK_CLOSE = re.compile(r"[.!?]\s*\((?:Dok\.|Dokumentasi)\s*[^()]{2,60}\)$")


def labelled_credit(line: str) -> bool:
    """Whether a line is a labelled photo credit ('Sumber gambar, AFP', 'Foto: X') or a caption
    closing with one ('... Maluku Utara. Foto: Themmy Doaly/Mongabay Indonesia', '... (Dok.
    Humas X)')."""
    line = " ".join(line.split())
    return bool(
        _LABELLED_LINE.match(line) or _LABELLED_CLOSE.search(line) or _DOK_CLOSE.search(line)
    )


_SEG_WORD = r"@?[\w][\w.&'@-]*"
#: A credit a mark sets apart at a caption's end: '. /Instagram/@taylorswift', '-Boy Slamet/Harian
#: Disway-', '(Suara NTB/ist)', '– Jubi/Yance Wenda': an Outlet/Name pair after the caption's
#: sentence and a '/', '-', '(' or '[' (a closing mark may follow).
_MARKED_CREDIT = re.compile(
    r"(?:^|[.!?)\]\"”]\s*)[-–—/(\[]\s?"
    rf"(?P<credit>[A-Z][\w.&'-]*(?:\s[A-Za-z][\w.&'-]*){{0,4}}"
    rf"(?:\s?/\s?{_SEG_WORD}(?:\s{_SEG_WORD}){{0,4}})+?)"
    r"\s?[-–—)\]]?\s*$"
)
#: A labelled credit closing a caption: '... Jumat (23/8/2024). Foto: BPBD Halmahera Tengah',
#: '... di Jakarta.-Foto: Humas BMKG-'.
_LABELLED_END = re.compile(
    r"[.!?)](?:\s+|\s*[-/]\s*)(?:(?:Foto|FOTO|Photo|PHOTO|Sumber foto|Kredit foto)\s*:\s*"
    r"(?P<credit>[A-Z][^:()/]{1,60}?|[Dd]ok\.\s*\w[^:()/]{1,60}?)"
    r"|(?P<dok>Dok\.\s*[A-Z][^:()/]{1,60}?))\s*-?\.?$"
)
#: A credit set apart by a slash after the caption's sentence: '... 2024. /Yonhap', '... /Dok.
#: Humas Pemprov Bali'; or any credit after a 'Foto:' label closing it: '... Foto:
#: kanalkalimantan/rico'.
_SLASHED_END = re.compile(
    r"[.!?]\s*/\s*(?P<credit>(?:Dok\.\s*)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,5})\s*$"
    r"|[.!?)]\s+(?:Foto|FOTO|Photo|PHOTO)\s*:\s*(?P<any>\S[^:()]{1,60}?)\s*$"
)
#: A caption's last word glued by its full stop to a credit in capitals: 'London.AFP PHOTO/..'.
_GLUED_WORD = re.compile(r"^[A-Z][a-z]+\.(?=[A-Z]{2,})")


_DATE_LIKE = re.compile(r"[\d/ .-]+")


def find_photo_credits(lines: Iterable[str]) -> list[str]:
    """Photo credits from caption lines, without a leading label (a date such as 02/05/2023 is
    no credit)."""
    out: list[str] = []

    def add(credit: str) -> None:
        credit = credit.strip().strip("()[]").strip(" -–—")
        last = credit.rsplit(None, 1)[-1].rsplit("/", 1)[-1]
        if credit.endswith(".") and not re.fullmatch(r"[A-Z]\.", last):
            # the caption's full stop ('ANTARA/HO-Imigrasi Ngurah Rai.', 'ANTARA FOTO/X/pri.'),
            # not a name's initial ('Ahmad S.')
            credit = credit[:-1]
        credit = _CREDIT_LABEL.sub("", credit).strip()
        credit = _GLUED_WORD.sub("", credit)  # 'London.AFP PHOTO/X': the caption's last word
        if not credit or any(credit in c for c in out):
            return
        # the same caption read whole elsewhere ('Dok' cut short, then 'Dok. Polda Jambi')
        shorter = [i for i, c in enumerate(out) if credit.startswith(c)]
        if shorter:
            out[shorter[0]] = credit
            for i in reversed(shorter[1:]):
                del out[i]
        else:
            out.append(credit)

    for line in lines:
        line = line.strip()
        if len(line) > 400:
            continue
        m = _LABELLED_LINE.match(line)
        if m:
            # 'Foto: Dok. Humas Pemprov Sumbar', 'Foto: PRNewswire', 'foto: TikTok/@akun'
            add(m.group("credit"))
            continue
        m = CAPTION_DATE_CREDIT.search(line)
        if m:
            add(m.group("caps") or m.group("bracketed"))
            continue
        m = _LABELLED_END.search(line)
        if m and len((m.group("credit") or m.group("dok")).split()) <= 6:
            add(m.group("credit") or m.group("dok"))  # '... (10/6/2024). Dok. Sudin X' keeps Dok.
            continue
        m = _SLASHED_END.search(line)
        if m:
            add(m.group("credit") or m.group("any"))
            continue
        m = _MARKED_CREDIT.search(line)
        if m and not _DATE_LIKE.fullmatch(m.group("credit")):
            add(m.group("credit"))
            continue
        m = _BRACKETED.search(line) or _TRAILING_CREDIT.search(line)
        if m:
            add(m.group("credit"))
            continue
        for found in PHOTO_CREDIT.finditer(line):
            add(found.group(0))
    return out
