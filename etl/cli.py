"""``berita``: the command line.

berita run SOURCE... -o OUT     clean every page under SOURCE into the dataset OUT
berita inspect FILE             show the metadata found and every line kept or dropped
berita compact -o OUT           merge small files of the dataset OUT
berita serve SOURCE... -o OUT   serve the hourly and nightly deployments (Prefect server)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence

from etl.clean.lines import TemplateLookup

_PREFECT_DEFAULTS = {
    # No network here: no analytics, and time for the embedded server to start on small machines.
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_UI_ENABLED": "false",
}


def _prefect_env(verbose: bool) -> None:
    for key, value in _PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)
    if verbose:
        os.environ["PREFECT_LOGGING_LEVEL"] = "INFO"


def cmd_run(args: argparse.Namespace) -> int:
    from etl.readers import discover

    try:
        items = discover(args.sources)
    except FileNotFoundError as exc:
        print(f"berita: {exc}", file=sys.stderr)
        return 2
    if not items:
        print(
            f"berita: no input files (.txt, .html, .htm, .warc, .jsonl, optionally .gz) under "
            f"{' '.join(args.sources)}",
            file=sys.stderr,
        )
        return 2
    from etl.dataset import Dataset
    from etl.lock import DatasetLocked

    try:
        Dataset(args.output).check_writable()
    except OSError as exc:
        print(
            f"berita: output {args.output} is not writable: {exc.strerror or exc}", file=sys.stderr
        )
        return 1
    _prefect_env(args.verbose)
    from flows.clean_news import clean_news

    try:
        from etl.report import ProgressDisplay
        from flows import progress

        with ProgressDisplay() as bar, progress.subscribed(bar.update):
            result = clean_news(
                sources=list(args.sources),
                output=args.output,
                batch_size=args.batch_size,
                full=args.full,
                workers=args.workers,
                dask_address=args.dask_address,
            )
    except DatasetLocked as exc:
        print(f"berita: {exc}", file=sys.stderr)
        return 3
    from etl.report import RunReport

    report = RunReport.from_dict(result)
    print(report.summary())
    return 0


def cmd_compact(args: argparse.Namespace) -> int:
    from etl.dataset import Dataset
    from etl.lock import DatasetLocked
    from etl.pipeline import new_run_id

    ds = Dataset(args.output, target_file_bytes=int(args.target_mb * 1024 * 1024))
    run_id = new_run_id()
    try:
        with ds.lock(run_id):
            res = ds.compact(run_id)
    except DatasetLocked as exc:
        print(f"berita: {exc}", file=sys.stderr)
        return 3
    print(
        f"berita compact {ds.url()}: {res.files_before} files -> {res.files_after} ({res.rows} rows rewritten)"
    )
    return 0


def _templates(output: str | None) -> TemplateLookup | None:
    """The template counts persisted under a run's output folder (for inspect)."""
    if not output:
        return None
    from etl.clean.templates import load_book

    return load_book(output)


def cmd_inspect(args: argparse.Namespace) -> int:
    from etl.errors import StageError
    from etl.pipeline import analyze
    from etl.readers import InputFile, read_input

    path = os.path.abspath(args.file)
    if not os.path.isfile(path):
        print(f"berita: no such file: {args.file}", file=sys.stderr)
        return 2
    try:
        raw = next(read_input(InputFile(path, os.path.dirname(path), os.path.getsize(path))))
        a = analyze(raw, _templates(args.templates))
    except StageError as exc:
        print(f"rejected at {exc.stage}: {exc.reason}: {exc.detail}")
        return 1
    m = a.meta.meta
    fields = {
        "outlet": m.outlet,
        "outlet_domain": m.outlet_domain,
        "url": m.url,
        "title": m.title,
        "published_at_local": m.published_at.isoformat() if m.published_at else None,
        "published_at_source": m.published_at_source,
        "published_at_precision": a.meta.precision,
        "authors": m.authors,
        "editors": m.editors,
        "editor_initials": m.editor_initials,
        "agencies": m.agencies,
        "photo_credits": m.photo_credits,
        "dateline": m.dateline,
        "section": m.section,
        "language": a.language.language,
        "language_score": a.language.score,
        "languages": a.language.shares,
        "extractor": a.clean.extractor,
    }
    if args.json:
        lines = [
            {"line": v.line_no, "kept": v.kept, "reason": v.reason, "rule": v.rule, "text": v.text}
            for v in a.clean.lines
        ]
        print(json.dumps({"metadata": fields, "lines": lines}, ensure_ascii=False, indent=2))
        return 0
    print(f"== {args.file} ({raw.format}, {raw.size_bytes} bytes)")
    for key, value in fields.items():
        print(f"  {key:<24}{value}")
    kept = sum(1 for v in a.clean.lines if v.kept)
    print(f"== lines: {kept} kept, {len(a.clean.lines) - kept} dropped")
    width = max(80, min(os.get_terminal_size().columns if sys.stdout.isatty() else 160, 200))
    for v in a.clean.lines:
        mark = "KEEP" if v.kept else "drop"
        why = "" if v.kept else f"{v.reason}" + (f" ({v.rule})" if v.rule else "")
        text = v.text if len(v.text) <= width - 50 else v.text[: width - 53] + "..."
        print(f"{v.line_no:>4} {mark} {why:<34} {text}")
    return 0


