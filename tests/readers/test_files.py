"""Readers: discovery of inputs, formats, gzip, size cap."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from etl.errors import StageError
from etl.readers import InputFile, discover, read_input, sniff_format


def _touch(path: Path, data: bytes = b"x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_discover_recurses_sorts_and_skips_unknown_and_hidden(tmp_path: Path) -> None:
    _touch(tmp_path / "b.txt")
    _touch(tmp_path / "sub" / "a.html")
    _touch(tmp_path / "sub" / "c.htm.gz")
    _touch(tmp_path / "notes.md")
    _touch(tmp_path / ".hidden" / "d.txt")
    _touch(tmp_path / ".e.txt")
    found = discover([str(tmp_path)])
    assert [f.relative_path for f in found] == ["b.txt", "sub/a.html", "sub/c.htm.gz"]


def test_explicit_file_is_taken_whatever_its_suffix_and_once(tmp_path: Path) -> None:
    page = _touch(tmp_path / "page.dump", b"hello")
    found = discover([str(page), str(page), str(tmp_path)])
    assert [f.relative_path for f in found] == ["page.dump"]


def test_missing_source_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        discover([str(tmp_path / "nope")])


def test_seeds_are_found_with_stable_relative_paths(seeds_dir: Path) -> None:
    found = discover([str(seeds_dir)])
    assert len(found) == 5
    assert found[0].relative_path == "000_fcbd1ae74b7d9eb7.txt"


def test_gzip_pages_are_decompressed(tmp_path: Path) -> None:
    html = b"<html><body><p>Isi berita</p></body></html>"
    path = _touch(tmp_path / "p.html.gz", gzip.compress(html))
    (raw,) = list(read_input(InputFile(str(path), str(tmp_path))))
    assert raw.data == html
    assert raw.format == "html"


def test_truncated_gzip_is_a_read_error(tmp_path: Path) -> None:
    path = _touch(tmp_path / "p.txt.gz", gzip.compress(b"isi berita " * 500)[:40])
    with pytest.raises(StageError) as err:
        list(read_input(InputFile(str(path), str(tmp_path))))
    assert (err.value.stage, err.value.reason) == ("read", "bad_gzip")


def test_inputs_over_the_cap_are_refused(tmp_path: Path) -> None:
    path = _touch(tmp_path / "huge.txt", b"a" * 2000)
    with pytest.raises(StageError) as err:
        list(read_input(InputFile(str(path), str(tmp_path)), max_bytes=1000))
    assert err.value.reason == "too_large"


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("a.txt", b"<html>", "text"),
        ("a.HTM", b"plain", "html"),
        ("a.dump", b"  <!DOCTYPE html><html>", "html"),
        ("a.dump", b"Kompas.com - 20/11/2021", "text"),
    ],
)
def test_format_by_suffix_then_content(name: str, head: bytes, expected: str) -> None:
    assert sniff_format(name, head) == expected
