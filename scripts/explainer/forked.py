"""A second core for the render: items made in a forked process, received in their order.

The child is a fork, so it starts with everything the parent has loaded (the checked model,
the templates) and needs no import or pickle of it; it sends back only what it made. A
failure in the child is raised in the parent where the item it was making is asked for, so
a message names the same page as a render in one process would.
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import os
import pickle
import signal
from collections.abc import Callable, Iterable
from multiprocessing.connection import Connection
from typing import Any

PIPE_BYTES = 1 << 20  # lets the child run a few pages ahead of the parent's reading (Linux' default: 64 KB)
# Sources from which a second process pays: at 10 synthetic articles rendering and writing
# took 0.26 s split so and 0.29-0.33 s in one process; the real site's few are not worth one.
FORK_FROM = 10


def worth_forking(sources: int) -> bool:
    """Whether a run over this many sources should use a second process: only with a core to
    spare. A cold 1,000-article generation on 2 cores took 28 s forked and 45-50 s in one
    process at a load average of 2-3; at 3.6-4.8, 50.0 s and 47.5 s; at 6.7, 116 s and 95 s."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    busy = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    return cores > 1 and sources >= FORK_FROM and busy < cores + 1


class Failed:
    """The child's exception, sent as itself when it pickles, else by its type's name and text."""

    def __init__(self, err: BaseException) -> None:
        self.name, self.text = type(err).__name__, str(err)
        self.notes = list(getattr(err, "__notes__", []))
        try:
            self.error: BaseException | None = pickle.loads(pickle.dumps(err))
        except Exception:
            self.error = None

    def exception(self) -> BaseException:
        if self.error is not None:
            return self.error
        err = type(self.name, (RuntimeError,), {})(self.text)  # named as the child's, for the message
        for note in self.notes:
            err.add_note(note)
        return err


class Forked:
    """`make()`'s items, made in a child process; `next()` returns them one by one."""

    def __init__(self, make: Callable[[], Iterable[Any]]) -> None:
        read, write = os.pipe()
        with contextlib.suppress(AttributeError, OSError):  # a smaller pipe only slows the child
            fcntl.fcntl(write, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
        # Until close(), no collection in either process touches (and so copies) the objects they
        # share: a cold 1,000-article generation's processes peaked at 1,078 MB of resident sets
        # summed without, 808 MB with (809 MB counting shared pages once).
        gc.freeze()
        try:
            self.pid = os.fork()
        except OSError:
            gc.unfreeze()
            raise
        if self.pid == 0:  # the child: never returns
            os.close(read)
            _feed(make, Connection(write, readable=False))
        os.close(write)
        self.conn = Connection(read, writable=False)

    def next(self) -> Any:
        item = self.conn.recv()
        if isinstance(item, Failed):
            raise item.exception()
        return item

    def close(self) -> None:
        """The child ended, whether it finished or not (its parent stopped early)."""
        self.conn.close()
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGTERM)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)
        gc.unfreeze()


def _feed(make: Callable[[], Iterable[Any]], conn: Connection) -> None:
    code = 0
    try:
        for item in make():
            conn.send(item)
    except BaseException as err:  # sent to the parent, which reports it
        code = 1
        with contextlib.suppress(Exception):
            conn.send(Failed(err))
    finally:
        os._exit(code)  # no cleanup of the parent's state (atexit, buffers) in a fork
