"""Template lines learnt across pages of one outlet: dropped; repeated news: kept; persisted."""

from __future__ import annotations

from pathlib import Path

from etl.clean import classify
from etl.clean.templates import TemplateBook, learn_templates, load_book
from etl.document import RawDocument

TEMPLATE = [
    "Warta Borneo Hari Ini",
    "Redaksi kami menyajikan perkembangan berita daerah terkini untuk pembaca setiap pagi.",
    "Terpopuler Minggu Ini",
    "Pasar Terapung Kembali Ramai Dikunjungi Wisatawan",
    "Harga Karet Petani Naik Dua Pekan Berturut-turut",
]
QUOTE = (
    '"Kami akan terus memantau debit air sungai dan menyiapkan posko pengungsian di setiap '
    'kecamatan yang rawan," kata Kepala BPBD Kalimantan Selatan kepada wartawan.'
)
TOPICS = [
    ("Banjarmasin", "banjir merendam ratusan rumah warga di tepi sungai"),
    ("Martapura", "pemerintah kabupaten membuka pasar murah menjelang hari raya"),
    ("Palangka Raya", "kebakaran lahan gambut kembali terdeteksi oleh satelit"),
    ("Samarinda", "jembatan penghubung dua kecamatan mulai diperbaiki"),
    ("Balikpapan", "harga cabai rawit melonjak di pasar tradisional"),
    ("Pontianak", "sekolah dasar menerapkan jam masuk yang lebih siang"),
    ("Tarakan", "nelayan mengeluhkan kelangkaan solar bersubsidi"),
    ("Kotabaru", "jalan provinsi rusak parah setelah hujan deras"),
]


def _page(i: int, with_quote: bool) -> str:
    place, event = TOPICS[i]
    body = [
        f"{place.upper()} - Pada Senin pagi {event}, menurut keterangan warga setempat yang"
        " ditemui di lokasi kejadian.",
        f"Peristiwa di {place} itu menarik perhatian banyak orang karena terjadi untuk kedua kalinya"
        " dalam bulan ini.",
        f"Aparat setempat mengatakan penanganan di {place} akan dilanjutkan hingga akhir pekan.",
    ]
    if with_quote:
        body.insert(2, QUOTE)
    lines = [TEMPLATE[0], f"Berita {place} terbaru hari ini", *body, *TEMPLATE[1:]]
    return "\n\n".join(lines) + "\n"


def _raw(i: int, with_quote: bool = False) -> RawDocument:
    data = _page(i, with_quote).encode("utf-8")
    return RawDocument(f"p{i}.txt", data, "text", f"p{i}.txt", size_bytes=len(data))


def test_outlet_template_lines_dropped_and_repeated_quote_kept(tmp_path: Path) -> None:
    raws = [_raw(i, with_quote=i in (1, 4)) for i in range(len(TOPICS))]
    book = learn_templates(raws, str(tmp_path))
    clean = classify(_page(1, with_quote=True), template=book)
    dropped = {v.text: v for v in clean.lines if not v.kept}
    for line in TEMPLATE[1:]:
        assert dropped[line].reason == "template"
        assert dropped[line].rule == f"template_count {len(TOPICS)}/{len(TOPICS)} pages"
    assert QUOTE in clean.paragraphs  # seen in 2 of 8 pages: news, not template
    assert len(clean.paragraphs) == 4
    without = classify(_page(1, with_quote=True))
    assert set(without.paragraphs) > set(clean.paragraphs)  # the counts made the difference


def test_counts_persist_and_a_rerun_does_not_count_twice(tmp_path: Path) -> None:
    raws = [_raw(i) for i in range(4)]
    learn_templates(raws, str(tmp_path))
    assert (tmp_path / "_state" / "templates" / "_unknown.json").is_file()
    again = learn_templates(raws, str(tmp_path))
    assert again.counts("_unknown").docs == 4
    later = learn_templates([_raw(i) for i in range(4, 8)], str(tmp_path))
    assert later.counts("_unknown").docs == 8
    assert load_book(str(tmp_path)).counts("_unknown").docs == 8


def test_small_batch_benefits_from_persisted_counts(tmp_path: Path) -> None:
    learn_templates([_raw(i) for i in range(7)], str(tmp_path))
    book = learn_templates([_raw(7)], str(tmp_path))
    clean = classify(_page(7, with_quote=False), template=book)
    assert TEMPLATE[1] not in clean.paragraphs
    fresh = learn_templates([_raw(7)])  # the same page alone, no history: nothing learnt
    assert TEMPLATE[1] in classify(_page(7, with_quote=False), template=fresh).paragraphs


def test_known_outlet_counts_are_kept_apart() -> None:
    book = TemplateBook()
    for i in range(5):
        text = f"JAKARTA, KOMPAS.com - Berita nomor {i} tentang hal yang berbeda sama sekali.\n"
        text += "Simak berita pilihan redaksi setiap hari di kanal kami\n"
        data = text.encode()
        book.add_document(RawDocument(f"k{i}.txt", data, "text", f"k{i}.txt"))
    assert book.counts("Kompas.com").docs == 5
    assert book.counts("_unknown").docs == 0
