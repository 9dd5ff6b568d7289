"""Live preview: from saving a curated YAML file to the change being served by `mkdocs serve`.

A curator edits content/events.yml with `mkdocs serve` running and expects the page to
follow. The bench changes an event's title in a copy of the project, then polls the
timeline over HTTP until the new title is served, several times.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .common import Budget, Section, Stat, env, free_port, table

RUNS = 5
BUDGET_S = 2.0
POLL_S = 0.02
SETTLE_S = 3.0  # let the server finish any follow-up rebuild before the next edit


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError):
        return ""


def mounted(root: str) -> str:
    """Where the site is served: MkDocs mounts it at site_url's path and redirects / there."""
    with urllib.request.urlopen(root, timeout=30) as response:
        return response.url


def wait_for(url: str, text: str, limit: float) -> float:
    """Seconds until `url` serves `text`, polling; an error past `limit`."""
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        if text in fetch(url):
            return time.perf_counter() - start
        time.sleep(POLL_S)
    raise RuntimeError(f"{url} did not serve {text!r} within {limit:.0f} s")


def edit_title(events: Path, title: str) -> None:
    """Set the first event's title, saving the file as an editor does."""
    text = events.read_text(encoding="utf-8")
    new, n = re.subn(r"^(  title: ).*$", rf'\g<1>"{title}"', text, count=1, flags=re.MULTILINE)
    if n != 1:
        raise RuntimeError(f"no event title in {events}")
    events.write_text(new, encoding="utf-8")


@contextmanager
def mkdocs_serve(project: Path, log: Path) -> Iterator[str]:
    """`mkdocs serve` running on the project, its output going to `log`: the site's URL once
    the first build is served (the tests drive it too)."""
    port = free_port()
    args = [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"]
    with log.open("w", encoding="utf-8") as out:
        server = subprocess.Popen(args, cwd=project, env=env(project), stdout=out, stderr=subprocess.STDOUT)
        try:
            wait_for(f"http://127.0.0.1:{port}/", "</html>", 120)
            yield mounted(f"http://127.0.0.1:{port}/")
        finally:
            server.terminate()
            server.wait(timeout=30)


def run(project: Path) -> Section:
    section = Section("serve", "Live preview")
    log = project.parent / "serve.log"
    latencies: list[float] = []
    with mkdocs_serve(project, log) as site:
        url = site + "timeline/"
        time.sleep(SETTLE_S)
        for i in range(RUNS):
            title = f"Bench edit {i} of the first event"
            edit_title(project / "content" / "events.yml", title)
            latencies.append(wait_for(url, title, 60))
            time.sleep(SETTLE_S)
    text = log.read_text(encoding="utf-8")
    rebuilds = text.count("Detected file changes")
    builds = Stat.of([float(s) for s in re.findall(r"Documentation built in ([\d.]+) seconds", text)[1:]] or [0.0])
    stat = Stat.of(latencies)
    section.lines += [
        f"`mkdocs serve` on a copy of the project; {RUNS} times: change the first event's title in "
        f"content/events.yml, then poll `/timeline/` every {POLL_S * 1000:.0f} ms until the new title is served "
        f"(the server answers only once a rebuild has finished). {SETTLE_S:.0f} s pause between edits.",
        "",
        *table(["Save → served", "Runs"], [[stat.fmt("s", 1, 2), ", ".join(f"{t:.2f}" for t in latencies)]]),
        "",
        f"Rebuilds the server ran for the {RUNS} edits: {rebuilds} (one per edit is the least possible); "
        f"each took {builds.fmt('s', 1, 2)} by MkDocs' own log. A rebuild that starts while a poll waits "
        "holds the answer until it ends.",
    ]
    ok = stat.median <= BUDGET_S
    cause = "" if ok else f"{rebuilds} rebuilds for {RUNS} edits, each {builds.median:.2f} s (median)"
    section.budgets.append(Budget("live preview, save → served", stat.fmt("s", 1, 2), f"≤ {BUDGET_S:.0f} s", ok, cause))
    section.data = {"latencies": latencies, "stat": stat.json(), "rebuilds": rebuilds, "rebuild": builds.json()}
    return section
