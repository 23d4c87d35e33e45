"""The WITA/WIT gazetteer (etl/data/zones.toml): a story whose only time is in UTC is shown in
the zone of its dateline's place, so regency seats, regencies, cities and provinces of central
and eastern Indonesia resolve to +08:00 / +09:00 and everything else stays WIB (+07:00)."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest

from etl.knowledge import _load
from etl.metadata.dates import zone_of_place

WIB_H, WITA_H, WIT_H = 7, 8, 9


def _zones() -> dict[str, list[str]]:
    zones: dict[str, list[str]] = _load("zones.toml")["zones"]
    return zones


def _offset(place: str | None) -> int:
    offset = zone_of_place(place).utcoffset(None)
    assert offset is not None
    return offset // timedelta(hours=1)


def test_gazetteer_loads_as_two_lists_of_names() -> None:
    zones = _zones()
    assert set(zones) == {"WITA", "WIT"}
    for names in zones.values():
        assert names and all(isinstance(n, str) and n == n.strip() and n for n in names)


def test_no_name_is_in_both_zones() -> None:
    zones = _zones()
    wita = {n.casefold() for n in zones["WITA"]}
    wit = {n.casefold() for n in zones["WIT"]}
    assert wita & wit == set()


@pytest.mark.parametrize("zone", ["WITA", "WIT"])
def test_no_duplicate_names(zone: str) -> None:
    counts = Counter(n.casefold() for n in _zones()[zone])
    assert [n for n, c in counts.items() if c > 1] == []


def test_every_listed_name_resolves_to_its_zone() -> None:
    zones = _zones()
    wrong = [
        (name, zone)
        for zone, hours in (("WITA", WITA_H), ("WIT", WIT_H))
        for name in zones[zone]
        if _offset(name) != hours
    ]
    assert wrong == []


# (place, hours): regency seats and cities from every province of both zones
SEATS = [
    # Bali
    ("Amlapura", WITA_H),
    ("Semarapura", WITA_H),
    ("Mangupura", WITA_H),
    # Nusa Tenggara Barat
    ("Gerung", WITA_H),
    ("Taliwang", WITA_H),
    ("Woha", WITA_H),
    # Nusa Tenggara Timur
    ("Borong", WITA_H),
    ("Lewoleba", WITA_H),
    ("Kalabahi", WITA_H),
    ("Tambolaka", WITA_H),
    ("Mbay", WITA_H),
    ("Betun", WITA_H),
    # Kalimantan Selatan
    ("Kandangan", WITA_H),
    ("Pelaihari", WITA_H),
    ("Marabahan", WITA_H),
    ("Paringin", WITA_H),
    ("Batulicin", WITA_H),
    # Kalimantan Timur
    ("Sendawar", WITA_H),
    ("Ujoh Bilang", WITA_H),
    ("Tanah Grogot", WITA_H),
    # Kalimantan Utara
    ("Tideng Pale", WITA_H),
    ("Nunukan", WITA_H),
    # Sulawesi Utara
    ("Tahuna", WITA_H),
    ("Melonguane", WITA_H),
    ("Airmadidi", WITA_H),
    ("Tutuyan", WITA_H),
    # Gorontalo
    ("Kwandang", WITA_H),
    ("Suwawa", WITA_H),
    ("Marisa", WITA_H),
    # Sulawesi Tengah
    ("Ampana", WITA_H),
    ("Kolonodale", WITA_H),
    ("Salakan", WITA_H),
    # Sulawesi Barat
    ("Tobadak", WITA_H),
    ("Pasangkayu", WITA_H),
    # Sulawesi Selatan
    ("Sengkang", WITA_H),
    ("Belopa", WITA_H),
    ("Malili", WITA_H),
    ("Watansoppeng", WITA_H),
    # Sulawesi Tenggara
    ("Andoolo", WITA_H),
    ("Lasusua", WITA_H),
    ("Pasarwajo", WITA_H),
    # Maluku
    ("Tual", WIT_H),
    ("Namlea", WIT_H),
    ("Dobo", WIT_H),
    ("Tiakur", WIT_H),
    ("Piru", WIT_H),
    # Maluku Utara
    ("Jailolo", WIT_H),
    ("Labuha", WIT_H),
    ("Daruba", WIT_H),
    # Papua
    ("Arso", WIT_H),
    ("Burmeso", WIT_H),
    # Papua Barat
    ("Ransiki", WIT_H),
    ("Bintuni", WIT_H),
    # Papua Barat Daya
    ("Waisai", WIT_H),
    ("Teminabuan", WIT_H),
    # Papua Tengah
    ("Enarotali", WIT_H),
    ("Ilaga", WIT_H),
    # Papua Pegunungan
    ("Wamena", WIT_H),
    ("Oksibil", WIT_H),
    ("Dekai", WIT_H),
    # Papua Selatan
    ("Agats", WIT_H),
    ("Kepi", WIT_H),
]


@pytest.mark.parametrize(("place", "hours"), SEATS)
def test_regency_seat_resolves_to_its_zone(place: str, hours: int) -> None:
    assert _offset(place) == hours


@pytest.mark.parametrize(
    ("place", "hours"),
    [
        ("Manggarai Timur", WITA_H),
        ("Hulu Sungai Selatan", WITA_H),
        ("Kepulauan Sangihe", WITA_H),
        ("Penajam Paser Utara", WITA_H),
        ("Tojo Una-Una", WITA_H),
        ("Kepulauan Tanimbar", WIT_H),
        ("Pegunungan Bintang", WIT_H),
        ("Boven Digoel", WIT_H),
        ("Labuan Bajo", WITA_H),
        ("Morotai", WIT_H),
    ],
)
def test_regencies_and_dateline_towns(place: str, hours: int) -> None:
    assert _offset(place) == hours


PROVINCES = [
    ("Bali", WITA_H),
    ("Nusa Tenggara Barat", WITA_H),
    ("NTB", WITA_H),
    ("Nusa Tenggara Timur", WITA_H),
    ("NTT", WITA_H),
    ("Kalimantan Selatan", WITA_H),
    ("Kalsel", WITA_H),
    ("Kalimantan Timur", WITA_H),
    ("Kaltim", WITA_H),
    ("Kalimantan Utara", WITA_H),
    ("Kaltara", WITA_H),
    ("Sulawesi Utara", WITA_H),
    ("Sulut", WITA_H),
    ("Gorontalo", WITA_H),
    ("Sulawesi Tengah", WITA_H),
    ("Sulteng", WITA_H),
    ("Sulawesi Barat", WITA_H),
    ("Sulbar", WITA_H),
    ("Sulawesi Selatan", WITA_H),
    ("Sulsel", WITA_H),
    ("Sulawesi Tenggara", WITA_H),
    ("Sultra", WITA_H),
    ("Maluku", WIT_H),
    ("Maluku Utara", WIT_H),
    ("Malut", WIT_H),
    ("Papua", WIT_H),
    ("Papua Barat", WIT_H),
    ("Papua Barat Daya", WIT_H),
    ("Papua Tengah", WIT_H),
    ("Papua Pegunungan", WIT_H),
    ("Papua Selatan", WIT_H),
]


@pytest.mark.parametrize(("place", "hours"), PROVINCES)
def test_province_names_resolve(place: str, hours: int) -> None:
    assert _offset(place) == hours


@pytest.mark.parametrize("place", ["BORONG", "  kandangan ", "TAHUNA", "wamena"])
def test_case_and_spacing_do_not_matter(place: str) -> None:
    assert _offset(place) in (WITA_H, WIT_H)


@pytest.mark.parametrize(
    "place",
    [
        "Bandung",
        "Medan",
        "Pontianak",
        "Palangka Raya",
        "Jakarta",
        "Sampit",
        # names shared with WIB places or ordinary words, left out on purpose
        "Banjar",
        "Tanjung",
        "Puncak",
        "Rantau",
        "Kalimantan",
        "Kota",
        "Raya",
        None,
        "",
    ],
)
def test_wib_places_and_ambiguous_names_stay_wib(place: str | None) -> None:
    assert _offset(place) == WIB_H