def _workers(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"a number of processes (0 = one per core), not {value!r}")
    return int(value)


def _dask_address(value: str) -> str:
    if not re.fullmatch(r"(tcp|tls|inproc|ucx)://\S+", value):
        raise argparse.ArgumentTypeError(f"a scheduler address like tcp://host:8786, not {value!r}")
    return value


def _add_scale_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--workers",
        type=_workers,
        default=0,
        help="processes for the batches (default 0: one per core)",
    )
    p.add_argument(
        "--dask-address",
        type=_dask_address,
        metavar="tcp://HOST:8786",
        help="run the batches on this Dask scheduler instead of local processes",
    )


def cmd_serve(args: argparse.Namespace) -> int:
    _prefect_env(verbose=True)
    from prefect.settings import get_current_settings

    if not get_current_settings().api.url:
        print(
            "berita: serve needs a Prefect server: start one with `prefect server start` and "
            "set PREFECT_API_URL (see deploy/README.md)",
            file=sys.stderr,
        )
        return 2
    from flows.serve import serve_deployments

    serve_deployments(
        [os.path.abspath(s) for s in args.sources],
        os.path.abspath(args.output),
        batch_size=args.batch_size,
        workers=args.workers,
        dask_address=args.dask_address,
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="berita", description="Scraped Indonesian news to clean, metadata-rich Parquet."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser(
        "run", help="clean pages into a Parquet dataset (runs the Prefect flow clean_news)"
    )
    run.add_argument(
        "sources", nargs="+", metavar="SOURCE", help="files or folders (searched recursively)"
    )
    run.add_argument(
        "-o", "--output", default="data", help="output folder or s3://bucket/prefix (default: data)"
    )
    run.add_argument(
        "--batch-size", type=int, default=100, help="input files per Prefect task (default: 100)"
    )
    run.add_argument("-v", "--verbose", action="store_true", help="show Prefect's logs")
    run.add_argument(
        "--full",
        action="store_true",
        help="reprocess every input, also those unchanged since the last run",
    )
    _add_scale_options(run)
    run.set_defaults(func=cmd_run)
    serve = sub.add_parser(
        "serve",
        help="serve the hourly and nightly deployments of clean_news (needs a Prefect server)",
    )
    serve.add_argument("sources", nargs="+", metavar="SOURCE", help="files or folders")
    serve.add_argument(
        "-o", "--output", default="data", help="output folder or s3://bucket/prefix (default: data)"
    )
    serve.add_argument(
        "--batch-size", type=int, default=100, help="input files per Prefect task (default: 100)"
    )
    _add_scale_options(serve)
    serve.set_defaults(func=cmd_serve)
    comp = sub.add_parser(
        "compact", help="merge each partition's small Parquet files into files of about --target-mb"
    )
    comp.add_argument(
        "-o", "--output", default="data", help="the dataset (folder or s3://bucket/prefix)"
    )
    comp.add_argument(
        "--target-mb", type=float, default=128.0, help="file size to aim for (default: 128)"
    )
    comp.set_defaults(func=cmd_compact)
    insp = sub.add_parser(
        "inspect", help="show metadata and every line kept or dropped, with the reason"
    )
    insp.add_argument("file")
    insp.add_argument("--json", action="store_true", help="machine-readable output")
    insp.add_argument(
        "--templates",
        metavar="OUT",
        help="use the outlet template counts a run persisted under OUT/_state/templates",
    )
    insp.set_defaults(func=cmd_inspect)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:  # `berita inspect FILE | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
