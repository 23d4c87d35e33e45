"""Fixtures for dataset tests: input folders built from the seeds and a local S3 server."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, SEEDS

NEW_PAGE = FIXTURES / "dev_pages" / "okezone_1.html"


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """A folder holding a copy of the five seeds."""
    folder = tmp_path / "inputs"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    """A real S3-compatible server (moto, server mode) on localhost, for the whole session."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    _host, port = server.get_host_and_port()
    endpoint = f"http://127.0.0.1:{port}"
    saved = {
        k: os.environ.get(k)
        for k in (
            "AWS_ENDPOINT_URL",
            "AWS_ACCESS_KEY_ID",
            "AWS_SECRET_ACCESS_KEY",
            "AWS_DEFAULT_REGION",
        )
    }
    os.environ.update(
        AWS_ENDPOINT_URL=endpoint,
        AWS_ACCESS_KEY_ID="testing",
        AWS_SECRET_ACCESS_KEY="testing",
        AWS_DEFAULT_REGION="us-east-1",
    )
    try:
        yield endpoint
    finally:
        server.stop()
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@pytest.fixture
def s3_output(s3_endpoint: str, request: pytest.FixtureRequest) -> str:
    """A fresh bucket and prefix on the local S3 server."""
    import boto3

    name = "berita-" + "".join(c for c in request.node.name.lower() if c.isalnum())[:40]
    client = boto3.client("s3", endpoint_url=s3_endpoint)
    client.create_bucket(Bucket=name)
    return f"s3://{name}/news"


@pytest.fixture(params=["local", "s3"])
def output(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The dataset location: a local folder, then an s3:// prefix on the local server."""
    if request.param == "local":
        return str(tmp_path / "out")
    return str(request.getfixturevalue("s3_output"))
