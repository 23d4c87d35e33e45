"""Publication date-times of Indonesian pages, with their zone (WIB +07:00, WITA +08:00, WIT +09:00).

Fast patterns cover the forms outlets print (``20/11/2021, 10:27 WIB``, ``Rabu, 24 November 2021 -
06:29 WIB``, ``Jum'at, 17 Februari 2017 - 13:30 wib``, ``16 Feb 2016 at 09:10 WIB``, ISO 8601).
dateparser, which knows Indonesian, is the fallback for a short date-looking string the patterns
miss; it is never run over whole paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache

from etl.knowledge import _load, calendar

WIB = timezone(timedelta(hours=7), "WIB")
WITA = timezone(timedelta(hours=8), "WITA")
WIT = timezone(timedelta(hours=9), "WIT")


@lru_cache(maxsize=1)
def _zone_places() -> dict[str, timezone]:
    data = _load("zones.toml")["zones"]
    return {
        **{p.casefold(): WITA for p in data["WITA"]},
        **{p.casefold(): WIT for p in data["WIT"]},
    }


def zone_of_place(place: str | None) -> timezone:
    """The zone of a dateline's place (etl/data/zones.toml): WITA, WIT, else WIB."""
    return _zone_places().get((place or "").strip().casefold(), WIB)


@dataclass(frozen=True)
class FoundDate:
    """A date-time found on a page: aware (page's offset), its precision, and where it was."""

    value: datetime
    precision: str  # "second" | "minute" | "day"
    source: str  # "page" | "html_meta" | "json_ld" | "url" | "inferred"

    @property
    def utc(self) -> datetime:
        return self.value.astimezone(UTC)

    @property
    def local_iso(self) -> str:
        if self.precision == "second":
            return self.value.isoformat(timespec="seconds")
        return self.value.isoformat(timespec="minutes")


_ZONE = r"(?P<zone>WIB|WITA|WIT|GMT\s*\+\s*\d{1,2}|UTC)?"
#: What stands between a date and its time: '28 Juli 2024, 09:15', '| 09:15', '· 09.15', '• 09:15'.
_SEP = r"[,|/\-–—·•]"
_TIME = (
    r"(?:(?:pukul|jam|at|-|–|—|/|\||,|·|•)\s*)*(?P<H>[01]?\d|2[0-3])[:.](?P<M>[0-5]\d)(?:[:.](?P<S>[0-5]\d))?\s*"
    r"(?:(?P<ampm>[ap])\.?m\.?(?![a-z])\s*)?" + _ZONE  # '2:12 pm' on English pages
)
_NUMERIC = re.compile(
    r"\b(?P<d>[0-3]?\d)[/.-](?P<m>[01]?\d)[/.-](?P<y>(?:19|20)\d\d)\b(?:\s*"
    + _SEP
    + r"?\s*"
    + _TIME
    + r")?",
    re.I,
)
_WORDY = re.compile(
    r"\b(?P<d>[0-3]?\d)\s+(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<y>(?:19|20)\d\d)\b(?:\s*"
    + _SEP
    + r"?\s*"
    + _TIME
    + r")?",
    re.I,
)
_ENGLISH = re.compile(
    r"\b(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<d>[0-3]?\d),?\s+(?P<y>(?:19|20)\d\d)\b(?:\s*"
    + _SEP
    + r"?\s*"
    + _TIME
    + r")?",
    re.I,
)
_ISO = re.compile(
    r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d)(?:\.\d+)?)?"
    r"\s*(?P<off>Z|[+-]\d\d:?\d\d)?)?"
)
_INFERRED = re.compile(
    r"\b(?P<wd>Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)\s*(?:malam|pagi|siang|sore|dini hari)?\s*"
    r"\((?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>(?:19|20)\d\d)\)",
    re.I,
)
_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)/(?P<d>[0-3]\d)/|/(?P<y2>(?:19|20)\d\d)(?P<m2>[01]\d)(?P<d2>[0-3]\d)\d*/"
)


def _zone(name: str | None, default: timezone = WIB) -> timezone:
    if not name:
        return default
    key = name.replace(" ", "").lower()
    zones = calendar().zones
    if key in zones:
        return timezone(timedelta(hours=zones[key]), key.upper())
    if key == "utc":
        return UTC
    m = re.match(r"gmt\+(\d{1,2})", key)
    if m:
        return timezone(timedelta(hours=int(m.group(1))))
    return default


