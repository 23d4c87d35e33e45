"""The outlet registry (etl/data/outlets.toml) and the regional networks' outlets in it.

The Tribun network serves its regional desks from <desk>.tribunnews.com, the Jawa Pos network
its Radar and regional papers from <paper>.jawapos.com, the Disway network from
<paper>.disway.id and the Pikiran Rakyat Media Network from <site>.pikiran-rakyat.com: each is
an outlet of its own, found by its host and by the spelling its pages print.
"""

from __future__ import annotations

from collections import Counter

import pytest

from etl.knowledge import _load, outlet_by_domain, outlet_by_name, outlet_for, outlets
from etl.metadata.outlet import registrable_domain

#: (host, registry name, a spelling the outlet's pages print), a few of each network.
DESKS = [
    ("bengkulu.tribunnews.com", "Tribun Bengkulu", "TribunBengkulu.com"),
    ("banten.tribunnews.com", "Tribun Banten", "TribunBanten.com"),
    ("bogor.tribunnews.com", "TribunnewsBogor.com", "TribunnewsBogor.com"),
    ("madura.tribunnews.com", "Tribun Madura", "TribunMadura.com"),
    ("papua.tribunnews.com", "Tribun Papua", "Tribun-Papua.com"),
    ("bangka.tribunnews.com", "Bangka Pos", "Bangkapos.com"),
    ("belitung.tribunnews.com", "Pos Belitung", "Posbelitung.co"),
    ("radarmalang.jawapos.com", "Radar Malang", "RadarMalang.id"),
    ("radarsemarang.jawapos.com", "Radar Semarang", "RadarSemarang.id"),
    ("kaltengpos.jawapos.com", "Kalteng Pos", "KaltengPos"),
    ("lombokpost.jawapos.com", "Lombok Post", "LombokPost"),
    ("radarcirebon.disway.id", "Radar Cirebon", "RadarCirebon.id"),
    ("jambiekspres.disway.id", "Jambi Ekspres", "Jambiekspres.co.id"),
    ("kaltim.disway.id", "Disway Kaltim", "DiswayKaltim"),
    ("kabarbanten.pikiran-rakyat.com", "Kabar Banten", "KabarBanten"),
    ("portaljember.pikiran-rakyat.com", "Portal Jember", "PortalJember"),
]

#: The regional outlets the networks' section adds, with the domain their first host gives.
NETWORK_DOMAIN = {
    "tribunnews.com": ("Tribun Jambi", "Tribun Sumsel", "Surya Malang", "Tribun Sulbar"),
    "jawapos.com": ("Radar Kediri", "Radar Bali", "Radar Surabaya", "Radar Banjarmasin"),
    "disway.id": ("Radar Tegal", "Rakyat Aceh", "Gorontalo Post"),
    "pikiran-rakyat.com": ("Kabar Priangan", "Galamedia", "PRFM News"),
}


def test_the_file_loads_into_outlets() -> None:
    raw = _load("outlets.toml")["outlet"]
    loaded = outlets()
    assert len(loaded) == len(raw) >= 150
    assert all(o.name and o.domains for o in loaded)


def test_every_name_is_one_outlet() -> None:
    counts = Counter(o.name.casefold() for o in outlets())
    assert [name for name, n in counts.items() if n > 1] == []


def test_every_domain_belongs_to_one_outlet() -> None:
    counts = Counter(d for o in outlets() for d in o.domains)
    assert [domain for domain, n in counts.items() if n > 1] == []


def test_first_domains_are_lower_case_hosts() -> None:
    raw = _load("outlets.toml")["outlet"]
    bad = [o["name"] for o in raw if o["domains"][0] != o["domains"][0].lower()]
    assert bad == []
    assert all("/" not in o.domain and " " not in o.domain for o in outlets())


def test_every_spelling_finds_its_own_outlet() -> None:
    # a site name shared with another outlet would hand that outlet's pages to the first one
    clashes = [
        (o.name, spelling, found.name if found else None)
        for o in outlets()
        for spelling in (o.name, *o.site_names, *o.domains)
        if (found := outlet_by_name(spelling)) is not o
    ]
    assert clashes == []


