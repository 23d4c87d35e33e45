"""Templates learnt from a run's inputs reach every document through the run context."""

from __future__ import annotations

import pickle
from pathlib import Path

from etl.clean.templates import learn_from_inputs, load_book
from etl.pipeline import RunContext, process_inputs
from etl.readers import discover
from schemas import Article

PROMO = "Kirim tulisan opini Anda ke alamat surel redaksi kabarkota untuk dimuat pekan depan"

STORIES = [
    (
        "Banjir",
        "Banjir merendam ratusan rumah di Kecamatan Cilincing setelah hujan deras semalaman.",
    ),
    ("Pasar", "Harga cabai rawit di Pasar Kramat Jati naik dua kali lipat dalam sepekan terakhir."),
    (
        "Jalan",
        "Pemerintah kota mulai memperbaiki jalan berlubang di kawasan Cempaka Putih pekan ini.",
    ),
    (
        "Sekolah",
        "Sebanyak dua belas sekolah dasar di Jakarta Utara mulai menerapkan kurikulum baru.",
    ),
    (
        "Kereta",
        "Jadwal kereta komuter lintas Bogor berubah mulai Senin karena perbaikan rel di Depok.",
    ),
]


def _page(title: str, lead: str) -> str:
    return (
        f"{title} di Jakarta Hari Ini\n\n"
        f"JAKARTA, KabarKota.id - {lead}\n\n"
        f"Petugas di lapangan mengatakan urusan {title.lower()} sudah mulai ditangani sejak pagi "
        "tadi, dan warga diminta tetap mengikuti arahan dari pemerintah setempat.\n\n"
        f"{PROMO}\n\n"
        f"Menurut data dinas terkait, jumlah warga yang terdampak masalah {title.lower()} masih "
        "terus didata oleh petugas kelurahan.\n"
    )


def _inputs(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    for i, (title, lead) in enumerate(STORIES):
        (root / f"{i:03d}.txt").write_text(_page(title, lead), encoding="utf-8")
    return root


def test_a_line_recurring_across_an_outlets_pages_is_dropped_as_template(tmp_path: Path) -> None:
    items = discover([str(_inputs(tmp_path))])
    plain = process_inputs(items, RunContext(run_id="r"))
    assert all(isinstance(a, Article) and PROMO in a.text for a in plain)

    snapshot = learn_from_inputs(items, str(tmp_path / "out"))
    assert len(snapshot) >= 1
    snapshot = pickle.loads(pickle.dumps(snapshot))  # what a worker process receives
    cleaned = process_inputs(items, RunContext(run_id="r", template=snapshot))
    for article in cleaned:
        assert isinstance(article, Article)
        assert PROMO not in article.text
        assert "Menurut data dinas terkait" in article.text  # the body around it stays
    leads = {a.text.split("\n\n")[0] for a in cleaned if isinstance(a, Article)}
    assert len(leads) == len(STORIES)


def test_counts_persist_and_a_rerun_does_not_count_pages_twice(tmp_path: Path) -> None:
    items = discover([str(_inputs(tmp_path))])
    out = str(tmp_path / "out")
    learn_from_inputs(items, out)
    learn_from_inputs(items, out)
    book = load_book(out)
    assert sum(c.docs for c in book.outlets.values()) == len(STORIES)
    assert list((tmp_path / "out" / "_state" / "templates").glob("*.json"))


def test_unreadable_inputs_are_left_to_the_pipeline(tmp_path: Path) -> None:
    root = _inputs(tmp_path)
    (root / "broken.txt.gz").write_bytes(b"\x1f\x8b\x08not really gzip")
    snapshot = learn_from_inputs(discover([str(root)]), None)
    assert len(snapshot) >= 1
