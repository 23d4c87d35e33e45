"""The metadata stage on the blind rounds that were then used to generalize (splits 'heldout3' to
'heldout7' in tests/fixtures/meta).

Each round is pages of outlets the rules had never been tuned or measured on, labelled before
the stage was run on them and measured blind once; the stage was then generalized from the
misses, so the round is no longer held out and every page must be right field by field (a
field the generalizing has not reached yet is a strict xfail naming it, so the test turns red
the day it is right). Their
blind figures (outlet and domain by identity with the registry; `strict` the plain string
match, measured as strings before round 5):

| round | pages | outlet | strict | domain | title | time | authors | editors | initials | agencies | photo | dateline | section |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| heldout3 | 14 | 0.86 | - | - | 0.93 | 0.79 | 0.83 | 0.76 | 0.86 | 1.00 | 0.64 | 0.86 | 0.43 |
| heldout4 | 14 | 0.79 | 0.36 | 0.86 | 0.86 | 0.93 | 0.93 | 0.93 | 1.00 | 0.86 | 0.64 | 0.64 | 0.71 |
| heldout5 | 16 | 0.81 | 0.56 | 0.81 | 0.81 | 0.88 | 1.00 | 1.00 | 1.00 | 0.94 | 0.69 | 0.75 | 0.62 |
| heldout6 | 16 | 0.88 | 0.56 | 0.88 | 0.94 | 0.94 | 0.94 | 0.98 | 0.94 | 0.94 | 0.88 | 0.88 | 0.50 |
| heldout7 | 14 | 0.64 | 0.50 | 0.93 | 0.71 | 0.93 | 1.00 | 0.98 | 0.71 | 1.00 | 0.79 | 0.79 | 0.64 |
| heldout8 | 16 | 0.81 | 0.75 | 0.81 | 0.81 | 0.94 | 0.94 | 1.00 | 0.88 | 1.00 | 1.00 | 0.75 | 0.88 |
| heldout9 | 16 | 0.81 | 0.81 | 0.88 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.81 | 0.94 | 0.94 | 1.00 |
| heldout10 | 16 | 1.00 | 0.94 | 1.00 | 1.00 | 0.81 | 0.88 | 1.00 | 0.94 | 0.94 | 0.88 | 0.88 | 0.88 |
| heldout11 | 16 | 0.88 | 0.88 | 0.94 | 0.94 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.81 |
| heldout12 | 16 | 0.88 | 0.88 | 1.00 | 1.00 | 0.81 | 0.94 | 1.00 | 0.94 | 1.00 | 0.88 | 0.94 | 1.00 |
| heldout13 | 16 | 0.81 | 0.81 | 0.88 | 1.00 | 0.94 | 0.79 | 1.00 | 0.88 | 0.88 | 0.88 | 0.94 | 0.94 |
| heldout14 | 16 | 0.88 | 0.88 | 0.88 | 0.88 | 0.94 | 0.92 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.94 |
| heldout15 | 16 | 0.75 | 0.75 | 0.88 | 1.00 | 1.00 | 0.94 | 1.00 | 1.00 | 0.94 | 0.94 | 1.00 | 1.00 |
| heldout16 | 16 | 0.81 | 0.81 | 0.88 | 1.00 | 1.00 | 0.94 | 1.00 | 1.00 | 1.00 | 0.94 | 0.88 | 1.00 |
| heldout17 | 16 | 0.94 | 0.94 | 0.94 | 1.00 | 1.00 | 1.00 | 0.94 | 1.00 | 1.00 | 0.81 | 1.00 | 1.00 |
| heldout18 | 16 | 0.94 | 0.94 | 0.81 | 1.00 | 1.00 | 1.00 | 1.00 | 0.94 | 1.00 | 0.81 | 1.00 | 1.00 |
| heldout19 | 16 | 0.75 | 0.75 | 0.94 | 1.00 | 0.88 | 0.94 | 1.00 | 1.00 | 1.00 | 0.94 | 0.94 | 1.00 |
| heldout20 | 16 | 0.94 | 0.94 | 0.94 | 1.00 | 0.94 | 0.92 | 1.00 | 1.00 | 1.00 | 0.88 | 0.94 | 0.94 |
| heldout21 | 16 | 0.94 | 0.94 | 0.81 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.88 | 0.88 | 1.00 |
| heldout22 | 16 | 0.88 | 0.88 | 0.88 | 1.00 | 1.00 | 1.00 | 1.00 | 0.94 | 1.00 | 1.00 | 0.94 | 0.81 |
| heldout23 | 16 | 0.94 | 0.94 | 0.75 | 0.88 | 0.94 | 1.00 | 0.94 | 0.94 | 1.00 | 1.00 | 0.81 | 0.94 |
| heldout24 | 16 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.94 | 0.94 | 1.00 | 1.00 | 1.00 | 0.94 | 0.88 |
| heldout25 | 16 | 0.88 | 0.88 | 0.94 | 0.94 | 1.00 | 1.00 | 1.00 | 0.94 | 1.00 | 0.81 | 0.88 | 0.88 |
| heldout26 | 16 | 0.62 | 0.62 | 0.75 | 1.00 | 0.88 | 1.00 | 1.00 | 0.94 | 1.00 | 0.88 | 0.94 | 0.94 |
| heldout27 | 16 | 0.75 | 0.75 | 0.81 | 0.94 | 1.00 | 1.00 | 0.98 | 1.00 | 1.00 | 1.00 | 1.00 | 0.94 |
| heldout28 | 16 | 0.94 | 0.94 | 1.00 | 0.94 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.94 | 1.00 |
| heldout29 | 16 | 0.94 | 0.94 | 1.00 | 1.00 | 1.00 | 0.94 | 0.94 | 1.00 | 1.00 | 0.88 | 0.94 | 1.00 |
| heldout30 | 16 | 0.81 | 0.81 | 0.88 | 1.00 | 1.00 | 1.00 | 1.00 | 0.94 | 1.00 | 0.94 | 0.81 | 0.94 |
| heldout31 | 16 | 0.94 | 0.94 | 1.00 | 1.00 | 0.94 | 0.88 | 0.94 | 0.94 | 0.94 | 1.00 | 0.88 | 0.88 |
| heldout32 | 16 | 1.00 | 1.00 | 0.88 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 |
| heldout33 | 16 | 0.94 | 0.94 | 0.88 | 1.00 | 1.00 | 1.00 | 0.98 | 1.00 | 1.00 | 1.00 | 0.88 | 0.94 |
| heldout34 | 16 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.94 | 1.00 | 1.00 |
| heldout35 | 16 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.94 | 1.00 |
| heldout36 | 16 | 0.94 | 0.94 | 1.00 | 1.00 | 1.00 | 0.98 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 |
| heldout37 | 16 | 1.00 | 1.00 | 0.81 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.88 | 1.00 |
| heldout38 | 16 | 1.00 | 1.00 | 0.94 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.94 | 1.00 | 1.00 | 0.94 |
| heldout39 | 16 | 1.00 | 1.00 | 0.75 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.94 | 0.94 | 0.94 |
| heldout40 | 16 | 1.00 | 1.00 | 0.75 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0.81 |

Each round was measured with the stage as the previous round's generalizing left it; the
latest round's blind figures are the latest measurement of how the stage does on outlets it
has never seen, the figures after generalizing from a round no such measurement. Rounds 33 to
36 were measured together after the generalizing from rounds 29 to 32, and rounds 37 to 40,
written after that measurement, measured the same stage again; neither was used to generalize:
their misses stand as measured (each named below); pooled over their 128 pages they meet every
target (test_the_latest_measurement_meets_the_targets), one page each of 33 and 36 leaving
those rounds' outlet at 0.94 alone (strict xfails). The general
rules each round's misses led to are tested on outlets the registry
lacks: tests/metadata/test_general_rules.py (rounds 3-4), test_self_named_outlets.py (round 5),
test_unstated_values.py (round 6), test_round7_rules.py (round 7), test_round8_rules.py
(round 8), test_round9_rules.py (round 9), test_round10_rules.py (round 10),
test_round11_rules.py (round 11), test_round12_rules.py (round 12), test_round13_rules.py
(rounds 13 and 14, measured together), test_round15_rules.py (rounds 15 and 16, likewise),
test_round17_rules.py (rounds 17 and 18, likewise), test_round19_rules.py (rounds 19 and
20, likewise), test_round21_rules.py (rounds 21 to 24, likewise), test_round25_rules.py
(rounds 25 to 28, likewise), test_round29_rules.py (rounds 29 to 32, likewise).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from etl.metadata.evaluate import (
    FIELDS,
    Case,
    Score,
    compare,
    got_fields,
    invented,
    load_cases,
    score_cases,
)
from etl.pipeline import analyze

META = Path(__file__).resolve().parents[1] / "fixtures" / "meta"

#: Blind figures per round (the table above), and (pages, distinct outlets) each round has.
BLIND: dict[str, dict[str, float]] = {
    "heldout3": {"outlet": 0.86, "title": 0.93, "published": 0.79, "authors": 0.83},
    "heldout4": {"outlet": 0.79, "title": 0.86, "published": 0.93, "authors": 0.93},
    "heldout5": {"outlet": 0.81, "title": 0.81, "published": 0.88, "authors": 1.00},
    "heldout6": {"outlet": 0.88, "title": 0.94, "published": 0.94, "authors": 0.94},
    "heldout7": {"outlet": 0.64, "title": 0.71, "published": 0.93, "authors": 1.00},
    "heldout8": {"outlet": 0.81, "title": 0.81, "published": 0.94, "authors": 0.94},
    "heldout9": {"outlet": 0.81, "title": 1.00, "published": 1.00, "authors": 1.00},
    "heldout10": {"outlet": 1.00, "title": 1.00, "published": 0.81, "authors": 0.88},
    "heldout11": {"outlet": 0.88, "title": 0.94, "published": 1.00, "authors": 1.00},
    "heldout12": {"outlet": 0.88, "title": 1.00, "published": 0.81, "authors": 0.94},
    "heldout13": {"outlet": 0.81, "title": 1.00, "published": 0.94, "authors": 0.79},
    "heldout14": {"outlet": 0.88, "title": 0.88, "published": 0.94, "authors": 0.92},
    "heldout15": {"outlet": 0.75, "title": 1.00, "published": 1.00, "authors": 0.94},
    "heldout16": {"outlet": 0.81, "title": 1.00, "published": 1.00, "authors": 0.94},
    "heldout17": {"outlet": 0.94, "title": 1.00, "published": 1.00, "authors": 1.00},
    "heldout18": {"outlet": 0.94, "title": 1.00, "published": 1.00, "authors": 1.00},
    "heldout19": {"outlet": 0.75, "title": 1.00, "published": 0.88, "authors": 0.94},
    "heldout20": {"outlet": 0.94, "title": 1.00, "published": 0.94, "authors": 0.92},
    "heldout21": {"outlet": 0.94, "title": 1.00, "published": 1.00, "authors": 1.00},
    "heldout22": {"outlet": 0.88, "title": 1.00, "published": 1.00, "authors": 1.00},
    "heldout23": {"outlet": 0.94, "title": 0.88, "published": 0.94, "authors": 1.00},
    "heldout24": {"outlet": 1.00, "title": 1.00, "published": 1.00, "authors": 0.94},
    "heldout25": {"outlet": 0.88, "title": 0.94, "published": 1.00, "authors": 1.00},
    "heldout26": {"outlet": 0.62, "title": 1.00, "published": 0.88, "authors": 1.00},
    "heldout27": {"outlet": 0.75, "title": 0.94, "published": 1.00, "authors": 1.00},
    "heldout28": {"outlet": 0.94, "title": 0.94, "published": 1.00, "authors": 1.00},
    "heldout29": {"outlet": 0.94, "title": 1.00, "published": 1.00, "authors": 0.94},
    "heldout30": {"outlet": 0.81, "title": 1.00, "published": 1.00, "authors": 1.00},
    "heldout31": {"outlet": 0.94, "title": 1.00, "published": 0.94, "authors": 0.88},
    "heldout32": {"outlet": 1.00, "title": 1.00, "published": 1.00, "authors": 1.00},
    "heldout33": {"outlet": 0.94, "title": 1.00, "published": 1.00, "authors": 1.00},
    "heldout34": {"outlet": 1.00, "title": 1.00, "published": 1.00, "authors": 1.00},
    "heldout35": {"outlet": 1.00, "title": 1.00, "published": 1.00, "authors": 1.00},
    "heldout36": {"outlet": 0.94, "title": 1.00, "published": 1.00, "authors": 0.98},
    "heldout37": {"outlet": 1.00, "title": 1.00, "published": 1.00, "authors": 1.00},
    "heldout38": {"outlet": 1.00, "title": 1.00, "published": 1.00, "authors": 1.00},
    "heldout39": {"outlet": 1.00, "title": 1.00, "published": 1.00, "authors": 1.00},
    "heldout40": {"outlet": 1.00, "title": 1.00, "published": 1.00, "authors": 1.00},
}
SIZE = {
    "heldout3": (14, 14),
    "heldout4": (14, 12),
    "heldout5": (16, 16),
    "heldout6": (16, 16),
    "heldout7": (14, 14),
    "heldout8": (16, 16),
    "heldout9": (16, 16),
    "heldout10": (16, 16),
    "heldout11": (16, 16),
    "heldout12": (16, 16),
    "heldout13": (16, 16),
    "heldout14": (16, 16),
    "heldout15": (16, 16),
    "heldout16": (16, 16),
    "heldout17": (16, 16),
    "heldout18": (16, 16),
    "heldout19": (16, 16),
    "heldout20": (16, 16),
    "heldout21": (16, 16),
    "heldout22": (16, 16),
    "heldout23": (16, 16),
    "heldout24": (16, 16),
    "heldout25": (16, 16),
    "heldout26": (16, 16),
    "heldout27": (16, 16),
    "heldout28": (16, 16),
    "heldout29": (16, 16),
    "heldout30": (16, 16),
    "heldout31": (16, 16),
    "heldout32": (16, 16),
    "heldout33": (16, 16),
    "heldout34": (16, 16),
    "heldout35": (16, 16),
    "heldout36": (16, 16),
    "heldout37": (16, 16),
    "heldout38": (16, 16),
    "heldout39": (16, 16),
    "heldout40": (16, 16),
}
#: The latest blind measurements of one stage, not used to generalize: rounds 33 to 36, and
#: rounds 37 to 40 written after them.
LATEST = tuple(f"heldout{n}" for n in range(33, 41))
#: The metadata targets, held on each round alone.
TARGETS = {"title": 0.90, "published": 0.90, "authors": 0.85, "outlet": 0.95, "agencies": 0.90}
#: Rounds where some outlet spells itself otherwise than the registry ('Tribun-Bali.com',
#: 'Tribun-Medan.com', 'Tribunjogja.com'): identity is right, the strict match is lower.
SPELLED_OTHERWISE = ("heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout10")

#: Targets a round does not meet yet, with the figure measured after generalizing.
NOT_MET: dict[tuple[str, str], float] = {
    # an edition's name ('Coconuts Jakarta') under its group's masthead
    ("heldout26", "outlet"): 0.94,
    # the latest rounds as measured: one page each ('BANPOS' for Banten Pos, 'Komentar' for
    # Harian Komentar)
    ("heldout33", "outlet"): 0.94,
    ("heldout36", "outlet"): 0.94,
}
#: Fields of a page the generalizing has not reached yet.
NOT_YET: dict[str, set[str]] = {
    # 'Politik' right above the headline, closing the menu's run: in a text dump it reads like
    # the menu's last entry, which is no rubric (test_self_named_outlets)
    "narasi/politik_relative_time_antara.txt": {"section"},
    # JSON-LD articleSection 'Ekonomi' beside the breadcrumb 'Internasional': the declared
    # section is read first, as on the pages of earlier rounds whose labels take it
    "channel9/tokyo_yoast_utc_reuters.html": {"section"},
    # dumps that print no host of their own: the domain a reader knows (paluekspres.fajar.co.id,
    # lampunggeh.co.id) is not on the page, and the registry lacks them
    "paluekspres/sigi_relative_time_two_reporters.txt": {"outlet_domain"},
    "lampunggeh/bandarlampung_begal_relative_time.txt": {"outlet_domain"},
    # breadcrumb 'Daerah > Kendari' and articleSection ['Daerah', 'Kendari']: the known rubric
    # is read, as on earlier rounds' pages ('Jayapura > Daerah' is Daerah); labelled Kendari
    "sultrakini/kendari_wp_utc_head_wita.html": {"section"},
    # dumps naming themselves with no host printed, outlets the registry lacks
    "alkhairaat/palu_inflasi_jam_lalu.txt": {"outlet_domain"},
    "malangtimes/drainase_soekarno_hatta_updated.txt": {"outlet_domain"},
    "babelpos/pangkalpinang_lada_antara_republish.txt": {"outlet_domain"},
    "harianmerapi/sleman_merapi_guguran_closing_initials.txt": {"outlet_domain"},
    "sultengraya/donggala_solar_nelayan_wita_redaktur.txt": {"outlet_domain"},
    "acehkini/pidie_rohingya_dikutip_afp.txt": {"outlet_domain"},
    "murianews/kudus_updated_time_reporter.txt": {"outlet_domain"},
    "harianandalas/kisaran_banjir_oleh_redaktur.txt": {"outlet_domain"},
    "satelitnews/tangerang_snol_day_only_initials.txt": {"outlet_domain"},
    "kabarsumbawa/sumbawa_besar_oleh_diperbarui.txt": {"outlet_domain"},
    "sapos/samarinda_banjir_two_authors_updated.txt": {"outlet_domain"},
    "timorexpress/kupang_air_bersih_wita.txt": {"outlet_domain"},
    # a rubric word the page prints right above its headline, past the menu, that is no known
    # section ('Laporan Mendalam'), in a dump that prints no host either
    "projectmultatuli/wawonii_date_only_two_authors.txt": {"outlet_domain", "section"},
    # JSON-LD articleSection 'News' beside the breadcrumb's 'Internasional': the declared
    # section is read first, as earlier labels take it (liputan6, idntimes: 'News')
    "indozone/maui_reuters_afp_photo.html": {"section"},
    # breadcrumb 'Daerah > Gresik': the known rubric is read, as on sultrakini's page
    "radarjatim/gresik_jembatan_updated_time.html": {"section"},
    # rounds 25 to 28: dumps printing no host
    "rmolsumsel/palembang_laporan_no_dateline.txt": {"outlet_domain", "photo_credits"},
    "suaramuhammadiyah/yogyakarta_date_only_no_author.txt": {"outlet_domain"},
    "fajarbali/tabanan_pratima_updated_initials.txt": {"outlet_domain"},
    "ntbsatu/mataram_two_authors_motogp.txt": {"outlet_domain"},
    "ruaitv/sintang_kontributor_zoneless.txt": {"outlet_domain"},
    # 'Jakarta, NU Online' on a line of its own: a two-word outlet after the place is read
    # only when it is one word ('DENPASAR, NusaBali'); 'Tasawuf/Akhlak' a rubric taken for a
    # credit
    "nuonline/jakarta_dateline_own_line.txt": {"outlet_domain", "photo_credits", "dateline"},
    # an edition's name ('Coconuts Jakarta') under the group's masthead, no host printed
    "coconuts/jakarta_ppkm_reuters_english.txt": {"outlet", "outlet_domain"},
    # credits a caption sets apart with dashes and a lower-case outlet ('-Foto:
    # Doni/radarbengkulu-'), a list in the page taken for one ('Kabupaten/Kota'), and an
    # English page's 'Photo courtesy of' line
    "radarbengkulu/kaur_disway_pipe_byline.txt": {"photo_credits"},
    "saibumi/bandarlampung_day_only_no_meta.html": {"photo_credits", "section"},
    "indonesiaexpat/bali_levy_date_only_english.html": {"photo_credits", "section"},
    # closing codes the page sets apart in its own way, rubrics a dump prints only in its menu
    "riauterkini/bengkalis_initials_no_author.txt": {"editor_initials", "section"},
    "lensaindonesia/surabaya_bus_sekolah_jawapos_cited.txt": {"editor_initials"},
    # 'Starberita - Gaza, ...': the outlet's name, a dash, then the place
    "starberita/medan_oleh_afp.txt": {"dateline"},
    # rounds 29 to 32: dumps printing no host
    "neraca/jakarta_date_only_antara_photo.txt": {"outlet_domain"},
    "satelitpost/purwokerto_banjir_reporter_editor.txt": {"outlet_domain"},
    "luwukpost/luwuk_rekapitulasi_ppk_penulis.txt": {"outlet_domain"},
    "poskomalut/ternate_sabu_two_reporters_wit.txt": {"outlet_domain"},
    # bylines inside the story's closing brackets ('(Suherman/HR-Online/Editor: Eva Latifah)',
    # '(Reporter: Fadli Rahman / Editor: Hasan Basri)')
    "harapanrakyat/ciamis_hr_online_closing_byline.txt": {"authors", "editors"},
    "kalimantanlive/banjarmasin_kebakaran_kelayan_bottom_byline.txt": {"authors", "editors"},
    # credits whose outlet part the caption writes as a domain ('Dok/jambiupdate.co',
    # 'Jatimplus.ID/Nama', 'Andri Wiguna/radarindramayu.id')
    "jambiupdate/jambi_tbs_sawit_disway_reuters.html": {"photo_credits"},
    "radarindramayu/indramayu_disway_gabah_dash_date.txt": {"photo_credits"},
    "jatimplus/blitar_relative_time_cited_paper.txt": {"photo_credits"},
    # datelines: 'Mudanews.com – Medan |', 'WONOSARI, (KH),—', 'Jakarta, law-justice.co -'
    # (a hyphen in the domain), 'Kota Bima, Kahaba.-'; a page whose lead names no place the
    # label reads from its caption
    "mudanews/medan_pipe_lead_logistik_pemilu.txt": {"dateline"},
    "kabarhandayani/wonosari_kontributor_kh.txt": {"dateline"},
    "lawjustice/jakarta_slash_date_two_writers.txt": {"dateline"},
    "baliekbis/denpasar_bi_no_head_date_initials.html": {"dateline", "section"},
    "kahaba/kota_bima_bawang_merah_kahaba_dot_dash.html": {"dateline"},
    # closing codes with digits or one letter ('kbc10', 'im') set apart in their own way
    "kabarbisnis/global_oil_reuters_kbc_code.html": {"editor_initials"},
    "beritasampit/sampit_karhutla_two_writers_updated.txt": {"editor_initials"},
    # a rubric printed only in the menu
    "panturapost/tegal_antara_no_author.txt": {"section"},
    # a UTC-only time of a story datelined abroad (Jenewa) on an outlet of NTT: the outlet's
    # zone is not known without a registry entry
    "selatanindonesia/jenewa_campak_afp_utc_jsonld.html": {"published"},
    # '(Sumber: Antara)' closing the last paragraph after its full stop
    "wartabanjar/martapura_pasar_wadai_editor_only_antara.html": {"agencies"},
    # rounds 33 to 36: measured blind, not used to generalize; every miss of theirs
    "bantenpos/serang_banpos_utc_meta_two_authors.html": {"outlet"},
    "batakpos/medan_antara_no_author.txt": {"outlet_domain"},
    "jurnalbogor/cibinong_pipe_dateline_initials.txt": {"outlet_domain", "dateline"},
    "lintasgayo/takengon_oleh_no_zone.txt": {"editors", "dateline"},
    "padangtoday/bukittinggi_agt_no_head_date.html": {"section"},
    "radarsidoarjo/porong_tanggul_updated.html": {"photo_credits"},
    "bimakini/kota_bima_bawang_updated_initials.html": {"dateline"},
    "kabarmapegaa/nabire_oleh_suarapapua_wit.txt": {"authors"},
    "komentar/manado_ruang_afp_tanpa_penulis.html": {"outlet"},
    # rounds 37 to 40: the same stage measured again, not used to generalize; every miss
    "babelreview/pangkalpinang_timah_bangka_pos.txt": {"outlet_domain"},
    "faktabanten/serang_diperbarui_dua_reporter.txt": {"outlet_domain"},
    "jabarnews/bandung_jsonld_utc_only.html": {"dateline"},
    "orbitdigitaldaily/medan_banjir_penulis_editor.txt": {"outlet_domain", "dateline"},
    "beritajakarta/pemerintahan_reporter_foto.html": {"section"},
    "kiblat/sudan_utc_only_aljazeera.html": {"agencies"},
    "malangtoday/batu_relative_time.txt": {"outlet_domain"},
    "atnews/denpasar_wita_penulis_initials.txt": {"outlet_domain", "photo_credits"},
    "balikpapanpos/balikpapan_initials_no_author.txt": {"outlet_domain"},
    "banjarhits/banjarmasin_relative_utc_jsonld.html": {"section"},
    "kaltaranews/tanjung_selor_pewarta_sumber_antara.txt": {"dateline"},
    "radarsumbawa/sumbawa_besar_updated_time.txt": {"outlet_domain"},
    "rakyatkalbar/sanggau_border_cited_newspaper.txt": {"outlet_domain"},
    "ambonterkini/ambon_curanmor_tanpa_penulis.html": {"section"},
    "nabirepost/nabire_tanggal_saja_laporan_wartawan.txt": {"outlet_domain", "section"},
    "palupost/palu_gempa_oleh_koran_dikutip.txt": {"outlet_domain"},
    "papuapost/timika_antara_tanpa_penulis.txt": {"outlet_domain"},
    "ternatetoday/ternate_pilkada_dua_reporter.txt": {"outlet_domain", "section"},
}

ROUNDS = tuple(BLIND)
ALL_CASES = [c for c in load_cases(META) if c.split in ROUNDS]
CASES = {r: [c for c in ALL_CASES if c.split == r] for r in ROUNDS}


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, Any]]:
    return {c.name: got_fields(analyze(c.raw()).meta.meta) for c in ALL_CASES}


@pytest.fixture(scope="module")
def scores(results: dict[str, dict[str, Any]]) -> dict[str, Score]:
    out = {}
    for r in ROUNDS:
        by_split, _misses = score_cases(CASES[r], lambda c: results[c.name])
        out[r] = by_split["all"]
    return out


@pytest.mark.parametrize("round_", ROUNDS)
def test_the_round_is_there(round_: str) -> None:
    pages, outlets = SIZE[round_]
    cases = CASES[round_]
    assert len(cases) >= pages
    assert len({c.outlet_key for c in cases}) >= outlets
    assert {c.path.suffix for c in cases} == {".html", ".txt"}


@pytest.mark.parametrize(
    ("round_", "field"),
    [
        pytest.param(
            r,
            f,
            marks=pytest.mark.xfail(strict=True, reason=f"{r} {f}: {NOT_MET[(r, f)]:.2f}"),
        )
        if (r, f) in NOT_MET
        else (r, f)
        for r in ROUNDS
        for f in TARGETS
    ],
)
def test_targets_met(round_: str, field: str, scores: dict[str, Score]) -> None:
    assert (scores[round_].mean(field) or 0.0) >= TARGETS[field], (
        f"{round_} {field}: blind {BLIND[round_].get(field, '-')}"
    )


def test_the_latest_measurement_meets_the_targets(results: dict[str, dict[str, Any]]) -> None:
    """Rounds 33 to 40, 128 pages of 128 outlets the stage was not tuned on: every target met."""
    cases = [c for c in ALL_CASES if c.split in LATEST]
    assert len(cases) == 128 and len({c.outlet_key for c in cases}) == 128
    by_split, _misses = score_cases(cases, lambda c: results[c.name])
    pooled = by_split["all"]
    for field, target in TARGETS.items():
        assert (pooled.mean(field) or 0.0) >= target, field
    assert [f for c in cases for f in invented(c.expected, results[c.name])] == []


@pytest.mark.parametrize("round_", ROUNDS)
def test_better_than_blind(round_: str, scores: dict[str, Score]) -> None:
    # generalizing from a round's misses never leaves it below its blind figures
    for field, blind in BLIND[round_].items():
        assert (scores[round_].mean(field) or 0.0) >= blind - 0.005, field  # figures rounded


@pytest.mark.parametrize("round_", ROUNDS)
def test_no_invented_values(round_: str, results: dict[str, dict[str, Any]]) -> None:
    found = [
        (case.name, name, value)
        for case in CASES[round_]
        for name, value in invented(case.expected, results[case.name])
        if name not in NOT_YET.get(case.name, set())
    ]
    assert found == []


@pytest.mark.parametrize("round_", ROUNDS)
def test_cases_are_labelled_on_every_scored_field(round_: str) -> None:
    for case in CASES[round_]:
        assert set(FIELDS) <= set(case.expected), case.name


@pytest.mark.parametrize("round_", SPELLED_OTHERWISE)
def test_outlet_strict_spelling_is_reported_beside_identity(
    round_: str, scores: dict[str, Score]
) -> None:
    assert (scores[round_].mean("outlet") or 0.0) == 1.0
    assert (scores[round_].mean("outlet_strict") or 0.0) < 1.0


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: c.name)
def test_field_by_field(case: Case, results: dict[str, dict[str, Any]]) -> None:
    got = results[case.name]
    wrong = {
        name: (got[name], want)
        for name, want in case.expected.items()
        if name in FIELDS and compare(name, got[name], want, case.expected) < 1.0
    }
    assert set(wrong) == NOT_YET.get(case.name, set())
