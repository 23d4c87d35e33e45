"""One run over generated inputs, for the kill tests: ``python -m tests.writers.crash_child
OUT INPUTS TEMPLATES GEN``. Each input becomes an article built from a real seed article, its text
ending in ``Generasi GEN.``; prints ``ready`` once imported, then locks, plans, writes, commits."""

from __future__ import annotations

import hashlib
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from etl.dataset import Dataset
from etl.pipeline import new_run_id
from etl.readers.files import discover
from schemas import Article


def main(out: str, inputs: str, templates: str, gen: int) -> None:
    with open(templates, encoding="utf-8") as fh:
        base = [json.loads(line) for line in fh]
    print("ready", flush=True)
    run_id = new_run_id()
    ds = Dataset(out, lock_timeout=60)
    with ds.lock(run_id):
        plan = ds.plan(discover([inputs]))
        writer = ds.writer(run_id, plan)
        for start in range(0, len(plan.todo), 10):
            batch = []
            for item in plan.todo[start : start + 10]:
                n = int(item.path.rsplit("_", 1)[1].split(".")[0])
                data = Path(item.path).read_bytes()
                t = dict(base[n % len(base)])
                t.update(
                    doc_id=hashlib.sha256(item.relative_path.encode()).hexdigest()[:32],
                    source_path=item.path,
                    text=t["text"] + f"\n\nGenerasi {gen}.",
                    content_sha256=hashlib.sha256(data).hexdigest(),
                    run_id=run_id,
                    ingested_at=datetime.now(UTC),
                )
                batch.append(Article.model_validate(t))
            writer.write(batch, [])
        writer.commit()
    print("committed", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
