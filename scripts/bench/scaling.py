"""How generation grows with the corpus: 10, 100 and 1,000 synthetic articles.

Each run is a fresh interpreter (bench.stages) over a seeded synthetic corpus, timed
and sampled stage by stage, its peak memory its own. The 1,000-article run is stopped
once it has provably missed its budget (12 × the time at 100 articles), so a stage that
grows with the square of the corpus cannot hold the bench for many minutes: the stages
it finished still count, and its peak memory so far is read from /proc.
"""

from __future__ import annotations

import itertools
import math
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from . import synthetic
from .common import Budget, Section, Stat, env, table
from .stages import STAGES, read

# Articles: timed runs. Three at the larger sizes, so a ratio of medians does not rest on a
# single run: one 1,000-article run on this machine varied by 30 % (cite 2.1 s, then 2.7 s).
SIZES = {10: 5, 100: 3, 1000: 3}
SEED = 20190227
RATIO = 12.0  # budget for t(1000) / t(100): linear, with some slack
MEMORY_MB = 500
TIMED = [s for s in STAGES if s != "import"]  # the imports do not grow with the corpus
SUPERLINEAR = 1.1  # growth exponents above this are named as causes


def peak_mb(pid: int) -> float:
    """A running process's peak resident memory (VmHWM), for a run stopped before it could say."""
    for line in Path(f"/proc/{pid}/status").read_text(encoding="utf-8").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def child(project: Path, content: Path, docs: Path, out: Path, limit: float | None) -> dict[str, Any]:
    """One generator run; past `limit` seconds it is stopped and marked unfinished, with the stage it was in."""
    start = time.perf_counter()
    with out.open("w", encoding="utf-8") as stdout:
        args = [sys.executable, "-m", "bench.stages", str(content), str(docs)]
        proc = subprocess.Popen(args, stdout=stdout, stderr=subprocess.PIPE, text=True, env=env(project))
        try:
            _, stderr = proc.communicate(timeout=limit)
        except subprocess.TimeoutExpired:
            peak = peak_mb(proc.pid)
            proc.terminate()
            proc.communicate(timeout=60)
            result, elapsed = read(out.read_text(encoding="utf-8")), time.perf_counter() - start
            missing = next(s for s in STAGES if s not in result["times"])  # if it died before it could say
            stopped = result.get("stopped_in") or {"stage": missing, "seconds": elapsed - sum(result["times"].values())}
            return {**result, "finished": False, "stopped_in": stopped, "elapsed": elapsed, "rss_mb": peak}
    if proc.returncode != 0:
        raise RuntimeError(f"bench.stages failed on {content}:\n{stderr[-3000:]}")
    return {**read(out.read_text(encoding="utf-8")), "finished": True, "elapsed": time.perf_counter() - start}


def generation(result: dict[str, Any]) -> float:
    return sum(result["times"].get(s, 0.0) for s in TIMED)


def exponent(t_small: float, t_large: float, factor: float) -> float:
    """k in t ∝ n^k between two sizes `factor` apart: 1 is linear, 2 quadratic."""
    return math.log(t_large / t_small) / math.log(factor)


def median(results: list[dict[str, Any]], stage: str) -> float | None:
    """A stage's median time over runs, or None where a run did not finish it."""
    if stage == "total":
        return Stat.of([generation(r) for r in results]).median if all(r["finished"] for r in results) else None
    done = [r["times"][stage] for r in results if stage in r["times"]]
    return Stat.of(done).median if len(done) == len(results) else None


def run(project: Path, work: Path, sizes: dict[int, int] = SIZES) -> Section:
    """Generate each corpus and time the project copy's pipeline on it; the largest size's run stops
    once it has provably missed."""
    results: dict[int, list[dict[str, Any]]] = {}
    corpus_mb: dict[int, float] = {}
    for size, runs in sizes.items():
        content = synthetic.write(synthetic.corpus(size, SEED), work / f"corpus-{size}" / "content")
        corpus_mb[size] = sum(p.stat().st_size for p in content.rglob("*")) / 1e6
        before = median(results[max(results)], "total") if size == max(sizes) and results else None
        limit = RATIO * before + 5 if before else None  # enough to prove a miss, no more
        results[size] = [
            child(project, content, work / f"docs-{size}-{i}", work / f"run-{size}-{i}.jsonl", limit)
            for i in range(runs)
        ]
    section = Section("scaling", "Scaling with the corpus", data={"seed": SEED, "runs": sizes, "corpus_mb": corpus_mb})
    section.data["results"] = {str(n): rs for n, rs in results.items()}
    describe(section, results, corpus_mb)
    section.budgets += budgets(results)
    return section


