"""Live preview: from saving a curated YAML file to the change being served by `mkdocs serve`.

A curator edits content/events.yml with `mkdocs serve` running and expects the page to
follow. The bench changes an event's title in a copy of the project, then polls the page
that shows the event over HTTP until the new title is served, several times: on the real
site, and on a synthetic site of 100 articles with and without `--dirty` (`make serve`
uses it: MkDocs then rebuilds only the pages the generator rewrote, and the generator renders
only the pages whose inputs changed).
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
from typing import Any

from .common import Budget, Section, Stat, env, free_port, table

RUNS = 5
BUDGETS_S = {"real site": 1.0, "100 articles": 2.0}
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


def event_page(project: Path) -> str:
    """The URL path, under the site, of the page showing the first event of events.yml."""
    events = (project / "content" / "events.yml").read_text(encoding="utf-8")
    first = re.search(r"^- id: [\"']?([\w-]+)", events, flags=re.MULTILINE)
    if not first:
        raise RuntimeError("no event in content/events.yml")
    docs = project / "docs"
    page = next(p for p in docs.rglob("*.md") if f"{{ #{first.group(1)} }}" in p.read_text(encoding="utf-8"))
    path = page.relative_to(docs).with_suffix("").as_posix()
    return "" if path == "index" else path.removesuffix("/index") + "/"


@contextmanager
def mkdocs_serve(project: Path, log: Path, dirty: bool = False, start_s: float = 120) -> Iterator[str]:
    """`mkdocs serve` running on the project, its output going to `log`: the site's URL once
    the first build is served (the tests drive it too)."""
    port = free_port()
    args = [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}", *(["--dirty"] if dirty else [])]
    with log.open("w", encoding="utf-8") as out:
        server = subprocess.Popen(args, cwd=project, env=env(project), stdout=out, stderr=subprocess.STDOUT)
        try:
            wait_for(f"http://127.0.0.1:{port}/", "</html>", start_s)
            yield mounted(f"http://127.0.0.1:{port}/")
        finally:
            server.terminate()
            server.wait(timeout=30)


def measure(project: Path, dirty: bool) -> dict[str, Any]:
    """RUNS edits of the first event's title, each timed from save to served; MkDocs' own rebuild times."""
    log = project.parent / f"serve-{'dirty' if dirty else 'full'}.log"
    latencies: list[float] = []
    with mkdocs_serve(project, log, dirty, start_s=900) as site:
        url = site + event_page(project)
        time.sleep(SETTLE_S)
        for i in range(RUNS):
            title = f"Bench edit {i} of the first event"
            edit_title(project / "content" / "events.yml", title)
            latencies.append(wait_for(url, title, 300))
            time.sleep(SETTLE_S)
    text = log.read_text(encoding="utf-8")
    builds = [float(s) for s in re.findall(r"Documentation built in ([\d.]+) seconds", text)[1:]] or [0.0]
    generator = [float(s) for s in re.findall(r"Generator: pages made in ([\d.]+) seconds", text)[1:]] or [0.0]
    return {
        "url": url.removeprefix(site),
        "latencies": latencies,
        "stat": Stat.of(latencies),
        "rebuilds": text.count("Detected file changes"),
        "rebuild": Stat.of(builds),
        "generator": Stat.of(generator),
    }


def run(project: Path, large: Path | None = None) -> Section:
    """The real site with `--dirty` as `make serve` runs it; `large` (a synthetic project) with and without."""
    section = Section("serve", "Live preview")
    runs = {("real site", True): measure(project, dirty=True)}
    if large:
        runs[("100 articles", False)] = measure(large, dirty=False)
        runs[("100 articles", True)] = measure(large, dirty=True)
    rows = [
        [site, "`--dirty`" if dirty else "full", f"`/{r['url']}`", r["stat"].fmt("s", 1, 2),
         ", ".join(f"{t:.2f}" for t in r["latencies"]), str(r["rebuilds"]), r["rebuild"].fmt("s", 1, 2),
         r["generator"].fmt("s", 1, 2)]
        for (site, dirty), r in runs.items()
    ]  # fmt: skip
    section.lines += [
        f"`mkdocs serve` on a copy of the project; {RUNS} times: change the first event's title in "
        f"content/events.yml, then poll the page that shows it every {POLL_S * 1000:.0f} ms until the new "
        f"title is served (the server answers only once a rebuild has finished). {SETTLE_S:.0f} s pause between "
        "edits. Rebuild: MkDocs' own log, generator included (the hook runs it).",
        "",
        *table(
            ["Site", "Rebuild", "Page", "Save → served", "Runs", "Rebuilds", "Rebuild time", "of which generator"], rows
        ),
        "",
        "One rebuild per edit is the least possible. The generator renders again only the pages that read "
        "something the edit changed (explainer.incremental) and writes those whose text changed; with `--dirty` "
        "MkDocs renders only those; the search index is made beside the server once the pages are served.",
    ]
    for (site, dirty), r in runs.items():
        if not dirty:
            continue
        limit, stat = BUDGETS_S[site], r["stat"]
        ok = stat.median <= limit
        cause = (
            ""
            if ok
            else f"{r['rebuilds']} rebuilds for {RUNS} edits, each {r['rebuild'].median:.2f} s (median), "
            f"the generator {r['generator'].median:.2f} s of it"
        )
        what = f"live preview ({site}), save → served"
        section.budgets.append(Budget(what, stat.fmt("s", 1, 2), f"≤ {limit:.0f} s", ok, cause))
    section.data = {
        f"{site} {'dirty' if dirty else 'full'}": {
            **r,
            "stat": r["stat"].json(),
            "rebuild": r["rebuild"].json(),
            "generator": r["generator"].json(),
        }
        for (site, dirty), r in runs.items()
    }
    return section
