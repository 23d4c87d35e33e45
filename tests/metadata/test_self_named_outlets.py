"""General behaviour generalized from the blind heldout5 round, on outlets the registry lacks:
a dump's menu is never its headline nor its rubric, a page names itself (masthead, copyright
line, title), the article header's date beats a top bar's, agencies reported in the body, datelines that sign with the outlet, photo credits set apart by a mark.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from etl.clean.lines import classify, menu_line_numbers
from etl.document import CleanText, LineVerdict, RawDocument
from etl.knowledge import outlet_by_domain, outlet_by_name
from etl.metadata import extract_metadata
from etl.metadata.credits import find_agencies, find_photo_credits
from etl.metadata.dates import date_in_lines
from etl.metadata.html_meta import page_meta, parse_tree
from etl.metadata.outlet import copyright_outlet, detect_outlet, shown_domain
from etl.pipeline import analyze

LEAD = (
    "Pemerintah kabupaten menyiapkan dua puluh titik pengungsian untuk mengantisipasi banjir "
    "dan tanah longsor selama musim hujan yang diperkirakan memuncak pada Januari."
)
SECOND = (
    "Kepala pelaksana badan penanggulangan bencana mengatakan logistik untuk pengungsi sudah "
    "disiapkan di gudang milik pemerintah daerah sejak awal bulan ini."
)


def _dump(masthead: str, menu: list[str], rubric: str | None, footer: list[str]) -> str:
    lines = [masthead, *menu, ""]
    if rubric:
        lines += [rubric, ""]
    lines += [
        "Pemkab Tidore Siapkan Dua Puluh Titik Pengungsian Hadapi Musim Hujan",
        "",
        "Reporter: Rahmat Hidayat | Editor: Sarifah Lamasi",
        "",
        "Senin, 13 November 2023 09:15 WIT",
        "",
        f"SOFIFI, WARTA TIDORE - {LEAD}",
        "",
        SECOND,
        "",
        "Tentang Kami | Redaksi | Pedoman Media Siber",
        *footer,
    ]
    return "\n".join(lines)


def _analyze_text(text: str) -> dict[str, object]:
    raw = RawDocument(
        source_path="dump.txt", data=text.encode(), format="text", relative_path="dump.txt"
    )
    meta = analyze(raw).meta.meta
    return {
        "outlet": meta.outlet,
        "outlet_domain": meta.outlet_domain,
        "title": meta.title,
        "published": meta.published_at,
        "dateline": meta.dateline,
        "section": meta.section,
    }


MENU = ["Beranda", "Politik & Pemerintahan", "Hukum & Kriminal", "Catatan Pak Bupati", "Ekonomi"]


# --- menus are no headline, no rubric ----------------------------------------------------------


def test_menu_runs_and_their_repeats() -> None:
    lines = [(1, "Warta Tidore"), *((2 + i, m) for i, m in enumerate(MENU))]
    lines += [(9, "Ekonomi"), (11, "Harga Cengkih di Tidore Naik Dua Kali Lipat")]
    assert menu_line_numbers(lines, repeats=False) == {1, 2, 3, 4, 5, 6}
    assert menu_line_numbers(lines) == {1, 2, 3, 4, 5, 6, 9}
    # two short lines are no menu; a date or a byline breaks a run; a blank line ends one
    assert menu_line_numbers([(1, "Ekonomi"), (2, "Bisnis")]) == set()
    assert menu_line_numbers([(1, "Ekonomi"), (2, "Senin, 1 Mei 2023"), (3, "Bisnis")]) == set()
    assert menu_line_numbers([(1, "Ekonomi"), (2, "Bisnis"), (4, "Olahraga")]) == set()


def test_a_menu_entry_of_three_words_is_not_the_headline() -> None:
    text = _dump("Warta Tidore", MENU, "Ekonomi", ["© 2023 Warta Tidore"])
    clean = classify(text, structured=True)
    assert clean.title == "Pemkab Tidore Siapkan Dua Puluh Titik Pengungsian Hadapi Musim Hujan"
    got = _analyze_text(text)
    assert got["title"] == clean.title
    # the rubric stands apart above the headline and repeats a menu entry
    assert got["section"] == "Ekonomi"


def test_a_menu_alone_names_no_rubric() -> None:
    got = _analyze_text(_dump("Warta Tidore", MENU, None, ["© 2023 Warta Tidore"]))
    assert got["section"] is None


# --- outlets that name themselves ---------------------------------------------------------------


def test_masthead_confirmed_by_a_printed_domain() -> None:
    got = _analyze_text(_dump("WARTA TIDORE", MENU, None, ["Copyright © 2023 warta.tidore.id"]))
    assert outlet_by_name("Warta Tidore") is None  # not in the registry
    assert got["outlet"] == "Warta Tidore"
    assert got["outlet_domain"] == "tidore.id"
    assert got["dateline"] == "Sofifi"  # "SOFIFI, WARTA TIDORE -" signs with the outlet


def test_masthead_without_a_printed_domain_gets_no_domain() -> None:
    got = _analyze_text(_dump("Warta Tidore", MENU, None, ["© 2023 Warta Tidore"]))
    assert got["outlet"] == "Warta Tidore"
    assert got["outlet_domain"] is None


def test_masthead_confirmed_by_a_copyright_naming_domain_and_name() -> None:
    text = _dump("Warta Tidore", MENU, None, ["© 2023 wartatidore.com – Harian Pagi Warta Tidore"])
    got = _analyze_text(text)
    assert (got["outlet"], got["outlet_domain"]) == ("Warta Tidore", "wartatidore.com")


def test_copyright_line_alone_names_the_outlet() -> None:
    text = "\n".join(["Judul Berita Tanpa Masthead Sama Sekali", "", LEAD, "", SECOND, "", ""])
    assert copyright_outlet(text + "Copyright © 2023 Kabar Halteng. All rights reserved.") == (
        "Kabar Halteng",
        None,
    )
    assert copyright_outlet(text + "© 2023 kabarhalteng.id – Semua hak dilindungi") == (
        "kabarhalteng.id",
        "kabarhalteng.id",
    )
    # a company's legal name is no outlet
    assert copyright_outlet(text + "© 2023 PT Media Tidore Raya") == (None, None)


def test_shown_domain_needs_the_same_name() -> None:
    assert shown_domain("Suara Tidore", "kontak: redaksi@lain.com, suaratidore.co.id") == (
        "suaratidore.co.id"
    )
    assert shown_domain("Suara Tidore", "baca juga di kompas.com") is None


def test_html_page_of_an_unknown_host_names_itself() -> None:
    url = "https://wartatidore.com/baca/1/harga-cengkih-naik"
    visible = "Harga Cengkih Naik\nisi\nCopyright © 2024 WartaTIDORE. All Rights Reserved."
    assert detect_outlet(url, None, visible) == ("WartaTIDORE", "wartatidore.com")
    # the title's site piece spells the host too
    titles = ("Harga Cengkih Naik - WartaTIDORE",)
    assert detect_outlet(url, None, "Harga Cengkih Naik", titles) == (
        "WartaTIDORE",
        "wartatidore.com",
    )
    assert detect_outlet(url, None, "Harga Cengkih Naik") == (None, "wartatidore.com")
    # a copyright line naming another name than the host's is not taken
    assert detect_outlet(url, None, "isi\n© 2024 PT Media Nusantara Raya") == (
        None,
        "wartatidore.com",
    )


@pytest.mark.parametrize(
    ("domain", "name"),
    [
        ("harian.disway.id", "Harian Disway"),
        ("jatimtimes.com", "JatimTIMES"),
        ("suarantb.com", "Suara NTB"),
        ("jubi.id", "Jubi"),
        ("malutpost.id", "Malut Post"),
        ("hops.id", "Hops.id"),
    ],
)
def test_registry_knows_more_regional_outlets(domain: str, name: str) -> None:
    found = outlet_by_domain(domain)
    assert found is not None and found.name == name


# --- dates ----------------------------------------------------------------------------------


def test_the_article_date_with_its_time_beats_a_top_bar_date() -> None:
    found = date_in_lines(["Selasa, 12 Nop 2024", "Masuk", "Judul", "Selasa, 05 Nop 2024 13:47"])
    assert found is not None
    assert found.value == datetime.fromisoformat("2024-11-05T13:47+07:00")


@pytest.mark.parametrize(
    ("stamp", "want"),
    [
        ("2023-09-15T07:30:00+07:00", "2023-09-15T07:30+07:00"),
        ("2023-09-15T20:14:00+09:00", "2023-09-15T20:14+09:00"),
        ("2023-09-15T07:30", "2023-09-15T07:30+07:00"),  # a naive time is WIB
    ],
)
def test_time_element_of_the_article_header(stamp: str, want: str) -> None:
    html = f"""<html><head><title>AS Kirim Bantuan ke Libya</title></head><body>
    <div class="topbar"><time datetime="2023-09-20T06:00:00+07:00">20 September 2023</time></div>
    <h1>AS Kirim Bantuan ke Libya</h1>
    <div class="date"><time datetime="{stamp}">15 September 2023</time></div>
    <p>{LEAD}</p>
    <ul><li>Berita lain <time datetime="2023-09-12T10:00:00+07:00">12 September</time></li></ul>
    </body></html>"""
    raw = RawDocument(
        source_path="p.html", data=html.encode(), format="html", relative_path="p.html"
    )
    meta = analyze(raw).meta.meta
    assert meta.published_at == datetime.fromisoformat(want)
    page = page_meta(parse_tree(html))
    assert page.published == stamp


# --- agencies, datelines, photo credits ---------------------------------------------------------


def test_agency_reported_in_a_later_lead_paragraph() -> None:
    body = [
        "WASHINGTON — Pemerintah AS mengumumkan bantuan tambahan bagi korban banjir di Libya.",
        "Dana itu disalurkan melalui mitra di lapangan untuk air bersih dan layanan kesehatan.",
        "Reuters melaporkan bahwa tim penyelamat masih mencari korban di bawah reruntuhan.",
        "Surat kabar The Washington Post melaporkan para ahli sudah lama memperingatkan.",
    ]
    assert find_agencies([], body) == ["Reuters"]
    assert find_agencies([], ["Kota itu sepi.", "AFP reported that the port was closed."]) == [
        "AFP"
    ]
    # anywhere in the body, as the cue phrases ('mengutip', 'dilansir') are: the fifth
    # paragraph of a BBC story credits Reuters; a newspaper reporting is no agency
    assert find_agencies([], [*body[:2], "x", "y", "Reuters melaporkan hal serupa."]) == ["Reuters"]
    assert find_agencies([], [*body[:2], "x", "y", body[3]]) == []


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        ("BOGOR-RADAR BOGOR, Pemerintah Kota Bogor akan menutup total jembatan itu.", "Bogor"),
        ("SURABAYA, HARIAN DISWAY - Pemerintah Kota Surabaya memperpanjang diskon.", "Surabaya"),
        ("Mataram (Suara NTB) – Pemerintah provinsi menyiapkan tiga ratus bus.", "Mataram"),
        ("HOPS.ID – Penyanyi itu resmi menambah jadwal konser di Singapura.", None),
        ("JATIMTIMES - Pemerintah Kota Malang menyiapkan dua belas titik pengungsian.", None),
        ("KABARTIDORE - Pemerintah kota menyiapkan dua belas titik pengungsian.", None),
    ],
)
def test_datelines_that_sign_with_the_outlet(lead: str, dateline: str | None) -> None:
    lines = [LineVerdict(1, "Judul Berita yang Cukup Panjang di Sini", False, "title", "t")]
    lines.append(LineVerdict(3, lead, True, "body", ""))
    clean = CleanText(paragraphs=[lead], lines=lines, title=lines[0].text)
    url = "https://kabartidore.com/a/1" if "KABARTIDORE" in lead else None
    assert extract_metadata(clean, url=url).meta.dateline == dateline


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Taylor Swift saat tampil dalam The Eras Tour. /Instagram/@taylorswift",
            "Instagram/@taylorswift",
        ),
        (
            "Roket lepas landas dari Pusat Peluncuran Jiuquan. /Xinhua/Wang Jiangbo",
            "Xinhua/Wang Jiangbo",
        ),
        (
            "Wali kota memberi keterangan di balai kota. -Boy Slamet/Harian Disway-",
            "Boy Slamet/Harian Disway",
        ),
        ("Bus shuttle saat uji coba di kawasan bandara. (Suara NTB/ist)", "Suara NTB/ist"),
        ("Warga mengungsi dengan pesawat perintis. – Jubi/Yance Wenda", "Jubi/Yance Wenda"),
        (
            "Rumah warga usai diterjang banjir, Jumat (23/8/2024). Foto: BPBD Halmahera Tengah",
            "BPBD Halmahera Tengah",
        ),
    ],
)
def test_photo_credits_set_apart_by_a_mark(caption: str, credit: str) -> None:
    assert find_photo_credits([caption]) == [credit]


def test_breadcrumb_lines_are_no_marked_credit() -> None:
    assert find_photo_credits(["Home / Soloraya / Solo", "News / Internasional"]) == []
