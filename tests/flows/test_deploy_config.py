"""deploy/prefect.yaml: two scheduled deployments whose parameters the flow accepts."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from prefect.exceptions import ParameterTypeError

from flows import serve
from flows.clean_news import clean_news
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def deployments() -> dict[str, dict[str, Any]]:
    spec = yaml.safe_load((ROOT / "deploy" / "prefect.yaml").read_text())
    return {d["name"]: d for d in spec["deployments"]}


def test_hourly_and_nightly_on_jakarta_time(deployments: dict[str, dict[str, Any]]) -> None:
    assert set(deployments) == {"hourly", "nightly-full"}
    hourly, nightly = deployments["hourly"], deployments["nightly-full"]
    assert [s["cron"] for s in hourly["schedules"]] == [serve.HOURLY_CRON]
    assert [s["cron"] for s in nightly["schedules"]] == [serve.NIGHTLY_CRON]
    for d in (hourly, nightly):
        assert [s["timezone"] for s in d["schedules"]] == [serve.TIMEZONE] == ["Asia/Jakarta"]
        assert d["entrypoint"] == "flows/clean_news.py:clean_news"
        assert (ROOT / d["entrypoint"].split(":")[0]).is_file()
        assert d["work_pool"]["name"] == "berita-process"
    assert hourly["parameters"]["full"] is False and nightly["parameters"]["full"] is True


def test_deployment_parameters_pass_the_flows_validation(
    deployments: dict[str, dict[str, Any]],
) -> None:
    for d in deployments.values():
        params = clean_news.validate_parameters(d["parameters"])
        assert params["sources"] == ["seeds"] and params["workers"] == 0
    served = serve.deployment_parameters(["/srv/pages"], "/srv/out", 50, 2, "tcp://dask:8786")
    assert clean_news.validate_parameters(served)["dask_address"] == "tcp://dask:8786"


@pytest.mark.parametrize(
    "bad",
    [
        {"sources": []},
        {"sources": ["seeds"], "batch_size": 0},
        {"sources": ["seeds"], "workers": -1},
        {"sources": ["seeds"], "dask_address": "dask-scheduler:8786"},
        {"sources": "seeds", "workers": "many"},
    ],
)
def test_bad_parameters_are_refused(bad: dict[str, Any]) -> None:
    with pytest.raises(ParameterTypeError):
        clean_news.validate_parameters(bad)
