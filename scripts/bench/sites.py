"""Whole sites from the synthetic corpora: the build a curator waits for, the pages a reader loads.

For each corpus (realistic: actors and terms grow like √articles; proportional: every
article brings its own, the worst case) and each size, a copy of the project is built three
ways, each a fresh process with its peak memory: the generator alone, bare MkDocs over the
Markdown it wrote (MkDocs alone), and the whole `mkdocs build --strict` from nothing (both
together, as a curator runs it). Then the built site is read (bench.browse). The sizes are
10 and 100 by default; `make bench SIZES="10 100 1000"` adds the long runs.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from . import browse, synthetic
from .build import bare_config
from .common import Budget, Section, copy_project, table, timed

SIZES = (10, 100)
CORPORA = {"realistic": True, "proportional": False}
SEED = 20190227
RATIO, BARE, MEMORY_MB = 12.0, 1.10, 1024
PAGE_KB, ELEMENTS, PERFORMANCE = 150, 1500, 0.95
SEARCH_WARM_S, SEARCH_FRESH_S, SEARCH_KB = 0.3, 1.0, 300
ROUNDS, ROUNDS_UP_TO = 3, 100  # bare and whole builds in turn, at sizes up to 100 articles
STAMP = Path(".explainer-cache") / "generated"  # the hook's record of its last generation (scripts/hooks.py)
PARSED = Path(".explainer-cache") / "parsed"  # the curated files' data the generator keeps (explainer.yamlfile)


def clear_generated(project: Path) -> None:
    """Back to a fresh clone: no generated pages, no generator stamp, no data kept from a parse
    (compiled templates kept)."""
    for path in (project / "docs").iterdir():
        if path.name != "assets":
            shutil.rmtree(path) if path.is_dir() else path.unlink()
    (project / STAMP).unlink(missing_ok=True)
    shutil.rmtree(project / PARSED, ignore_errors=True)


def synthetic_project(work: Path, size: int, corpus: str = "realistic") -> Path:
    """A copy of the project on a synthetic corpus, the theme's templates already compiled (as
    after a curator's first build)."""
    project = copy_project(work / f"{corpus}-{size}")
    timed(["-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(work / "warm-up")], project)
    shutil.rmtree(work / "warm-up")
    shutil.rmtree(project / "content")
    synthetic.write(synthetic.corpus(size, SEED, realistic=CORPORA[corpus]), project / "content")
    clear_generated(project)
    return project


def build(work: Path, corpus: str, size: int) -> tuple[Path, dict[str, Any]]:
    """The generator alone once, then bare and whole in turn, ROUNDS times at small sizes (a
    slow spell of the machine then hits both alike: one pair at 100 articles gave ratios from
    1.15 to 1.65 between bench runs). Times are medians, memory the highest peak, and the
    ratio the median of each round's whole / bare."""
    project = synthetic_project(work, size, corpus)
    strict = ["-m", "mkdocs", "build", "--strict", "--quiet"]
    generator = timed(["-m", "explainer", "build"], project)
    runs: dict[str, list[tuple[float, float]]] = {"bare": [], "whole": []}
    for i in range(ROUNDS if size <= ROUNDS_UP_TO else 1):
        if i:
            shutil.rmtree(project / "site")
        runs["bare"].append(
            timed([*strict, "-f", bare_config(project).name, "--site-dir", str(work / "bare")], project)
        )
        shutil.rmtree(work / "bare")
        clear_generated(project)
        runs["whole"].append(timed([*strict, "--site-dir", "site"], project))
    figures = {"generator": {"s": generator[0], "mb": generator[1]}}
    for kind, pairs in runs.items():
        figures[kind] = {"s": statistics.median(s for s, _ in pairs), "mb": max(mb for _, mb in pairs)}
    ratios = [w / b for (w, _), (b, _) in zip(runs["whole"], runs["bare"], strict=True)]
    figures["ratio"] = {"median": statistics.median(ratios), "runs": ratios}
    print(
        f"bench: sites: {corpus} {size}: generator {generator[0]:.1f} s {generator[1]:.0f} MB; "
        + "; ".join(f"{k} {figures[k]['s']:.1f} s {figures[k]['mb']:.0f} MB" for k in runs)
        + f"; whole / bare {figures['ratio']['median']:.2f} ({', '.join(f'{r:.2f}' for r in ratios)})",
        file=sys.stderr,
        flush=True,
    )
    return project / "site", figures


def run(work: Path, sizes: tuple[int, ...] = SIZES) -> Section:
    section = Section("sites", "Whole sites from the synthetic corpora")
    results: dict[str, dict[int, dict[str, Any]]] = {corpus: {} for corpus in CORPORA}
    failed: list[Budget] = []
    for corpus in CORPORA:
        for size in sizes:
            print(f"bench: sites: {corpus} {size} ...", file=sys.stderr, flush=True)
            started = time.perf_counter()
            try:
                site, times = build(work, corpus, size)
                pages = browse.run(site, scores=size == max(sizes))
            except Exception as err:  # one site that fails must not lose the others' figures
                cause = " ".join(str(err).split())[:300]
                failed.append(Budget(f"{corpus} {size}: site built and measured", "failed", "runs", False, cause))
                print(f"bench: sites: {corpus} {size} failed: {cause}", file=sys.stderr, flush=True)
                shutil.rmtree(work / f"{corpus}-{size}", ignore_errors=True)
                continue
            results[corpus][size] = {**times, **pages, "bench_s": time.perf_counter() - started}
            shutil.rmtree(site.parent)
    section.data = {"seed": SEED, "results": results}
    describe(section, results)
    section.budgets += failed + budgets(results)
    return section


def _ratio(r: dict[str, Any]) -> str:
    """Whole / bare: the median of the rounds' ratios, with each round's."""
    if "ratio" not in r:
        return f"{r['whole']['s'] / r['bare']['s']:.2f}"
    runs = r["ratio"]["runs"]
    return f"{r['ratio']['median']:.2f}" + (f" ({', '.join(f'{x:.2f}' for x in runs)})" if len(runs) > 1 else "")


def _s(x: float | None) -> str:
    return "none in time" if x is None else f"{x:.2f} s"


def describe(section: Section, results: dict[str, dict[int, dict[str, Any]]]) -> None:
    rows, page_rows = [], []
    for corpus, by_size in results.items():
        for size, r in by_size.items():
            every, search = r["every page"], r["search"]
            rows.append(
                [corpus, str(size), str(every["pages"])]
                + [f"{r[k]['s']:.1f} s" for k in ("generator", "bare", "whole")]
                + [_ratio(r), f"{r['bare']['mb']:.0f} / {r['whole']['mb']:.0f} MB"]
                + [
                    f"{every['max_kb']:.1f} KB ({every['max_kb_page']})",
                    f"{every['max_tags']} ({every['max_tags_page']})",
                ]
                + [f"{r['search index kb']:.0f} KB", _s(search["fresh_s"]), _s(search["warm_s"])]
                + [f"{search['search_kb']:.0f} KB", f"{r['bench_s']:.0f} s"]
            )
            for name, p in r["pages"].items():
                score = f"{p['performance']:.2f}" if "performance" in p else "not run"
                page_rows.append(
                    [corpus, str(size), name, f"`{p['url']}`", f"{p['kb']:.1f} KB", str(p["elements"]), score]
                )
    section.lines += [
        "Synthetic corpora (bench.synthetic, seed fixed): *realistic*, actors and terms growing like √articles; "
        "*proportional*, every article with its own (the worst case). Each build is a "
        "fresh process: the generator alone, bare MkDocs over its Markdown, the whole strict build from nothing; "
        f"bare and whole in turn {ROUNDS} times up to {ROUNDS_UP_TO} articles (medians; whole / bare is the median "
        "of each round's ratio, each round's in brackets), once above. Memory is the highest resident set of the "
        "build's whole process tree at once (sampled every 50 ms: MkDocs, the generator the hook forks and its "
        "own fork, the Pagefind processes the hook feeds beside MkDocs). "
        "Every page is read from its file (gzip level 6, element "
        "tags); search is typed key by key into the header's box of `/timeline/`, timed in the page from the "
        "last key's input event to the first frame after the first result entered the list, on a page just "
        "parsed (fresh) and again (warm).",
        "",
        *table(
            [
                "Corpus",
                "Articles",
                "Pages",
                "Generator",
                "Bare MkDocs",
                "Whole build",
                "Whole / bare",
                "Peak memory, bare / whole",
                "Largest page (HTML gzip)",
                "Most elements (tags)",
                "Search index (gzip)",
                "Search fresh",
                "Search warm",
                "Search bytes before first result",
                "Bench time",
            ],
            rows,
        ),
        "",
        "Search: the header's box as a reader uses it (above; Pagefind since it was chosen, the theme's "
        "search before) beside Pagefind's own API on the same site (indexed again as the build does, with the peak "
        "memory of the indexing's process tree; median of 3):",
        "",
        *table(
            [
                "Corpus",
                "Articles",
                "Header box: fresh",
                "warm",
                "bytes",
                "Pagefind: indexing",
                "its peak memory",
                "index on disk",
                "fresh",
                "warm",
                "bytes",
            ],
            [
                [
                    corpus,
                    str(size),
                    _s(r["search"]["fresh_s"]),
                    _s(r["search"]["warm_s"]),
                    f"{r['search']['search_kb']:.0f} KB",
                ]
                + (
                    [
                        f"{f['index_s']:.1f} s",
                        f"{f['index_peak_mb']:.0f} MB",
                        f"{f['index_mb']:.1f} MB",
                        _s(f["fresh_s"]),
                        _s(f["warm_s"]),
                        f"{f['search_kb']:.0f} KB",
                    ]
                    if (f := r.get("pagefind"))
                    else ["not installed"] * 6
                )
                for corpus, by_size in results.items()
                for size, r in by_size.items()
            ],
        ),
        "",
        "Search for a word every page holds (the longest word of the first source's title) and for a word few "
        "pages hold (bench.browse.rare_word: the word whose first five letters the fewest indexed pages hold, at "
        "least two), each in the header's box of a fresh page and again on it (warm); then the tab's memory: its "
        "renderer process (page, search worker, Pagefind's WebAssembly; resident set from /proc) and the page's "
        "JavaScript heap (DevTools' JSHeapUsedSize; the worker's is in the renderer's). The issue sets no budget "
        "for memory:",
        "",
        *table(
            ["Corpus", "Articles", "Query", "Results", "Fresh", "Warm", "Bytes", "Tab (renderer)", "Page JS heap"],
            [
                [
                    corpus,
                    str(size),
                    f"{q['word']}" + (f" ({q['pages']} pages)" if "pages" in q else ""),
                    q.get("results", ""),
                    _s(q["fresh_s"]),
                    _s(q["warm_s"]),
                    f"{q['search_kb']:.0f} KB",
                    f"{q['renderer_mb']:.0f} MB" if "renderer_mb" in q else "",
                    f"{q['js_heap_mb']:.1f} MB" if "js_heap_mb" in q else "",
                ]
                for corpus, by_size in results.items()
                for size, r in by_size.items()
                for q in (r["search"], r.get("search rare"))
                if q
            ],
        ),
        "",
        "The listed pages in Chromium (first load with an empty cache, search index excluded; elements in the DOM "
        "after load) and Lighthouse mobile performance (one run, at the largest size of this bench run):",
        "",
        *table(["Corpus", "Articles", "Page", "URL", "First load", "Elements", "Lighthouse"], page_rows),
    ]


def budgets(results: dict[str, dict[int, dict[str, Any]]]) -> list[Budget]:
    out: list[Budget] = []
    for corpus, by_size in results.items():
        if 100 in by_size and 1000 in by_size:
            ratio = by_size[1000]["whole"]["s"] / by_size[100]["whole"]["s"]
            out.append(
                Budget(f"{corpus}: whole build t(1000)/t(100)", f"{ratio:.1f}", f"≤ {RATIO:.0f}", ratio <= RATIO)
            )
        for size, r in by_size.items():
            ratio = r["ratio"]["median"] if "ratio" in r else r["whole"]["s"] / r["bare"]["s"]
            what = f"{corpus} {size}: whole build / bare MkDocs"
            cause = f"generator {r['generator']['s']:.1f} s of {r['whole']['s']:.1f} s"
            out.append(Budget(what, f"{ratio:.2f}", f"≤ {BARE:.2f}", ratio <= BARE, "" if ratio <= BARE else cause))
            every = r["every page"]
            out.append(
                Budget(
                    f"{corpus} {size}: largest page, HTML gzip",
                    f"{every['max_kb']:.1f} KB",
                    f"≤ {PAGE_KB} KB",
                    every["max_kb"] <= PAGE_KB,
                    every["max_kb_page"],
                )
            )
            worst = max(r["pages"].items(), key=lambda kv: kv[1]["kb"])
            out.append(
                Budget(
                    f"{corpus} {size}: heaviest listed page, first load",
                    f"{worst[1]['kb']:.1f} KB",
                    f"≤ {PAGE_KB} KB",
                    worst[1]["kb"] <= PAGE_KB,
                    worst[0],
                )
            )
            most = max(every["max_tags"], *(p["elements"] for p in r["pages"].values()))
            out.append(
                Budget(
                    f"{corpus} {size}: most elements on a page",
                    str(most),
                    f"≤ {ELEMENTS}",
                    most <= ELEMENTS,
                    every["max_tags_page"],
                )
            )
            if scored := [(p["performance"], n) for n, p in r["pages"].items() if "performance" in p]:
                low = min(scored)
                out.append(
                    Budget(
                        f"{corpus} {size}: Lighthouse performance, worst listed page",
                        f"{low[0]:.2f}",
                        f"≥ {PERFORMANCE}",
                        low[0] >= PERFORMANCE,
                        low[1],
                    )
                )
            if size >= 1000:
                mb = max(r["bare"]["mb"], r["whole"]["mb"])
                if corpus == "realistic":
                    out.append(
                        Budget(
                            f"{corpus} {size}: peak build memory", f"{mb:.0f} MB", f"≤ {MEMORY_MB} MB", mb <= MEMORY_MB
                        )
                    )
                for query, s in (("", r["search"]), (" (rare word)", r.get("search rare"))):
                    if not s:
                        continue
                    for label, value, limit in (
                        ("warm", s["warm_s"], SEARCH_WARM_S),
                        ("fresh", s["fresh_s"], SEARCH_FRESH_S),
                    ):
                        ok = value is not None and value <= limit
                        what = f"{corpus} {size}: search{query}, first result on a {label} page"
                        out.append(Budget(what, _s(value), f"≤ {limit} s", ok))
                    out.append(
                        Budget(
                            f"{corpus} {size}: search{query} bytes before the first result",
                            f"{s['search_kb']:.0f} KB",
                            f"≤ {SEARCH_KB} KB",
                            s["search_kb"] <= SEARCH_KB,
                        )
                    )
    return out
