"""General behaviour of the metadata stage on forms outlets print: no invented dates, published
versus updated labels, footer navigation and placeholder bylines, photo credit labels, closing
initials and desk codes, outlets named by their own domain, breadcrumbs, datelines, rubrics.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from etl.document import CleanText, LineVerdict, PageMeta
from etl.knowledge import outlet_by_domain, outlet_by_name
from etl.metadata import extract_metadata
from etl.metadata.bylines import (
    bylines,
    clean_name,
    closing_initials,
    editor_initials,
    is_navigation,
    split_names,
)
from etl.metadata.credits import find_photo_credits
from etl.metadata.dates import date_in_lines, parse_with_dateparser, updated_in_lines
from etl.metadata.lines import breadcrumb_entries

BODY = "Pemerintah menaikkan harga bahan bakar minyak bersubsidi mulai pekan depan kata menteri."


def _clean(
    header: list[str],
    body: list[str],
    trailer: tuple[str, ...] = (),
    title: str | None = None,
    trailer_reason: str = "trailer",
) -> CleanText:
    lines = [LineVerdict(i, t, False, "header", "test") for i, t in enumerate(header)]
    lines += [LineVerdict(100 + i, t, True, "body", "") for i, t in enumerate(body)]
    lines += [LineVerdict(200 + i, t, False, trailer_reason, "test") for i, t in enumerate(trailer)]
    return CleanText(paragraphs=list(body), lines=lines, title=title)


# --- no invented dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["09:41 WIB", "pukul 14.05 WIB", "2 Desember 09:41 WIB", "Sabtu 09:41 WIB", "Desember 2023"],
)
def test_dateparser_never_fills_in_a_missing_part(text: str) -> None:
    # a time alone, a day without its year, a month without its day: no date at all
    assert parse_with_dateparser(text) is None


def test_a_time_split_from_its_date_is_not_dated_today() -> None:
    # 'Sabtu, 2 Desember 2023 | 09:41 WIB' printed in two pieces: the day stands, today never
    found = date_in_lines(["- Sabtu, 2 Desember 2023", "09:41 WIB"])
    assert found is not None
    assert found.value.date() == date(2023, 12, 2)
    assert found.value.date() != datetime.now().date()


def test_a_date_and_time_joined_by_a_bar_on_a_page_is_read_whole() -> None:
    clean = _clean([], [BODY, BODY])
    page = PageMeta(h1="Gencatan Senjata Berakhir, Israel Kembali Gempur Gaza Selatan")
    visible = (
        "Gencatan Senjata Berakhir, Israel Kembali Gempur Gaza Selatan\n"
        "Penulis: Lamia Putri Damayanti\n"
        "- Sabtu, 2 Desember 2023 | 09:41 WIB\n"
        f"{BODY}"
    )
    meta = extract_metadata(clean, page=page, visible_text=visible).meta
    assert meta.published_at is not None
    assert meta.published_at.isoformat(timespec="minutes") == "2023-12-02T09:41+07:00"
    assert meta.authors == ["Lamia Putri Damayanti"]


# --- published and updated -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "published", "updated"),
    [
        (
            ["Diperbarui 12 Agu 2023, 04:30 WIB", "Diterbitkan 12 Agu 2023, 04:05 WIB"],
            "2023-08-12T04:05+07:00",
            "2023-08-12T04:30+07:00",
        ),
        (
            ["Gatra.com | 13/10/2023, 14:05 WIB", "Diperbarui: 13/10/2023, 16:40 WIB"],
            "2023-10-13T14:05+07:00",
            "2023-10-13T16:40+07:00",
        ),
        (
            ["Oleh Hariz Barak pada 02 Mei 2023, 07:30 WIB | Diperbarui 02 Mei 2023, 07:45 WIB"],
            "2023-05-02T07:30+07:00",
            "2023-05-02T07:45+07:00",
        ),
        (
            ["Updated: 3 May 2023 10:00 WIB", "Published: 3 May 2023 08:15 WIB"],
            "2023-05-03T08:15+07:00",
            "2023-05-03T10:00+07:00",
        ),
        (
            ["Terakhir diperbarui 1 Mei 2023 12:00 WIB", "Tayang 1 Mei 2023 09:00 WIB"],
            "2023-05-01T09:00+07:00",
            "2023-05-01T12:00+07:00",
        ),
    ],
)
def test_published_and_updated_labels(lines: list[str], published: str, updated: str) -> None:
    found = date_in_lines(lines)
    assert found is not None and found.value.isoformat(timespec="minutes") == published
    upd = updated_in_lines(lines)
    assert upd is not None and upd.value.isoformat(timespec="minutes") == updated


def test_an_update_time_alone_is_no_publication_time() -> None:
    assert date_in_lines(["Diperbarui 12 Agu 2023, 04:30 WIB"]) is None


def test_a_dump_stores_the_printed_update_time() -> None:
    header = [
        "Hasil Liga Inggris: Manchester City Menang 3-0 di Markas Burnley",
        "Rizki Hidayat",
        "Diperbarui 12 Agu 2023, 04:30 WIB",
        "Diterbitkan 12 Agu 2023, 04:05 WIB",
    ]
    clean = _clean(header, [f"Bola.com, Jakarta - {BODY}", BODY], title=header[0])
    meta = extract_metadata(clean).meta
    assert meta.published_at is not None and meta.updated_at is not None
    assert meta.published_at.isoformat(timespec="minutes") == "2023-08-12T04:05+07:00"
    assert meta.updated_at.isoformat(timespec="minutes") == "2023-08-11T21:30+00:00"
    assert meta.authors == ["Rizki Hidayat"]  # the unlabelled name over the date line


# --- bylines: footer navigation, labels, placeholders -------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Tentang Kami | Redaksi | Pedoman Media Siber | Kontak",
        "Redaksi | Kontak | Tentang Kami | Pedoman Media Siber",
        "Tentang Kami Kontak Kami Pedoman Media Siber Disclaimer",
        "Karir · Kebijakan Privasi · Info Iklan",
    ],
)
def test_footer_navigation(line: str) -> None:
    assert is_navigation(line)
    assert bylines(["Editor: Iwan Sutiawan", line]) == ([], ["Iwan Sutiawan"])


@pytest.mark.parametrize(
    "line", ["Editor: Iwan Sutiawan", "Penulis: Wahyu Prakoso", "Harga Beras Naik Lagi di Pasar"]
)
def test_not_navigation(line: str) -> None:
    assert not is_navigation(line)


@pytest.mark.parametrize(
    "name", ["Tentang Kami", "Pedoman Media Siber", "Kontak", "Karir", "Kebijakan Privasi"]
)
def test_navigation_is_never_a_person(name: str) -> None:
    assert clean_name(name) is None


def test_bylines_are_read_before_the_footer() -> None:
    clean = _clean(
        [],
        [f"SuaraSulsel.id - {BODY}", BODY],
        trailer=("Editor: Muhammad Yunus", "Redaksi | Kontak", "Editor: Nama Di Footer"),
    )
    assert extract_metadata(clean).meta.editors == ["Muhammad Yunus"]


def test_a_footer_line_ends_the_trailer() -> None:
    clean = _clean([], [BODY, BODY], trailer=("Editor: Arief Junianto",), trailer_reason="trailer")
    clean.lines.append(LineVerdict(300, "Copyright 2023", False, "footer", "copyright"))
    clean.lines.append(LineVerdict(301, "Redaksi: Tim Web", False, "trailer", "test"))
    assert extract_metadata(clean).meta.editors == ["Arief Junianto"]


def test_kontributor_place_is_a_label() -> None:
    assert split_names("Kontributor Bali, Ni Putu Sri Wahyuni") == ["Ni Putu Sri Wahyuni"]
    assert bylines(["Penulis : Kontributor Bali, Ni Putu Sri Wahyuni"])[0] == [
        "Ni Putu Sri Wahyuni"
    ]


@pytest.mark.parametrize("placeholder", ["Newswire", "Tim Redaksi", "Admin", "Redaksi"])
def test_placeholder_bylines_are_no_authors(placeholder: str) -> None:
    authors, editors = bylines([f"Penulis: {placeholder}", "Editor: Arief Junianto"])
    assert authors == []
    assert editors == ["Arief Junianto"]


def test_unlabelled_names_under_the_date_line() -> None:
    header = [
        "Bisnis",
        "Harga Minyak Dunia Naik Usai OPEC+ Pangkas Produksi",
        "Senin, 03 April 2023 | 10:12 WIB",
        "Achmad Fauzi | Iwan Supriyatna",
    ]
    meta = extract_metadata(_clean(header, [f"Suara.com - {BODY}", BODY], title=header[1])).meta
    assert meta.authors == ["Achmad Fauzi", "Iwan Supriyatna"]


def test_a_rubric_beside_the_date_line_is_no_author() -> None:
    for header in (
        ["Liga Inggris", "Senin, 03 April 2023 | 10:12 WIB"],
        ["Liga Inggris", "Haaland Cetak Dua Gol di Markas Burnley", "Senin, 03 April 2023"],
    ):
        clean = _clean(header, [BODY, BODY], title=header[1] if len(header) > 2 else None)
        assert extract_metadata(clean).meta.authors == []


# --- photo credits ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Kereta cepat Fuxing di stasiun Hangzhou. Photo : Xinhua/Huang Zongzhi",
            "Xinhua/Huang Zongzhi",
        ),
        ("Stadion Lukas Enembe. (Foto: RRI/Yance Wenda)", "RRI/Yance Wenda"),
        ("Pedagang beras di Pasar Terong. (Foto: Muhammad Nursam/FAJAR)", "Muhammad Nursam/FAJAR"),
        (
            "Banjir di Garut. FOTO: TRIBUNJABAR.ID/Sidqi Al Ghifari",
            "TRIBUNJABAR.ID/Sidqi Al Ghifari",
        ),
        (
            "Petugas mengawal WNA Rusia, Jumat (27/10/2023). (Sumber: Humas Kantor Imigrasi Denpasar)",
            "Humas Kantor Imigrasi Denpasar",
        ),
        (
            "Pekerja menata karung beras, Kamis (7/12/2023).ANTARA/Aditya Pradana Putra",
            "ANTARA/Aditya Pradana Putra",
        ),
        # slash forms are the credit itself
        ("Tentara di perbatasan. AFP PHOTO/KAREN MINASYAN", "AFP PHOTO/KAREN MINASYAN"),
        ("Anggota pasukan Rusia di dekat perbatasan. Foto/REUTERS", "Foto/REUTERS"),
    ],
)
def test_photo_credit_without_its_label(caption: str, credit: str) -> None:
    assert find_photo_credits([caption]) == [credit]


# --- editor initials --------------------------------------------------------------------------


def test_initials_closing_the_last_paragraph() -> None:
    last = "Stok beras di gudang Bulog masih aman hingga enam bulan ke depan. (sam/zuk)"
    assert closing_initials(last) == ["sam", "zuk"]
    meta = extract_metadata(_clean([], [BODY, last])).meta
    assert meta.editor_initials == ["sam", "zuk"]


@pytest.mark.parametrize(
    "last",
    [
        "Harga minyak naik, kata pejabat itu seperti dikutip (AFP).",
        "Sidang dilanjutkan pekan depan (ant)",  # an agency code, and no closing sentence
        "Rapat digelar di Jakarta (12/10).",
        BODY,
    ],
)
def test_no_closing_initials(last: str) -> None:
    assert closing_initials(last) == []


def test_desk_code_as_printed() -> None:
    assert editor_initials(["(Z-10)"]) == ["Z-10"]
    meta = extract_metadata(_clean([], [BODY, BODY, "(Z-10)"])).meta
    assert meta.editor_initials == ["Z-10"]


def test_editor_after_the_body_of_a_page() -> None:
    body = [BODY, "Gerakan pangan murah serentak dijadwalkan digelar di 200 kabupaten."]
    full = "\n".join(
        [
            "Harga Beras Naik",
            *body,
            "Tags: beras bulog",
            "Editor : Ghani Nurcahyadi",
            "Tentang Kami",
            "Redaksi",
            "Pedoman Media Siber",
            "Editor: Bukan Editor",
        ]
    )
    page = PageMeta(h1="Harga Beras Naik")
    meta = extract_metadata(_clean([], body), page=page, full_text=full).meta
    assert meta.editors == ["Ghani Nurcahyadi"]


# --- outlets ----------------------------------------------------------------------------------


def test_unknown_outlet_named_by_its_domain_signature() -> None:
    meta = extract_metadata(_clean([], [f"BeritaKota.id - {BODY}", BODY])).meta
    assert (meta.outlet, meta.outlet_domain) == ("BeritaKota", "beritakota.id")


def test_suara_network_in_the_registry() -> None:
    # each regional site is served from its subdomain of suara.com, and still known by the
    # domain it was first published under
    for region in ("sulsel", "jogja", "bali", "jatim"):
        found = outlet_by_domain(f"suara{region}.id")
        assert found is not None and found.domain == f"{region}.suara.com"
        assert outlet_by_domain(f"{region}.suara.com") is found
    assert outlet_by_name("SuaraSulsel.id") is outlet_by_domain("suarasulsel.id")
    meta = extract_metadata(_clean([], [f"SuaraSulsel.id - {BODY}", BODY])).meta
    assert (meta.outlet, meta.outlet_domain) == ("SuaraSulsel.id", "suara.com")


# --- titles, datelines, sections --------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "entries"),
    [
        ("Home Liga Inggris", ["Liga Inggris"]),
        ("Home > Hukum", ["Hukum"]),
        ("Home / Soloraya / Solo", ["Soloraya", "Solo"]),
        ("Beranda › Ekonomi › Makro", ["Ekonomi", "Makro"]),
        ("Berita / Sulsel", ["Berita", "Sulsel"]),
        ("Senin, 15 Mei 2023 / 17:05 WIB", None),
        ("Harga Minyak Dunia Naik Usai OPEC+ Pangkas Produksi", None),
        ("Rizki Hidayat", None),
    ],
)
def test_breadcrumb_entries(line: str, entries: list[str] | None) -> None:
    assert breadcrumb_entries(line) == entries


def test_a_breadcrumb_is_never_the_headline() -> None:
    headline = "Hasil Liga Inggris: Erling Haaland Cetak Dua Gol, Manchester City Menang 3-0"
    header = ["Home Liga Inggris", headline, "Diterbitkan 12 Agu 2023, 04:05 WIB"]
    meta = extract_metadata(_clean(header, [BODY, BODY], title="Home Liga Inggris")).meta
    assert meta.title == headline
    assert meta.section == "Liga Inggris"


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        (f"KBRN, Jayapura: {BODY}", "Jayapura"),
        (f"Jakarta. {BODY}", "Jakarta"),
        (f"Paris: {BODY}", "Paris"),
    ],
)
def test_more_dateline_forms(lead: str, dateline: str) -> None:
    assert extract_metadata(_clean([], [lead, BODY])).meta.dateline == dateline


@pytest.mark.parametrize(
    ("crumbs", "declared", "section"),
    [
        (["VIVA", "Berita", "Dunia"], None, "Dunia"),
        (["Home", "Jayapura", "Daerah"], None, "Daerah"),
        (["Home", "News", "Peristiwa"], "News", "News"),  # the page declares its rubric
    ],
)
def test_rubric_from_breadcrumbs(crumbs: list[str], declared: str | None, section: str) -> None:
    page = PageMeta(breadcrumbs=crumbs, section=declared, h1="Judul Berita Hari Ini")
    meta = extract_metadata(_clean([], [BODY, BODY]), page=page, url="https://www.viva.co.id/x")
    assert meta.meta.section == section


# --- generalized from the blind heldout4 measurement ---------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "Pedoman Media Siber Kontak",  # footer entries glued together
        "Pedoman Med",  # cut off
        "Selasa",  # a weekday from a date line
        "Januari",
        "Adi Ginanjar Maulana Putra Pratama Wijaya",  # six words
    ],
)
def test_not_a_name(raw: str) -> None:
    assert clean_name(raw) is None


@pytest.mark.parametrize("raw", ["Irma Budiarti", "Mei Leandha", "Juli Hantoro", "Nasori"])
def test_still_a_name(raw: str) -> None:
    assert clean_name(raw) == raw


def test_an_editor_line_beside_a_dated_link_keeps_only_the_editor() -> None:
    _, editors = bylines(["Editor: Irma Budiarti", "Editor: Selasa, 2 Januari 2024 18:45 WITA"])
    assert editors == ["Irma Budiarti"]


def _dump(text: str) -> tuple[str | None, str | None, list[str]]:
    from etl.document import RawDocument
    from etl.pipeline import analyze

    raw = RawDocument(
        source_path="x.txt", data=text.encode(), format="text", relative_path="x.txt", url=None
    )
    meta = analyze(raw).meta.meta
    return meta.outlet, meta.title, meta.agencies


WIRE_COPY = """{masthead}
Home
Nasional
Ekonomi

