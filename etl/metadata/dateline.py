"""The dateline: the place that opens the lead ('JAKARTA, KOMPAS.com -', 'Jakarta (ANTARA) -',
'SENTANI-'), the lead's index among a dump's first paragraphs, and the outlet a lead signs with
its domain."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.clean.patterns import match_dateline
from etl.knowledge import _load as load_data
from etl.knowledge import agency_alias_map, outlet_by_name
from etl.metadata.bylines import is_byline
from etl.metadata.dates import parse_date
from etl.metadata.lines import (
    WEEKDAY_START,
    is_date_line,
    is_section,
    is_update_line,
    title_case,
)
from etl.metadata.outlet import squash

_PLACE = r"[A-Z][A-Za-z'.]+(?:[ -][A-Z][A-Za-z'.]+){0,3}"


_CREDIT = r"[A-Za-z0-9-]+(?:\.[A-Za-z]+){1,3}"


#: Dateline forms beside the shared ones (etl.clean.patterns): 'TRIBUN-TIMUR.COM, MAKASSAR -',
#: 'KONTAN.CO.ID - JAKARTA.', 'Paris:' (Medcom), 'KBRN, Jayapura:', 'Jakarta.' (Jakarta Globe),
#: 'Liputan6.com, Washington D.C -'.
#: 'DENPASAR, NusaBali' or 'Sidoarjo, Bhirawa' on a line of its own above the lead: a place
#: and a one-word outlet signature.
_STANDALONE = re.compile(
    rf"^(?P<place>{_PLACE}),\s*(?P<credit>[A-Z][A-Za-z.]{{1,20}})\s*[-–—]{{0,2}}$"
)
_EXTRA_DATELINES = (
    # the outlet's domain and the place, set apart by a comma, bar or slash and closed by a
    # dash or a full stop: 'TEMPO.CO, Jakarta -', 'titastory.id, masohi –', 'DIALEKSIS.COM |
    # Banda Aceh -', 'METROPOLITAN.ID | CIBINONG –', 'TERASMALUKU.COM,-AMBON-', 'Beritabali.com,
    # Gianyar. Satreskrim ...'
    re.compile(
        rf"^(?P<credit>{_CREDIT})(?:\s*\([A-Z]{{2,6}}\))?\s*[,|/]\s*[-–—]?\s*"
        rf"(?P<place>{_PLACE}|[a-z][a-z'.]+(?: [a-z][a-z'.]+){{0,2}})"
        r"\s*(?:[-–—]{1,2}|\.(?=\s+[A-Z]))\s*(?=\S)"
    ),
    # ... and the other way round: 'Tapaktuan | MODUSACEH.CO -', 'PALANGKA RAYA/TABENGAN.CO.ID –'
    re.compile(rf"^(?P<place>{_PLACE})\s*[|/]\s*(?P<credit>{_CREDIT})\s*[-–—]{{1,2}}\s*(?=\S)"),
    re.compile(rf"^(?P<credit>{_CREDIT})\s*[-–—]{{1,2}}\s*(?P<place>[A-Z][A-Z'. ]+[A-Z])\.\s"),
    # 'Krjogja.com - SLEMAN - ': the outlet's domain, then the place, each before a dash
    re.compile(
        rf"^(?P<credit>{_CREDIT})\s*[-–—]{{1,2}}\s*(?P<place>[A-Z][A-Z'.]+(?: [A-Z][A-Z'.]+){{0,3}})"
        r"\s*[-–—]{1,2}\s"
    ),
    # 'Fimela.com, Jakarta Sunscreen atau ...': the outlet's domain and a one-word place, the
    # dash left out (a bold run ended there)
    re.compile(rf"^(?P<credit>{_CREDIT}),\s*(?P<place>[A-Z][a-z]{{2,}})\s+(?=[A-Z])"),
    # 'SULTRAKINI.COM: KENDARI – ': the outlet's domain, a colon, the place in capitals
    re.compile(
        rf"^(?P<credit>{_CREDIT})\s*:\s*(?P<place>[A-Z][A-Z'.]+(?: [A-Z][A-Z'.]+){{0,3}})"
        r"\s*[-–—]{1,2}\s"
    ),
    # 'MEDAN (Waspada): ': the outlet in brackets before a colon
    re.compile(rf"^(?P<place>{_PLACE})\s*\((?P<credit>[A-Za-z][\w. /-]{{1,30}})\)\s*:\s+(?=\S)"),
    # 'Paris:' (Medcom), 'KBRN, Jayapura:' (RRI)
    re.compile(rf"^(?:(?P<credit>[A-Z][\w.-]+),\s*)?(?P<place>{_PLACE}):\s+(?=[A-Z])"),
    # 'JAKARTA, KOMPAS —' (Kompas.id), 'Ambon, Ameks --', 'SURABAYA, HARIAN DISWAY -',
    # 'MOJOKERTO, Jawa Pos Radar Mojokerto –': a place and a short outlet signature; the dash may
    # touch the lead ('TANGERANG, SNOL—Sebanyak ...')
    re.compile(
        rf"^(?P<place>{_PLACE}),\s*(?P<credit>[A-Z][A-Za-z0-9]{{1,15}}(?: [A-Z][A-Za-z]{{1,15}}){{0,3}})"
        r"\s*[-–—]{1,2}(?:\s|(?=[A-Z][a-z]))"
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
    # 'SENTANI-Naiknya ...', 'SAMARINDA– Sebuah ...': a place in capitals, then its dash
    re.compile(r"^(?P<place>[A-Z]{3,}(?: [A-Z]{3,}){0,2})\s*[-–—]{1,2}\s*(?=[A-Z][a-z])"),
    _STANDALONE,
    # 'Jakarta. Indonesia has barred ...' (Jakarta Globe): a place alone as a sentence
    re.compile(r"^(?P<place>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,}){0,2})\.\s+(?=[A-Z])"),
)


_DOMAIN_LIKE = re.compile(r"\.[A-Za-z]{2,}\b")


@lru_cache(maxsize=1)
def _not_place_words() -> frozenset[str]:
    return frozenset(load_data("datelines.toml")["datelines"]["not_place_words"])


def _common_noun(m: re.Match[str], paragraphs: list[str]) -> bool:
    """Whether a dateline 'place' is a common noun opening a sentence: it opens with an office
    or a body ('Manajer Arsenal, Mikel Arteta, memuji ...'), or, uncredited, the page writes it
    in lower case elsewhere ('BANJIR - Warga melintasi ...' over '... terendam banjir'). A
    place is a proper noun and never is."""
    place = m.group("place").strip(" .,")
    if place.split() and place.split()[0].lower() in _not_place_words():
        return True
    if "credit" in m.groupdict() and m.group("credit"):
        return False
    if len(place.split()) != 1:
        return False
    word = re.compile(rf"(?<![\w-]){re.escape(place.lower())}(?![\w-])")
    return any(word.search(p) for p in paragraphs[:12])


def lead_index(paragraphs: list[str], limit: int = 8) -> int:
    """Index of the lead among a dump's first paragraphs: the first with a dateline when only
    short lines stand before it (a standfirst, a byline, a date, a caption), else 0."""
    for i, paragraph in enumerate(paragraphs[:limit]):
        words = len(paragraph.split())
        m = match_lead_dateline(paragraph)
        # a subheading ('Arteta: Kami Harus Menderita') is no lead; a dateline on a line of
        # its own ('Sidoarjo, Bhirawa') is
        if m and not _common_noun(m, paragraphs) and (words >= 8 or _STANDALONE.match(paragraph)):
            if not m.groupdict().get("credit"):
                # 'AKSES JALAN - Kendaraan melintas ...' (a caption) over 'TRIBUNTORAJA.COM,
                # MAKALE - ...': a credited dateline right after an uncredited one is the lead
                for j in range(i + 1, min(i + 3, len(paragraphs))):
                    later = match_lead_dateline(paragraphs[j])
                    if later is not None and later.groupdict().get("credit"):
                        return j
            return i
        if words > 30 or (i == 0 and m and words >= 8):
            break  # the lead, though its 'place' is none ('Bola.net - Manajer Arsenal, ...')
    return 0


#: 'Irlandia, Norwegia dan Spanyol ...': a list of names opening the sentence, not a dateline.
_ENUMERATION = re.compile(r"^\s*[A-Z][\w-]+(?:,\s*[A-Z][\w-]+)*,?\s+(?:dan|serta|and)\s+[A-Z]")


def match_lead_dateline(paragraph: str) -> re.Match[str] | None:
    """The dateline a lead opens with, by the shared forms and the ones below."""
    m = _match_lead_dateline(paragraph)
    if (
        m is not None
        and m.group(0).rstrip().endswith(",")
        and _ENUMERATION.match(paragraph[m.end() :])
    ):
        return None  # 'POSKOTA.CO.ID - Irlandia, Norwegia dan Spanyol pada Rabu ...'
    return m


def _match_lead_dateline(paragraph: str) -> re.Match[str] | None:
    if is_update_line(paragraph) or (len(paragraph) <= 80 and is_date_line(paragraph)):
        return None  # 'Diperbarui: Selasa, 26 Sept 2023 12:03' is a label, no dateline
    m = match_dateline(paragraph)
    place = m.group("place").strip(" .,") if m else ""
    if m and not outlet_by_name(place) and not _DOMAIN_LIKE.search(place):
        return m  # 'Kabarlembah.com - SLEMAN -' opens with a domain: read by the forms below
    for pattern in _EXTRA_DATELINES:
        m = pattern.match(paragraph)
        place = m.group("place") if m else ""
        if (
            m
            and len(place) <= 40
            and not WEEKDAY_START.match(place)
            and not _DOMAIN_LIKE.search(place)
        ):
            return m  # 'Hops.id, Jakarta' opens with an outlet's domain, not a place
    return None


_DOMAIN_SIGNATURE = re.compile(
    r"^(?P<credit>[A-Za-z][A-Za-z0-9-]*(?:\.(?:com|id|co\.id|net|tv|news|or\.id|web\.id)))"
    r"\s*[-–—]{1,2}\s"
)


def lead_credits(body: list[str]) -> tuple[str | None, str | None]:
    """What a lead's dateline credits, walked once: (the outlet's domain, as 'jpnn.com, JAKARTA
    -' gives 'jpnn.com' and a text signature 'SuaraSulsel.id - Jembatan ...' 'SuaraSulsel.id';
    the credit as printed, as 'Atambua, Vox NTT -' gives 'Vox NTT', an agency no outlet's
    name)."""
    lead = lead_index(body)
    domain: str | None = None
    printed: str | None = None
    seen_printed = False
    for paragraph in body[lead : lead + 2]:
        m = match_lead_dateline(paragraph)
        credit = m.group("credit") if m and "credit" in m.groupdict() else None
        if credit and not seen_printed:
            seen_printed = True
            printed = str(credit).strip(" -–—")
            if printed.lower() in agency_alias_map():
                printed = None
        if domain is None:
            if credit and "." in credit:
                domain = str(credit)
            elif (signature := _DOMAIN_SIGNATURE.match(paragraph)) is not None:
                domain = str(signature.group("credit"))
        if domain is not None and seen_printed:
            break
    return domain, printed


def outlet_stem(domain: str | None) -> str | None:
    return domain.split(".")[0].lower() if domain else None


def _names_outlet(place: str, outlet: str | None, domain: str | None) -> bool:
    """Whether a dateline's 'place' is the outlet itself: 'HOPS.ID –', 'JATIMTIMES -'."""
    if outlet_by_name(place) or place.lower() in agency_alias_map() or _DOMAIN_LIKE.search(place):
        return True
    key = squash(place)
    own = {squash(outlet or ""), squash(outlet_stem(domain) or "")} - {""}
    return key in own


