"""General line rules: captions and credits in a dump's header, labels that take the next
lines along, breadcrumbs, pagination, widgets and tag runs, comment disclaimers, closing
bylines. Each case is paired with the body prose that must survive the same rule."""

from __future__ import annotations

from etl.clean.lines import classify
from etl.document import CleanText

NAV = ["Portal Warta", "Nasional", "Ekonomi", "Olahraga", "Hiburan"]
TITLE = "Banjir Rendam Tiga Kecamatan di Kabupaten Demak, Ribuan Warga Mengungsi"
DATE = "Senin, 12 Februari 2024 - 09:15 WIB"
LEAD = (
    "DEMAK - Banjir merendam tiga kecamatan di Kabupaten Demak, Jawa Tengah, sejak Minggu "
    "malam setelah tanggul Sungai Wulan jebol sepanjang 20 meter."
)
P2 = (
    "Kepala BPBD Demak Agus Nugroho mengatakan ketinggian air di permukiman mencapai satu meter "
    "dan sekitar 2.300 warga mengungsi ke balai desa dan masjid."
)
P3 = '"Kami fokus mengevakuasi lansia dan anak-anak lebih dulu," kata Agus.'
P4 = (
    "Video amatir yang beredar di media sosial memperlihatkan arus deras menerjang rumah warga, "
    "dan foto-foto tanggul yang jebol ramai mendapat komentar warganet."
)
P5 = "Petugas masih menambal tanggul dengan karung pasir hingga Senin siang."
FOOT = ["Terpopuler", "Harga Emas Hari Ini Naik Tipis", "Copyright © 2024 Portal Warta"]


def _dump(header: list[str], body: list[str], trailer: list[str] = FOOT) -> CleanText:
    return classify("\n".join([*NAV, *header, *body, *trailer]), structured=True)


def _reason(clean: CleanText, text: str) -> str:
    return next(v.reason for v in clean.lines if v.text == text)


def test_caption_with_outlet_name_credit_before_the_lead_is_no_lead() -> None:
    caption = (
        "Warga mengungsi menggunakan perahu karet di Desa Ketanjung, Kabupaten Demak, Minggu "
        "(11/2/2024). (Portal Warta/Slamet Riyadi)"
    )
    clean = _dump([TITLE, DATE, caption], [LEAD, P2, P3])
    assert clean.paragraphs == [LEAD, P2, P3]
    assert _reason(clean, caption) == "caption"


def test_caption_closed_by_an_institution_credit_before_the_lead() -> None:
    caption = (
        "Presiden meninjau tanggul Sungai Wulan yang jebol di Demak, Senin (12/2). "
        "(Biro Pers Sekretariat Presiden)"
    )
    lead = "Presiden meninjau langsung lokasi banjir di Kabupaten Demak pada Senin pagi. " + P2
    clean = _dump([TITLE, DATE, caption], [lead, P3])
    assert clean.paragraphs == [lead, P3]


def test_caption_next_to_a_bare_credit_line_is_dropped_but_an_undated_lead_stays() -> None:
    caption = (
        "Warga melintasi jalan yang terendam banjir di Kecamatan Karanganyar, Senin (12/2/2024)."
    )
    clean = _dump([TITLE, DATE, "PORTALWARTA.COM/SLAMET RIYADI", caption], [LEAD, P2])
    assert clean.paragraphs == [LEAD, P2]
    assert _reason(clean, caption) == "caption"
    # the same dated sentence as the lead itself, after a caption carrying its own credit, stays
    lead = "Banjir kembali merendam permukiman warga di Kecamatan Karanganyar, Senin (12/2/2024)."
    clean = _dump([TITLE, DATE, "Ilustrasi banjir. Foto: Shutterstock"], [lead, P2, P3])
    assert clean.paragraphs == [lead, P2, P3]


def test_a_label_ending_with_a_colon_takes_the_next_lines() -> None:
    clean = _dump(
        [TITLE, DATE, "Oleh :", "Slamet Riyadi,", "Dewi Lestari"],
        [LEAD, "Baca:", "Tanggul Sungai Wulan Jebol, Ini Kronologinya", P2, P3],
    )
    assert clean.paragraphs == [LEAD, P2, P3]
    assert clean.title == TITLE
    assert _reason(clean, "Dewi Lestari") == "metadata"
    assert _reason(clean, "Tanggul Sungai Wulan Jebol, Ini Kronologinya") == "related_link"


