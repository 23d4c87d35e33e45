"""Progress of a running flow, for whoever started it in this process (``berita run``'s bar).

The flow publishes ``(inputs done, inputs in total)`` each time a batch finishes; a local
caller subscribes for the length of the run. Deployment runs have no subscriber: they log.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

Listener = Callable[[int, int], None]

_listeners: list[Listener] = []


@contextmanager
def subscribed(listener: Listener) -> Iterator[None]:
    """Call ``listener(done, total)`` on every progress update while the block runs."""
    _listeners.append(listener)
    try:
        yield
    finally:
        _listeners.remove(listener)


def has_listeners() -> bool:
    return bool(_listeners)


def publish(done: int, total: int) -> None:
    for listener in list(_listeners):
        listener(done, total)
