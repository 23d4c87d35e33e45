"""Rules generalized from blind rounds 29 to 32 (measured together), on made-up outlets: the
spaced name a page prints over a squashed spelling (site name, masthead with its motto,
copyright line with a span of years or a leading bar), words of time that open a lead never a
dateline, an account's handle never an author, and HTML entities in a page's JSON-LD."""

from __future__ import annotations

import pytest

from etl.metadata.bylines import clean_name
from etl.metadata.outlet import copyright_names, display_name
from tests.metadata.made_up import BODY, HEADLINE, LEAD, meta_of


@pytest.mark.parametrize(
    ("outlet", "text", "name"),
    [
        ("LembahPos", "...\n© 2024 Lembah Pos - Berita Lembah Terkini", "Lembah Pos"),
        (
            "Kabarlembah",
            "Kabarlembah.com\nKabar Lembah - Berita Lembahjaya Terkini\nHome",
            "Kabar Lembah",
        ),
        (
            "kabarlembah.com",
            "...\nCopyright © 2009 - 2024 Kabar Lembah. All Rights Reserved.",
            "Kabar Lembah",
        ),
        # a menu's entry is no masthead, and a name that only adds a word is no spelling
        ("Lembahtoday", "Lembahtoday\nLembah\nHome\nDaerah", "Lembahtoday"),
        # an abbreviation the page also spells out keeps the outlet's own short name
        ("Lempos", "...\n© 2024 Lempos - Lembah Pos", "Lempos"),
    ],
)
def test_the_spaced_name_a_page_prints(outlet: str, text: str, name: str) -> None:
    assert display_name(outlet, text) == name


def test_copyright_names_without_a_leading_bar_or_a_span_of_years() -> None:
    assert copyright_names("Copyright © 2024 | Kabar Lembah - kabarlembah.co") == [
        "Kabar Lembah",
        "kabarlembah.co",
    ]
    assert copyright_names("Copyright © 2009 - 2024 Kabar Lembah. All Rights Reserved.")[0] == (
        "Kabar Lembah"
    )


@pytest.mark.parametrize("opening", ["Menjelang Lebaran", "Jelang Natal", "Usai Banjir"])
def test_words_of_time_opening_a_lead_are_no_dateline(opening: str) -> None:
    text = (
        f"Kabar Lembah\nHome\n{HEADLINE}\nSelasa, 5 Desember 2023 14:48 WIB\n"
        f"Kabarlembah.com - {opening}, {LEAD}\n" + "\n".join(BODY) + "\n© 2023 Kabar Lembah\n"
    )
    assert meta_of(text).dateline is None


@pytest.mark.parametrize("handle", ["adminlembah", "Adminkabar", "redaksilembah"])
def test_an_accounts_handle_is_no_author(handle: str) -> None:
    assert clean_name(handle) is None
    assert clean_name("Made Arta") == "Made Arta"


def test_html_entities_in_json_ld() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"articleSection": "Hukum &amp; Kriminal"}</script></head><body>'
        f"<h1>{HEADLINE}</h1><p>Selasa, 5 Desember 2023 14:48 WIB</p>"
        + "".join(f"<p>{p}</p>" for p in (LEAD, *BODY))
        + "</body></html>"
    )
    assert meta_of(page, "html").section == "Hukum & Kriminal"
