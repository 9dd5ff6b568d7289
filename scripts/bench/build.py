"""Build time of the real site: each pipeline stage, and the full build against bare MkDocs.

The full build is `mkdocs build` with the hook (generate, then build); the bare one is
the same command on a copy of mkdocs.yml whose only hook keeps the theme's compiled
templates as ours does (bench/bare_hooks.py), over the same generated Markdown. They
alternate in one run, so a slow spell of the machine hits both alike.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .common import Budget, Section, Stat, env, python, table
from .stages import STAGES, read

STAGE_RUNS = 5
ROUNDS = 11  # rounds of the four builds; at 7 rounds, the median ratio here ranged 1.05–1.15 between runs
BUDGET = 1.10


def config_with_hooks(project: Path, name: str, hooks: list[str]) -> Path:
    """mkdocs.yml with other hooks (or none), beside it so every relative path still holds."""
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    block = "hooks:\n" + "".join(f"  - {hook}\n" for hook in hooks) if hooks else ""
    new, n = re.subn(r"^hooks:\n(?:[ \t]+-.*\n)+", block, text, flags=re.MULTILINE)
    if n != 1:
        raise RuntimeError("mkdocs.yml has no `hooks:` list to replace")
    path = project / name
    path.write_text(new, encoding="utf-8")
    return path


def bare_config(project: Path) -> Path:
    """The budget's yardstick: MkDocs with our theme-template cache alone (bench/bare_hooks.py)."""
    return config_with_hooks(project, "mkdocs-bare.yml", ["scripts/bench/bare_hooks.py"])


def mkdocs(project: Path, config: str, site: Path) -> float:
    """Wall time of one strict `mkdocs build`, interpreter start included, as a user runs it."""
    start = time.perf_counter()
    args = ["-m", "mkdocs", "build", "--strict", "--quiet", "-f", config, "--site-dir", str(site)]
    python(*args, cwd=project, project=project)
    return time.perf_counter() - start


def merged(profiles: list[dict[str, Any]], view: str) -> list[tuple[str, float]]:
    """One stage's sampled places over several runs, as shares of all their samples."""
    total = sum(p["samples"] for p in profiles) or 1
    shares: dict[str, float] = {}
    for p in profiles:
        for where, share in p[view]:
            shares[where] = shares.get(where, 0.0) + share * p["samples"] / total
    return sorted(shares.items(), key=lambda kv: -kv[1])


def stage_runs(project: Path, work: Path) -> tuple[dict[str, Stat], dict[str, list[dict[str, Any]]]]:
    """Each stage over several cold runs, writing into an empty docs folder (a first build)."""
    runs = [
        read(python("-m", "bench.stages", str(project / "content"), str(work / f"docs-{i}"), cwd=project))
        for i in range(STAGE_RUNS)
    ]
    profiles = {s: [r["profiles"][s] for r in runs] for s in STAGES}
    return {s: Stat.of([r["times"][s] for r in runs]) for s in STAGES}, profiles


def imports(project: Path) -> list[tuple[str, float]]:
    """The pipeline's own import time by top-level package (`python -X importtime`, self times, ms).

    What MkDocs imports anyway comes first, then a marker module; only what follows counts.
    """
    code = "import jinja2, markupsafe, yaml; import colorsys; import explainer.load, explainer.render, explainer.write"
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], cwd=project, env=env(project), capture_output=True, text=True
    )
    lines = result.stderr.splitlines()
    start = next((i for i, line in enumerate(lines) if line.rstrip().endswith("| colorsys")), len(lines))
    by_package: dict[str, float] = {}
    for line in lines[start + 1 :]:
        if line.startswith("import time:") and "self [us]" not in line:
            self_us, _, name = line.removeprefix("import time:").split("|")
            package = name.strip().split(".")[0]
            by_package[package] = by_package.get(package, 0.0) + int(self_us) / 1000
    return sorted(by_package.items(), key=lambda kv: -kv[1])


def compare(project: Path, work: Path) -> dict[str, list[float]]:
    """Four builds per round, in rotating order after a warm-up of each: full with the generator
    running (an input touched first, as after an edit), full with nothing changed (the hook may
    skip its work), bare, and MkDocs as shipped (no hooks at all: what a build would take
    without this project's hooks)."""
    bare = bare_config(project).name
    shipped = config_with_hooks(project, "mkdocs-shipped.yml", []).name
    edited = project / "content" / "events.yml"

    def full_after_edit(site: Path) -> float:
        os.utime(edited)  # a new mtime: the inputs changed, so the generator must run
        return mkdocs(project, "mkdocs.yml", site)

    builds: dict[str, Callable[[Path], float]] = {
        "full": full_after_edit,
        "unchanged": lambda site: mkdocs(project, "mkdocs.yml", site),
        "bare": lambda site: mkdocs(project, bare, site),
        "shipped": lambda site: mkdocs(project, shipped, site),
    }
    times: dict[str, list[float]] = {name: [] for name in builds}
    for build in builds.values():
        build(work / "site-warm")  # generates docs/, compiles bytecode
    names = list(builds)
    for i in range(ROUNDS):
        for name in names[i % len(names) :] + names[: i % len(names)]:
            times[name].append(builds[name](work / "site"))
    return times


