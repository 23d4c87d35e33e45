"""berita-etl: scraped Indonesian news to clean, metadata-rich Parquet."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("berita-etl")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0"
