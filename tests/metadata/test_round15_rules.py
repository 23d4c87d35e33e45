"""Rules generalized from blind rounds 15 and 16 (measured together), on made-up outlets: a
dump of a network's regional desk named by its own evidence (copyright host, lead credit,
Google News line) and never by a menu listing other desks, a list of names opening a lead is
no dateline, longer outlet signatures after the place, closing agency credits, '@handle /
Name' and 'Dok.' credits, and neither an outlet's name nor a piece of the headline as author."""

from __future__ import annotations

from etl.metadata.credits import find_agencies, find_photo_credits
from etl.metadata.dateline import match_lead_dateline
from etl.metadata.outlet import desk_in_text
from tests.metadata.made_up import BODY, HEADLINE, LEAD
from tests.metadata.made_up import dump as _dump
from tests.metadata.made_up import meta_of as _meta


def test_a_networks_desk_by_its_own_evidence_not_by_the_menu() -> None:
    # registry desks of the Jawa Pos and Tribun networks, a menu listing another desk first
    top = "Jawa Pos Group\nJawaPos.com\nRadar Surabaya\nKalteng Pos\nBeranda\n"
    tail = (
        "\nIkuti Radar Bojonegoro di Google News\n© 2024 radarbojonegoro.jawapos.com – Radar "
        "Bojonegoro. All Rights Reserved. Bagian dari Jawa Pos Group.\n"
    )
    meta = _meta(_dump(top, f"TUBAN - {LEAD}", tail))
    assert (meta.outlet, meta.outlet_domain) == ("Radar Bojonegoro", "jawapos.com")
    top = "Tribunnews.com\nTribun Network\nTribun Bali\nHome\n"
    tail = "\n© 2024 TRIBUNnews.com Network, a subsidiary of KG Media. All Right Reserved\n"
    meta = _meta(_dump(top, f"TRIBUNLOMBOK.COM, LOMBOK TIMUR - {LEAD}", tail))
    assert (meta.outlet, meta.outlet_domain) == ("Tribun Lombok", "tribunnews.com")


def test_a_desk_the_registry_lacks_by_its_copyright_host() -> None:
    text = (
        "Jawa Pos Group\n...\n© 2024 radarlembah.jawapos.com – Radar Lembah. All Rights Reserved."
    )
    assert desk_in_text(text) == ("Radar Lembah", "jawapos.com")
    assert desk_in_text("Kabar Lembah\n© 2024 Kabar Lembah. All Rights Reserved.") is None


def test_a_list_of_names_opening_a_lead_is_no_dateline() -> None:
    lead = "KABARLEMBAH.ID - Irlandia, Norwegia dan Spanyol pada Rabu mengumumkan pengakuan itu."
    assert match_lead_dateline(lead) is None
    m = match_lead_dateline("Kabarlembah.id - Jakarta, Presiden meminta semua pihak tenang.")
    assert m is not None and m.group("place") == "Jakarta"


def test_a_longer_outlet_signature_after_the_place() -> None:
    lead = f"LEMBAHJAYA, Jawa Pos Radar Lembah – {LEAD}"
    assert _meta(_dump("Radar Lembah\nBeranda\n", lead)).dateline == "Lembahjaya"


def test_closing_agency_credits_and_more_photo_credits() -> None:
    assert find_agencies([], [LEAD, "Polisi menyiagakan personel di sejumlah titik. (Antara)"]) == [
        "ANTARA"
    ]
    assert find_photo_credits(["Job fair di gedung kota, Senin (29/4/2024). (@KabarLembah / Made)"])
    assert find_photo_credits(
        ["Petugas memadamkan api di gudang, Senin (10/6/2024). Dok. Sudin Gulkarmat Lembah"]
    ) == ["Dok. Sudin Gulkarmat Lembah"]


def test_neither_the_outlets_name_nor_the_headline_is_an_author() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Lembah Express">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": [{"@type": '
        '"Person", "name": "Lembah Express"}]}</script></head><body>'
        f"<h1>{HEADLINE}</h1><div>Oleh :</div><div>Made Arta</div>"
        "<div>Selasa, 5 Desember 2023 14:48 WITA</div>"
        + "".join(f"<p>{p}</p>" for p in [LEAD, *BODY])
        + "</body></html>"
    )
    assert _meta(html, "html").authors == ["Made Arta"]
    assert _meta(html.replace("<div>Oleh :</div><div>Made Arta</div>", ""), "html").authors == []
