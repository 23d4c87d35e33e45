"""One writer at a time per dataset.

Local folders use ``flock`` on ``OUT/_lock``: the kernel drops it when the holder dies, even by
SIGKILL. Object stores use a lease object ``OUT/_lock.json`` created with an exclusive PUT
(``If-None-Match``), refreshed while held, and broken when it has expired or when its holder was
a process of this machine that no longer exists.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

from etl.writers.fs import is_local, join


class DatasetLocked(RuntimeError):
    """Another run holds the dataset's lock."""


def _holder(run_id: str, ttl: float) -> dict[str, Any]:
    return {
        "run_id": run_id,
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "acquired_at": datetime.now(UTC).isoformat(),
        "expires": time.time() + ttl,
    }


def _describe(holder: dict[str, Any]) -> str:
    return (
        f"run {holder.get('run_id', '?')} (pid {holder.get('pid', '?')} on "
        f"{holder.get('host', '?')}, since {holder.get('acquired_at', '?')})"
    )


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class DatasetLock:
    """``with DatasetLock(fs, root, run_id, timeout=30):`` waits up to ``timeout`` seconds."""

    def __init__(
        self, fs: Any, root: str, run_id: str, timeout: float = 30.0, ttl: float = 120.0
    ) -> None:
        self.fs = fs
        self.root = root
        self.run_id = run_id
        self.timeout = timeout
        self.ttl = ttl
        self._fh: Any = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- local ----------------------------------------------------------------------------
    def _acquire_local(self) -> None:
        import fcntl

        os.makedirs(self.root, exist_ok=True)
        path = os.path.join(self.root, "_lock")
        fh = open(path, "a+")  # noqa: SIM115 - held for the lifetime of the lock
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    fh.seek(0)
                    text = fh.read()
                    fh.close()
                    try:
                        who = _describe(json.loads(text))
                    except ValueError:
                        who = "another run"
                    raise DatasetLocked(
                        f"output {self.root} is being written by {who}; "
                        f"waited {self.timeout:.0f} s. Try again when it has finished."
                    ) from None
                time.sleep(0.2)
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps(_holder(self.run_id, self.ttl)))
        fh.flush()
        self._fh = fh

    # -- object stores --------------------------------------------------------------------
    @property
    def _lease_path(self) -> str:
        return join(self.root, "_lock.json")

    def _read_lease(self) -> dict[str, Any] | None:
        try:
            data: dict[str, Any] = json.loads(self.fs.cat_file(self._lease_path))
            return data
        except FileNotFoundError:
            return None
        except ValueError:
            return {}

    def _stale(self, holder: dict[str, Any]) -> bool:
        if not holder:
            return True
        if float(holder.get("expires", 0)) < time.time():
            return True
        return holder.get("host") == socket.gethostname() and not _pid_alive(
            int(holder.get("pid", 0))
        )

    def _acquire_remote(self) -> None:
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                with self.fs.open(self._lease_path, "xb") as fh:
                    fh.write(json.dumps(_holder(self.run_id, self.ttl)).encode())
                break
            except FileExistsError:
                holder = self._read_lease()
                if holder is None:
                    continue
                if self._stale(holder):
                    self.fs.rm(self._lease_path)
                    continue
                if time.monotonic() >= deadline:
                    raise DatasetLocked(
                        f"output {self.root} is being written by {_describe(holder)}; "
                        f"waited {self.timeout:.0f} s. Try again when it has finished."
                    ) from None
                time.sleep(0.5)
        self._thread = threading.Thread(target=self._refresh, daemon=True)
        self._thread.start()

    def _refresh(self) -> None:
        while not self._stop.wait(self.ttl / 3):
            with self.fs.open(self._lease_path, "wb") as fh:
                fh.write(json.dumps(_holder(self.run_id, self.ttl)).encode())

    # -- both -----------------------------------------------------------------------------
    def acquire(self) -> DatasetLock:
        if is_local(self.fs):
            self._acquire_local()
        else:
            self._acquire_remote()
        return self

    def release(self) -> None:
        if self._fh is not None:
            import fcntl

            fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None
            return
        if self._thread is not None:
            self._stop.set()
            self._thread.join()
            self._thread = None
            holder = self._read_lease()
            if holder and holder.get("run_id") == self.run_id:
                self.fs.rm(self._lease_path)

    def __enter__(self) -> DatasetLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