def _build(
    y: str, m: int, d: str, gd: dict[str, str | None], source: str, default_tz: timezone
) -> FoundDate | None:
    try:
        hour, minute = gd.get("H"), gd.get("M")
        if hour is None or minute is None:
            value = datetime(int(y), m, int(d), tzinfo=default_tz)
            return FoundDate(value, "day", source)
        second = gd.get("S")
        h = int(hour)
        ampm = (gd.get("ampm") or "").lower()
        if ampm and 1 <= h <= 12:
            h = h % 12 + (12 if ampm == "p" else 0)
        value = datetime(
            int(y),
            m,
            int(d),
            h,
            int(minute),
            int(second or 0),
            tzinfo=_zone(gd.get("zone"), default_tz),
        )
        return FoundDate(value, "second" if second else "minute", source)
    except ValueError:
        return None


def parse_date(text: str, source: str = "page", default_tz: timezone = WIB) -> FoundDate | None:
    """The first date (with its time when given) in a short string such as a header line."""
    months = calendar().months
    best: tuple[int, FoundDate] | None = None
    m_iso = _ISO.search(text)
    if m_iso:
        found = _parse_iso_match(m_iso, source, default_tz)
        if found:
            best = (m_iso.start(), found)
    for pattern in (_NUMERIC, _WORDY, _ENGLISH):
        for match in pattern.finditer(text):
            gd = match.groupdict()
            if "mon" in gd:
                month = months.get(gd["mon"].lower().rstrip("."))
                if month is None:
                    continue
            else:
                month = int(gd["m"])
            found = _build(gd["y"], month, gd["d"], gd, source, default_tz)
            if found and (
                best is None
                or match.start() < best[0]
                or (
                    match.start() == best[0]
                    and found.precision != "day"
                    and best[1].precision == "day"
                )
            ):
                best = (match.start(), found)
            break
    return best[1] if best else None


def _parse_iso_match(m: re.Match[str], source: str, default_tz: timezone) -> FoundDate | None:
    gd = m.groupdict()
    try:
        if gd["H"] is None:
            return FoundDate(
                datetime(int(gd["y"]), int(gd["m"]), int(gd["d"]), tzinfo=default_tz), "day", source
            )
        tz = default_tz
        off = gd.get("off")
        if off == "Z":
            tz = UTC
        elif off:
            sign = 1 if off[0] == "+" else -1
            digits = off[1:].replace(":", "")
            tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
        value = datetime(
            int(gd["y"]),
            int(gd["m"]),
            int(gd["d"]),
            int(gd["H"]),
            int(gd["M"]),
            int(gd["S"] or 0),
            tzinfo=tz,
        )
        return FoundDate(value, "second" if gd["S"] else "minute", source)
    except ValueError:
        return None


def parse_meta_date(
    value: str, source: str, *, wall_clock_zone: timezone | None = None
) -> FoundDate | None:
    """A date from HTML metadata (ISO 8601, or an outlet's own format).

    ``wall_clock_zone``: some outlets label local wall time as UTC ("Z"); when given, a "Z" or
    missing offset is read as that zone instead.
    """
    m = _ISO.search(value)
    if m:
        found = _parse_iso_match(m, source, wall_clock_zone or WIB)
        if found and wall_clock_zone is not None and found.value.utcoffset() == timedelta(0):
            found = FoundDate(found.value.replace(tzinfo=wall_clock_zone), found.precision, source)
        if found is not None and found.precision != "day":
            # Present it in WIB/WITA/WIT when the offset is an Indonesian one, else as given.
            return found
        return found
    return parse_date(value, source) or parse_with_dateparser(value, source)


def parse_with_dateparser(text: str, source: str = "page") -> FoundDate | None:
    """Fallback for a short date string the patterns miss (Indonesian or English).

    Only a date the string states in full (day, month and year) is a date: dateparser would
    otherwise fill a missing day, month or year from today ('09:41 WIB' becoming today at 09:41).
    """
    if len(text) > 80 or not re.search(r"\b(?:19|20)\d\d\b", text):
        return None
    import dateparser  # imported lazily: slow to import and only needed off the hot path

    parsed = dateparser.parse(
        text,
        languages=["id", "en"],
        settings={
            "TIMEZONE": "Asia/Jakarta",
            "RETURN_AS_TIMEZONE_AWARE": True,
            "PREFER_DATES_FROM": "past",
            "REQUIRE_PARTS": ["day", "month", "year"],
            "RELATIVE_BASE": datetime(1900, 1, 1),
        },
    )
    if parsed is None:
        return None
    has_time = bool(re.search(r"\d[:.]\d\d", text))
    return FoundDate(parsed, "minute" if has_time else "day", source)


