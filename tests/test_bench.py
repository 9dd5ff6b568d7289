"""The bench's synthetic corpus: same seed, same bytes; the sizes asked for; valid for the real validator.
The stage runner, on a fresh copy of the project, as `make bench` first runs it on a new clone.
The bare build the full one is compared with. And how the scaling budgets are judged from several runs.

Only the generator is tested here: timings belong in `make bench`, never in a test.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml
from bench import build, scaling, synthetic
from bench.common import TreePeak
from bench.stages import STAGES
from conftest import mkdocs_build, run
from explainer.load import load


def test_same_seed_same_corpus_other_seed_other_corpus() -> None:
    assert synthetic.corpus(4, seed=7) == synthetic.corpus(4, seed=7)
    assert synthetic.corpus(4, seed=7) != synthetic.corpus(4, seed=8)


@pytest.mark.parametrize("realistic", [False, True])
def test_sizes_grow_as_asked(realistic: bool) -> None:
    """In proportion to the articles; or, realistic, actors and terms like the square root."""
    for articles in (1, 10, 40):
        files = synthetic.corpus(articles, seed=1, realistic=realistic)
        assert sum(name.startswith("sources/") for name in files) == 2 * articles
        counts = {name: len(yaml.safe_load(files[name])) for name in synthetic.CURATED}
        want = synthetic.expected(articles, realistic)
        assert counts == {name: want[kind] for name, kind in synthetic.CURATED.items()}
    assert synthetic.expected(40, True)["terms"] < synthetic.expected(40)["terms"] / 5


def test_the_real_validator_accepts_the_realistic_corpus(tmp_path: Path) -> None:
    """Actors of earlier articles come back, so some actor is in events of many articles."""
    content = synthetic.write(synthetic.corpus(12, seed=4, realistic=True), tmp_path / "content")
    site = load(content)
    articles_of: dict[str, set[str]] = {}
    for event in site.events.values():
        for actor in event.actors:
            articles_of.setdefault(actor, set()).add(event.cites[0].source)
    assert max(len(a) for a in articles_of.values()) >= 4


def test_the_real_validator_accepts_the_corpus(tmp_path: Path) -> None:
    content = synthetic.write(synthetic.corpus(3, seed=2), tmp_path / "content")
    site = load(content)  # raises LoadError with every problem otherwise
    want = synthetic.expected(3)
    assert {kind: len(getattr(site, kind)) for kind in synthetic.CURATED.values()} == {
        kind: want[kind] for kind in synthetic.CURATED.values()
    }
    assert len(site.resolved) > 100 * 3  # about as many citations per article as the real content
    for source in site.sources.values():
        assert len(source.paragraphs) == synthetic.PARAGRAPHS
        roles = Counter(line.role for line in source.lines)
        assert {"title", "dek", "byline", "timestamp", "caption", "heading", "contact"} <= set(roles)


def test_stage_runner_works_in_a_fresh_clone(project: Path) -> None:
    """No cache folder exists yet in a fresh clone: each stage must still run to its end."""
    assert not (project / ".explainer-cache").exists()
    result = run([sys.executable, "-m", "bench.stages", "content", "docs-staged"], project)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert {line["stage"] for line in lines if line.get("finished")} >= set(STAGES)
    assert lines[-1]["counts"]["pages"] > 50


def test_bare_build_is_mkdocs_with_the_theme_cache_alone(project: Path) -> None:
    """The bare side of the build ratio: the same pages, none of the pipeline's work on them,
    and the theme's compiled templates kept as the full build keeps them."""
    assert mkdocs_build(project).returncode == 0  # the generator writes docs/ once
    config = build.bare_config(project)
    args = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config.name, "--site-dir", "bare"]
    result = run(args, project)
    assert result.returncode == 0, result.stderr
    full, bare = ((project / d / "positions" / "index.html").read_text() for d in ("site", "bare"))
    assert 'id="__drawer" autocomplete' not in full and 'id="__drawer" autocomplete' in bare  # not mended
    assert len(list((project / ".explainer-cache" / "theme-templates").iterdir())) > 20


def timed_run(seconds: float, rss_mb: float = 100.0) -> dict:
    """A finished generator run as bench.stages reports it, its time spread over the stages."""
    times = dict.fromkeys(scaling.TIMED, seconds / len(scaling.TIMED))
    return {"finished": True, "times": times, "rss_mb": rss_mb, "rss_after": dict.fromkeys(scaling.TIMED, rss_mb)}


def test_scaling_budgets_judge_the_median_run_and_the_highest_memory() -> None:
    """One slow spell of the machine in one of three runs does not decide the budget."""
    results = {100: [timed_run(2.0)] * 3, 1000: [timed_run(30.0, 480), timed_run(21.0, 510), timed_run(22.0, 470)]}
    ratio, memory, cite = scaling.budgets(results)
    assert (ratio.ok, ratio.measured.split()[0]) == (True, "11.0")  # 22 s / 2 s, not the first run's 15
    assert (memory.ok, memory.measured) == (False, "510 MB")
    assert cite.ok
    results[1000][1] = timed_run(25.0)  # now the median is 25 s
    assert not scaling.budgets(results)[0].ok


def test_tree_peak_sums_the_children_a_process_runs_at_once() -> None:
    """Two children holding memory at the same time: the tree's peak is their sum, which a
    single process's peak (what wait4 reports) misses."""
    hold = "import sys, time; x = bytearray(int(sys.argv[1]) * 2**20); time.sleep(1.0)"
    script = (
        "import subprocess, sys; "
        f"ps = [subprocess.Popen([sys.executable, '-c', {hold!r}, n]) for n in ('150', '100')]; "
        "[p.wait() for p in ps]"
    )
    proc = subprocess.Popen([sys.executable, "-c", script])
    peak = TreePeak(proc.pid)
    proc.wait()
    assert peak.stop() >= 250


def test_tree_peak_counts_what_a_fork_shares_with_its_parent_once() -> None:
    """A process that forks after filling 200 MB: parent and child hold the same pages, which
    the machine holds once (summed resident sets would say 400 MB)."""
    script = (
        "import os, time; x = bytearray(200 * 2**20); "
        "pid = os.fork(); time.sleep(1.0); "
        "os._exit(0) if pid == 0 else os.waitpid(pid, 0)"
    )
    proc = subprocess.Popen([sys.executable, "-c", script])
    peak = TreePeak(proc.pid)
    proc.wait()
    assert 200 <= peak.stop() < 300
