"""One generator run, stage by stage, in a fresh interpreter: `python -m bench.stages CONTENT DOCS`.

A child process per run gives each run a cold start like a real build, and its
VmHWM is the run's own peak memory. It prints one JSON line per stage as it ends,
so a run stopped at a time limit (SIGTERM) still tells how far it got and where it was,
then a line with the counts. Each stage is sampled to show where its time goes, at
almost no cost to the timings (cProfile would slow the YAML parser fivefold).
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import signal
import sys
import sysconfig
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

# MkDocs and Material import these anyway, so the pipeline's own import cost is what comes after.
import jinja2  # noqa: F401
import markupsafe  # noqa: F401
import yaml  # noqa: F401

STAGES = ["import", "ingest", "load and validate", "cite", "dates", "render and write"]
TOP = 6


def rss_mb() -> float:
    """This process's peak resident memory so far. VmHWM, not ru_maxrss: ru_maxrss carries
    over the peak of the parent this process was forked from (the bench, holding a corpus)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


ROOTS = tuple(root + "/" for root in (*map(sysconfig.get_path, ("purelib", "stdlib")), str(Path(__file__).parents[1])))
Where = tuple[str, int, str]  # file, line, function


def _label(where: Where) -> str:
    """A place in the code as a reader names it: yaml/reader.py:87 (peek), explainer/yamlfile.py:93 (read)."""
    filename, line, function = where
    if not line:
        return filename
    root = next((r for r in ROOTS if filename.startswith(r)), "")
    return f"{filename.removeprefix(root)}:{line} ({function})"


def _at(frame: FrameType) -> Where:
    return frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name


class Sampler:
    """Every few ms of CPU time (SIGPROF), note where the main thread is, in two views: the
    innermost function (the hot code, often in a library) and the innermost line of the
    pipeline (the line to change). A signal, unlike a sampling thread, is not biased
    towards code that releases the GIL, and costs the timings next to nothing."""

    def __init__(self, interval: float = 0.005) -> None:
        self.interval = interval
        self.hot: Counter[Where] = Counter()
        self.ours: Counter[Where] = Counter()

    def __enter__(self) -> Sampler:
        signal.signal(signal.SIGPROF, self._sample)
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)
        return self

    def __exit__(self, *exc: object) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, signal.SIG_IGN)

    def _sample(self, signum: int, frame: FrameType | None) -> None:
        if frame is None:
            return
        self.hot[_at(frame)] += 1
        ours: FrameType | None = frame
        while ours is not None and "/explainer/" not in ours.f_code.co_filename:
            ours = ours.f_back
        self.ours[_at(ours) if ours else ("(outside the pipeline)", 0, "")] += 1

    def summary(self) -> dict[str, Any]:
        total = sum(self.hot.values()) or 1
        return {
            "samples": sum(self.hot.values()),
            "hot": [[_label(where), n / total] for where, n in self.hot.most_common(TOP)],
            "ours": [[_label(where), n / total] for where, n in self.ours.most_common(TOP)],
        }


@contextmanager
def stage(name: str) -> Iterator[None]:
    """Time and sample one stage, then print its line, also when the run is stopped in it."""
    start, finished, sampler = time.perf_counter(), False, Sampler()
    try:
        with sampler:
            yield
        finished = True
    finally:  # the sampler is stopped first: a sample taken while summing would change its counts
        seconds = time.perf_counter() - start
        line = {"stage": name, "seconds": seconds, "finished": finished, "rss_mb": rss_mb()}
        print(json.dumps({**line, "profile": sampler.summary()}), flush=True)


def run(content: Path, docs: Path) -> None:
    """The stages as `explainer.generate` runs them; any problem in the input is an error."""
    with stage("import"):
        from explainer import TEMPLATES_CACHE
        from explainer.cite import Index
        from explainer.dated import check_phases, resolve_dates
        from explainer.load import (
            LoadError,
            assemble,
            check_refs,
            load_curated,
            load_sources,
            resolve_citations,
        )
        from explainer.render import render_all
        from explainer.write import write_pages
    problems: list = []
    gc.disable()  # as explainer.load.load does while loading
    with stage("ingest"):
        found = load_sources(content, problems)
    with stage("load and validate"):
        curated = load_curated(content, problems)
        check_refs(curated, problems)
    with stage("cite"):
        resolved = resolve_citations(curated, {sid: Index.of(src) for sid, src in found.items()}, problems)
    with stage("dates"):
        when, estimates = resolve_dates(curated, found, resolved, problems)
        check_phases(curated, when, problems)
    gc.enable()
    if problems:
        raise LoadError(problems)
    with stage("assemble"):
        site = assemble(found, curated, resolved, when, estimates)
    with stage("render and write"):  # one stage: pages are written as they are rendered
        pages = write_pages(render_all(site, TEMPLATES_CACHE), docs)  # as `explainer.generate` calls it
    counts = {k: len(getattr(site, k)) for k in ("sources", "actors", "events", "issues", "terms", "quotes")}
    print(json.dumps({"counts": {**counts, "citations": len(site.resolved), "pages": len(pages)}}), flush=True)


def read(lines: str) -> dict[str, Any]:
    """A run's printed lines as seconds by stage (assembly counted with loading), peak memory, samples, counts."""
    out: dict[str, Any] = {"times": {}, "profiles": {}, "rss_mb": 0.0, "rss_after": {}, "counts": {}}
    for raw in lines.splitlines():
        line = json.loads(raw)
        if "stage" in line:
            name = "load and validate" if line["stage"] == "assemble" else line["stage"]
            out["profiles"].setdefault(name, line["profile"])
            if not line["finished"]:
                out["stopped_in"] = {"stage": name, "seconds": line["seconds"]}
                continue
            out["times"][name] = out["times"].get(name, 0.0) + line["seconds"]
            out["rss_mb"] = max(out["rss_mb"], line["rss_mb"])
            out["rss_after"][name] = line["rss_mb"]
        else:
            out["counts"] = line["counts"]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.stages", description=__doc__)
    parser.add_argument("content", type=Path)
    parser.add_argument("docs", type=Path)
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # a stopped run still reports the stage it was in
    run(args.content, args.docs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
