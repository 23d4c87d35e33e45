"""``berita serve``: the scheduled deployments of ``deploy/prefect.yaml``, without a work pool.

``flow.serve`` registers the deployments with the Prefect server (``PREFECT_API_URL``) and runs
their flow runs in this process's children until it is stopped. The schedules are the same as
the work-pool deployments' (a test keeps the two in step).
"""

from __future__ import annotations

from typing import Any

from prefect import serve
from prefect.deployments.runner import RunnerDeployment
from prefect.schedules import Cron

from flows.clean_news import clean_news

TIMEZONE = "Asia/Jakarta"
#: Every hour on the hour: new and changed inputs only.
HOURLY_CRON = "0 * * * *"
#: Every night at 01:30: every input re-checked.
NIGHTLY_CRON = "30 1 * * *"
#: Names of the served deployments (``clean_news/<name>``).
SERVED = {"hourly": "serve-hourly", "nightly": "serve-nightly-full"}


def deployment_parameters(
    sources: list[str],
    output: str,
    batch_size: int = 100,
    workers: int = 0,
    dask_address: str | None = None,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "sources": sources,
        "output": output,
        "batch_size": batch_size,
        "workers": workers,
    }
    if dask_address:
        params["dask_address"] = dask_address
    return params


def serve_deployments(
    sources: list[str],
    output: str,
    batch_size: int = 100,
    workers: int = 0,
    dask_address: str | None = None,
    limit: int = 1,
) -> None:
    """Serve the hourly and the nightly deployment until interrupted."""
    params = deployment_parameters(sources, output, batch_size, workers, dask_address)
    hourly = clean_news.to_deployment(
        name=SERVED["hourly"],
        schedules=[Cron(HOURLY_CRON, timezone=TIMEZONE)],
        parameters={**params, "full": False},
        description="Hourly incremental run: new and changed inputs.",
        tags=["berita", "hourly"],
    )
    nightly = clean_news.to_deployment(
        name=SERVED["nightly"],
        schedules=[Cron(NIGHTLY_CRON, timezone=TIMEZONE)],
        parameters={**params, "full": True},
        description="Nightly full re-check: every input.",
        tags=["berita", "nightly"],
    )
    assert isinstance(hourly, RunnerDeployment) and isinstance(nightly, RunnerDeployment)
    serve(hourly, nightly, limit=limit)