Home » Nasional
Harga Cabai Rawit di Pasar Induk Turun Menjelang Akhir Pekan
Sabtu, 30 Des 2023 - 09:30 WIB
Penulis: Antara
Redaktur: Budi Santoso

Jakarta (ANTARA) - Harga cabai rawit di sejumlah pasar induk turun dalam sepekan terakhir seiring pasokan dari sentra produksi di Jawa Tengah dan Jawa Timur yang kembali normal.

Pedagang menyebut harga cabai rawit kini Rp 40 ribu per kilogram, turun dari Rp 55 ribu pekan lalu, sementara permintaan masih stabil menjelang libur akhir tahun.

Tentang Kami | Redaksi | Pedoman Media Siber | Kontak
Copyright © 2023 {masthead}. All rights reserved.
"""


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [("Lampost.co", "Lampung Post"), ("Harian Contoh", "Harian Contoh")],
)
def test_wire_copy_on_another_outlets_page(masthead: str, outlet: str) -> None:
    """The agency's signature credits the agency; the masthead names the outlet (from the
    registry, or as printed when the copyright line repeats it); the headline stays."""
    got_outlet, title, agencies = _dump(WIRE_COPY.format(masthead=masthead))
    assert got_outlet == outlet
    assert title == "Harga Cabai Rawit di Pasar Induk Turun Menjelang Akhir Pekan"
    assert agencies == ["ANTARA"]


def test_a_wire_page_of_its_own_is_still_the_agency() -> None:
    text = WIRE_COPY.format(masthead="").replace("Copyright © 2023 .", "")
    assert _dump(text)[0] == "ANTARA"


def test_header_kept_as_body_above_the_lead() -> None:
    """A standfirst, an 'Oleh A, B' byline and the date kept above a 'PLACE, SIGNATURE —' lead
    (Kompas.id): the headline, the date and the authors are still found."""
    clean = CleanText(
        paragraphs=[
            "Pemerintah mempercepat penyaluran beras cadangan menjelang akhir tahun.",
            "Oleh RINI KUSTIASIH, DIAN DEWI PURNAMASARI",
            "11 Oktober 2023 14:30 WIB · 4 menit baca",
            "JAKARTA, KOMPAS — " + BODY,
        ],
        lines=[
            LineVerdict(0, "EKONOMI", False, "related_link", "t"),
            LineVerdict(1, "Bulog Gelontorkan Cadangan Beras ke Pasar Induk", False, "header", "t"),
            LineVerdict(2, "Pemerintah mempercepat penyaluran beras cadangan.", True, "body", ""),
            LineVerdict(3, "Oleh RINI KUSTIASIH, DIAN DEWI PURNAMASARI", True, "body", ""),
            LineVerdict(4, "11 Oktober 2023 14:30 WIB · 4 menit baca", True, "body", ""),
            LineVerdict(5, "JAKARTA, KOMPAS — " + BODY, True, "body", ""),
        ],
        title=None,
    )
    meta = extract_metadata(clean).meta
    assert meta.title == "Bulog Gelontorkan Cadangan Beras ke Pasar Induk"
    assert meta.published_at == datetime.fromisoformat("2023-10-11T14:30+07:00")
    assert [a.casefold() for a in meta.authors] == ["rini kustiasih", "dian dewi purnamasari"]
    assert meta.dateline == "Jakarta"


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Pangeran Harry di London.AFP PHOTO/DANIEL LEAL", "AFP PHOTO/DANIEL LEAL"),
        ("Foto: Dok. Humas Pemprov Sumbar", "Dok. Humas Pemprov Sumbar"),
        ("Foto: PRNewswire", "PRNewswire"),
        (
            "Pekerja di smelter nikel, 8 Juni 2023. (Antara/Sigid Kurniawan)",
            "Antara/Sigid Kurniawan",
        ),
    ],
)
def test_more_photo_credit_forms(caption: str, credit: str) -> None:
    assert find_photo_credits([caption]) == [credit]


@pytest.mark.parametrize(
    ("lead", "dateline", "agencies"),
    [
        ("SENTANI-Naiknya permukaan air danau membuat rumah warga terendam.", "Sentani", []),
        ("Ambon, Ameks -- Arus penumpang di pelabuhan mulai meningkat.", "Ambon", []),
        (
            "SHENZHEN, Tiongkok, 15 Mei 2023 (Antara/PRNewswire) -- Huawei meluncurkan solusi.",
            "Shenzhen",
            ["ANTARA", "PRNewswire"],
        ),
        ("Hops.id: Penyanyi itu tampil di Jakarta malam ini.", None, []),
    ],
)
def test_dateline_and_agency_leads(lead: str, dateline: str | None, agencies: list[str]) -> None:
    meta = extract_metadata(_clean(["Judul Berita yang Cukup Panjang di Sini"], [lead])).meta
    assert meta.dateline == dateline
    assert meta.agencies == agencies
