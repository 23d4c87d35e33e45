"""Rules generalized from blind rounds 21 to 24 (measured together), on made-up outlets: a name
its domain cuts short ('Lembah Pos' on lempos.id), a spaced name over a logo spelled as the
domain, a domain masthead its copyright line confirms over a newspaper the body cites, a
network's paper by its own footer, datelines with bars, slashes and glued dashes, a motto over a
top bar's clock, a headline opening with a count, credits with initials or an 'F-' label, a
reporter's name with the editor's code, a desk code among initials, labels with a colon over
their name, an editor line after a body with curly quotes, the declared authors over a byline
glued to their role, a breadcrumb's closing mark and WordPress's category link."""

from __future__ import annotations

import pytest

from etl.metadata.bylines import bylines, closing_initials, editor_initials
from etl.metadata.credits import find_photo_credits
from etl.metadata.outlet import display_name, names_domain
from tests.metadata.made_up import BODY, HEADLINE, LEAD, meta_of

DATE = "Selasa, 5 Desember 2023 14:48 WIB"


def _dump(top: str, lead: str, tail: str = "", date: str = DATE) -> str:
    return top + f"{HEADLINE}\n{date}\n{lead}\n" + "\n".join(BODY) + tail


@pytest.mark.parametrize(
    ("name", "stem", "right"),
    [
        ("Lembah Pos", "lempos", True),
        ("Sumber Ekspres", "sumeks", True),
        ("Lembah Pos", "lembahpos", True),
        ("Lembah Pos", "lpos", False),  # a word cut to one letter
        ("Koran Lembah", "kompas", False),
        ("lempos.id", "lempos", False),  # a domain is no printed name
    ],
)
def test_a_name_its_domain_cuts_short(name: str, stem: str, right: bool) -> None:
    assert names_domain(name, stem) is right


def test_the_spaced_name_over_one_spelled_as_the_domain() -> None:
    text = "...\nCopyright © 2024 Lembah Koran. All rights reserved."
    names = ("lembahkoran.com", "LEMBAHKORAN")
    assert display_name("lembahkoran.com", text, names) == "Lembah Koran"
    assert display_name("LEMPOS.ID", "...\nCopyright © 2024 Lembah Pos. All Right Reserved") == (
        "Lembah Pos"
    )


def test_a_domain_masthead_its_copyright_confirms_over_a_cited_newspaper() -> None:
    body = BODY[0] + " Harian The Jakarta Post dalam laporannya juga menyoroti banjir itu."
    text = (
        f"KORANLEMBAH.COM\nKoran Lembah\nHome\nDaerah\nEkonomi\n{HEADLINE}\n{DATE}\n"
        f"LEMBAHJAYA, KORANLEMBAH.COM - {LEAD}\n{body}\n{BODY[1]}\n"
        "Copyright © 2024 Koran Lembah. All rights reserved.\n"
    )
    meta = meta_of(text)
    assert (meta.outlet, meta.outlet_domain) == ("Koran Lembah", "koranlembah.com")


def test_a_networks_paper_named_by_its_own_footer() -> None:
    footer = (
        "\nCopyright © 2024 Radar Lembah. All Rights Reserved\nPart of Disway National Network\n"
    )
    text = _dump(
        "Radar Lembah\nHome\nBerita Utama\n", f"LEMBAHJAYA, RADARLEMBAH.DISWAY.ID - {LEAD}", footer
    )
    meta = meta_of(text)
    assert (meta.outlet, meta.outlet_domain) == ("Radar Lembah", "disway.id")
    footer = "\nDisway National Network\nCopyright © 2024 Lembah Pos. All Right Reserved\n"
    meta = meta_of(_dump("LEMPOS.ID\nHome\nDaerah\n", f"LEMBAHJAYA, LEMPOS.ID - {LEAD}", footer))
    assert (meta.outlet, meta.outlet_domain) == ("Lembah Pos", "disway.id")


@pytest.mark.parametrize(
    "opening",
    [
        "KABARLEMBAH.COM | Lembahjaya - ",
        "KABARLEMBAH.COM | LEMBAHJAYA – ",
        "kabarlembah.co.id | Lembahjaya - ",
        "Kabarlembah.com, Lembahjaya. ",
        "LEMBAHJAYA/KABARLEMBAH.CO.ID – ",
        "KABARLEMBAH.COM,-LEMBAHJAYA-",
        "LEMBAHJAYA, KLB—",
    ],
)
def test_datelines_with_bars_slashes_and_glued_dashes(opening: str) -> None:
    text = _dump("Kabar Lembah\nBeranda\n", opening + LEAD, "\n© 2023 Kabar Lembah\n")
    assert meta_of(text).dateline == "Lembahjaya"


