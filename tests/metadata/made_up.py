"""Made-up pages for the tests of general rules: outlets, places and people that exist nowhere
(Kabar Lembah, Lembahjaya, Made Arta), so that a rule is tested on pages no registry entry,
outlet signature or labelled page knows."""

from __future__ import annotations

from etl.document import Metadata, RawDocument
from etl.pipeline import Analysis, analyze

#: Body paragraphs of a made-up story (a flood in Lembahjaya).
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