def cell(results: list[dict[str, Any]], stage: str) -> str:
    """A stage's time at one size: median (range), or how long it ran before the run was stopped."""
    done = [r["times"][stage] for r in results if stage in r["times"]]
    if len(done) == len(results):
        return Stat.of(done).fmt("s", 1, 2)
    stopped = next(r for r in results if not r["finished"])
    if stopped["stopped_in"]["stage"] == stage:
        return f"> {stopped['stopped_in']['seconds']:.0f} s (stopped)"
    return "not reached"


def describe(section: Section, results: dict[int, list[dict[str, Any]]], corpus_mb: dict[int, float]) -> None:
    """Time by stage and size, growth exponents, memory, and where the superlinear stages spend their time."""
    sizes = list(results)
    counts = results[sizes[0]][0]["counts"]
    rows = [[s, *(cell(results[n], s) for n in sizes)] for s in TIMED]
    totals = []
    for n in sizes:
        stopped = [r for r in results[n] if not r["finished"]]
        totals.append(
            f"> {stopped[0]['elapsed']:.0f} s (stopped)"
            if stopped
            else Stat.of([generation(r) for r in results[n]]).fmt()
        )
    rows.append(["**load + render + write**", *totals])
    rows.append(["peak memory", *(Stat.of([r["rss_mb"] for r in results[n]]).fmt("MB", 1, 0) for n in sizes)])
    growth = []
    for stage in [*TIMED, "total"]:
        cells = []
        for a, b in itertools.pairwise(sizes):
            ta, tb = median(results[a], stage), median(results[b], stage)
            cells.append(f"{tb / ta:.1f}× (k = {exponent(ta, tb, b / a):.2f})" if ta and tb else "—")
        growth.append([stage, *cells])
    section.lines += [
        f"Synthetic corpora (`scripts/bench/synthetic.py`, seed {SEED}) in the real content's proportions; at "
        f"{sizes[0]} articles: {', '.join(f'{v} {k}' for k, v in counts.items())}. On disk: "
        + ", ".join(f"{corpus_mb[n]:.1f} MB at {n}" for n in sizes)
        + ". Runs per size: "
        + ", ".join(f"{len(rs)} at {n}" for n, rs in results.items())
        + " (a fresh interpreter each, writing into an empty docs folder). Peak memory is the run's "
        "own VmHWM (its process's resident high-water mark).",
        "",
        *table(["Stage", *(f"{n} articles" for n in sizes)], rows),
        "",
        "Growth from each size to the next: ratio of medians and exponent k (t ∝ n^k; 1 is linear, 2 quadratic).",
        "",
        *table(["Stage", *(f"{a} → {b}" for a, b in itertools.pairwise(sizes))], growth),
        "",
    ]
    per_cite = [
        f"{Stat.of([r['times']['cite'] for r in rs]).median / rs[0]['counts']['citations'] * 1e6:.0f} µs at {n}"
        for n, rs in results.items()
        if all(r["counts"] for r in rs)
    ]
    section.lines += [f"Quote resolution per citation: {', '.join(per_cite)}.", ""]
    slow = superlinear(results)
    if slow:
        section.lines += [
            "Where the stages that grow faster than the corpus spend their time, sampled every 5 ms in the "
            "first run at the largest size each finished: the pipeline's own lines (the code to change) "
            "and the innermost functions (the hot code).",
            "",
        ]
        for stage, k in slow.items():
            size = max(n for n, rs in results.items() if stage in rs[0]["profiles"])
            prof = results[size][0]["profiles"][stage]
            ours = "; ".join(f"`{w}` {share:.0%}" for w, share in prof["ours"][:3])
            hot = "; ".join(f"`{w}` {share:.0%}" for w, share in prof["hot"][:3])
            section.lines.append(f"- **{stage}** ({k}; sampled at {size} articles): pipeline {ours}; hot {hot}")
        section.lines.append("")