@lru_cache(maxsize=1)
def _date_labels() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(published label, updated label) at the start of a line or of a ' | ' piece."""
    labels = _load("calendar.toml")["labels"]

    def pattern(words: list[str]) -> re.Pattern[str]:
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        return re.compile(rf"(?:^|[|·•]\s*)(?:{alternatives})\b\s*(?:pada|on|at)?\s*:?", re.I)

    return pattern(labels["published"]), pattern(labels["updated"])


def _split_updated(line: str) -> tuple[str, str | None]:
    """(the line before an update label, the part from the label on or None)."""
    m = _date_labels()[1].search(line)
    if m is None:
        return line, None
    return line[: m.start()], line[m.start() :]


def date_label(line: str) -> str | None:
    """'published' or 'updated' when a line labels its date so ('Diperbarui 12 Agu 2023')."""
    if _split_updated(line)[1] is not None:
        return "updated"
    if _date_labels()[0].search(line):
        return "published"
    return None


def updated_in_lines(lines: list[str], source: str = "page") -> FoundDate | None:
    """The time a line labelled as an update gives ('Diperbarui: 13/10/2023, 16:40 WIB')."""
    for line in lines:
        updated = _split_updated(line)[1] if len(line) <= 200 else None
        found = parse_date(updated, source) if updated else None
        if found is not None and found.precision != "day":
            return found
    return None


def date_in_lines(lines: list[str], source: str = "page") -> FoundDate | None:
    """The first date in header lines: a line with a time is preferred over a bare date; the
    time after an update label ('Diperbarui', 'Updated') is never the publication time."""
    day_only: FoundDate | None = None
    for line in lines:
        if len(line) > 200:
            continue
        line = _split_updated(line)[0]
        if not re.search(r"\d", line):
            continue
        found = parse_date(line, source)
        if found is None and re.search(r"\b(WIB|WITA|WIT)\b", line):
            found = parse_with_dateparser(line, source)
        if found is None:
            continue
        if found.precision != "day":
            return found
        day_only = day_only or found
    return day_only


#: A labelled publication line: 'Diterbitkan 19 Feb 2024, 09:40 WIB', 'Published: ...'.
_PUBLISHED_LABEL = re.compile(
    r"^(?:diterbitkan|dipublikasikan|dipublikasi|terbit|tayang|published|posted)\b", re.I
)


#: A relative time a page prints instead of its date: '3 jam lalu', '2 jam yang lalu', '5 hours ago'.
RELATIVE_TIME = re.compile(
    r"^\d{1,2}\s+(?:detik|menit|jam|hari|minggu|bulan|seconds?|minutes?|hours?|days?|weeks?)"
    r"\s+(?:yang\s+)?(?:lalu|ago)$",
    re.I,
)


def labelled_date(lines: list[str], source: str = "page") -> FoundDate | None:
    """The time a line labelled as the publication gives, wherever on the page it stands
    (Narasi prints it after the body, under a relative '2 jam lalu' header)."""
    for line in lines:
        if len(line) <= 120 and _PUBLISHED_LABEL.match(line.strip()):
            found = parse_date(line, source)
            if found is not None and found.precision != "day":
                return found
    return None


def inferred_from_lead(lead: str) -> FoundDate | None:
    """A lead that says ``Rabu (17/11/2021)`` dates the story to that day (source 'inferred')."""
    m = _INFERRED.search(lead[:400])
    if not m:
        return None
    try:
        return FoundDate(
            datetime(int(m.group("y")), int(m.group("m")), int(m.group("d")), tzinfo=WIB),
            "day",
            "inferred",
        )
    except ValueError:
        return None


def date_from_url(url: str | None) -> FoundDate | None:
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    y = m.group("y") or m.group("y2")
    mo = m.group("m") or m.group("m2")
    d = m.group("d") or m.group("d2")
    try:
        return FoundDate(datetime(int(y), int(mo), int(d), tzinfo=WIB), "day", "url")
    except ValueError:
        return None
