"""Rules generalized from blind rounds 19 and 20 (measured together), on made-up outlets: an
outlet known only by its domain named by the domain's stem, a regional paper on a network's host
named by its logo or copyright line (a channel keeps its outlet's name), a lone 'Oleh' label over
its name, an outlet in a contributor's description, a date glued to the byline's name, labelled
credits between dashes, a caption's closing full stop, every figcaption's credit, '·' between
a date and its time, datelines 'Place | DOMAIN -' and 'domain, place -', and a breadcrumb one
entry a line under a menu in capitals."""

from __future__ import annotations

import pytest

from etl.metadata.bylines import bylines
from etl.metadata.credits import find_photo_credits
from etl.metadata.dates import parse_date
from etl.metadata.outlet import display_name, stem_name
from tests.metadata.made_up import BODY, HEADLINE, LEAD, dump, meta_of


@pytest.mark.parametrize(
    ("domain", "name"),
    [
        ("KABARLEMBAH.com", "Kabarlembah"),
        ("kabarlembah.id", "Kabarlembah"),
        ("Kabarlembah.co.id", "Kabarlembah"),
        ("LembahHits.com", "LembahHits"),
        ("lembah-today.com", "Lembah Today"),
    ],
)
def test_an_outlet_known_by_its_domain_is_named_by_its_stem(domain: str, name: str) -> None:
    assert stem_name(domain) == name
    assert display_name(domain, "Beranda\nBerita\n© 2024. All rights reserved.") == name


def test_a_printed_name_still_wins_over_the_stem() -> None:
    text = "...\nCopyright © 2024 Kabar Lembah. All rights reserved."
    assert display_name("KABARLEMBAH.COM", text) == "Kabar Lembah"


def test_a_dump_signed_by_its_domain_only() -> None:
    text = dump(
        "KABARLEMBAH.COM\nBeranda\nDaerah\n",
        f"LEMBAHJAYA, KABARLEMBAH.COM - {LEAD}",
        "\n© 2023 KABARLEMBAH.COM\n",
    )
    meta = meta_of(text)
    assert (meta.outlet, meta.outlet_domain) == ("Kabarlembah", "kabarlembah.com")


def _network_page(host: str, site_name: str, logo: str, title_tail: str, footer: str) -> str:
    return (
        f"<html><head><title>{HEADLINE} - {title_tail}</title>"
        f'<meta property="og:site_name" content="{site_name}">'
        f'<link rel="canonical" href="https://{host}/read/1201/banjir-lembahjaya">'
        f'</head><body><a href="https://{host}/"><img src="/logo.png" alt="{logo}"></a>'
        '<nav><a href="https://disway.id">Disway National Network</a></nav>'
        f"<h1>{HEADLINE}</h1><p>Reporter: Made Arta | Selasa 05-12-2023,14:48 WIB</p>"
        f"<p>LEMBAHJAYA - {LEAD}</p>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + f"<footer><p>{footer}</p></footer></body></html>"
    )


def test_a_regional_paper_on_a_networks_host_is_named_by_its_logo() -> None:
    page = _network_page(
        "kabarlembah.disway.id",
        "kabarlembah.disway.id",
        "KABARLEMBAH",
        "kabarlembah.disway.id",
        "© 2023 Kabarlembah. Bagian dari Disway National Network.",
    )
    meta = meta_of(page, "html")
    assert (meta.outlet, meta.outlet_domain) == ("Kabarlembah", "disway.id")
    spaced = _network_page(
        "radarlembah.disway.id", "radarlembah.disway.id", "Radar Lembah", "Radar Lembah", "© 2023"
    )
    assert (meta_of(spaced, "html").outlet) == "Radar Lembah"


def test_a_channel_of_a_national_outlet_keeps_the_outlets_name() -> None:
    # the channel's name closes the title ('| Lembah - Bisnis.com'), the site name is the outlet
    page = _network_page(
        "lembah.bisnis.com", "Bisnis.com", "Bisnis.com", "Lembah | Bisnis.com", "© 2023 Bisnis.com"
    )
    assert meta_of(page, "html").outlet == "Bisnis.com"


