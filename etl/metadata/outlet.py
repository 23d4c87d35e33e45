"""Which outlet published a page: from its URL, its HTML metadata, or text signatures."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from etl.knowledge import (
    Outlet,
    is_agency_outlet,
    outlet_by_domain,
    outlet_by_name,
    outlet_by_signature,
    outlets,
)
from etl.knowledge import _load as load_data


def registrable_domain(host: str) -> str:
    """Lower-case registrable domain of a host (``www.news.detik.com`` -> ``detik.com``)."""
    host = host.lower().strip(".").split(":")[0]
    parts = host.split(".")
    second_level = {"co", "or", "ac", "go", "web", "my", "sch", "net", "com", "org", "gov", "edu"}
    if len(parts) >= 3 and parts[-2] in second_level and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    return host.lower() if host else None


def outlet_from_text(text: str, limit: int = 20_000) -> Outlet | None:
    """The outlet whose signature appears earliest in the text (``etl.knowledge``)."""
    return outlet_by_signature(text, limit)


_COPYRIGHT = re.compile(
    r"^(?:hak\s+cipta\s*)?(?:copyright\s*)?(?:©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?P<name>.+)$",
    re.I,
)
#: Where a copyright line's name ends: 'JatimTIMES. All Rights Reserved', 'Jubi.id – Semua ...'.
_NAME_END = re.compile(r"\.\s+|\s+[-–—|]\s+|,\s*|\s+all rights\b|\s+hak cipta\b", re.I)


_DOMAIN_NAME = re.compile(
    r"^[A-Za-z0-9-]+(?:\.(?:com|id|co\.id|net|tv|news|or\.id|web\.id|co))$", re.I
)
#: A host printed on a page: 'beritajatim.com', 'harian.disway.id', 'Jubi.id'.
_HOST_IN_TEXT = re.compile(
    r"(?<![\w.@/-])(?:[A-Za-z0-9-]+\.)+(?i:co\.id|or\.id|web\.id|com|id|net|tv|news|co)"
    r"(?![\w-]|\.\w)"  # a sentence's full stop may follow: '© 2023 harianterbit.com. All ...'
)


@lru_cache(maxsize=512)
def spellings(outlet: Outlet) -> frozenset[str]:
    """The squashed names a registry outlet goes by: its name and its site names."""
    return frozenset(squash(n) for n in (outlet.name, *outlet.site_names))


def squash(name: str) -> str:
    """A name folded for comparison: 'Suara NTB', 'suarantb.com' stem and 'SUARA-NTB' agree."""
    return re.sub(r"[^0-9a-z]", "", name.casefold())


def _split_host(host: str) -> tuple[str, str]:
    """(the host's own part, its registrable domain): 'kabarbanten.pikiran-rakyat.com' is
    ('kabarbanten', 'pikiran-rakyat.com'), 'www.jubi.id' is ('', 'jubi.id')."""
    host = host.lower().removeprefix("www.")
    domain = registrable_domain(host)
    return (host[: -len(domain)].strip(".") if host.endswith(domain) else ""), domain


def _host_keys(host: str) -> set[str]:
    """The squashed names a host stands for: 'harian.disway.id' is 'hariandisway' and 'disway';
    a regional site on a network's host also its own part: 'kabarbanten.pikiran-rakyat.com' is
    'kabarbanten'."""
    prefix, domain = _split_host(host)
    stem = domain.split(".")[0]
    own = squash(prefix.split(".")[-1]) if prefix else ""
    return {squash(stem), squash(prefix + stem), own if len(own) >= 6 else ""} - {""}


def shown_domain(name: str, text: str) -> str | None:
    """The registrable domain the page prints for an outlet it names ('Suara NTB' and
    'suarantb.com'; 'HARIAN DISWAY' and 'harian.disway.id'), or None when it prints none."""
    key = squash(name)
    if not key:
        return None
    hosts = [m.group(0) for m in _HOST_IN_TEXT.finditer(text)]
    # a host printed as an address ('jambiekspres.disway.id') before a signature in capitals
    # ('JAMBIEKSPRES.CO.ID, JAKARTA -'), which is the only one some pages print
    for host in sorted(hosts, key=lambda h: not h.islower()):
        if key in _host_keys(host) or _desk_of(key, host) or _suffixed(key, host):
            return registrable_domain(host)
    return None


#: Words a site adds to its name in its domain ('Siwalima' on siwalimanews.com).
_DOMAIN_SUFFIXES = ("news", "online", "daily", "today", "post", "media", "times", "com", "id")


def _suffixed(key: str, host: str) -> bool:
    return _stem_adds_word(key, squash(registrable_domain(host.lower()).split(".")[0]))


def _stem_adds_word(key: str, stem: str) -> bool:
    """Whether a domain's stem is a squashed name and a word sites add ('siwalima' + 'news')."""
    return len(key) >= 5 and stem.startswith(key) and stem[len(key) :] in _DOMAIN_SUFFIXES


def _abbreviates(stem: str, name: str) -> bool:
    """Whether a domain's stem is a name cut short word by word: 'palpos' is Palembang Pos,
    'sumeks' Sumatera Ekspres, 'padek' Padang Ekspres (each word's first two letters or more,
    in order, every word used)."""
    words = [squash(w) for w in name.split()]
    if len(words) < 2 or len(stem) < 5 or not all(words):
        return False

    def spell(rest: str, i: int) -> bool:
        if i == len(words):
            return not rest
        return any(
            rest.startswith(words[i][:n]) and spell(rest[n:], i + 1)
            for n in range(len(words[i]), 1, -1)
        )

    return spell(stem, 0)


def names_domain(name: str, stem: str) -> bool:
    """Whether a printed name (no domain) names the outlet whose domain's stem is ``stem``:
    spelled out ('Batam Pos', batampos), with a word the domain adds ('Medan Bisnis',
    medanbisnisdaily) or cut short word by word ('Palembang Pos', palpos)."""
    key = squash(name)
    return (
        "." not in name
        and bool(key)
        and (key == stem or _stem_adds_word(key, stem) or _abbreviates(stem, name))
    )


def _desk_of(key: str, host: str) -> bool:
    """Whether a squashed name is a network's regional desk served from a host: 'Tribun
    Gorontalo' on gorontalo.tribunnews.com (the region the host's own part, the rest the start
    of the network's name)."""
    prefix, domain = _split_host(host)
    own = squash(prefix.split(".")[-1]) if prefix else ""
    stem = squash(domain.split(".")[0])
    if len(own) < 4 or own not in key:
        return False
    rest = key.replace(own, "", 1)
    return len(rest) >= 3 and stem.startswith(rest)


def copyright_names(text: str, tail: int = 40) -> list[str]:
    """Names a page's copyright lines give ('Copyright © 2024 JatimTIMES. All Rights Reserved'
    gives 'JatimTIMES'; '© 2023 suarantb.com – Harian Pagi Suara NTB' both names)."""
    out: list[str] = []
    for line in text.splitlines()[-tail:]:
        m = _COPYRIGHT.match(line.strip())
        if not m:
            continue
        for piece in _NAME_END.split(m.group("name").strip()):
            piece = piece.strip(" .|·•")  # '© 2024 | Radar NTT - radarntt.co'
            if piece and len(piece) <= 40 and piece not in out:
                out.append(piece)
    return out


#: A top-bar date a dump may print above its masthead: 'Senin, 03 April 2023', '02/09/2023'.
_TOP_DATE = re.compile(
    r"^(?:(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\b|.*\b(?:19|20)\d{2}\b)", re.I
)


def _first_line(text: str) -> str | None:
    """A dump's first line, past a top-bar date above the masthead."""
    for line in text.splitlines()[:5]:
        if line.strip() and not _TOP_DATE.match(line.strip()):
            return " ".join(line.split())
    return None


def _tidy(name: str) -> str:
    """A masthead in capitals spelled as a name ('HARIAN DISWAY' -> 'Harian Disway'); a domain
    or mixed-case name stays as printed."""
    if name.isupper() and "." not in name:
        return " ".join(w.capitalize() if len(w) > 3 else w for w in name.split())
    return name


def masthead(text: str) -> tuple[str | None, Outlet | None]:
    """The name a text dump opens with, when it is its masthead: (name, registry outlet).

    The first line is the masthead when it is an outlet the registry knows by its name, a site
    name or a domain ('Lampost.co'), or when the page confirms it: its copyright line names it
    ('Ambon Ekspres' ... 'Copyright © 2023 Ambon Ekspres - Fajar Group') or the page prints its
    domain ('HARIAN DISWAY' ... '© 2023 harian.disway.id'); else (None, None).
    """
    first = _first_line(text)
    if not first or len(first) > 40 or first.startswith("<"):
        return None, None
    known = outlet_by_name(first)
    if known is not None:
        return first, known
    key = squash(first)
    stem = squash(first.split(".")[0]) if _DOMAIN_NAME.match(first) else None
    for name in copyright_names(text, tail=30):
        if key == squash(name) or ("." in name and key in _host_keys(name)):
            return first, None
        if stem is not None and names_domain(name, stem):
            return first, None  # 'KORANKALTIM.COM' ... '© 2024 Koran Kaltim'
    for line in text.splitlines()[-30:]:
        m = _COPYRIGHT.match(line.strip())
        if m and re.search(rf"(?<!\w){re.escape(first)}(?!\w)", m.group("name"), re.I):
            return first, None
    return None, None


def copyright_outlet(text: str) -> tuple[str | None, str | None]:
    """(name, domain) of a dump that names itself only in its copyright line: '© 2023 Harian
    Disway' (the domain only when the page prints it), '© 2023 jubi.id'."""
    for name in copyright_names(text, tail=30):
        if _DOMAIN_NAME.match(name):
            return name, registrable_domain(name)
        words = name.split()
        if 1 <= len(words) <= 4 and name[:1].isupper() and words[0].lower() not in _COMPANY:
            return _tidy(name), shown_domain(name, text)
    return None, None


#: Words opening a company's legal name, not an outlet's ('PT Kompas Media Nusantara').
_COMPANY = {"pt", "pt.", "cv", "cv.", "yayasan"}


def own_name(host: str, text: str, titles: tuple[str, ...] = ()) -> str | None:
    """The name a page gives itself when the registry lacks its host: a copyright line's name
    or a piece of its title that spells the host ('JatimTIMES' on jatimtimes.com)."""
    keys = _host_keys(host)
    pieces = [*copyright_names(text), *_title_names(titles)]
    for piece in pieces:
        if "." not in piece and squash(piece) in keys:
            return piece
    return None


def _regional_name(host: str, network: Outlet, names: list[str]) -> str | None:
    """The regional outlet a network's host serves ('Sumut Pos' on sumutpos.jawapos.com), when
    the page names it (og:site_name, copyright line) and the registry knows only the network:
    a name that spells the host's own part before the network's domain."""
    host = host.lower().removeprefix("www.")
    if any(
        host == d or (d != registrable_domain(d) and host.endswith("." + d))
        for d in network.domains
    ):
        return None  # the registry's entry is the host itself ('jabar.tribunnews.com')
    prefix, domain = _split_host(host)
    if not prefix or "." in prefix:
        return None
    own = squash(prefix)
    own_names = spellings(network)
    stem = squash(domain.split(".")[0])
    # the name that spells the host's own part exactly ('MEMORANDUM' on memorandum.disway.id)
    # before one that holds it ('Sumut Pos' on sumutpos.jawapos.com)
    for name in sorted(names, key=lambda n: squash(n) != own):
        key = squash(name)
        # a name holding the network's own ('detikFinance' on finance.detik.com) is its desk
        if key and key not in own_names and stem not in key and len(own) >= 4 and own in key:
            return _tidy(name) if "." not in name else name
    return None


def _paper_on_subdomain(host: str, network: Outlet) -> str | None:
    """A network paper the registry lacks, named by its host's own part when the network's
    subdomains are its papers' names and the page prints no other ('radarbengkulu.disway.id'
    is Radarbengkulu)."""
    if not network.subdomain_papers or _registered_on(network, host):
        return None
    prefix, _domain = _split_host(host)
    return stem_name(prefix) if prefix and "." not in prefix else None


def paper_name(name: str) -> str:
    """A network paper's name without the group name it prints before it ('Jawa Pos Radar
    Tuban' is Radar Tuban)."""
    for o in outlets():
        prefix = o.paper_prefix
        if prefix and name.lower().startswith(prefix.lower() + " "):
            rest = name[len(prefix) :].strip()
            if len(rest.split()) >= 2:
                return rest
    return name


def own_words(name: str, domain: str | None) -> str:
    """The words of a site name that spell its domain, past a description before them ('Harian
    Pagi Mata Banua' on matabanua.co.id is Mata Banua); the name as it is otherwise."""
    if not domain or "." in name:
        return name
    stem = squash(domain.split(".")[0])
    words = name.split()
    if squash(name) == stem:
        return name
    descriptions = _name_descriptions()
    for i in range(1, min(4, len(words))):
        if squash(" ".join(words[i:])) == stem and all(
            w.lower() in descriptions for w in words[:i]
        ):
            return " ".join(words[i:])
    return name


@lru_cache(maxsize=1)
def _name_descriptions() -> frozenset[str]:
    """Words describing a paper before its name ('Harian Pagi'), etl/data/outlets.toml."""
    return frozenset(w.lower() for w in load_data("outlets.toml").get("name_descriptions", []))


def _title_names(titles: tuple[str, ...]) -> list[str]:
    """The pieces of a page's titles after the headline: 'Headline - Rakyat Bengkulu'."""
    return [p.strip() for t in titles for p in re.split(r"\s+[-–—|:]\s+", t)[1:] if p.strip()]


#: The line a syndicated story closes with, giving its own address: 'Artikel ini telah tayang
#: di Bangkapos.com dengan judul ..., https://bangka.tribunnews.com/2024/01/16/...'.
_SYNDICATED = re.compile(
    r"artikel ini (?:telah )?(?:tayang|terbit|dimuat|diterbitkan) di\b[^\n]{0,300}?"
    r"(?P<url>https?://[^\s\"'<>]+)",
    re.I,
)


def syndicated_url(text: str) -> str | None:
    """The story's own address as its syndication line prints it, or None."""
    m = _SYNDICATED.search(text)
    return m.group("url").rstrip(".,)") if m else None


#: 'Ikuti berita Pos Belitung di Google News': a page's line asking to follow it by name.
_FOLLOW_LINE = re.compile(
    r"\b(?i:ikuti|simak|follow)\s+(?:(?i:berita|update|kabar|informasi)\s+)?"
    r"(?:(?i:terbaru|terkini|lainnya)\s+)?"
    r"(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})(?:\s+(?i:lainnya|terbaru|terkini))?"
    r"\s+(?i:di|on)\s+(?i:google\s+news)"
)


def display_name(outlet: str | None, text: str, names: tuple[str, ...] = ()) -> str | None:
    """A self-named outlet the registry lacks, in the name the page prints for it rather than
    its domain or a squashed spelling ('Pos Belitung' over 'POSBELITUNG.CO', 'Tribun Jambi' over
    'Tribunjambi.com', 'Depok Pos' over 'DepokPos'): from ``names`` (the JSON-LD publisher, the
    logo, the lead's dateline), its copyright line, its Google News line or its masthead with
    a motto ('Jarrak Pos - Suara Rakyat Bali'); a page printing no such name names it by its
    domain's stem (`stem_name`)."""
    if outlet is None or outlet_by_name(outlet) is not None:
        return outlet
    domain_like = "." in outlet
    stem = squash(outlet.split(".")[0] if domain_like else outlet)
    follow = [m.group("name") for m in _FOLLOW_LINE.finditer(text)]
    spelled = [n for n in (*names, *copyright_names(text), *follow) if names_domain(n, stem)]
    # a masthead's line spells the name itself ('Jarrak Pos', not a menu's 'Batam')
    shown = [n for n in _masthead_names(text) if "." not in n and squash(n) == stem]
    found = (
        [*spelled, *shown] if domain_like else [n for n in (*spelled, *shown) if squash(n) == stem]
    )
    if found:
        # a spaced name over one spelled as the domain ('Inilah Koran' over logo 'INILAHKORAN')
        best = max(found, key=lambda n: len(n.split()))
        if domain_like or len(best.split()) > len(outlet.split()):
            return _tidy(best)
    if not domain_like:
        return outlet
    return stem_name(outlet) if _DOMAIN_NAME.match(outlet) else outlet


#: A masthead with its motto: 'Kabar Handayani - Berita Gunungkidul Terkini'.
_NAME_AND_MOTTO = re.compile(r"^(?P<name>[^\s].{1,38}?)\s+[-–—|]\s+\S")


def _masthead_names(text: str, lines: int = 5) -> list[str]:
    """Names a page's first lines may give: a short line, or the name before a motto."""
    out: list[str] = []
    for line in text.splitlines()[:lines]:
        line = " ".join(line.split()).strip(" |-–—·•")
        m = _NAME_AND_MOTTO.match(line)
        if m:
            out.append(m.group("name"))
        elif 0 < len(line.split()) <= 4:
            out.append(line)
    return out


def stem_name(domain: str) -> str:
    """The name of an outlet known only by its domain: the domain's first part, capitalized
    when printed in one case ('CAKAPLAH.com' and 'cakaplah.com' are 'Cakaplah'), its inner
    capitals kept when they are the outlet's own ('BantenHits.com' is 'BantenHits',
    'blokBojonegoro.com' 'BlokBojonegoro'); a hyphen parts words ('bogor-today.com' is 'Bogor
    Today')."""
    words = domain.split(".")[0].split("-")
    return " ".join(
        w.capitalize() if w.islower() or w.isupper() else w[:1].upper() + w[1:] for w in words if w
    )


def network_domain(text: str) -> str | None:
    """The domain of the network a dump's copyright line (or a header line) names when the
    network serves its regional sites from its own subdomains ('© 2024 TRIBUNnews.com Network'
    -> tribunnews.com)."""
    names = {squash(n) for n in copyright_names(text)}
    # or a line of the header that is the network's name alone ('Tribun Network')
    names |= {squash(line) for line in text.splitlines()[:15] if 0 < len(line) <= 40}
    # or a footer line that names it ('Part of Disway National Network')
    tail = [squash(line) for line in text.splitlines()[-15:] if 0 < len(line) <= 60]
    for o in outlets():
        keys = [squash(n) for n in o.network_names]
        if any(k in names or any(k in line for line in tail) for k in keys):
            return registrable_domain(o.domain)
    return None


def network_desk(outlet: str | None, text: str) -> str | None:
    """The regional desk a dump of a network names when the outlet found is the network itself:
    'Tribun Bengkulu' in 'Ikuti berita terbaru Tribun Bengkulu di Google News' or 'Artikel ini
    telah tayang di TribunMadura.com' on a page signed TRIBUNNEWS.COM. A desk's name starts
    with the network's ('tribun') and is not one of the network's own spellings."""
    network = outlet_by_name(outlet) if outlet else None
    if network is None or not network.network_names:
        return None
    own_names = spellings(network) | {squash(n) for n in network.network_names}
    short = squash(network.site_names[-1] if network.site_names else network.name)[:6]
    candidates = [m.group("name") for m in _FOLLOW_LINE.finditer(text)]
    candidates += [m.group("name") for m in _TAYANG.finditer(text)]
    for name in candidates:
        key = squash(name.removesuffix(".com").removesuffix(".co.id"))
        if key not in own_names and key.startswith(short) and len(key) > len(short) + 2:
            known = outlet_by_name(name)
            return known.name if known is not None else _tidy(name)
    return None


#: 'Artikel ini telah tayang di TribunMadura.com dengan judul ...': the desk that published it.
_TAYANG = re.compile(r"(?i:artikel ini (?:telah )?tayang di)\s+(?P<name>[A-Z][\w.-]{3,40})")


def _desk_of_network(found: Outlet | None, network_domain_: str) -> bool:
    """Whether a registry outlet is a regional desk served from a network's subdomain."""
    if found is None:
        return False
    host = found.domain
    return host != network_domain_ and registrable_domain(host) == network_domain_


#: 'Laporan Wartawan TribunLombok.com, Nama': the desk that reported the story.
_LAPORAN_DESK = re.compile(r"(?i:laporan\s+wartawan)\s+(?P<name>[A-Z][\w.-]{3,40}),")


def desk_in_text(text: str, lead_credit: str | None = None) -> tuple[str, str] | None:
    """(name, domain) of a network's regional desk that a dump of it names, by the evidence a
    page gives of itself, strongest first: its copyright line's host or name ('©
    radarbojonegoro.jawapos.com – Radar Bojonegoro'), its lead's credit ('TRIBUNLOMBOK.COM,
    LOMBOK TIMUR -'), its 'Laporan Wartawan X' and its Google News line ('Ikuti Radar
    Mojokerto di Google News'). Menus list other desks and are never read."""
    tail = text.splitlines()[-30:]
    copyright_lines = [line for line in tail if _COPYRIGHT.match(line.strip())]
    for line in copyright_lines:
        for m in _HOST_IN_TEXT.finditer(line):
            host = m.group(0).lower()
            network = registrable_domain(host)
            known = outlet_by_domain(host)
            if (
                known is not None
                and _registered_on(known, host)
                and _desk_of_network(known, network)
            ):
                return known.name, network
            names = copyright_names(line)
            if known is not None and known.domain == network:
                regional = _regional_name(host, known, names)
                if regional is not None:
                    return regional, network
    names = list(copyright_names(text))
    if lead_credit:
        names.insert(0, lead_credit)
    names += [m.group("name") for m in _LAPORAN_DESK.finditer(text)]
    names += [m.group("name") for m in _FOLLOW_LINE.finditer(text)]
    for name in names:
        known = outlet_by_name(name)
        if "." in name and known is not None and not _registered_on(known, name):
            # 'RADARPEKALONGAN.DISWAY.ID' is no spelling of Harian Disway, though the
            # registry lists it on the network's domain
            continue
        if known is not None and _desk_of_network(known, registrable_domain(known.domain)):
            return known.name, registrable_domain(known.domain)
    return None


def _registered_on(outlet: Outlet, host: str) -> bool:
    """Whether the registry lists an outlet on this very host (or the host is its domain)."""
    host = host.lower().removeprefix("www.")
    return host in outlet.domains or registrable_domain(host) == host


def detect_outlet(
    url: str | None,
    site_name: str | None,
    text: str,
    titles: tuple[str, ...] = (),
    logos: tuple[str, ...] = (),
) -> tuple[str | None, str | None]:
    """(outlet name, outlet domain) by URL, then site name, then text signatures, then the name
    the page gives itself (masthead, copyright line, title) for outlets the registry lacks.
    ``logos`` are the names of the page's home-link images (HTML).

    A name found in the text only gets a domain when the page prints that domain.
    """
    host = host_of(url)
    name: str | None = None
    if host:
        found = outlet_by_domain(host)
        if found:
            # a regional paper on a network's host names itself: site name, logo, copyright
            # line ('Rakyat Bengkulu' on rakyatbengkulu.disway.id); a channel's page declares
            # the outlet's own site name ('Bisnis.com' on kabar24.bisnis.com)
            own_site = site_name is not None and squash(site_name) in spellings(found)
            names = [] if own_site else [*([site_name] if site_name else []), *logos]
            regional = _regional_name(host, found, [*names, *copyright_names(text)])
            if regional is None and not own_site and (site_name is None or "." in site_name):
                # no name of its own printed ('memorandum.disway.id' as its site name)
                regional = _paper_on_subdomain(host, found)
            if regional is not None:
                return regional, registrable_domain(host)
            return found.name, registrable_domain(found.domain)
    if site_name:
        found = outlet_by_name(site_name)
        if found:
            return found.name, registrable_domain(found.domain)
    if not host:
        name, known = masthead(text)
        if known is not None:
            if name is not None and _DOMAIN_NAME.match(name.split(".", 1)[-1] or ""):
                regional = _regional_name(
                    name.lower(), known, copyright_names(text)
                ) or _paper_on_subdomain(name.lower(), known)
                if regional is not None:
                    return regional, registrable_domain(name)
            return known.name, registrable_domain(known.domain)
    found = outlet_from_text(text)
    if found is not None and name is not None and not is_agency_outlet(found):
        # a masthead its copyright line confirms ('Kalteng Pos' ... '© 2024 Kalteng Pos - Jawa
        # Pos Group') is the page's outlet, whatever network's name its menu or byline prints
        found = None
    if found is not None and is_agency_outlet(found):
        # an agency's signature credits its copy: it never names the outlet of a page that
        # names its own site (og:site_name, copyright line, title, masthead)
        own = name or site_name or (own_name(host, text, titles) if host else None)
        if own is None and not host:
            own = copyright_outlet(text)[0]
        if own is not None and not any(a and a in squash(own) for a in spellings(found)):
            found = None  # the page's own name is no spelling of the agency ('© Antara 2023')
    if found is not None:
        return found.name, registrable_domain(found.domain)
    if host:
        # a page naming itself by its domain only ('tandaseru.id' as logo and title) is named
        # by the domain's stem
        domain = registrable_domain(host)
        printed = " ".join((text, *titles, *logos)).lower()
        name = site_name or own_name(host, text, titles)
        if name is None and domain in printed:
            name = stem_name(domain)
        return name, domain
    if name is not None:
        # an outlet the registry does not know, named by its masthead ('Harianhaluan.id')
        if _DOMAIN_NAME.match(name):
            # a domain masthead beside the name the page prints: 'Batam Pos' over
            # 'BATAMPOS.CO.ID' when its copyright line gives both
            stem = squash(registrable_domain(name).split(".")[0])
            for piece in copyright_names(text):
                if names_domain(piece, stem):
                    return _tidy(piece), registrable_domain(name)
            return name, registrable_domain(name)
        return _tidy(name), shown_domain(name, text)
    return None, None
