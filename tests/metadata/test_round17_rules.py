"""Rules generalized from blind rounds 17 and 18 (measured together), on made-up outlets: a
network's desk named by a Google News line with 'lainnya' after the name, a name whose domain
adds a word ('Medan Bisnis' on medanbisnisdaily.com), one-word names and capitalized closing
codes, and credits set apart by a slash or after a 'Foto:' label in lower case."""

from __future__ import annotations

from etl.metadata.bylines import bylines, closing_initials
from etl.metadata.credits import find_photo_credits
from etl.metadata.outlet import display_name
from tests.metadata.made_up import meta_of as _meta

HEADLINE = "Arus Mudik di Jalur Lembah Mulai Padat, Polisi Siapkan Rekayasa Lalu Lintas"
LEAD = (
    "Arus kendaraan pemudik di jalur Lembah mulai meningkat sejak Rabu siang, didominasi "
    "sepeda motor dari arah ibu kota menuju kota-kota di selatan."
)
BODY = [
    "Kepala satuan lalu lintas mengatakan rekayasa lalu lintas akan diberlakukan bila antrean "
    "kendaraan mengular lebih dari dua kilometer di simpang utama.",
    "Petugas juga menyiagakan pos pelayanan di tiga titik untuk membantu pemudik yang ingin "
    "beristirahat atau membutuhkan pertolongan pertama.",
]


def test_a_desk_named_by_a_google_news_line_with_lainnya() -> None:
    text = (
        f"Pikiran Rakyat Media Network\nDesk Jabar\nHome\n{HEADLINE}\n"
        f"Rabu, 3 April 2024 | 15:20 WIB\nBANDUNG, DESKJABAR – {LEAD}\n"
        + "\n".join(BODY)
        + "\nSimak berita Desk Jabar lainnya di Google News\n© 2024 Pikiran Rakyat Media Network\n"
    )
    meta = _meta(text)
    assert (meta.outlet, meta.outlet_domain) == ("Desk Jabar", "pikiran-rakyat.com")


def test_a_name_whose_domain_adds_a_word() -> None:
    text = "...\nCopyright © 2022 Lembah Bisnis. All rights reserved."
    assert display_name("lembahbisnisdaily.com", text) == "Lembah Bisnis"
    # a name that is not the domain's stem with a word added: the stem names it
    assert display_name("lembahbisnisonline.com", "© 2022 Lembah. All rights reserved.") == (
        "Lembahbisnisonline"
    )


def test_one_word_names_and_capitalized_closing_codes() -> None:
    assert bylines(["Reporter: Rico", "Editor: Bie"]) == (["Rico"], ["Bie"])
    assert bylines(["Editor: sya"]) == ([], [])
    assert closing_initials("... tidak mudah percaya kabar di media sosial. (Yus)") == ["yus"]
    assert closing_initials("... ujar juru bicara kepolisian. (Reuters)") == []


def test_credits_set_apart_by_a_slash_or_after_a_lower_case_label() -> None:
    assert find_photo_credits(["Penumpang menunggu di bandara, Kamis, 25 Januari 2024. /Yonhap"])
    assert find_photo_credits(
        ["Gubernur meninjau pasar, Rabu 14 Februari 2024. /Dok. Humas Lembah"]
    ) == ["Dok. Humas Lembah"]
    assert find_photo_credits(["Wisatawan tiba di bandara, Selasa. Foto: dok. kabarlembah"]) == [
        "dok. kabarlembah"
    ]
    assert find_photo_credits(["Banjir di jalan raya, Senin. Foto: kabarlembah/rico"]) == [
        "kabarlembah/rico"
    ]
    assert find_photo_credits(["Foto: Made Arta / Kabarlembah.id"]) == [
        "Made Arta / Kabarlembah.id"
    ]