def test_a_lone_oleh_label_over_its_name_not_the_headline_above() -> None:
    lines = ["Gempa Guncang Lembahjaya, Warga Berhamburan Keluar Rumah", "Oleh", "Moh. Arta Lembah"]
    assert bylines(lines) == (["Moh. Arta Lembah"], [])
    # Kompas prints the name above its 'Penulis' label
    assert bylines(["Made Arta", "Penulis"]) == (["Made Arta"], [])


def test_an_outlet_named_in_a_contributors_description_is_no_author() -> None:
    page = (
        '<html><head><title>t</title><meta property="og:site_name" content="Kabar Lembah">'
        '<meta name="author" content="Made Arta">'
        '<link rel="canonical" href="https://kabarlembah.id/2023/12/05/banjir/"></head><body>'
        f"<h1>{HEADLINE}</h1><p>Selasa, 5 Desember 2023 14:48 WITA</p><p>{LEAD}</p>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + "<div class='authorbox'><h3><a href='/author/made'>Made Arta</a></h3>"
        "<p>Kontributor Kabar Lembah di Lembahjaya Timur.</p></div></body></html>"
    )
    assert meta_of(page, "html").authors == ["Made Arta"]


def test_a_date_glued_to_the_bylines_name_is_a_line_of_its_own() -> None:
    page = (
        "<html><head><title>t</title></head><body>"
        f"<h1>{HEADLINE}</h1><div class='meta'><span>Penulis</span> <a href='/a/made'>Made Arta"
        "</a><span class='meta-date'>5 Desember 2023</span></div>"
        f"<p>{LEAD}</p>" + "".join(f"<p>{p}</p>" for p in BODY) + "</body></html>"
    )
    meta = meta_of(page, "html")
    assert meta.authors == ["Made Arta"]
    assert meta.published_at is not None and meta.published_at.date().isoformat() == "2023-12-05"


def test_credits_between_dashes_and_a_captions_closing_full_stop() -> None:
    assert find_photo_credits(["-Foto: Moch. Huda-"]) == ["Moch. Huda"]
    assert find_photo_credits(
        ["Warga mengungsi, Selasa (5/12/2023). ANTARA FOTO/Made Arta/tom."]
    ) == ["ANTARA FOTO/Made Arta/tom"]


def test_every_figcaption_of_an_html_page_gives_its_credit() -> None:
    page = (
        "<html><head><title>t</title></head><body>"
        f"<h1>{HEADLINE}</h1><p>Selasa, 5 Desember 2023 14:48 WIB</p>"
        "<figure><img src='a.jpg'><figcaption>Warga mengungsi ke balai desa, Selasa (5/12/2023)."
        " (Foto: Humas BPBD Lembahjaya)</figcaption></figure>"
        f"<p>{LEAD}</p><p>{BODY[0]}</p>"
        "<figure><img src='b.jpg'><figcaption>Dapur umum di masjid desa, Selasa (5/12/2023). "
        "(Foto: Kabar Lembah/Made Arta)</figcaption></figure>"
        + "".join(f"<p>{p}</p>" for p in BODY[1:])
        + "</body></html>"
    )
    assert meta_of(page, "html").photo_credits == [
        "Humas BPBD Lembahjaya",
        "Kabar Lembah/Made Arta",
    ]


@pytest.mark.parametrize("mark", ["·", "•"])
def test_a_dot_between_the_date_and_its_time(mark: str) -> None:
    found = parse_date(f"Minggu, 28 Juli 2024 {mark} 09.15 WITA")
    assert found is not None
    assert found.value.isoformat() == "2024-07-28T09:15:00+08:00"


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        (f"Lembahjaya | KABARLEMBAH.CO - {LEAD}", "Lembahjaya"),
        (f"kabarlembah.id, lembahjaya – {LEAD}", "Lembahjaya"),
    ],
)
def test_datelines_after_a_bar_and_in_lower_case(lead: str, place: str) -> None:
    text = dump("Kabar Lembah\nBeranda\n", lead, "\n© 2023 Kabar Lembah\n")
    assert meta_of(text).dateline == place


def test_a_breadcrumb_one_entry_a_line_under_a_menu_in_capitals() -> None:
    top = "KABARLEMBAH.COM\nHOME\nDAERAH\nEKONOMI\nOLAHRAGA\nBeranda\nEkonomi\n"
    text = top + f"{HEADLINE}\n5 Desember 2023\n{LEAD}\n" + "\n".join(BODY)
    assert meta_of(text).section == "Ekonomi"
