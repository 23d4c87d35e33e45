"""`berita run` and `berita serve`: --workers and --dask-address are checked before any work."""

from __future__ import annotations

import pytest

from etl.cli import build_parser, main


@pytest.mark.parametrize("command", ["run", "serve"])
def test_scale_options_parse(command: str) -> None:
    args = build_parser().parse_args(
        [command, "seeds", "--workers", "3", "--dask-address", "tcp://10.0.0.5:8786"]
    )
    assert (args.workers, args.dask_address) == (3, "tcp://10.0.0.5:8786")
    defaults = build_parser().parse_args([command, "seeds"])
    assert (defaults.workers, defaults.dask_address) == (0, None)


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (["--workers", "-2"], "a number of processes"),
        (["--workers", "all"], "a number of processes"),
        (["--dask-address", "scheduler:8786"], "a scheduler address like tcp://host:8786"),
    ],
)
def test_bad_scale_options_are_refused(
    option: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["run", "seeds", *option])
    assert exc.value.code == 2
    assert message in capsys.readouterr().err


def test_serve_needs_a_server(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    assert main(["serve", "seeds"]) == 2
    assert "prefect server start" in capsys.readouterr().err
