"""Rules generalized from blind round 11's misses: Suara.com's regional sites served from
<region>.suara.com, a rubric labelled 'kategori' above the headline, an article's slug is no
rubric, a masthead's motto above the menu and a relative time are no headline, and a network's
regional desk printing its host in the footer."""

from __future__ import annotations

from tests.metadata.made_up import BODY
from tests.metadata.made_up import meta_of as _meta

HEADLINE = "Okupansi Hotel di Lembahjaya Diprediksi Tembus 80 Persen saat Libur Sekolah"
LEAD = (
    "Tingkat hunian hotel di Lembahjaya diprediksi menembus 80 persen selama libur sekolah yang "
    "dimulai pekan depan, kata ketua perhimpunan hotel dan restoran setempat, Kamis."
)


def _html(head: str, above: str = "") -> str:
    return (
        f"<html><head>{head}</head><body>{above}<h1>{HEADLINE}</h1>"
        "<div>Kamis, 27 Juni 2024 09:12 WITA</div>"
        + "".join(f"<p>{p}</p>" for p in [LEAD, *BODY])
        + "</body></html>"
    )


def test_suaras_regional_sites_on_their_subdomains() -> None:
    head = '<link rel="canonical" href="https://bali.suara.com/read/2024/06/27/okupansi-hotel">'
    meta = _meta(_html(head + '<meta property="og:site_name" content="SuaraBali.id">'), "html")
    assert (meta.outlet, meta.outlet_domain) == ("SuaraBali.id", "suara.com")


def test_a_rubric_labelled_kategori_above_the_headline_and_no_slug_for_a_rubric() -> None:
    slug = "okupansi-hotel-di-lembahjaya-diprediksi-tembus-80-persen-saat-libur-sekolah"
    head = f'<link rel="canonical" href="https://kabarlembah.com/{slug}/">'
    menu = "<ul><li>Beranda</li><li>Ekonomi</li><li>Pariwisata</li><li>Kontak</li></ul>"
    label = '<div class="kategori"><a href="/category/pariwisata/">Pariwisata</a></div>'
    assert _meta(_html(head, menu + label), "html").section == "Pariwisata"
    assert _meta(_html(head, menu), "html").section is None


def test_a_mastheads_motto_above_the_menu_and_a_relative_time_are_no_headline() -> None:
    text = (
        "KABAR LEMBAH\nBerita Lembah Terkini dan Terpercaya\nBeranda\nHeadline\nLembahjaya\n"
        f"Pendidikan\nOlahraga\nOpini\nBeranda\n>\nPendidikan\n{HEADLINE}\nPenulis: Made Arta\n"
        f"3 jam lalu\nLEMBAHJAYA, Kabarlembah.co – {LEAD}\n" + "\n".join(BODY)
    )
    meta = _meta(text)
    assert meta.title == HEADLINE
    assert meta.section == "Pendidikan"


def test_a_networks_desk_printing_its_host_in_the_footer() -> None:
    text = (
        f"TribunLembah.com\nHome\nBerita\n{HEADLINE}\nSenin, 13 Mei 2024 10:15 WITA\n"
        f"TRIBUNLEMBAH.COM, Lembahjaya – {LEAD}\n"
        + "\n".join(BODY)
        + "\nlembah.tribunnews.com\nCopyright © 2024 Tribun Lembah. All Right Reserved\n"
    )
    meta = _meta(text)
    assert (meta.outlet, meta.outlet_domain) == ("Tribun Lembah", "tribunnews.com")
