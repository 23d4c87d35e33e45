"""Field by field: dates, bylines, agencies, photo credits, outlets, datelines, sections, titles.

Each case is a string as an Indonesian outlet prints it.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from etl.document import CleanText, LineVerdict, PageMeta
from etl.knowledge import outlets
from etl.metadata import extract_metadata
from etl.metadata.bylines import bylines, editor_initials
from etl.metadata.credits import find_agencies, find_photo_credits
from etl.metadata.dates import WIB, date_in_lines, parse_date, parse_meta_date
from etl.metadata.outlet import detect_outlet


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Kompas.com - 20/11/2021, 10:27 WIB", "2021-11-20T10:27+07:00"),
        ("Rabu, 24 November 2021 - 06:29 WIB", "2021-11-24T06:29+07:00"),
        ("Jum'at, 17 Februari 2017 - 13:30 wib", "2017-02-17T13:30+07:00"),
        ("By Maya on 16 Feb 2016 at 09:10 WIB", "2016-02-16T09:10+07:00"),
        ("Selasa, 02 Agu 2022 | 08:15 WIB", "2022-08-02T08:15+07:00"),
        ("Kamis, 3 Agt 2023 14:00 WITA", "2023-08-03T14:00+08:00"),
        ("Senin, 4 Okt 2021 07:05 WIT", "2021-10-04T07:05+09:00"),
        ("Sabtu, 25 Des 2021 21:00 WIB", "2021-12-25T21:00+07:00"),
        ("Jumat 12 Mei 2022 10:00", "2022-05-12T10:00+07:00"),  # naive: WIB
        ("02 May 2023 15:10", "2023-05-02T15:10+07:00"),
        ("Tuesday, 2 May 2023 10:15 WIB", "2023-05-02T10:15+07:00"),
        ("Senin, 1 Februari 2016 16:01 Reporter : Alma Fikhasari", "2016-02-01T16:01+07:00"),
    ],
)
def test_printed_dates(line: str, expected: str) -> None:
    found = parse_date(line)
    assert found is not None
    assert found.value.isoformat(timespec="minutes") == expected


def test_a_bare_day_keeps_day_precision() -> None:
    found = parse_date("Senin (1/5/2023)")
    assert found is not None and found.precision == "day"


def test_detik_pubdate_z_is_wib_wall_time() -> None:
    found = parse_meta_date("2023-05-02T16:45:10Z", "html_meta", wall_clock_zone=WIB)
    assert found is not None
    assert found.value.isoformat(timespec="minutes") == "2023-05-02T16:45+07:00"
    assert found.utc == datetime(2023, 5, 2, 9, 45, 10, tzinfo=UTC)


def test_a_true_utc_meta_date_stays_utc() -> None:
    found = parse_meta_date("2023-05-02T09:45:10Z", "json_ld")
    assert found is not None and found.utc == datetime(2023, 5, 2, 9, 45, 10, tzinfo=UTC)


def test_header_prefers_a_line_with_a_time() -> None:
    found = date_in_lines(["Senin, 1 Mei 2023", "Selasa, 2 Mei 2023 10:15 WIB"])
    assert found is not None
    assert found.value.isoformat(timespec="minutes") == "2023-05-02T10:15+07:00"


@pytest.mark.parametrize(
    ("lines", "authors", "editors"),
    [
        (["Oleh : Maya Sofia"], ["Maya Sofia"], []),
        (["Kontributor Bandung, Agus Setiawan"], ["Agus Setiawan"], []),
        (["Laporan Wartawan Tribunnews.com, Ibriza Fasti Ifhami"], ["Ibriza Fasti Ifhami"], []),
        (["Rahel Narda Chaterine - detikNews"], ["Rahel Narda Chaterine"], []),
        (["Pewarta: Sukarli Editor: Gunawan Wibisono"], ["Sukarli"], ["Gunawan Wibisono"]),
        (
            ["Penulis Vitorio Mantalean | Editor Icha Rastika"],
            ["Vitorio Mantalean"],
            ["Icha Rastika"],
        ),
        (["Rep: Kamran Dikarma/ Red: Friska Yolandha"], ["Kamran Dikarma"], ["Friska Yolandha"]),
        (["Senin, 20 September 2021 13:32 Reporter : Hari Ariyanti"], ["Hari Ariyanti"], []),
        (["Penyunting: Budi Santoso"], [], ["Budi Santoso"]),
        (["Redaktur: Ratna Puspita"], [], ["Ratna Puspita"]),
        (["By Andrew Smith"], ["Andrew Smith"], []),
        (
            ["Penulis: Aditya Jaya Iswara dan Ardi Priyatno Utomo"],
            ["Aditya Jaya Iswara", "Ardi Priyatno Utomo"],
            [],
        ),
        (
            ["Anisa Indraini, Herdi Alif Al Hikam - detikFinance"],
            ["Anisa Indraini", "Herdi Alif Al Hikam"],
            [],
        ),
        # Kompas prints the name, then the label on the next line
        (["Aditya Jaya Iswara", "Penulis"], ["Aditya Jaya Iswara"], []),
        # an outlet, a team or a rubric is never a person
        (["Reporter: Tempo.co"], [], []),
        (["Penulis: Tim Redaksi"], [], []),
        (["Penulis: Muhammad Ilman Nafian, Kompas.com"], ["Muhammad Ilman Nafian"], []),
        (["Pilihan Editor: Jokowi Minta Pembangunan IKN Dipercepat"], [], []),
    ],
)
def test_bylines(lines: list[str], authors: list[str], editors: list[str]) -> None:
    assert bylines(lines) == (authors, editors)


@pytest.mark.parametrize(
    ("line", "codes"),
    [
        ("(sya)", ["sya"]),
        ("(fyk/ash)", ["fyk", "ash"]),
        ("(kpl/pur/tch)", ["kpl", "pur", "tch"]),
        ("[pan]", ["pan"]),
        ("(RAG)", ["rag"]),
        ("(Reuters)", []),
    ],
)
def test_editor_initials(line: str, codes: list[str]) -> None:
    assert editor_initials([line]) == codes


@pytest.mark.parametrize(
    ("credit_lines", "body", "expected"),
    [
        ([], ["Jakarta (ANTARA) - Pemerintah menaikkan harga BBM."], ["ANTARA"]),
        ([], ["Jakarta, (Antara/PRNewswire) -- PT X mengumumkan laba."], ["ANTARA", "PRNewswire"]),
        (["Sumber: Reuters"], ["Harga minyak naik."], ["Reuters"]),
        (["Sumber AFP"], ["Pasukan bergerak ke utara."], ["AFP"]),
        (["AL JAZEERA | REUTERS"], ["Inggris menjatuhkan sanksi."], ["Al Jazeera", "Reuters"]),
        ([], ["Mengutip Xinhua, pemerintah China menyatakan."], ["Xinhua"]),
        ([], ["Dilansir dari Yonhap, pejabat Seoul mengatakan."], ["Yonhap"]),
        ([], ["Kremlin menyatakan itu, seperti dikutip dari TASS."], ["TASS"]),
        ([], ["Reuters melaporkan bahwa kapal itu tenggelam."], ["Reuters"]),
        # a newspaper cited, a club, a photo credit and a quote given to an agency are no credit
        ([], ["Seperti dikutip dari The Straits Times, menteri itu mundur."], []),
        ([], ["Klub Manchester United melaporkan pendapatan naik."], []),
        ([], ["Massa berkumpul. ANTARA FOTO/Galih Pradipta menunjukkan spanduk."], []),
        ([], ["Hal itu disampaikan dia kepada AFP."], []),
    ],
)
def test_agencies(credit_lines: list[str], body: list[str], expected: list[str]) -> None:
    assert find_agencies(credit_lines, body) == expected


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Tentara di perbatasan. AFP PHOTO/KAREN MINASYAN", "AFP PHOTO/KAREN MINASYAN"),
        ("Anggota pasukan Rusia di dekat perbatasan. Foto/REUTERS", "Foto/REUTERS"),
        ("Ilustrasi gempa. (REUTERS/MARCO BELLO)", "REUTERS/MARCO BELLO"),
        ("Ilustrasi kemarau. (Liputan6.com/Johan Tallo)", "Liputan6.com/Johan Tallo"),
        (
            "Banjir rob di Pekalongan. [ANTARA FOTO/Harviyan Perdana Putra]",
            "ANTARA FOTO/Harviyan Perdana Putra",
        ),
        ("Ilustrasi kilang minyak. [Shutterstock]", "Shutterstock"),
        ("Rafael Alun di KPK. Foto: Jamal Ramadhan/kumparan", "Jamal Ramadhan/kumparan"),
    ],
)
def test_photo_credits(caption: str, credit: str) -> None:
    assert find_photo_credits([caption]) == [credit]


def test_a_date_is_no_photo_credit() -> None:
    assert find_photo_credits(["Kompas.com - 02/05/2023, 14:32 WIB"]) == []


def test_registry_has_forty_outlets_with_lower_case_domains() -> None:
    reg = outlets()
    assert len(reg) >= 40
    for outlet in reg:
        assert outlet.domain == outlet.domain.lower()
        assert all(d == d.lower() for d in outlet.domains)


@pytest.mark.parametrize(
    ("url", "site_name", "text", "expected"),
    [
        ("https://news.detik.com/berita/d-1/x", None, "", ("detikcom", "detik.com")),
        ("https://WWW.Kompas.com/global/read/2023/1/x", None, "", ("Kompas.com", "kompas.com")),
        (
            "https://internasional.republika.co.id/berita/x",
            None,
            "",
            ("Republika", "republika.co.id"),
        ),
        (None, "KOMPAS.com", "", ("Kompas.com", "kompas.com")),
        # a regional outlet on a subdomain: outlet by the host, domain registrable
        ("https://jabar.tribunnews.com/2023/05/02/x", None, "", ("Tribun Jabar", "tribunnews.com")),
        (None, None, "Jakarta (ANTARA) - Pemerintah menaikkan", ("ANTARA", "antaranews.com")),
        (
            None,
            None,
            "REPUBLIKA.CO.ID, JAKARTA -- Bank Indonesia",
            ("Republika", "republika.co.id"),
        ),
        (None, None, "TEMPO.CO, Jakarta - Presiden", ("Tempo.co", "tempo.co")),
        (None, None, "Liputan6.com, Jakarta - BMKG", ("Liputan6.com", "liputan6.com")),
        (None, None, "Muhammad Ilman Nafian - detikNews", ("detikcom", "detik.com")),
        ("https://berita.example-lokal.co.id/a", None, "", (None, "example-lokal.co.id")),
        (None, None, "Sebuah teks tanpa tanda media.", (None, None)),
    ],
)
def test_outlet(
    url: str | None, site_name: str | None, text: str, expected: tuple[str | None, str | None]
) -> None:
    assert detect_outlet(url, site_name, text) == expected


def _clean(
    header: list[str], body: list[str], trailer: tuple[str, ...] = (), title: str | None = None
) -> CleanText:
    lines = [LineVerdict(i, t, False, "header", "test") for i, t in enumerate(header)]
    lines += [LineVerdict(100 + i, t, True, "body", "") for i, t in enumerate(body)]
    lines += [LineVerdict(200 + i, t, False, "trailer", "test") for i, t in enumerate(trailer)]
    return CleanText(paragraphs=list(body), lines=lines, title=title)


BODY = "Pemerintah menaikkan harga bahan bakar minyak bersubsidi mulai pekan depan kata menteri."


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        (f"JAKARTA, KOMPAS.com - {BODY}", "Jakarta"),
        (f"Jakarta (ANTARA) - {BODY}", "Jakarta"),
        (f"REPUBLIKA.CO.ID, JAKARTA -- {BODY}", "Jakarta"),
        (f"TEMPO.CO, Jakarta - {BODY}", "Jakarta"),
        (f"Jakarta - {BODY}", "Jakarta"),
        (f"MOSKOW - {BODY}", "Moskow"),
        (f"KUALA LUMPUR - {BODY}", "Kuala Lumpur"),
        (f"TRIBUN-TIMUR.COM, MAKASSAR - {BODY}", "Makassar"),
        (f"KONTAN.CO.ID - JAKARTA. {BODY}", "Jakarta"),
        (f"Paris: {BODY}", "Paris"),
        (f"Liputan6.com, Washington D.C - {BODY}", "Washington D.C"),
        (f"Suara.com - {BODY}", None),
        (BODY, None),
    ],
)
def test_dateline(lead: str, dateline: str | None) -> None:
    meta = extract_metadata(_clean([], [lead, BODY])).meta
    assert meta.dateline == dateline


def test_dateline_skips_a_caption_before_the_lead() -> None:
    caption = "Warga melintasi banjir di Jakarta, Senin (1/5/2023). ANTARA FOTO/Galih Pradipta"
    meta = extract_metadata(_clean([caption], [f"Jakarta (ANTARA) - {BODY}", BODY])).meta
    assert meta.dateline == "Jakarta"
    assert meta.photo_credits == ["ANTARA FOTO/Galih Pradipta"]
    assert meta.agencies == ["ANTARA"]


def test_an_outlet_missing_from_the_registry_is_named_by_its_dateline() -> None:
    meta = extract_metadata(_clean([], [f"kabarkota.com, JAKARTA - {BODY}", BODY])).meta
    # named by its domain's stem (a page printing a spaced name would give that)
    assert (meta.outlet, meta.outlet_domain, meta.dateline) == (
        "Kabarkota",
        "kabarkota.com",
        "Jakarta",
    )


def test_text_dump_title_is_not_the_byline() -> None:
    clean = _clean(
        [
            "KPU Tetapkan Jadwal Pendaftaran Capres 19 Oktober 2023",
            "Kompas.com - 02/05/2023, 14:32 WIB",
            "Penulis Vitorio Mantalean | Editor Icha Rastika",
        ],
        [f"JAKARTA, KOMPAS.com - {BODY}", BODY],
        title="Penulis Vitorio Mantalean | Editor Icha Rastika",
    )
    meta = extract_metadata(clean).meta
    assert meta.title == "KPU Tetapkan Jadwal Pendaftaran Capres 19 Oktober 2023"
    assert meta.authors == ["Vitorio Mantalean"]
    assert meta.editors == ["Icha Rastika"]
    assert meta.published_at is not None
    assert meta.published_at.isoformat(timespec="minutes") == "2023-05-02T14:32+07:00"


def test_nothing_stated_nothing_invented() -> None:
    meta = extract_metadata(_clean([], [BODY, BODY])).meta
    assert (meta.outlet, meta.title, meta.published_at, meta.dateline, meta.section) == (
        None,
        None,
        None,
        None,
        None,
    )
    assert meta.authors == meta.editors == meta.agencies == meta.photo_credits == []


def test_event_dates_in_the_body_never_date_the_page() -> None:
    body = [f"JAKARTA - Sidang digelar pada 12 Januari 2023 pukul 10:00 WIB. {BODY}", BODY]
    meta = extract_metadata(_clean([], body)).meta
    assert meta.published_at is None


@pytest.mark.parametrize(
    ("page", "url", "title"),
    [
        (
            PageMeta(title="Harga Emas Naik - Okezone", html_title="Harga Emas Naik - Okezone"),
            "https://economy.okezone.com/read/2023/05/02/1/1/x",
            "Harga Emas Naik",
        ),
        (
            PageMeta(html_title="KapanLagi.com: Harga Emas Naik"),
            "https://www.kapanlagi.com/x.html",
            "Harga Emas Naik",
        ),
        (
            PageMeta(
                title="Perang Baru Berkecamuk,...",
                h1="Perang Baru Berkecamuk, Putin Undang Pemimpin Armenia",
            ),
            "https://international.sindonews.com/read/1/x",
            "Perang Baru Berkecamuk, Putin Undang Pemimpin Armenia",
        ),
    ],
)
def test_title_without_site_name_or_truncation(page: PageMeta, url: str, title: str) -> None:
    meta = extract_metadata(_clean([], [BODY]), page=page, url=url).meta
    assert meta.title == title


@pytest.mark.parametrize(
    ("page", "url", "visible", "section"),
    [
        (
            PageMeta(breadcrumbs=["Home", "Global"]),
            "https://www.kompas.com/global/read/1",
            "",
            "Global",
        ),
        (
            PageMeta(breadcrumbs=["Home", "News", "Nasional"]),
            "https://nasional.okezone.com/read/1",
            "",
            "Nasional",
        ),
        (
            PageMeta(breadcrumbs=["detikNews", "Berita"]),
            "https://news.detik.com/berita/d-1/x",
            "",
            "Berita",
        ),
        (PageMeta(), "https://internasional.republika.co.id/berita/x", "", "Internasional"),
        (
            PageMeta(),
            "https://finance.detik.com/berita-ekonomi-bisnis/d-1/x",
            "Berita Ekonomi Bisnis\nHarga Emas Naik",
            "Berita Ekonomi Bisnis",
        ),
        (PageMeta(), "https://www.example.com/berita/123/x", "", None),
    ],
)
def test_section(page: PageMeta, url: str, visible: str, section: str | None) -> None:
    meta = extract_metadata(_clean([], [BODY]), page=page, url=url, visible_text=visible).meta
    assert meta.section == section