def find_dateline(
    body: list[str],
    outlet: str | None = None,
    domain: str | None = None,
    above: str | None = None,
) -> str | None:
    """The lead's place; ``above`` is the line the cleaner dropped right above the body, where
    a dateline printed on a line of its own stands ('DENPASAR, NusaBali')."""
    lead = lead_index(body)
    standalone = above and lead == 0 and _STANDALONE.match(above) and not is_byline(above)
    first = [above] if above and standalone else []
    for paragraph in [*first, *body[lead : lead + 2]]:
        m = match_lead_dateline(paragraph)
        if not m or _common_noun(m, body):
            continue
        place = m.group("place").strip(" .,")
        if _names_outlet(place, outlet, domain):
            # 'TIMESINDONESIA, MALANG –': the outlet first, its place second;
            # 'Analisadaily (Medan) -': the place in brackets after the outlet
            credit = m.groupdict().get("credit") or ""
            if (
                credit[:1].isupper()
                and "." not in credit
                and not _names_outlet(credit, outlet, domain)
                and len(credit.split()) <= 3
            ):
                return title_case(credit)
            continue
        return title_case(place)
    return None


_PLACE_BY_DATE = re.compile(
    r"^(?P<place>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,}){0,2})\s*[●•·|]\s*(?P<date>.*)$"
)


def dateline_by_date(lines: list[str]) -> str | None:
    """The place a page prints with its date instead of in its lead: 'Jakarta ●' over
    'Tue, November 21, 2023' (The Jakarta Post), 'Jakarta ● Tue, November 21, 2023'."""
    for i, line in enumerate(lines[:15]):
        m = _PLACE_BY_DATE.match(line.strip())
        if not m:
            continue
        place = m.group("place")
        date = m.group("date") or (lines[i + 1] if i + 1 < len(lines) else "")
        if parse_date(date) is None or WEEKDAY_START.match(place) or is_section(place):
            continue
        if outlet_by_name(place) or place.lower() in agency_alias_map():
            continue
        return place
    return None
