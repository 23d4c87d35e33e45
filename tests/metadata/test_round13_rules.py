"""Rules generalized from blind rounds 13 and 14 (measured together), on made-up outlets the
registry lacks: a confirmed masthead over a network's name in the menu, a network's regional
desk named by its Google News or syndication line, network and suffixed domains, more byline
forms, an editor in the author metadata, closing agency and desk codes, English source cues,
captions and names that are no headline, the story's day under a dump's headline, UTC times on
Indonesian pages, and a 'DOMAIN: PLACE –' dateline."""

from __future__ import annotations

from etl.metadata.bylines import bylines, closing_initials, editor_initials, split_names
from etl.metadata.credits import find_agencies, find_photo_credits
from tests.metadata.made_up import meta_of as _meta

HEADLINE = "Kapal Cepat Lembahjaya-Wakatobi Kembali Beroperasi Usai Perbaikan Mesin"
LEAD = (
    "Kapal cepat rute Lembahjaya-Wakatobi kembali beroperasi mulai Selasa setelah hampir tiga "
    "pekan berhenti berlayar karena menjalani perbaikan mesin di galangan kapal setempat."
)
BODY = [
    "Kepala dinas perhubungan mengatakan kapal itu sudah lolos uji kelaiklautan dan siap "
    "melayani penumpang dua kali sepekan, setiap Selasa dan Jumat pagi.",
    "Harga tiket kelas ekonomi saat ini Rp350 ribu per orang, sedangkan kelas VIP Rp450 ribu "
    "per orang, sama dengan tarif sebelum kapal berhenti beroperasi.",
    "Pemerintah daerah berharap pelayaran yang kembali normal bisa mendongkrak kunjungan "
    "wisatawan ke kepulauan itu menjelang musim liburan akhir tahun.",
]


def _dump(top: str, lead: str, tail: str = "", date: str = "Selasa, 10 September 2024") -> str:
    return top + f"{HEADLINE}\n{date} 10:15 WIB\n{lead}\n" + "\n".join(BODY) + tail


def test_a_confirmed_masthead_over_a_networks_name_in_the_menu() -> None:
    text = _dump(
        "Lembah Pos\nJawaPos.com\nBeranda\nBerita\nEkonomi\n",
        f"LEMBAHJAYA - {LEAD}",
        "\n© 2024 Lembah Pos - Jawa Pos Group. All Rights Reserved.\n",
    )
    assert _meta(text).outlet == "Lembah Pos"


def test_a_networks_desk_named_by_its_google_news_or_syndication_line() -> None:
    footer = "\n© 2024 TRIBUNnews.com Network, a subsidiary of KG Media. All Right Reserved\n"
    top = "TRIBUNNEWS.COM\nTribunLembah.com\nHome\nBerita\n"
    follow = "\nIkuti berita terbaru Tribun Lembah di Google News" + footer
    meta = _meta(_dump(top, f"TRIBUNLEMBAH.COM, LEMBAHJAYA - {LEAD}", follow))
    assert (meta.outlet, meta.outlet_domain) == ("Tribun Lembah", "tribunnews.com")
    shown = f"\nArtikel ini telah tayang di TribunLembah.com dengan judul {HEADLINE}" + footer
    meta = _meta(_dump(top, f"TRIBUNLEMBAH.COM, LEMBAHJAYA - {LEAD}", shown))
    assert (meta.outlet, meta.outlet_domain) == ("TribunLembah", "tribunnews.com")


def test_network_and_suffixed_domains() -> None:
    top = "TribunnewsLembah.com\nTribun Network\nHome\n"
    tail = "\nCopyright © 2023 TribunnewsLembah.com All Right Reserved\n"
    meta = _meta(_dump(top, f"TRIBUNNEWSLEMBAH.COM, LEMBAHJAYA - {LEAD}", tail))
    assert meta.outlet_domain == "tribunnews.com"
    tail = "\nTentang Kami | Redaksi\n© 2024 Lembahraya.\nlembahrayanews.com\n"
    assert _meta(_dump("Lembahraya\nBeranda\n", f"LEMBAHJAYA - {LEAD}", tail)).outlet_domain == (
        "lembahrayanews.com"
    )


