"""General behaviour generalized from the blind heldout6 round, on outlets the registry lacks:
a field the page does not state stays null. An agency's signature never names an outlet that
names its own site; a label word or a common noun opening a caption is no dateline place; a
rubric is never an editor. And what the pages do state: the JSON-LD date of every schema.org
article type, agencies reported anywhere in the body, labelled photo credits ('Sumber gambar,
AFP', '... Foto: Name/Outlet'), '[PYB]' initials, a dump's undated lead under a kept header,
breadcrumbs under a dump's menu.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from etl.document import RawDocument
from etl.metadata.bylines import bylines, closing_initials
from etl.metadata.credits import find_agencies, find_photo_credits, labelled_credit
from etl.metadata.html_meta import page_meta, parse_tree
from etl.metadata.outlet import copyright_outlet, detect_outlet
from etl.pipeline import analyze

LEAD = (
    "Pemerintah kabupaten menyiapkan dua puluh titik pengungsian untuk mengantisipasi banjir "
    "dan tanah longsor selama musim hujan yang diperkirakan memuncak pada Januari mendatang."
)
SECOND = (
    "Kepala pelaksana badan penanggulangan bencana mengatakan logistik untuk pengungsi sudah "
    "disiapkan di gudang milik pemerintah daerah sejak awal bulan ini."
)
MENU = ["Home", "Tidore", "Sofifi", "Halbar", "Ekonomi", "Features", "Redaksi"]


def _meta(text: str, fmt: str = "text") -> object:
    name = "p.html" if fmt == "html" else "dump.txt"
    raw = RawDocument(source_path=name, data=text.encode(), format=fmt, relative_path=name)
    return analyze(raw).meta.meta


# --- outlets -------------------------------------------------------------------------------------


def test_agency_signature_never_names_a_page_that_names_its_own_site() -> None:
    text = "Harga Cengkih Naik\nTidore (ANTARA) - Harga cengkih di Tidore naik pekan ini."
    url = "https://wartatidore.co/ekonomi/harga-cengkih-naik"
    assert detect_outlet(url, "Warta Tidore", text) == ("Warta Tidore", "wartatidore.co")
    # without a name of its own the page is the agency's copy, as before
    assert detect_outlet(None, None, text)[0] == "ANTARA"
    # a dump whose copyright line names it: the agency is not the outlet, the copyright is
    dump = f"{text}\n\nCopyright © 2024 Warta Tidore. All Rights Reserved"
    assert detect_outlet(None, None, dump) == (None, None)
    assert copyright_outlet(dump)[0] == "Warta Tidore"
    # the agency's own copyright is no other outlet
    own = f"{text}\n\n© Antara 2024"
    assert detect_outlet(None, None, own)[0] == "ANTARA"


def test_masthead_under_a_top_bar_date() -> None:
    dump = (
        "Senin, 03 April 2023\nWARTA TIDORE\nHome\nEkonomi\n\nJudul Berita Panjang Sekali Di Sini"
        "\n\nisi\n\nCopyright © 2023 wartatidore.com. All Rights Reserved"
    )
    assert detect_outlet(None, None, dump) == ("Warta Tidore", "wartatidore.com")


# --- unstated values stay null --------------------------------------------------------------------


def _dump(lead_block: list[str], rubric_block: list[str]) -> str:
    return "\n".join(
        [
            "Rabu, 8 Mei 2024",
            "Warta Tidore",
            *MENU,
            *rubric_block,
            "Pemkab Tidore Siapkan Dua Puluh Titik Pengungsian Hadapi Musim Hujan",
            "Senin, 6 Mei 2024 11:20 WIT",
            "Penulis: Rahmat Hidayat",
            "Penyunting: Sarifah Lamasi",
            "",
            *lead_block,
            "",
            SECOND,
            "",
            "Copyright © 2024 Warta Tidore",
        ]
    )


def test_a_common_noun_opening_a_caption_is_no_dateline() -> None:
    caption = "BANJIR - Warga melintasi genangan air di kawasan Batu Merah, Senin (6/5/2024)."
    meta = _meta(_dump([caption, "", f"TIDORE - {LEAD}"], ["Home » Tidore"]))
    assert meta.dateline == "Tidore"  # type: ignore[attr-defined]
    # with no dateline in the lead, the caption's common noun is no place either
    meta = _meta(_dump([caption, "", LEAD], ["Home » Tidore"]))
    assert meta.dateline is None  # type: ignore[attr-defined]


def test_a_rubric_is_never_an_editor() -> None:
    # 'Redaksi' is a menu entry after the rubric 'Features', not an editor label
    assert bylines(["Ekonomi", "Features", "Redaksi", "Berita / Tidore"]) == ([], [])
    assert bylines(["Penyunting: Sarifah Lamasi"]) == ([], ["Sarifah Lamasi"])
    meta = _meta(_dump([f"TIDORE - {LEAD}"], ["Berita / Tidore"]))
    assert meta.editors == ["Sarifah Lamasi"]  # type: ignore[attr-defined]


def test_breadcrumbs_under_a_dump_menu_name_the_rubric() -> None:
    for crumbs, want in ((["Home » Tidore"], "Tidore"), (["Berita / Sofifi"], "Sofifi")):
        meta = _meta(_dump([f"TIDORE - {LEAD}"], crumbs))
        assert meta.section == want  # type: ignore[attr-defined]
    # a breadcrumb on two lines, repeating the menu's entries
    meta = _meta(_dump([f"TIDORE - {LEAD}"], ["Home", "Halbar"]))
    assert meta.section == "Halbar"  # type: ignore[attr-defined]


def test_undated_lead_under_a_kept_header() -> None:
    dump = "\n".join(
        [
            "Kamis, 28 September 2023",
            "Warta Tidore",
            *MENU,
            "Trending:",
            "Pemkab Tidore Siapkan Titik Pengungsian di...",
            "Ekonomi",
            "Pemkab Tidore Siapkan Dua Puluh Titik Pengungsian Hadapi Musim Hujan",
            "Pengungsi akan ditampung di sekolah dan masjid.",
            "Rahmat Hidayat, Sarifah Lamasi",
            "Selasa, 26 Sept 2023 09:41",
            "Diperbarui: Selasa, 26 Sept 2023 12:03",
            f"{LEAD} {SECOND}",
            "",
            SECOND,
            "",
            "Copyright © 2023 Warta Tidore",
        ]
    )
    meta = _meta(dump)
    assert meta.title == "Pemkab Tidore Siapkan Dua Puluh Titik Pengungsian Hadapi Musim Hujan"  # type: ignore[attr-defined]
    assert meta.authors == ["Rahmat Hidayat", "Sarifah Lamasi"]  # type: ignore[attr-defined]
    assert meta.dateline is None  # type: ignore[attr-defined]  # 'Diperbarui:' is a label
    assert meta.published_at == datetime.fromisoformat("2023-09-26T09:41+07:00")  # type: ignore[attr-defined]


# --- what pages do state ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind", ["ReportageNewsArticle", "AnalysisNewsArticle", "NewsArticle", "BlogPosting"]
)
def test_json_ld_date_of_every_article_type(kind: str) -> None:
    html = (
        '<html lang="id"><head><script type="application/ld+json">{"@context":"http://schema.org",'
        f'"@graph":[{{"@type":"{kind}","datePublished":"2023-09-10T05:12:34.000Z"}}]}}'
        '</script></head><body><h1>Judul</h1><time datetime="2023-09-10">10 September 2023'
        "</time><p>isi</p></body></html>"
    )
    page = page_meta(parse_tree(html))
    assert page.published == "2023-09-10T05:12:34.000Z"
    assert page.published_source == "json_ld"


def test_agency_reported_anywhere_in_the_body() -> None:
    body = [LEAD, SECOND, "x", "y", "z", "Reuters melaporkan ribuan warga tidur di jalanan."]
    assert find_agencies([], body) == ["Reuters"]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Sumber gambar, AFP", "AFP"),
        ("Sumber gambar, Getty Images", "Getty Images"),
        (
            "Bukaan tambang di tepi hutan Halmahera. Foto: Rahmat Hidayat/Warta Tidore",
            "Rahmat Hidayat/Warta Tidore",
        ),
    ],
)
def test_labelled_photo_credits(line: str, credit: str) -> None:
    assert labelled_credit(line)
    assert find_photo_credits([line]) == [credit]


def test_a_body_sentence_is_no_labelled_credit() -> None:
    assert not labelled_credit(SECOND)
    assert not labelled_credit("Sumber dana berasal dari APBD, kata dia.")


def test_square_bracketed_initials_in_capitals() -> None:
    assert closing_initials("China juga meluncurkan satelit dari lokasi yang sama. [PYB]") == [
        "pyb"
    ]
    assert closing_initials("Sidang dilanjutkan pekan depan. (sam/zuk)") == ["sam", "zuk"]
    # capitals in parentheses are an acronym, and an agency code credits the agency
    assert closing_initials("Data itu dirilis oleh badan statistik. (BPS)") == []
    assert closing_initials("Harga naik tipis pekan ini. [AFP]") == []
