"""Made-up pages for the tests of general rules: outlets, places and people that exist nowhere
(Kabar Lembah, Lembahjaya, Made Arta), so that a rule is tested on pages no registry entry,
outlet signature or labelled page knows."""

from __future__ import annotations

from etl.document import Metadata, RawDocument
from etl.pipeline import Analysis, analyze

#: The made-up story: a flood in Lembahjaya, its headline, lead and body paragraphs.
HEADLINE = "Banjir Rendam Ratusan Rumah di Lembahjaya, Warga Mengungsi ke Balai Desa"
LEAD = (
    "Banjir merendam sedikitnya 412 rumah warga di empat kecamatan di Kabupaten Lembahjaya "
    "setelah hujan deras mengguyur daerah itu sejak Senin sore hingga Selasa pagi."
)
BODY = [
    "Ketinggian air di permukiman bervariasi antara 50 sentimeter hingga 1,2 meter, kata "
    "kepala pelaksana badan penanggulangan bencana daerah di posko utama, Selasa.",
    "Ia menyebutkan empat kecamatan yang terdampak dan sekitar 150 hektare sawah yang baru "
    "ditanami ikut tergenang air sejak Senin malam.",
    "Pemerintah daerah mendirikan dua dapur umum untuk memenuhi kebutuhan makan warga yang "
    "mengungsi ke balai desa dan masjid terdekat.",
]


def analyze_page(text: str, fmt: str = "text") -> Analysis:
    """The whole stage on a made-up page: a text dump (``text``) or an HTML page (``html``)."""
    name = "t.html" if fmt == "html" else "t.txt"
    raw = RawDocument(source_path=name, data=text.encode(), format=fmt, relative_path=name)
    return analyze(raw)


def meta_of(text: str, fmt: str = "text") -> Metadata:
    """The metadata the stage finds on a made-up page."""
    return analyze_page(text, fmt).meta.meta


def dump(top: str, lead: str, tail: str = "") -> str:
    """A text dump of the story: ``top`` (masthead, menu), the headline and its dated line,
    ``lead``, the body, ``tail`` (footer)."""
    return top + f"{HEADLINE}\nSelasa, 5 Desember 2023 14:48 WIB\n{lead}\n" + "\n".join(BODY) + tail