def superlinear(results: dict[int, list[dict[str, Any]]]) -> dict[str, str]:
    """Stages growing faster than the corpus: the steepest exponent between consecutive sizes.

    Pairs where the smaller time is under 50 ms are skipped (noise). A stage still running
    when the largest run was stopped counts with the time it had run: a lower bound.
    """
    found = {}
    for stage in TIMED:
        meds = {n: m for n, rs in results.items() if (m := median(rs, stage))}
        stopped = [
            r["stopped_in"]["seconds"] for r in results[max(results)] if r.get("stopped_in", {}).get("stage") == stage
        ]
        if stopped:
            meds[max(results)] = stopped[0]
        pairs = [(a, b) for a, b in itertools.pairwise(sorted(meds)) if meds[a] >= 0.05]
        if not pairs:
            continue
        k, (a, b) = max((exponent(meds[a], meds[b], b / a), (a, b)) for a, b in pairs)
        if k > SUPERLINEAR:
            bound = "≥" if stopped and b == max(results) else "="
            found[stage] = f"k {bound} {k:.2f} from {a} to {b}"
    return found


def memory(result: dict[str, Any]) -> str:
    """The stage during which the peak memory grew most, with the growth."""
    before, grew = 0.0, {}
    for stage, after in result["rss_after"].items():
        grew[stage], before = after - before, after
    if not result["finished"]:
        grew[result["stopped_in"]["stage"]] = result["rss_mb"] - before
    stage = max(grew, key=grew.__getitem__)
    return f"grew most during {stage}: +{grew[stage]:.0f} MB"


def budgets(results: dict[int, list[dict[str, Any]]]) -> list[Budget]:
    """Linear time from the middle size to the largest, bounded memory, and quote resolution that scales."""
    mid, top = sorted(results)[-2:]
    slow = superlinear(results)
    cause = "superlinear: " + ", ".join(f"{s} ({k})" for s, k in slow.items()) if slow else ""
    t_mid = median(results[mid], "total") or float("nan")
    t_top = median(results[top], "total")  # None if a run was stopped
    if t_top is not None:
        ratio = t_top / t_mid
        measured, ok = f"{ratio:.1f} ({t_top:.0f} s / {t_mid:.1f} s, medians)", ratio <= RATIO
    else:
        stopped = next(r for r in results[top] if not r["finished"])
        where = stopped["stopped_in"]["stage"]
        measured = f"> {RATIO:.0f} (stopped after {stopped['elapsed']:.0f} s, in {where}; t({mid}) {t_mid:.1f} s)"
        ok = False
    found = [Budget(f"generation t({top}) / t({mid})", measured, f"≤ {RATIO:.0f}", ok, "" if ok else cause)]
    big = max(results[top], key=lambda r: r["rss_mb"])  # the highest peak of the runs
    prefix = "" if big["finished"] else "≥ "
    ok = big["rss_mb"] <= MEMORY_MB
    what = f"peak memory at {top:,} articles"
    found.append(Budget(what, f"{prefix}{big['rss_mb']:.0f} MB", f"≤ {MEMORY_MB} MB", ok, "" if ok else memory(big)))
    c_mid, c_top = median(results[mid], "cite"), median(results[top], "cite")
    if c_mid and c_top:
        ratio = c_top / c_mid
        measured, ok = f"{ratio:.1f} ({c_top:.1f} s / {c_mid:.2f} s)", ratio <= RATIO
    else:
        measured, ok = f"not reached at {top:,}", False
    what = f"cite stage t({top}) / t({mid}): not quotes × corpus"
    found.append(Budget(what, measured, f"≤ {RATIO:.0f}", ok, "" if ok else slow.get("cite", "")))
    return found
