"""Rules generalized from blind round 9's misses, on made-up outlets the registry lacks: an
agency's web domain credits it, a byline naming an agency on an HTML page credits it, a
broadcaster reporting later in the body is cited not credited, a photo credit between dashes,
the place in brackets after the outlet, the name a page follows itself by, a network's regional
site's domain, and a domain printed only in capitals."""

from __future__ import annotations

from etl.metadata.credits import find_agencies, find_photo_credits
from tests.metadata.made_up import BODY, HEADLINE, LEAD
from tests.metadata.made_up import dump as _dump
from tests.metadata.made_up import meta_of as _meta


def test_an_agencys_web_domain_credits_it() -> None:
    assert find_agencies(["Sumber: antaranews.com"], [LEAD]) == ["ANTARA"]
    assert find_agencies(["Sumber: kabarlembah.com"], [LEAD]) == []


def test_a_byline_naming_an_agency_on_an_html_page_credits_it() -> None:
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>"
        '<div><span>Redaktur: Made Arta</span>\n<span>Penulis: <a href="/penulis/afp">AFP'
        "</a></span></div><div>Kamis, 18 Jul 2024, 11:54 WIB</div>"
        + "".join(f"<p>{p}</p>" for p in [f"PARIS - {LEAD}", *BODY])
        + "</body></html>"
    )
    meta = _meta(html, "html")
    assert meta.agencies == ["AFP"]
    assert meta.authors == []


def test_a_broadcaster_reporting_later_in_the_body_is_cited_not_credited() -> None:
    body = [
        LEAD,
        BODY[0],
        "Sementara itu, stasiun televisi Al Jazeera melaporkan pertempuran sengit di utara.",
        "Kantor berita Reuters melaporkan sedikitnya 20 orang terluka dalam serangan itu.",
    ]
    assert find_agencies([], body) == ["Reuters"]
    assert find_agencies([], ["Al Jazeera melaporkan serangan itu terjadi Selasa pagi.", *body])[
        0
    ] == ("Al Jazeera")


def test_a_photo_credit_between_dashes() -> None:
    line = "Kepala badan memberikan keterangan pers di Lembahjaya.-Foto: Humas BMKG-"
    assert find_photo_credits([line]) == ["Humas BMKG"]


def test_the_place_in_brackets_after_the_outlet() -> None:
    tail = "\n© 2024 Kabarlembah.com\n"
    meta = _meta(_dump("Kabarlembah.com\nBeranda\n", f"Kabarlembah (Lembahjaya) - {LEAD}", tail))
    assert meta.dateline == "Lembahjaya"


def test_the_name_a_page_follows_itself_by_over_its_domain() -> None:
    tail = (
        "\nIkuti berita Lembah Pos di Google News\n"
        "© 2024 TRIBUNnews.com Network, a subsidiary of KG Media. All Right Reserved\n"
    )
    meta = _meta(_dump("LEMBAHPOS.CO\nHome\nBerita\n", f"LEMBAHPOS.CO, LEMBAHJAYA - {LEAD}", tail))
    assert (meta.outlet, meta.outlet_domain) == ("Lembah Pos", "tribunnews.com")


def test_a_network_that_gives_its_regional_sites_their_own_domains_keeps_them() -> None:
    tail = "\n© 2024 Lembah Pos | Jawa Pos Network\n"
    meta = _meta(_dump("LEMBAHPOS.CO\nHome\n", f"LEMBAHPOS.CO, LEMBAHJAYA - {LEAD}", tail))
    assert meta.outlet_domain == "lembahpos.co"


def test_a_domain_printed_only_in_capitals_and_an_address_first() -> None:
    tail = "\n© 2024 KABARLEMBAH. All rights reserved.\n"
    lead = f"KABARLEMBAH.ID, LEMBAHJAYA – {LEAD}"
    assert _meta(_dump("KABARLEMBAH\nBeranda\n", lead, tail)).outlet_domain == "kabarlembah.id"
    both = tail + "kabarlembah.disway.id\n"
    assert _meta(_dump("KABARLEMBAH\nBeranda\n", lead, both)).outlet_domain == "disway.id"