def test_inline_baca_teaser_dropped_but_a_quote_with_a_colon_stays() -> None:
    teaser = "Baca: Pemerintah Siapkan Bantuan untuk Korban Banjir Demak"
    quote = 'Agus membacakan pesan bupati: "Utamakan keselamatan warga, harta bisa dicari lagi."'
    clean = _dump([TITLE, DATE], [LEAD, teaser, P2, quote])
    assert clean.paragraphs == [LEAD, P2, quote]


def test_breadcrumb_is_no_dateline_lead_and_the_headline_stays_the_title() -> None:
    clean = _dump(["Berita - Nasional", TITLE, DATE], [LEAD, P2])
    assert clean.paragraphs == [LEAD, P2]
    assert clean.title == TITLE
    assert _reason(clean, "Berita - Nasional") == "navigation"


def test_pagination_labels_are_cut_from_the_body() -> None:
    clean = _dump([TITLE, DATE], [LEAD, P2, "Halaman Selanjutnya", P3, "Halaman Selanjutnya", P4])
    assert clean.paragraphs == [LEAD, P2, P3, P4]


def test_widget_label_and_title_dropped_but_subheading_and_lists_stay() -> None:
    subheading = "Tanggul Tua Sudah Lama Retak"
    intro = "Berikut desa yang terdampak banjir:"
    items = ["Desa Ketanjung", "Desa Ngemplik Wetan", "Desa Tuwang"]
    prices = ["Beras medium Rp13.500 per kg", "Minyak goreng Rp17.000 per liter"]
    widget = ["Infografis", "Curah Hujan Harian di Demak (Januari-Februari 2024)"]
    body = [LEAD, *widget, P2, subheading, P3, intro, *items, P4, *prices, P5]
    clean = _dump([TITLE, DATE], body)
    assert "Infografis" not in clean.paragraphs
    assert clean.paragraphs == [LEAD, P2, subheading, P3, intro, *items, P4, *prices, P5]


def test_tag_list_after_the_editor_line_is_trailer() -> None:
    trailer = ["Editor: Dewi Lestari", "Banjir", "Demak", "BPBD", *FOOT]
    clean = _dump([TITLE, DATE], [LEAD, P2, P5], trailer)
    assert clean.paragraphs == [LEAD, P2, P5]


def test_comment_disclaimer_ends_the_body_but_a_sentence_on_comments_stays() -> None:
    disclaimer = "Portalwarta.com tidak bertanggung jawab atas komentar yang dikirim pembaca."
    clean = _dump([TITLE, DATE], [LEAD, P4, P5, disclaimer, "Banjir Susulan Ancam Kudus"])
    assert clean.paragraphs == [LEAD, P4, P5]
    assert _reason(clean, disclaimer) == "comment"


def test_closing_name_in_parentheses_and_end_mark() -> None:
    clean = _dump(
        [TITLE, DATE],
        [LEAD, P2, P5 + " (*)", "(Slamet Riyadi)", "Topik Artikel :", "banjir demak", "bpbd"],
    )
    assert clean.paragraphs == [LEAD, P2, P5]
    assert _reason(clean, "(Slamet Riyadi)") == "metadata"
    # a parenthesized aside in lower case is no byline
    aside = "(dengan catatan)"
    assert classify(f"{LEAD}\n{aside}\n{P2}", structured=False).paragraphs == [LEAD, aside, P2]


def test_english_related_headings_and_contributor_line() -> None:
    body = [
        "JAKARTA, Indonesia (AP) — Floods swept through three districts of Central Java on "
        "Sunday, forcing more than 2,000 people from their homes, officials said.",
        "RELATED COVERAGE",
        "Rescuers used rubber boats to reach villagers trapped on rooftops.",
        "Related",
        "'The dyke was old'",
        "Residents said the embankment had been cracked for years.",
        "___",
        "Associated Press writer Budi Santoso contributed to this report.",
    ]
    clean = classify("\n".join(body), structured=False)
    assert clean.paragraphs == [body[0], body[2], body[4], body[5]]


def test_summary_box_label_is_dropped_but_its_points_stay() -> None:
    points = [
        "- Tanggul Sungai Wulan jebol sepanjang 20 meter.",
        "- Sebanyak 2.300 warga mengungsi.",
    ]
    clean = classify("\n".join(["Ringkasan Berita", *points, LEAD, P2]), structured=False)
    assert clean.paragraphs == [*points, LEAD, P2]