def test_a_motto_over_the_top_bars_clock_is_no_headline() -> None:
    top = "KABAR LEMBAH\nKabar Terpercaya Lembah\nSenin, 4 Desember 2023 17:02 WIB\n"
    top += "Terkini\nTerpopuler\nDaerah\nEkonomi\nPolitik\nEkonomi\n"
    meta = meta_of(_dump(top, f"Lembahjaya (KABAR LEMBAH) - {LEAD}"))
    assert meta.title == HEADLINE
    assert meta.published_at is not None
    assert meta.published_at.isoformat() == "2023-12-05T14:48:00+07:00"


def test_a_headline_may_open_with_a_count() -> None:
    headline = "172 Warga Lembahjaya Mengungsi ke Balai Desa Setelah Banjir Besar"
    text = (
        f"kabarlembah.id\nTajam dan Terpercaya\nSelasa, 5 Desember 2023\nBeranda\nDaerah\n"
        f"Ekonomi\nOlahraga\n{headline}\n5 Desember 2023 14:20 WITA\nReporter: Made Arta\n"
        f"kabarlembah.id, LEMBAHJAYA – {LEAD}\n" + "\n".join(BODY)
    )
    assert meta_of(text).title == headline


def test_credits_with_initials_or_an_f_label() -> None:
    assert find_photo_credits(["Warga mengungsi di Lembahjaya. AFP PHOTO/Richard A. Brooks"]) == [
        "AFP PHOTO/Richard A. Brooks"
    ]
    assert find_photo_credits(
        ["Perahu hias melintas, Minggu (21/7). F-Made Arta/Kabar Lembah"]
    ) == ["Made Arta/Kabar Lembah"]


def test_a_reporters_name_with_the_editors_code_and_a_desk_code_among_initials() -> None:
    assert editor_initials(["Made Arta-trs"]) == ["trs"]
    assert closing_initials("... sekitar 4,1 juta orang. (ful/K-3)") == ["ful", "K-3"]


def test_labels_with_a_colon_stand_over_their_name() -> None:
    lines = ["Penulis:", "Made Arta", "Redaktur:", "Ketut Sari"]
    assert bylines(lines) == (["Made Arta"], ["Ketut Sari"])


def _html(body_html: str, head: str = "") -> str:
    return (
        f"<html><head><title>t</title>{head}</head><body><h1>{HEADLINE}</h1>"
        f"<p>{DATE}</p>{body_html}</body></html>"
    )


def test_an_editor_line_after_a_body_with_curly_quotes() -> None:
    # a long story: the editor line stands far below the headline
    long_body = [f"{p} Hal itu disampaikan pada hari ke-{i}." for i in range(15) for p in BODY]
    paragraphs = [LEAD, *long_body, "Ia menambahkan, “Kami masih mendata kerugian,” tegasnya."]
    page = _html("".join(f"<p>{p}</p>" for p in paragraphs) + "<div>Editor: Ketut Sari</div>")
    assert meta_of(page, "html").editors == ["Ketut Sari"]


def test_the_declared_authors_over_a_byline_glued_to_their_role() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
        '{"@type": "Person", "name": "Made Arta"}, {"@type": "Person", "name": "Ketut Sari"}]}'
        "</script>"
    )
    byline = (
        "<div>Penulis</div><ul><li><a class='author-name'>Made Arta</a><span>Peneliti, Pusat"
        " Riset Lembah, Universitas Lembahjaya</span></li><li><a class='author-name'>Ketut Sari"
        "</a><span>Dosen, Universitas Lembahjaya</span></li></ul>"
    )
    page = _html(byline + "".join(f"<p>{p}</p>" for p in (LEAD, *BODY)), head)
    assert meta_of(page, "html").authors == ["Made Arta", "Ketut Sari"]


def test_a_breadcrumbs_closing_mark_and_a_category_link() -> None:
    top = "KABARLEMBAH.COM\nHome\nDaerah\nKesehatan\nOlahraga\nBeranda\n»\nKesehatan\n»\n"
    assert meta_of(_dump(top, f"LEMBAHJAYA, KABARLEMBAH.COM - {LEAD}")).section == "Kesehatan"
    page = (
        "<html><head><title>t</title></head><body><nav><a href='/category/lembah/'>Lembah</a>"
        "<a href='/category/nasional/'>Nasional</a></nav><span class='cat-links'>"
        f"<a href='/category/lembah/' rel='category tag'>Lembahjaya</a></span><h1>{HEADLINE}</h1>"
        f"<p>{DATE}</p>" + "".join(f"<p>{p}</p>" for p in (LEAD, *BODY)) + "</body></html>"
    )
    assert meta_of(page, "html").section == "Lembahjaya"
