"""Rules generalized from blind round 8's misses, on made-up outlets the registry lacks: a
masthead's motto is neither lead nor headline, the headline is the line over the first timed
date line, the printed h1 beside a shorter social title, more dateline forms, initials with
numbers, a regional site's domain from its copyright line or syndication line, a publisher's
name over a domain-like site name; a wire agency's regional portal is the agency."""

from __future__ import annotations

from etl.metadata.bylines import closing_initials
from tests.metadata.made_up import BODY, HEADLINE, LEAD
from tests.metadata.made_up import analyze_page as _run
from tests.metadata.made_up import dump as _dump
from tests.metadata.made_up import meta_of as _meta


def test_a_mastheads_motto_is_no_lead_and_no_headline() -> None:
    english = "South Korea Raises Heat Wave Alert To Highest Level As Temperatures Top 38 Degrees"
    text = (
        "KLB - Kabar Lembah Terpercaya\nEnglish\nIndonesia\nNews\nEconomy\nWorld\n"
        f"{english}\nDandy Prasetyo\nTuesday, August 6, 2024 11:48\n"
        "JAKARTA - South Korea raised its heat wave crisis alert to the highest level on "
        "Tuesday as daytime temperatures topped 38 degrees Celsius in several cities.\n"
        "Read too:\nJapan Issues Heatstroke Alerts In 39 Prefectures\n"
        "The interior and safety ministry said the alert was lifted to the top of a four-tier "
        "system for the first time in four years, allowing emergency funds to be used.\n"
        "© 2024 KLB - kabarlembah.id\n"
    )
    result = _run(text)
    assert result.meta.meta.title == english
    assert result.meta.meta.published_at is not None
    assert "Japan Issues Heatstroke Alerts In 39 Prefectures" not in result.clean.paragraphs
    assert not any(p.startswith("KLB - ") for p in result.clean.paragraphs)


def test_the_headline_over_the_first_timed_date_line() -> None:
    top = (
        "Kabar Lembah\nKantor Berita Lembah Raya\nSelasa, 5 Desember 2023\nTerkini\nLembah\n"
        "Ekonomi\nPolitik\n"
    )
    assert _meta(_dump(top, LEAD)).title == HEADLINE


def test_a_related_lists_timed_dates_after_the_body_name_no_headline() -> None:
    tail = "\nBerita Terkait\nJembatan Lembahjaya Putus Diterjang Arus Sungai Deras\n"
    text = f"{HEADLINE}\n{LEAD}\n" + "\n".join(BODY) + tail + "Jumat, 1 Des 2023 - 14:10 WIB\n"
    assert _meta(text).title == HEADLINE


def test_the_printed_h1_beside_a_shorter_social_title() -> None:
    short = "Banjir Rendam Ratusan Rumah di Lembahjaya"
    html = (
        f'<html><head><title>{short} | Kabarlembah.id</title><meta property="og:title" '
        f'content="{short}"></head><body><h1>{HEADLINE}</h1><div>Selasa, 5 Desember 2023 '
        "14:48 WIB</div>" + "".join(f"<p>{p}</p>" for p in [LEAD, *BODY]) + "</body></html>"
    )
    assert _meta(html, "html").title == HEADLINE


def test_more_dateline_forms() -> None:
    rest = LEAD[0].lower() + LEAD[1:]
    for lead in (
        f"Kabarlembah.com - LEMBAHJAYA - {LEAD}",
        f"LEMBAHJAYA (Kabar Lembah): {LEAD}",
        f"KABARLEMBAH, LEMBAHJAYA – {LEAD}",
    ):
        meta = _meta(_dump("", lead, "\n© 2024 Kabarlembah - kabarlembah.com\n"))
        assert meta.dateline == "Lembahjaya", lead
    assert _meta(_dump("", f"Kabarlembah.com - {rest}")).dateline is None


def test_initials_with_numbers() -> None:
    assert closing_initials("... disertai bintik merah di kulit. (m27)") == ["m27"]
    assert closing_initials("... pada pekan kedua Agustus. (dit/r3)") == ["dit", "r3"]
    assert closing_initials("... seperti disebut dalam ayat (1)") == []


def test_a_regional_sites_domain_from_its_copyright_line() -> None:
    tail = "\n© 2024 Kabar Lembah - kabarlembah.pikiran-rakyat.com | Pikiran Rakyat Media Network\n"
    meta = _meta(_dump("Kabar Lembah\nBeranda\nBerita\n", f"LEMBAHJAYA - {LEAD}", tail))
    assert (meta.outlet, meta.outlet_domain) == ("Kabar Lembah", "pikiran-rakyat.com")


def test_a_syndication_line_gives_the_regional_desk_on_a_network_host() -> None:
    tail = (
        f"\nArtikel ini telah tayang di Lembahpos.com dengan judul {HEADLINE}, "
        "https://lembah.tribunnews.com/2023/12/05/banjir-rendam-ratusan-rumah\n"
        "Copyright © 2023 Lembah Pos. All Rights Reserved. Tribun Network\n"
    )
    meta = _meta(
        _dump("Lembahpos.com\nHome\nBerita\n", f"LEMBAHPOS.COM, LEMBAHJAYA - {LEAD}", tail)
    )
    assert (meta.outlet, meta.outlet_domain) == ("Lembah Pos", "tribunnews.com")
    assert meta.url is None  # the address found in the text names the outlet, nothing more


def test_the_publishers_name_over_a_domain_like_site_name() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="kabarlembahnews.com">'
        '<link rel="canonical" href="https://www.kabarlembahnews.com/read/banjir">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "'
        + HEADLINE
        + '", "publisher": {"@type": "Organization", "name": "Kabar Lembah News"}}</script>'
        f"</head><body><h1>{HEADLINE}</h1>"
        + "".join(f"<p>{p}</p>" for p in [LEAD, *BODY])
        + "</body></html>"
    )
    meta = _meta(html, "html")
    assert (meta.outlet, meta.outlet_domain) == ("Kabar Lembah News", "kabarlembahnews.com")


def test_an_agencys_regional_portal_is_the_agency() -> None:
    meta = _meta(_dump("ANTARA Lembah\nBerita\n", f"Lembahjaya (ANTARA) - {LEAD}"))
    assert (meta.outlet, meta.outlet_domain) == ("ANTARA", "antaranews.com")
