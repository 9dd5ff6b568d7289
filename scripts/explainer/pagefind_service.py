"""Pagefind's service mode, spoken to directly: the `pagefind` package's own client waits 0.1 s
between two answers (17 minutes for 10,000 pages), so requests here are not waited for one by
one; a thread reads the answers (explainer.search feeds it pages and asks it to write)."""

from __future__ import annotations

import base64
import contextlib
import json
import subprocess
import tempfile
import threading
from pathlib import Path
from typing import IO, Any


class SearchIndexError(Exception):
    """Pagefind failed; the message is its own, with the site it was given."""


class Service:
    """`pagefind --service`: requests written to its input and answers read from its output,
    each base64 JSON ended by a comma. Requests are not waited for one by one (`send`); a
    thread reads the answers, counting the pages indexed and keeping the first error."""

    def __init__(self, site: Path) -> None:
        from pagefind.service import get_executable  # the `pagefind[bin]` dependency

        binary = get_executable()
        if binary is None:
            raise SearchIndexError(f"{site}: Pagefind's program is not installed; hint: pip install 'pagefind[bin]'")
        self.site = site
        self.log: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 (Pagefind's messages; closed in close())
        self.process = subprocess.Popen(
            [str(binary), "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log
        )
        self.sent = 0
        self.sending = threading.Lock()  # the build's thread adds pages, a part's writer writes it
        self.pending: set[int] = set()  # pages sent and not yet indexed
        self.indexed = 0
        self.words = 0  # in the pages indexed
        self.closing = False  # its end is ours, not a failure
        self.error = ""
        self.answers: dict[int, dict[str, Any]] = {}
        self.changed = threading.Condition()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def send(self, payload: dict[str, Any]) -> int:
        if self.error:
            raise SearchIndexError(self.error)
        with self.sending:
            self.sent += 1
            number = self.sent
            if payload["type"] == "AddFile":
                with self.changed:
                    self.pending.add(number)
            message = json.dumps({"message_id": number, "payload": payload}).encode()
            try:
                self.process.stdin.write(base64.b64encode(message) + b",")  # type: ignore[union-attr]
                if payload["type"] != "AddFile":
                    self.process.stdin.flush()  # type: ignore[union-attr]
            except OSError:
                raise SearchIndexError(self._failure("stopped")) from None
        return number

    def ask(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Send a request and wait for its answer."""
        number = self.send(payload)
        with self.changed:
            self.changed.wait_for(lambda: number in self.answers or bool(self.error))
            if self.error:
                raise SearchIndexError(self.error)
            return self.answers.pop(number)

    def wait_fewer(self, pages: int) -> None:
        """Wait until fewer than `pages` pages sent are not indexed yet."""
        with self.changed:
            if len(self.pending) < pages:
                return
        with self.sending:
            self.process.stdin.flush()  # type: ignore[union-attr]
        with self.changed:
            self.changed.wait_for(lambda: len(self.pending) < pages or bool(self.error))

    def wait_answered(self, last: int) -> None:
        """Wait until every page sent up to request `last` is indexed."""
        with self.sending:
            self.process.stdin.flush()  # type: ignore[union-attr]
        with self.changed:
            self.changed.wait_for(lambda: not self.pending or min(self.pending) > last or bool(self.error))
            if self.error:
                raise SearchIndexError(self.error)

    def close(self) -> None:
        self.closing = True
        if self.process.stdin and not self.process.stdin.closed:
            with contextlib.suppress(OSError):  # it stopped already
                self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.reader.join(timeout=5)
        self.log.close()

    def _read(self) -> None:
        pending = b""
        while chunk := self.process.stdout.read1(1 << 16):  # type: ignore[union-attr]
            *messages, pending = (pending + chunk).split(b",")
            for message in messages:
                try:
                    answer = json.loads(base64.b64decode(message))
                except ValueError:  # not an answer (a line of its own log)
                    continue
                payload = answer.get("payload", {})
                with self.changed:
                    self.pending.discard(answer.get("message_id"))
                    if payload.get("type") == "Error":
                        self.error = self.error or f"{self.site}: Pagefind failed: {payload.get('message', payload)}"
                    elif payload.get("type") == "IndexedFile":
                        self.indexed += 1
                        self.words += payload.get("page_word_count", 0)
                    else:
                        self.answers[answer.get("message_id")] = payload
                    self.changed.notify_all()
        with self.changed:
            if not self.closing:
                self.error = self.error or self._failure(f"stopped ({self.process.wait()})")
            self.changed.notify_all()

    def _failure(self, what: str) -> str:
        self.log.seek(0)
        lines = [line for line in self.log.read().decode(errors="replace").splitlines() if line.strip()]
        return f"{self.site}: Pagefind {what}: {lines[-1].strip() if lines else 'no output'}"
