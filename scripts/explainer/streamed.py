"""The generator in a forked process, its news streamed to the engine building the site.

The engine (scripts/hooks.py under MkDocs) starts it, waits for its checks, takes its list of
files, then each page's Markdown as it is made, while the generator renders the next on the
other core. Nothing here knows MkDocs: what stops the generator comes back as Stopped, which
the engine turns into its own error.
"""

from __future__ import annotations

import contextlib
import fcntl
import multiprocessing
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any


class Stopped(Exception):
    """The generator stopped before making every page it listed: bad input or a failure."""


class Generation:
    """The generator in a forked process, its pages streamed to MkDocs as it makes them. Its
    checks come first (bad input: nothing written, the build stopped in on_pre_build); then the
    list of every file it makes, which MkDocs takes for what docs/ holds (on_files); then each
    page's Markdown, in the order MkDocs reads them, which MkDocs converts on this core while the
    generator renders the next on the other (on_page_read_source); then it writes them all to
    docs/ (explainer.write: all or nothing), before MkDocs copies the exports (on_env). The fork
    costs no imports (MkDocs has loaded the package for its Markdown extension), and what the
    generator holds goes when it exits. Past STREAM_UP_TO files, MkDocs waits for every page
    at on_files instead, so the generator's memory is gone before MkDocs holds its own."""

    def __init__(self) -> None:
        self.conn: Connection | None = None
        self.child: multiprocessing.Process | None = None
        self.names: list[str] = []
        self.waiting: set[str] = set()  # listed pages not yet received
        self.early: dict[str, str | None] = {}  # pages received before MkDocs asked for them
        self.started = self.seconds = 0.0
        self.waits = {"checks": 0.0, "list": 0.0, "pages": 0.0, "last files": 0.0}  # MkDocs' waits on it, seconds
        self.streams = True  # off under `mkdocs serve` and `--dirty` (on_startup)
        self.written = False  # every file in docs/ (finish), its memory still being saved (saved)

    def start(self, docs: Path) -> None:
        self.drop()
        self.started = time.perf_counter()
        self.waits = dict.fromkeys(self.waits, 0.0)
        context = multiprocessing.get_context("fork")
        self.conn, writer = context.Pipe(duplex=False)
        with contextlib.suppress(AttributeError, OSError):  # a smaller pipe only makes MkDocs wait more
            fcntl.fcntl(writer.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)
        self.child = context.Process(target=_generate, args=(docs, self.conn, writer, self.streams), daemon=True)
        self.child.start()
        writer.close()

    def _receive(self, wait: str) -> tuple[str, Any]:
        assert self.conn is not None and self.child is not None
        start = time.perf_counter()
        try:
            return self.conn.recv()
        except EOFError:  # the child died without answering; its traceback is on stderr
            self.child.join()
            return "error", f"the generator stopped (exit code {self.child.exitcode}); see the traceback above"
        finally:
            self.waits[wait] += time.perf_counter() - start

    def checked(self) -> str:
        """ "" once the input passed the generator's checks, else what stopped it."""
        kind, value = self._receive("checks")
        if kind == "checked":
            return ""
        self.drop()
        return value

    def listed(self) -> list[str]:
        """Every file the generator makes (pages first, in MkDocs' reading order)."""
        kind, value = self._receive("list")
        if kind != "listed":
            self.drop()
            raise Stopped(value)
        self.names, self.waiting = value, set(value)
        return value

    def page(self, name: str) -> str | None:
        """A listed page's Markdown, once made; None when docs/ already holds it (or it is not one)."""
        if name in self.early:
            return self.early.pop(name)
        while name in self.waiting:
            kind, value = self._receive("pages")
            if kind != "made":
                self.drop()
                raise Stopped(value or "the generator ended before making all its pages")
            made, text = value
            self.waiting.discard(made)
            if made != name:
                self.early[made] = text
            else:
                return text
        return None

    @property
    def writing(self) -> bool:
        """Started, and its files not all in docs/ yet."""
        return self.conn is not None and not self.written

    def finish(self) -> str:
        """ "" once every file is written to docs/, else what stopped the generator. Streaming, it
        then saves what its next run reads (the render's memory, 0.22 s at 100 realistic articles)
        beside MkDocs, which waited for it before (_Sender.written): `saved` waits for that."""
        if self.conn is None:
            return ""
        while True:
            kind, value = self._receive("last files")
            if kind != "made":
                break
            self.waiting.discard(value[0])
        self.seconds = time.perf_counter() - self.started
        if kind == "written":
            self.written = True
            self.names, self.waiting, self.early = [], set(), {}  # MkDocs reads docs/ from now on
            return ""
        self.drop()
        return value

    def saved(self) -> str:
        """ "" once the generator ended well (or was not running), else what stopped it."""
        if self.conn is None:
            return ""
        kind, value = self._receive("last files")
        self.drop()
        return value if kind == "error" else ""

    def drop(self) -> None:
        """Let the generator go: if still running, it stops at its next page and leaves docs/ as it was."""
        if self.conn is not None:
            self.conn.close()
        if self.child is not None:
            self.child.join()
        self.conn = self.child = None
        self.written = False
        self.names = []
        self.early.clear()
        self.waiting.clear()


