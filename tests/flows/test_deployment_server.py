"""A deployment from deploy/prefect.yaml runs through a process worker on a real Prefect server.

Starts ``prefect server start`` on localhost (SQLite in a temporary PREFECT_HOME, analytics and
UI off, the scheduler off so no hourly run fires during the test), creates the work pool,
deploys, starts a worker, triggers the hourly deployment with the seeds and a temporary output,
waits for it, and checks the dataset and the run report. Every process started here is stopped
at the end, also when the test fails.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds
import pytest

from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent
STARTUP_S = 240
RUN_TIMEOUT_S = 600


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Processes:
    """Background processes of the test, each in its own process group."""

    def __init__(self, logs: Path) -> None:
        self.logs = logs
        self.procs: list[subprocess.Popen[bytes]] = []

    def start(self, name: str, args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
        log = open(self.logs / f"{name}.log", "wb")  # noqa: SIM115 - closed with the process
        proc = subprocess.Popen(
            args, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.procs.append(proc)
        return proc

    def stop_all(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        deadline = time.monotonic() + 30
        for proc in reversed(self.procs):
            try:
                proc.wait(timeout=max(1.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)

    def tail(self) -> str:
        out = []
        for log in sorted(self.logs.glob("*.log")):
            out.append(f"--- {log.name}\n" + log.read_text(errors="replace")[-3000:])
        return "\n".join(out)


def _api(url: str, path: str, body: dict[str, Any] | None = None) -> Any:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(
        url + path, data=data, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read() or b"null")


@pytest.fixture()
def prefect_server(tmp_path: Path) -> Iterator[tuple[str, dict[str, str], Processes]]:
    home = tmp_path / "prefect-home"
    home.mkdir()
    port = _free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_API_URL": api_url,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
        "PREFECT_SERVER_API_HOST": "127.0.0.1",
        "PREFECT_SERVER_API_PORT": str(port),
        "PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED": "false",
        "PREFECT_API_DATABASE_CONNECTION_URL": f"sqlite+aiosqlite:///{home / 'prefect.db'}",
        "PREFECT_LOGGING_LEVEL": "INFO",
    }
    env.pop("PREFECT_API_KEY", None)
    procs = Processes(tmp_path)
    try:
        server = procs.start(
            "server",
            [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            env,
        )
        deadline = time.monotonic() + STARTUP_S
        while True:
            try:
                if _api(api_url, "/health") is True:
                    break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail("the Prefect server did not start\n" + procs.tail())
            time.sleep(1)
        yield api_url, env, procs
    finally:
        procs.stop_all()


def _prefect(env: dict[str, str], *args: str, timeout: float = 300) -> str:
    done = subprocess.run(
        [str(BIN / "prefect"), "--no-prompt", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, f"prefect {' '.join(args)}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def test_deployment_runs_through_a_worker(
    prefect_server: tuple[str, dict[str, str], Processes], tmp_path: Path
) -> None:
    api_url, env, procs = prefect_server
    _prefect(env, "work-pool", "create", "berita-process", "--type", "process")
    _prefect(env, "deploy", "--prefect-file", "deploy/prefect.yaml", "--all")

    deployments = {d["name"]: d for d in _api(api_url, "/deployments/filter", {})}
    assert set(deployments) == {"hourly", "nightly-full"}
    for d in deployments.values():
        assert [s["schedule"]["timezone"] for s in d["schedules"]] == ["Asia/Jakarta"]
        assert d["work_pool_name"] == "berita-process"
    assert deployments["nightly-full"]["parameters"]["full"] is True

    pages = tmp_path / "pages"
    shutil.copytree(SEEDS, pages)
    (pages / "empty.txt").write_text("")
    out = tmp_path / "out"
    procs.start(
        "worker",
        [str(BIN / "prefect"), "worker", "start", "--pool", "berita-process", "--limit", "1"],
        env,
    )
    params = {"sources": [str(pages)], "output": str(out), "batch_size": 2, "workers": 2}
    try:
        stdout = _prefect(
            env,
            "deployment",
            "run",
            "clean_news/hourly",
            "--params",
            json.dumps(params),
            "--watch",
            "--watch-timeout",
            str(RUN_TIMEOUT_S),
            timeout=RUN_TIMEOUT_S + 60,
        )
    except AssertionError as exc:
        raise AssertionError(f"{exc}\n{procs.tail()}") from None
    assert "Completed" in stdout

    runs = _api(api_url, "/flow_runs/filter", {})
    assert [(r["state_type"], r["parameters"]["output"]) for r in runs] == [("COMPLETED", str(out))]
    articles = ds.dataset(out / "articles", format="parquet", partitioning="hive").to_table()
    assert articles.num_rows == 5
    rejects = ds.dataset(out / "rejects", format="parquet").to_table()
    assert rejects.column("source_path").to_pylist() == [str(pages / "empty.txt")]
    (report_file,) = (out / "_runs").glob("*.json")
    report = json.loads(report_file.read_text())
    assert (report["inputs"], report["articles"], report["rejects"]) == (6, 5, 1)
    assert report["runner"] == "2 local processes" and report["batches"] == 3
    artifacts = _api(api_url, "/artifacts/filter", {})
    assert any(
        a["key"] == "berita-run-report" and "| articles | 5 |" in a["data"] for a in artifacts
    )


def test_berita_serve_runs_its_deployments_without_a_work_pool(
    prefect_server: tuple[str, dict[str, str], Processes], tmp_path: Path
) -> None:
    api_url, env, procs = prefect_server
    out = tmp_path / "out"
    serve = procs.start(
        "serve", [str(BIN / "berita"), "serve", str(SEEDS), "-o", str(out), "--workers", "1"], env
    )
    deadline = time.monotonic() + STARTUP_S
    served: dict[str, Any] = {}
    while len(served) < 2:
        served = {d["name"]: d for d in _api(api_url, "/deployments/filter", {})}
        if serve.poll() is not None or time.monotonic() > deadline:
            pytest.fail("berita serve did not register its deployments\n" + procs.tail())
        time.sleep(1)
    assert set(served) == {"serve-hourly", "serve-nightly-full"}
    hourly = served["serve-hourly"]
    assert hourly["work_pool_name"] is None
    assert [s["schedule"]["cron"] for s in hourly["schedules"]] == ["0 * * * *"]
    assert [s["schedule"]["timezone"] for s in hourly["schedules"]] == ["Asia/Jakarta"]
    run = _api(api_url, f"/deployments/{hourly['id']}/create_flow_run", {})
    deadline = time.monotonic() + RUN_TIMEOUT_S
    state = ""
    while state not in {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}:
        if time.monotonic() > deadline:
            pytest.fail(f"the served run did not finish (last state {state})\n" + procs.tail())
        time.sleep(2)
        state = _api(api_url, f"/flow_runs/{run['id']}")["state_type"]
    assert state == "COMPLETED", procs.tail()
    (report_file,) = (out / "_runs").glob("*.json")
    report = json.loads(report_file.read_text())
    assert (report["inputs"], report["articles"], report["runner"]) == (
        5,
        5,
        "1 process (in the flow)",
    )
