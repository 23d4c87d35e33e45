"""Rules generalized from blind rounds 25 to 28 (measured together), on made-up outlets: a
copyright line opening 'Hak Cipta', a network paper named by its subdomain or without its
group's name, a site name's words that spell its domain past a description, a page naming
itself by its domain only, the name a lead's dateline prints, an outlet's name never an editor,
times with am/pm, the headline as the first long line up from the lead, the absolute time past
the reporter and editor lines, and datelines with a bracketed code or digits in the credit."""

from __future__ import annotations

import pytest

from etl.metadata.dateline import match_lead_dateline
from etl.metadata.dates import parse_date
from etl.metadata.outlet import own_words, paper_name
from tests.metadata.made_up import BODY, HEADLINE, LEAD, meta_of

DATE = "Selasa, 5 Desember 2023 14:48 WIB"


def _dump(top: str, lead: str, tail: str = "") -> str:
    return top + f"{HEADLINE}\n{DATE}\n{lead}\n" + "\n".join(BODY) + tail


def test_a_masthead_its_hak_cipta_line_confirms() -> None:
    text = _dump(
        "Kabar Lembah\nHome\nNasional\nDaerah\n", LEAD, "\nHak Cipta © 2024 Kabar Lembah.\n"
    )
    assert meta_of(text).outlet == "Kabar Lembah"


def test_a_network_paper_named_by_its_subdomain() -> None:
    text = _dump(
        "radarlembah.disway.id\nHome\nDaerah\n",
        f"LEMBAHJAYA, RADARLEMBAH.DISWAY.ID - {LEAD}",
        "\nCopyright © 2024 radarlembah.disway.id. All Right Reserved\nDisway Network\n",
    )
    meta = meta_of(text)
    assert (meta.outlet, meta.outlet_domain) == ("Radarlembah", "disway.id")


def test_a_network_paper_without_its_groups_name() -> None:
    assert paper_name("Jawa Pos Radar Lembah") == "Radar Lembah"
    assert paper_name("Jawa Pos") == "Jawa Pos"
    assert paper_name("Harian Lembah Pos") == "Harian Lembah Pos"
    text = _dump(
        "Jawa Pos Radar Lembah\nHome\nDaerah\n",
        f"LEMBAHJAYA – {LEAD}",
        "\n© 2023 Jawa Pos Radar Lembah. All Rights Reserved.\n",
    )
    meta = meta_of(text)
    assert (meta.outlet, meta.outlet_domain) == ("Radar Lembah", "jawapos.com")


@pytest.mark.parametrize(
    ("name", "domain", "own"),
    [
        ("Harian Pagi Kabar Lembah", "kabarlembah.co.id", "Kabar Lembah"),
        ("Harian Lembah", "harianlembah.com", "Harian Lembah"),
        ("Surat Kabar Lembah", "lembahpos.com", "Surat Kabar Lembah"),
    ],
)
def test_the_words_of_a_site_name_that_spell_its_domain(name: str, domain: str, own: str) -> None:
    assert own_words(name, domain) == own


def _page(head: str, lead: str, extra: str = "") -> str:
    return (
        f"<html><head><title>{HEADLINE} - kabarlembah.id</title>{head}"
        '<link rel="canonical" href="https://kabarlembah.id/2023/12/05/banjir/"></head><body>'
        '<a href="https://kabarlembah.id/"><img src="/logo.png" alt="kabarlembah.id"></a>'
        f"<h1>{HEADLINE}</h1><p>{DATE}</p><p>{lead}</p>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + extra
        + "</body></html>"
    )


def test_a_page_naming_itself_by_its_domain_only() -> None:
    meta = meta_of(_page("", LEAD), "html")
    assert (meta.outlet, meta.outlet_domain) == ("Kabarlembah", "kabarlembah.id")


def test_the_name_a_leads_dateline_prints_and_never_an_editor() -> None:
    head = '<meta property="og:site_name" content="KabarLembah.id">'
    page = _page(head, f"Lembahjaya, Kabar Lembah - {LEAD}", "<p>Editor: KabarLembah</p>")
    meta = meta_of(page, "html")
    assert meta.outlet == "Kabar Lembah"
    assert meta.editors == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Published June 8, 2021, 2:12 pm", "2021-06-08T14:12:00+07:00"),
        ("June 8, 2021 12:05 AM", "2021-06-08T00:05:00+07:00"),
        ("8 Juni 2021 14:12 WIB", "2021-06-08T14:12:00+07:00"),
    ],
)
def test_times_with_am_or_pm(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.value.isoformat() == iso


@pytest.mark.parametrize("share", [[], ["Bagikan:", "Facebook", "WhatsApp"]])
def test_the_headline_under_its_date_line_below_a_motto(share: list[str]) -> None:
    top = "Kabarlembah.com\nBerita Terkini dari Lembah Hijau\nSelasa, 5 Desember 2023\n"
    top += "Home\nDaerah\nPolitik\nHukum\nEkonomi\nHukum\n"
    text = (
        top
        + f"Selasa, 5 Desember 2023 11:25\n{HEADLINE}\n"
        + "".join(f"{s}\n" for s in share)
        + f"LEMBAHJAYA - Kabarlembah - {LEAD}\n"
        + "\n".join(BODY)
    )
    assert meta_of(text).title == HEADLINE


def test_the_absolute_time_past_the_reporter_and_editor_lines() -> None:
    text = (
        f"Kabar Lembah\nHome\nDaerah\n{HEADLINE}\n2 jam lalu\nBagikan\nLEMBAHJAYA, Kabar Lembah – "
        f"{LEAD}\n" + "\n".join(BODY) + "\nBaca Juga: Banjir Susulan Mengancam Desa Hilir\n"
        "Reporter: Made Arta\nEditor: Ketut Sari\nSelasa, 5 Desember 2023 | 10:30 WIB\nTags\n"
    )
    meta = meta_of(text)
    assert meta.published_at is not None
    assert meta.published_at.isoformat() == "2023-12-05T10:30:00+07:00"


@pytest.mark.parametrize(
    "lead",
    [
        "Kabarlembah.com (KLB), Lembahjaya - Banjir merendam ratusan rumah.",
        "Lembahjaya, Lembah60detik – Banjir merendam ratusan rumah.",
    ],
)
def test_datelines_with_a_bracketed_code_or_digits_in_the_credit(lead: str) -> None:
    m = match_lead_dateline(lead)
    assert m is not None and m.group("place") == "Lembahjaya"
