"""Writers: where records go. One small interface, one Parquet implementation, any filesystem."""

from etl.writers.base import Writer, WriteResult
from etl.writers.parquet import ParquetDatasetWriter

__all__ = ["ParquetDatasetWriter", "WriteResult", "Writer"]