# Files up to which the generator's pages are streamed. Beyond, the generator's memory held beside
# MkDocs' costs more than the overlap gains: at 1,000 realistic articles (10,141 files), with each
# page's Markdown let go once converted (scripts/hooks.py), the whole build peaked at 1,053 MB
# streamed against 983-996 MB written first (proportional set sizes summed; budget 1 GB) and took
# 219 s against 170-191 s (bare MkDocs 127-145 s, 834-837 MB; one streamed run, three written
# first, load average 1.7-5.4); before that, 1,427 MB against 984 MB. At 100 (1,121 files), 210-215 MB
# against 202-216 MB (five runs each).
STREAM_UP_TO = 5000
# The pipe the pages come down: the generator runs up to this far ahead of MkDocs (about 90 pages
# of 11 KB at 100 realistic articles, a second of MkDocs' conversion), where Linux' default 64 KB
# let MkDocs wait as soon as the generator paused (the exports, explainer.render).
PIPE_BYTES = 1 << 20


def streaming(names: list[str]) -> bool:
    """Whether a run making these files streams its pages (the generator and MkDocs both ask)."""
    return len(names) <= STREAM_UP_TO


class _Sender:
    """explainer.Listener: the generator's news, sent down the pipe to MkDocs' process."""

    def __init__(self, writer: Connection, streams: bool) -> None:
        self.writer = writer
        self.streams = streams  # MkDocs reads the pages from docs/ when not (serving, --dirty)

    def checked(self) -> None:
        self.writer.send(("checked", None))

    def listed(self, names: list[str]) -> bool:
        self.streams = self.streams and streaming(names)
        self.writer.send(("listed", names))
        return self.streams

    def made(self, name: str, text: Any) -> None:
        if self.streams:
            self.writer.send(("made", (name, text if isinstance(text, str) else None)))

    def written(self) -> None:
        """Streaming, MkDocs goes on while the render's memory is saved. Written first (past
        STREAM_UP_TO files, serving), it waits for the whole run as before: at 1,000 articles the
        generator's processes held up to 808 MB, which beside MkDocs' pages would pass 1 GB."""
        if self.streams:
            self.writer.send(("written", None))


def _generate(docs: Path, reader: Connection, writer: Connection, streams: bool) -> None:
    """The forked generator's run: its news, then "" when it wrote the pages, else what stopped it."""
    reader.close()  # MkDocs' end only: once MkDocs closes it, the next page sent fails (Generation.drop)
    error = generate_here(docs, _Sender(writer, streams))
    with contextlib.suppress(OSError):  # MkDocs stopped listening (Generation.drop): docs/ is as it was
        writer.send(("error", error) if error else ("done", ""))


def generate_here(docs: Path, listener: Any = None) -> str:
    """The generator's run in this process: "" once it wrote the pages, else what stopped it.
    Without fork (Windows) the engine calls it itself, every page written before it reads any."""
    from . import LoadError, generate  # here, so an unchanged rebuild skips the import too

    try:
        generate(docs=docs, order=reading_order, listener=listener)
    except LoadError as err:
        return f"{len(err.problems)} problem(s) in content/; nothing was written:\n{err}"
    return ""


def reading_order(path: str) -> tuple[tuple[str, ...], tuple[bool, str]]:
    """Where MkDocs reads a file of docs/: it walks the folder top-down, names sorted, each
    folder's files before its subfolders', `index` and `README` first (mkdocs.structure.files)."""
    *folders, name = path.split("/")
    return tuple(folders), (name.rsplit(".", 1)[0] not in ("index", "README"), name)