def causes(stages: dict[str, Stat], profiles: dict[str, list[dict[str, Any]]], project: Path) -> list[str]:
    """For each stage worth 10 % of the pipeline or more, where its time goes."""
    pipeline = sum(s.median for s in stages.values())
    lines = []
    for stage in sorted(stages, key=lambda s: -stages[s].median):
        share = stages[stage].median / pipeline
        if share < 0.10:
            break
        if stage == "import":
            found = ", ".join(f"{p} {ms:.0f} ms" for p, ms in imports(project)[:6])
            lines.append(
                f"- **import** ({share:.0%}), self time by package (`python -X importtime`, one run): {found}; "
                "`explainer` includes defining the model classes."
            )
        else:
            ours = "; ".join(f"`{w}` {s:.0%}" for w, s in merged(profiles[stage], "ours")[:3])
            hot = "; ".join(f"`{w}` {s:.0%}" for w, s in merged(profiles[stage], "hot")[:3])
            lines.append(f"- **{stage}** ({share:.0%}): pipeline {ours}; hot {hot}")
    return lines


def run(project: Path, work: Path) -> Section:
    section = Section("build", "Build of the real site")
    stages, profiles = stage_runs(project, work)
    times = compare(project, work)
    full_t, bare_t = times["full"], times["bare"]
    full, bare, unchanged = Stat.of(full_t), Stat.of(bare_t), Stat.of(times["unchanged"])
    ratio = Stat.of([f / b for f, b in zip(full_t, bare_t, strict=True)])
    shipped = Stat.of(times["shipped"])
    against_shipped = Stat.of([f / b for f, b in zip(full_t, times["shipped"], strict=True)])
    pipeline = sum(s.median for s in stages.values())
    rows = [[s, stages[s].fmt("ms", 1000, 0), f"{stages[s].median / pipeline:.0%}"] for s in STAGES]
    rows.append(["**pipeline, sum of medians**", f"{pipeline * 1000:.0f} ms", "100%"])
    section.lines += [
        f"Stages: {STAGE_RUNS} cold runs of the generator, a fresh interpreter each, on the real content, "
        "into an empty docs folder (the first build of a clone). `import` is the pipeline's own imports "
        "beyond what MkDocs loads anyway (yaml, jinja2), from bytecode compiled when the project was copied "
        "(as `make` compiles it). Medians with min–max.",
        "",
        *table(["Stage", "Time", "Share of pipeline"], rows),
        "",
        f"Full versus bare: {ROUNDS} rounds of `mkdocs build --strict` (the whole command, interpreter start "
        "included), the four kinds in rotating order, after one warm-up each. The full build runs after an "
        "input file is touched, so the generator does its work (its pages come out unchanged); the budget is "
        "on that one, against bare. Bare keeps the one part of our hooks that speeds MkDocs itself (the theme's "
        "compiled templates), so the ratio is the pipeline's own cost; MkDocs as shipped is shown beside it.",
        "",
        *table(
            ["Build", "Time"],
            [
                ["full, after an edit (the hook generates, then MkDocs builds)", full.fmt("ms", 1000, 0)],
                ["full, nothing changed since the last build", unchanged.fmt("ms", 1000, 0)],
                ["bare (only the theme-template cache of our hooks, same Markdown)", bare.fmt("ms", 1000, 0)],
                ["full − bare, medians", f"{(full.median - bare.median) * 1000:.0f} ms"],
                ["ratio full / bare, per pair", ratio.fmt("×", 1, 3)],
                ["MkDocs as shipped (no hooks, same Markdown)", shipped.fmt("ms", 1000, 0)],
                ["ratio full / as shipped, per pair (no budget)", against_shipped.fmt("×", 1, 3)],
            ],
        ),
        "",
        "Where the pipeline's time goes, stage by stage (10 % of it or more): the pipeline's own lines "
        "(the code to change) and the innermost functions (the hot code), sampled every 5 ms over the stage runs.",
        "",
        *causes(stages, profiles, project),
    ]
    ok = ratio.median <= BUDGET
    # Not the import: bare MkDocs loads the package too, for its Markdown extension (explainer.markup).
    big = sorted((s for s in STAGES if s != "import"), key=lambda s: -stages[s].median)[:3]
    cause = (
        ""
        if ok
        else (
            f"the hook adds {(full.median - bare.median) * 1000:.0f} ms to a {bare.median * 1000:.0f} ms build: "
            + ", ".join(f"{s} {stages[s].median * 1000:.0f} ms" for s in big)
            + " (the import is in both: the Markdown extension loads the package)"
        )
    )
    section.budgets.append(
        Budget("full build / bare MkDocs build", ratio.fmt("×", 1, 3), f"≤ {BUDGET:.2f}×", ok, cause)
    )
    section.data = {
        "stages": {s: stages[s].json() for s in STAGES},
        "full": full.json(),
        "bare": bare.json(),
        "unchanged": unchanged.json(),
        "ratio": ratio.json(),
        "shipped": shipped.json(),
        "ratio_to_shipped": against_shipped.json(),
    }
    return section
