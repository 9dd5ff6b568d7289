"""A static file server that compresses as a static host does, since page weight depends on it.

Python's http.server sends everything uncompressed; GitHub Pages, Netlify and nginx gzip
text types when the browser accepts it. This handler does the same, so the bytes a
reader downloads (and Lighthouse's scores) are measured as a host would serve them.
"""

from __future__ import annotations

import gzip
import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import BinaryIO

TEXT_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml")


class GzipHandler(SimpleHTTPRequestHandler):
    """GET and HEAD with gzip for text types when Accept-Encoding allows it; quiet logs."""

    def send_head(self) -> io.BytesIO | BinaryIO | None:  # type: ignore[override]
        target = Path(self.translate_path(self.path))
        if target.is_dir() and self.path.split("?", 1)[0].endswith("/"):
            target = target / "index.html"
        ctype = self.guess_type(str(target))
        if not (
            target.is_file() and ctype.startswith(TEXT_TYPES) and "gzip" in self.headers.get("Accept-Encoding", "")
        ):
            return super().send_head()  # directories redirect, binaries and identity requests go as they are
        body = gzip.compress(target.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serving(site: Path) -> Iterator[str]:
    """Serve `site` on a free loopback port for the duration; yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(GzipHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
