"""Rules generalized from blind round 10's misses, on made-up outlets the registry lacks: a
metadata time with seconds beside the printed minute, a UTC time on a page printing its day
only, newspapers never agencies, bylines with their date on the same line, a breadcrumb printed
piece by piece, a labelled publication time after the body, leads that open with a person's
office or a subheading, an outlet's name in closing initials, and social-media and 'Dok.'
photo credits."""

from __future__ import annotations

from etl.metadata.bylines import bylines, editor_initials
from etl.metadata.credits import find_agencies, find_photo_credits
from tests.metadata.made_up import BODY, HEADLINE, LEAD
from tests.metadata.made_up import meta_of as _meta


def _page(head: str, top: str, paragraphs: list[str], tail: str = "") -> str:
    return (
        f"<html><head>{head}</head><body>{top}<h1>{HEADLINE}</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + f"{tail}</body></html>"
    )


def _jsonld(published: str) -> str:
    return (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "'
        + HEADLINE
        + f'", "datePublished": "{published}"'
        + "}</script>"
    )


def test_a_metadata_time_with_seconds_is_shown_in_the_printed_offset() -> None:
    html = _page(
        _jsonld("2024-05-16T06:05:22Z"),
        "",
        [LEAD, *BODY],
    ).replace("</h1>", "</h1><time>Kamis, 16 Mei 2024 14:05 WITA</time>")
    published = _meta(html, "html").published_at
    assert published is not None and published.isoformat() == "2024-05-16T14:05:22+08:00"


def test_a_utc_time_on_a_page_printing_its_day_is_shown_in_wib() -> None:
    html = _page(_jsonld("2022-10-17T23:30:12+00:00"), "", [f"LEMBAHJAYA — {LEAD}", *BODY])
    html = html.replace("</h1>", "</h1><div>18 Oktober 2022</div>")
    published = _meta(html, "html").published_at
    assert published is not None and published.isoformat() == "2022-10-18T06:30:12+07:00"


def test_newspapers_are_never_agencies_broadcasters_credited_as_source_are() -> None:
    assert find_agencies(["Sumber: Arab News"], [LEAD]) == []
    assert find_agencies(["Sumber: BBC"], [LEAD]) == ["BBC"]


def test_bylines_with_their_date_on_the_same_line() -> None:
    assert bylines(["Oleh Made Arta pada Selasa, 09 Januari 2024 18:30"]) == (["Made Arta"], [])
    text = (
        "Beranda\nBerita\nEkonomi\nPolitik\nOlahraga\n"
        f"{HEADLINE}\nMade Arta - Jumat, 03 November 2023 - 16:22 WIB\nEditor: Wayan Sudana\n"
        f"LEMBAHJAYA - {LEAD}\n" + "\n".join(BODY)
    )
    assert _meta(text).authors == ["Made Arta"]


def test_a_breadcrumb_printed_piece_by_piece_above_the_headline() -> None:
    text = (
        "Kabar Lembah\nJumat, 03 November 2023\nIndonesia\nOlahraga\nBisnis\nTekno\nBeranda\n/\n"
        f"Hukum & Kriminal\n{HEADLINE}\nJumat, 03 November 2023 - 16:22 WIB\n"
        f"LEMBAHJAYA - {LEAD}\n" + "\n".join(BODY)
    )
    assert _meta(text).section == "Hukum & Kriminal"


def test_a_labelled_publication_time_after_the_body_under_a_relative_header() -> None:
    text = (
        f"Kabar Lembah\nBeranda\nBerita\n{HEADLINE}\n2 jam lalu\n"
        "Warga mengungsi di balai desa Lembahjaya, Rabu (14/2/2024). (Kabar/Made Arta)\n"
        f"Kabar Lembah - {LEAD}\n"
        + "\n".join(BODY)
        + "\nDiterbitkan 19 Feb 2024, 09:40 WIB\nTag\nBanjir\n"
    )
    published = _meta(text).published_at
    assert published is not None and published.isoformat() == "2024-02-19T09:40:00+07:00"


def test_leads_opening_with_an_office_or_after_a_subheading_name_no_place() -> None:
    lead = (
        "Kabarlembah.id - Manajer Persilem, Budi Santoso, memuji ketenangan anak asuhnya "
        "setelah meraih kemenangan 3-2 di markas lawan, Minggu (28/4/2024)."
    )
    html = _page("", "", [lead, BODY[0], "Budi: Kami Harus Menderita", BODY[1], BODY[2]])
    assert _meta(html, "html").dateline is None
    glued = _page("", "", [f"Kabarlembah.id, Lembahjaya Banjir merendam {LEAD[16:]}", *BODY])
    assert _meta(glued, "html").dateline == "Lembahjaya"


def test_an_outlets_name_in_closing_initials() -> None:
    assert editor_initials(["(ral/kabarlembah)"]) == ["ral"]


def test_social_media_and_dok_photo_credits() -> None:
    assert find_photo_credits(["foto: TikTok/@kabar.lembah"]) == ["TikTok/@kabar.lembah"]
    far = "".join(f"<p>{p} {p}</p>" for p in BODY * 3)
    html = _page(
        "",
        "",
        [LEAD, *BODY],
        far + '<div class="imgfull_div"><img src="https://kabarlembah.id/foto/tari.jpg" alt="tari">'
        '<div class="caption">Penari menyambut tamu di dermaga, Kamis 16 Mei 2024. (Dok. Humas '
        "Lembah)</div></div>"
        "<p>Tamu dijadwalkan kembali ke kapal pada sore hari sebelum berlayar lagi.</p>",
    )
    assert "Dok. Humas Lembah" in _meta(html, "html").photo_credits