@pytest.mark.parametrize(("host", "name", "spelling"), DESKS, ids=lambda v: str(v))
def test_a_network_desk_is_found_by_host_and_spelling(host: str, name: str, spelling: str) -> None:
    by_host = outlet_by_domain(host)
    assert by_host is not None and by_host.name == name
    assert outlet_by_domain("www." + host) is by_host
    assert outlet_by_name(spelling) is by_host
    assert outlet_by_name(spelling.upper()) is by_host


@pytest.mark.parametrize(("host", "name", "spelling"), DESKS, ids=lambda v: str(v))
def test_a_desk_is_not_its_network(host: str, name: str, spelling: str) -> None:
    network = outlet_by_domain(registrable_domain(host))
    assert network is not None and network is not outlet_by_domain(host)
    # an article on the desk's host is the desk's, not the network's
    assert outlet_for(f"https://{host}/2024/01/16/berita", "") is outlet_by_domain(host)


def test_tribun_desks_have_the_network_domain() -> None:
    desks = [o for o in outlets() if o.domain.endswith(".tribunnews.com")]
    assert len(desks) >= 35
    assert {registrable_domain(o.domain) for o in desks} == {"tribunnews.com"}
    for name in ("Tribun Bengkulu", "Tribun Banten", "Bangka Pos", "Tribun Papua Barat"):
        found = outlet_by_name(name)
        assert found is not None and registrable_domain(found.domain) == "tribunnews.com"


@pytest.mark.parametrize("domain", sorted(NETWORK_DOMAIN))
def test_network_outlets_have_the_network_domain(domain: str) -> None:
    for name in NETWORK_DOMAIN[domain]:
        found = outlet_by_name(name)
        assert found is not None, name
        assert registrable_domain(found.domain) == domain, name


def test_papers_on_their_own_domain_keep_it() -> None:
    for name, domain in [
        ("Radar Bekasi", "radarbekasi.id"),
        ("Radar Bandung", "radarbandung.id"),
        ("Kaltim Post", "kaltimpost.id"),
        ("Pontianak Post", "pontianakpost.co.id"),
    ]:
        found = outlet_by_name(name)
        assert found is not None and registrable_domain(found.domain) == domain


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("TRIBUNBENGKULU.COM, BENGKULU - Harga TBS sawit naik.", "Tribun Bengkulu"),
        ("Laporan Wartawan Tribunjambi.com, Dedi Nurdin\n\nJAMBI - Harga pinang.", "Tribun Jambi"),
        ("TRIBUN-SULBAR.COM, MAMUJU - Banjir merendam rumah.", "Tribun Sulbar"),
        ("RADARMALANG.ID, KOTA BATU – Harga apel turun.", "Radar Malang"),
        ("RADARBEKASI.ID, CIKARANG UTARA – Sekolah baru.", "Radar Bekasi"),
        ("JAMBIEKSPRES.CO.ID, JAKARTA - Pemerintah menetapkan.", "Jambi Ekspres"),
        ("KABAR BANTEN - Pemprov Banten menggelar operasi pasar.", "Kabar Banten"),
    ],
)
def test_a_dump_is_found_by_its_lead_credit(lead: str, name: str) -> None:
    text = f"Beranda\nDaerah\n\nJudul berita hari ini\n\n{lead}\nParagraf kedua berita.\n"
    found = outlet_for(None, text)
    assert found is not None and found.name == name


def test_a_desk_cited_in_a_body_is_no_lead_credit() -> None:
    # the Tribun signatures are the capitals of a lead's credit: a citation in running text
    # ('dikutip dari TribunBengkulu.com, ...') names no outlet
    text = "Judul\n\nHarga sawit naik, dikutip dari TribunBengkulu.com, Senin.\n"
    assert outlet_for(None, text) is None
