"""The one exception a stage raises when it gives up on a document."""

from __future__ import annotations


class StageError(Exception):
    """A document cannot go on: becomes a Reject row with this stage, reason and detail."""

    def __init__(self, stage: str, reason: str, detail: str) -> None:
        super().__init__(f"{stage}/{reason}: {detail}")
        self.stage = stage
        self.reason = reason
        self.detail = detail
