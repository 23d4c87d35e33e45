"""The writer interface every storage backend implements."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from schemas import Article, Reject


@dataclass
class WriteResult:
    articles: int = 0
    rejects: int = 0
    files: list[str] = field(default_factory=list)


class Writer(Protocol):
    """Takes batches of records during a run and makes them visible, all at once, on commit."""

    def write(self, articles: Sequence[Article], rejects: Sequence[Reject]) -> None: ...

    def commit(self) -> WriteResult: ...

    def abort(self) -> None: ...