def test_more_byline_forms() -> None:
    assert bylines(["Laporan: Moh. Arta dan Sri Wahyuni"]) == (["Moh. Arta", "Sri Wahyuni"], [])
    assert split_names("Ibnu Sa'dan") == ["Ibnu Sa'dan"]
    assert bylines(["Penulis: Made Arta | Sirtupillaili | Editor: Lalu Helmi"]) == (
        ["Made Arta", "Sirtupillaili"],
        ["Lalu Helmi"],
    )
    text = _dump(
        "Beranda\nBerita\nEkonomi\nPolitik\n",
        LEAD,
        "\nKontributor : Ahmad Amri\n",
    ).replace(f"{HEADLINE}\n", f"{HEADLINE}\nRiko Pranata\n")
    assert _meta(text).authors == ["Ahmad Amri", "Riko Pranata"]


def test_an_editor_in_the_author_metadata_is_no_author() -> None:
    def page(shown: str) -> str:
        return (
            '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            '"author": {"@type": "Person", "name": "Yusuf Saragih"}}</script></head><body>'
            f"<h1>{HEADLINE}</h1>{shown}<div>Editor: Yusuf Saragih</div>"
            "<div>Rabu, 17 Jan 2024 | 10:15 WIB</div>"
            + "".join(f"<p>{p}</p>" for p in [LEAD, *BODY])
            + "</body></html>"
        )

    assert _meta(page(""), "html").authors == []
    assert _meta(page("<div>Yusuf Saragih</div>"), "html").authors == ["Yusuf Saragih"]


def test_closing_agency_and_desk_codes() -> None:
    assert editor_initials(["(Antara)"]) == []
    assert find_agencies([], [LEAD, "(Antara)"]) == ["ANTARA"]
    assert closing_initials("... juncto Pasal 55 ayat (1) ke-1 KUHP. (S-16)") == ["S-16"]
    assert find_agencies([], [LEAD, "The bank will hold its rate, as quoted by Reuters."]) == [
        "Reuters"
    ]


def test_photo_credits_labelled_in_lower_case_or_closing_a_sentence() -> None:
    assert find_photo_credits(["Rapat di kantor dinas, Selasa (23/4/2024). (foto: Humas Lembah)"])
    assert find_photo_credits(
        ["Petugas mengawal dua WNA di bandara, Selasa (9/7/2024). ANTARA/HO-Imigrasi Lembah."]
    ) == ["ANTARA/HO-Imigrasi Lembah"]


def test_captions_and_names_are_no_headline() -> None:
    text = (
        "Lembah Geh\nHome\nBerita\nPeristiwa\nHukum\nEkonomi\nHome / Peristiwa\n"
        f"{HEADLINE}\nReporter: Made Arta\n2 jam lalu\nBagikan\n"
        "Kapal bersandar di dermaga Lembahjaya. | Foto: Made Arta/Lembah Geh\n"
        f"Lembah Geh, Lembahjaya - {LEAD}\n" + "\n".join(BODY)
    )
    assert _meta(text).title == HEADLINE
    text = (
        "SuaraLembah.id\nHome\nBerita\nKesehatan\n"
        f"{HEADLINE}\nAndi Ahmad S\nEditor\nSelasa, 07 November 2023 | 19:45 WIB\n"
        f"{LEAD}\n" + "\n".join(BODY)
    )
    assert _meta(text).title == HEADLINE


def test_the_storys_day_under_a_dumps_headline() -> None:
    text = (
        "Kabar Lembah\nRabu, 17 Mei 2023\nBeranda\nBerita\nEkonomi\nOpini\n"
        f"{HEADLINE}\nSelasa, 16 Mei 2023\nPenulis: Made Arta\n{LEAD}\n" + "\n".join(BODY)
    )
    published = _meta(text).published_at
    assert published is not None and published.date().isoformat() == "2023-05-16"


def test_a_utc_time_on_an_indonesian_page_the_registry_lacks() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "'
        + HEADLINE
        + '", "datePublished": "2024-04-25T03:12:00Z"}</script></head><body>'
        f"<h1>{HEADLINE}</h1>" + "".join(f"<p>{p}</p>" for p in [LEAD, *BODY]) + "</body></html>"
    )
    published = _meta(html, "html").published_at
    assert published is not None and published.isoformat() == "2024-04-25T10:12:00+07:00"


def test_a_domain_colon_place_dateline() -> None:
    assert _meta(_dump("", f"KABARLEMBAH.COM: LEMBAHJAYA – {LEAD}")).dateline == "Lembahjaya"
