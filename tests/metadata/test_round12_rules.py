"""Rules generalized from blind round 12's misses: a caption dateline before the credited lead,
a relative header with the time right after the body, a caption opening with a label word is
no byline, credits after a caption's date with their label and '(Supplied for X)', initials in
capitals between pipes, an outlet named by its logo, and a UTC-only time shown in the zone of
the dateline's place."""

from __future__ import annotations

from etl.metadata.bylines import closing_initials, editor_initials, is_byline
from etl.metadata.credits import find_photo_credits
from etl.metadata.dates import WIB, WIT, WITA, zone_of_place
from tests.metadata.made_up import BODY
from tests.metadata.made_up import meta_of as _meta

HEADLINE = "Harga Cabai Rawit di Pasar Lembahjaya Tembus Rp120 Ribu per Kilogram"
LEAD = (
    "Harga cabai rawit di Pasar Lembahjaya menembus Rp120 ribu per kilogram sejak awal pekan, "
    "naik dua kali lipat dibandingkan bulan lalu, kata sejumlah pedagang, Kamis."
)


def test_a_caption_dateline_before_the_credited_lead() -> None:
    text = (
        f"Home\nBerita\nEkonomi\n{HEADLINE}\nKamis, 7 Maret 2024 10:15 WITA\n"
        "AKSES JALAN - Kendaraan melintas di jalan menuju pasar di Kecamatan Lembahjaya.\n"
        f"KABARLEMBAH.COM, MAKALE - {LEAD}\n" + "\n".join(BODY)
    )
    assert _meta(text).dateline == "Makale"


def test_a_relative_header_has_its_time_right_after_the_body() -> None:
    text = (
        f"Beranda\nGlobal\nEkonomi\nKolom\n{HEADLINE}\nPermata Lestari\n2 jam lalu\nBagikan\n"
        "Pedagang menata cabai di Pasar Lembahjaya, Selasa (14/5/2024). Foto: KABAR/Made Arta\n"
        f"{LEAD}\n" + "\n".join(BODY) + "\nJumat, 17 Mei 2024 | 13:20\nTopik\nCabai\n"
        "Baca Juga\nHarga Bawang Merah Turun Jelang Panen Raya\nSenin, 13 Mei 2024 | 10:05\n"
    )
    meta = _meta(text)
    assert meta.published_at is not None
    assert meta.published_at.isoformat() == "2024-05-17T13:20:00+07:00"
    assert meta.authors == ["Permata Lestari"]


def test_a_caption_opening_with_a_label_word_is_no_byline() -> None:
    assert not is_byline("Jurnalis dari berbagai organisasi pers menggelar aksi di depan gedung")
    assert is_byline("Oleh Made Arta")
    line = "Jurnalis menggelar aksi di depan gedung dewan, Senin (3/6/2024). Foto: KBR/Made Arta"
    assert find_photo_credits([line]) == ["KBR/Made Arta"]
    assert find_photo_credits(["Guru menyampaikan aspirasi, Senin (3/6/2024). (Supplied for SP)"])


def test_initials_in_capitals_between_pipes() -> None:
    assert editor_initials(["[RWT | NPL]"]) == ["rwt", "npl"]
    assert closing_initials("... sesuai jadwal. [RWT | NPL]") == ["rwt", "npl"]


def test_an_outlet_named_by_its_logo() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Tribun-lembah.com">'
        '<link rel="canonical" href="https://lembah.tribunnews.com/2024/03/07/harga-cabai">'
        '</head><body><div class="logo"><a href="https://lembah.tribunnews.com/"><img '
        'src="/logo.png" alt="Tribun Lembah"></a></div>'
        f"<h1>{HEADLINE}</h1><div>Kamis, 7 Maret 2024 14:12 WIT</div>"
        + "".join(f"<p>{p}</p>" for p in [LEAD, *BODY])
        + "</body></html>"
    )
    meta = _meta(html, "html")
    assert (meta.outlet, meta.outlet_domain) == ("Tribun Lembah", "tribunnews.com")


def test_a_utc_only_time_is_shown_in_the_zone_of_the_datelines_place() -> None:
    assert (zone_of_place("Kendari"), zone_of_place("Jayapura")) == (WITA, WIT)
    assert zone_of_place("Lembahjaya") == WIB and zone_of_place(None) == WIB
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "'
        + HEADLINE
        + '", "datePublished": "2024-05-19T12:05:00Z"}</script></head><body>'
        f"<h1>{HEADLINE}</h1><div>Minggu, 19 Mei 2024</div>"
        + "".join(f"<p>{p}</p>" for p in [f"KENDARI - {LEAD}", *BODY])
        + "</body></html>"
    )
    published = _meta(html, "html").published_at
    assert published is not None and published.isoformat() == "2024-05-19T20:05:00+08:00"


def test_a_page_printing_its_day_only_is_scored_on_that_day() -> None:
    from datetime import datetime

    from etl.metadata.evaluate import compare

    day = datetime(2024, 6, 4, tzinfo=WIB)
    assert compare("published", day, "2024-06-04") == 1.0
    assert compare("published", day.replace(day=3), "2024-06-04") == 0.0
    assert compare("published", None, "2024-06-04") == 0.0
    assert compare("published", day, "2024-06-04T00:00+07:00") == 1.0
