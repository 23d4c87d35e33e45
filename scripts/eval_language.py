"""Measure language identification on the labelled texts in tests/fixtures/langid/.

Prints accuracy per language and length bucket, the commonest wrong answers, how well the score
is calibrated, texts per second on one core, and whether a second process gives the same
answers.

    .venv/bin/python scripts/eval_language.py                 # held-out split, default detector
    .venv/bin/python scripts/eval_language.py --split tune    # the split the settings were tuned on
    .venv/bin/python scripts/eval_language.py --backend langdetect
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

# One core: no BLAS thread pools behind numpy.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl.language import detect_language  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "langid"
BUCKETS = ("word", "pair", "short", "sentence", "paragraph", "formal")
FOCUS = ("id", "ms", "en", "jv", "su", "min", "ban")
# Languages no shipped detector has a model for: they are reported, not used for calibration.
UNMODELLED = ("min", "ban")
TARGETS = {
    ("id", "sentence"): 0.97,
    ("id", "paragraph"): 0.97,
    ("en", "sentence"): 0.99,
    ("en", "paragraph"): 0.99,
    ("jv", "sentence"): 0.95,
    ("jv", "paragraph"): 0.95,
    ("su", "sentence"): 0.93,
    ("su", "paragraph"): 0.93,
    ("id", "short"): 0.85,
    ("id", "formal"): 0.90,
    ("ms", "formal"): 0.80,
}


def load(split: str) -> list[dict[str, str]]:
    name = "heldout.jsonl" if split == "heldout" else "tune.jsonl"
    rows = [json.loads(line) for line in (FIXTURES / name).read_text("utf-8").splitlines()]
    for line in (FIXTURES / "formal.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        if row["split"] == split:
            rows.append(row)
    return rows


def answers(rows: list[dict[str, str]], backend: str) -> list[tuple[str, float]]:
    out = []
    for row in rows:
        r = detect_language(row["text"], backend=backend)  # type: ignore[arg-type]
        out.append((r.language, r.score))
    return out


def digest(rows: list[dict[str, str]], backend: str) -> str:
    h = hashlib.sha256()
    for code, score in answers(rows, backend):
        h.update(f"{code}:{score:.4f}\n".encode())
    return h.hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("heldout", "tune"), default="heldout")
    ap.add_argument("--backend", default="default")
    ap.add_argument("--digest", action="store_true", help="print only a hash of the answers")
    ap.add_argument("--no-repeat", action="store_true", help="skip the second-process check")
    args = ap.parse_args()
    rows = load(args.split)
    if args.digest:
        print(digest(rows, args.backend))
        return

    detect_language("warm up the detectors before timing them", backend=args.backend)  # type: ignore[arg-type]
    t0 = time.perf_counter()
    got = answers(rows, args.backend)
    elapsed = time.perf_counter() - t0

    acc: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    wrong: dict[str, Counter[str]] = defaultdict(Counter)
    bins: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for row, (code, score) in zip(rows, got, strict=True):
        ok = code == row["lang"]
        key = (row["lang"], row["bucket"])
        acc[key][0] += ok
        acc[key][1] += 1
        if not ok and row["bucket"] in ("short", "sentence", "paragraph", "formal"):
            wrong[row["lang"]][code] += 1
        if (
            row["bucket"] in ("short", "sentence", "paragraph", "formal")
            and row["lang"] not in UNMODELLED
        ):
            b = min(int(score * 10), 9)
            bins[b][0] += ok
            bins[b][1] += 1

    print(f"split={args.split} backend={args.backend} texts={len(rows)}")
    print(f"{'lang':6}" + "".join(f"{b:>11}" for b in BUCKETS))
    langs = [c for c in FOCUS if any(k[0] == c for k in acc)]
    langs += sorted({k[0] for k in acc} - set(FOCUS))
    for code in langs:
        cells = []
        for bucket in BUCKETS:
            ok, n = acc.get((code, bucket), [0, 0])
            cells.append(f"{ok / n:6.1%} {n:>3}" if n else f"{'':>10}")
        print(f"{code:6}" + " ".join(f"{c:>10}" for c in cells))

    print("\nTargets (short/sentence/paragraph/formal):")
    for (code, bucket), target in TARGETS.items():
        ok, n = acc.get((code, bucket), [0, 0])
        value = ok / n if n else float("nan")
        mark = "ok" if value >= target else "MISSED"
        print(f"  {code:3} {bucket:9} {value:6.1%} (n={n:>3}) target {target:.0%}  {mark}")

    print("\nCommonest wrong answers (short, sentence, paragraph, formal):")
    for code in FOCUS:
        if wrong.get(code):
            print(f"  {code:4} -> {', '.join(f'{c}:{n}' for c, n in wrong[code].most_common(5))}")

    print("\nScore calibration (every modelled language; short, sentence, paragraph, formal):")
    for b in sorted(bins):
        ok, n = bins[b]
        print(f"  score {b / 10:.1f}-{(b + 1) / 10:.1f}: n={n:>5} accuracy {ok / n:6.1%}")

    sentences = [r["text"] for r in rows if r["bucket"] == "sentence"] * 3
    t0, c0 = time.perf_counter(), time.process_time()
    for text in sentences:
        detect_language(text, backend=args.backend)  # type: ignore[arg-type]
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(
        f"\nSpeed, one process: {len(rows) / elapsed:,.0f} texts/s (wall) over all {len(rows)} texts;"
    )
    print(
        f"  sentence-bucket texts ({len(sentences)} detections): {len(sentences) / cpu:,.0f} "
        f"texts per CPU-second, {len(sentences) / wall:,.0f} texts/s wall"
    )

    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"Peak memory of this process (Python, numpy, the models used, the texts): {rss:,.0f} MB")

    if not args.no_repeat:
        mine = digest(rows, args.backend)
        env = dict(os.environ, PYTHONHASHSEED="12345")
        cmd = [sys.executable, __file__, "--split", args.split, "--backend", args.backend]
        other = subprocess.run(
            [*cmd, "--digest"], env=env, capture_output=True, text=True, check=True
        ).stdout.strip()
        same = "identical" if mine == other else "DIFFERENT"
        print(f"Second process (other hash seed): answers {same} ({mine[:12]})")


if __name__ == "__main__":
    main()
