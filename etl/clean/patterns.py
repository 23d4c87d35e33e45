"""Patterns the cleaner and the metadata stage share: photo credits and datelines."""

from __future__ import annotations

import re

#: A credited name: in capitals ('REUTERS/MARCO BELLO') or in words with initials ('Richard A.
#: Brooks').
_CREDIT_NAME = (
    r"(?:[A-Z][A-Z0-9.'&-]*(?:\s[A-Z][A-Z0-9.'&-]*)*(?![a-z])"
    r"|[A-Z][a-z]+(?:\s(?:[A-Z]\.(?=\s[A-Z])|[A-Z][a-z]+))*)"
)
_CREDIT_TAIL = rf"{_CREDIT_NAME}(?:\s*/\s*{_CREDIT_NAME})*"
PHOTO_CREDIT = re.compile(
    r"(?:"
    rf"\b(?:AFP|ANTARA|REUTERS|Reuters|AP|EPA(?:-EFE)?|XINHUA|Xinhua|ANADOLU|GETTY IMAGES|Getty Images|KOMPAS(?:\.com)?|TEMPO|DOK|Dok)\s+(?:PHOTO|FOTO|Photo|Foto|IMAGES|Images)\s*/\s*{_CREDIT_TAIL}"
    rf"|\b(?:Foto|FOTO|Photo|PHOTO)\s*(?:/|:)\s*{_CREDIT_TAIL}"
    r"|\((?:Foto|FOTO|Photo|Ilustrasi|Dok\.?)\s*:[^)]{2,80}\)"
    # a caption closing with its 'Dok.' credit: '... Kamis 16 Mei 2024. (Dok. Humas Pemkab X)'
    r"|(?<=[.!?])\s*\((?:Dok\.|Dokumentasi)\s*[A-Z][^()]{1,80}\)\s*$"
    r"|\b(?:Shutterstock|iStockphoto|Freepik|Unsplash|Pixabay)(?:\.com)?(?:/[\w .-]+)?$"
    r")"
)

_DASH = r"\s*[-–—]{1,2}\s*"
_SPACED_DASH = r"\s+[-–—]{1,2}\s+"
_PLACE_CAPS = r"[A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){0,3}"
_PLACE_TITLE = r"[A-Z][a-z'.]+(?:[ -][A-Z][a-z'.]+){0,3}"
_PLACE_ANY = rf"(?:{_PLACE_CAPS}|{_PLACE_TITLE})"
_SIG = r"[A-Za-z0-9]+(?:\.[A-Za-z]+){1,3}"

#: Dateline forms, most specific first. Group `place` is the place; `credit` an outlet or agency.
DATELINES: tuple[re.Pattern[str], ...] = (
    # BRUSSEL, KOMPAS.com - / JAKARTA, KOMPAS.TV -
    re.compile(
        rf"^(?P<place>{_PLACE_ANY}),\s*(?P<credit>{_SIG}|CNN Indonesia|IDN Times|CNBC Indonesia){_DASH}"
    ),
    # Jakarta (ANTARA) - / Jakarta, (ANTARA/PRNewswire) --
    re.compile(rf"^(?P<place>{_PLACE_ANY}),?\s*\((?P<credit>[A-Za-z0-9 ./-]{{2,40}})\){_DASH}"),
    # REPUBLIKA.CO.ID, JAKARTA -- / TEMPO.CO, Jakarta - / Liputan6.com, Jakarta -
    re.compile(rf"^(?P<credit>{_SIG}),\s*(?P<place>{_PLACE_ANY}){_DASH}"),
    # Channel9.id-Jakarta. / Suara.com - Jakarta,
    re.compile(rf"^(?P<credit>{_SIG}){_DASH}(?P<place>{_PLACE_TITLE})[.,]\s"),
    # MOSKOW - / KUALA LUMPUR -
    re.compile(rf"^(?P<place>{_PLACE_CAPS}){_SPACED_DASH}(?=\S)"),
    # Jakarta - (detik style: title-case place then a dash)
    re.compile(rf"^(?P<place>{_PLACE_TITLE}){_SPACED_DASH}(?=[A-Z\"'])"),
)


def match_dateline(line: str) -> re.Match[str] | None:
    """The dateline at the start of a lead paragraph, if there is one."""
    for pattern in DATELINES:
        m = pattern.match(line)
        if m and len(m.group("place")) <= 40:
            return m
    return None


_CREDIT_WORD = r"[A-Z][\w.&'-]*"
#: A caption's closing credit after its sentence: "... Sabtu (30/3/2024). (IDN Times/Yosafat)".
#: ``slash`` is an Outlet/Name credit (a caption anywhere); ``names`` a parenthesized run of
#: capitalized words ("(Biro Pers Sekretariat Presiden)"), a caption only in the header block.
CAPTION_CREDIT_END = re.compile(
    rf"[.!?]\s*\((?:(?P<slash>{_CREDIT_WORD}(?:\s+[\w.&'-]+){{0,4}}\s*/\s*[A-Z][^()/]{{1,60}}"
    rf"(?:/[^()/]{{1,40}})*)|(?P<names>{_CREDIT_WORD}(?:\s+{_CREDIT_WORD}){{1,5}}))\)$"
)
#: A photo credit alone on a line: "TRIBUNJATENG.COM/SAIFUL MA'SUM", "VIVA/M Ali Wafa".
CREDIT_LINE = re.compile(
    rf"^{_CREDIT_WORD}(?:\s+{_CREDIT_WORD}){{0,3}}\s*/\s*{_CREDIT_WORD}(?:\s+{_CREDIT_WORD}){{0,5}}$"
)
#: A caption's closing date: "..., Kamis (8/2/2024)." (the day and month in parentheses).
CAPTION_DATE_END = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\.?$")
#: A caption's closing date and the credit after it, unbracketed in capitals or in square
#: brackets: "... Minggu (3/9/2023). TRIBUNJATENG/RAHDYAN", "... Jumat (18/8). - IST",
#: "... Kamis (11/5). [ali kusnadi/bhirawa]", "... Senin (3/6/2024). Foto: KBR/Name".
CAPTION_DATE_CREDIT = re.compile(
    r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\.\s+(?:[-–—]\s*)?(?:(?:Foto|FOTO|Photo)\s*:\s*)?"
    r"(?:(?P<caps>[A-Z][A-Z0-9.&'’ -]{1,40}(?:/[A-Z][A-Za-z0-9.&'’ -]{1,40}){0,3})"
    r"|\[(?P<bracketed>[^\[\]/]{2,40}/[^\[\]]{2,40})\])$"
)
