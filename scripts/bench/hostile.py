"""How long the rules take to read a hostile article: text of one shape repeated up to the size
an article may have (explainer.safeyaml.MAX_SOURCE_BYTES), and an eighth of it.

A rule that looks at the whole page for each line, or a pattern that backtracks over a long
line, costs time in the square of the text: invisible on a real article of 20 KB, hours on
2 MB. Each shape is read by a fresh interpreter with a time limit (`python -m bench.hostile
SHAPE BYTES FILE` prints the seconds), so one that does not end cannot hold the bench.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from explainer import add, sources

from .common import Budget, Section, env, table

SMALL, LARGE = 256 * 1024, 2 * 1024 * 1024  # the limit, and an eighth of it
LIMIT_S = 60.0  # budget: a whole article of the largest size read within a minute
GROWTH = 1.5 * LARGE / SMALL  # budget for t(large) / t(small): linear, with slack
WORDS = "the a of to and in on said after over new first talks two last was for with by".split()


def words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


# Each makes a text of about `size` characters: one long line of a kind, or many lines of one.
SHAPES: dict[str, Callable[[random.Random, int], str]] = {
    "one line of prose": lambda r, size: words(r, size // 4) + ".",
    "one line without spaces": lambda r, size: "x" * size,
    "one line of short sentences": lambda r, size: "It ended. " * (size // 10),
    "one line of links parted by bars": lambda r, size: "Home | " * (size // 7),
    "one line of quotations": lambda r, size: "“Yes,” she said. " * (size // 17),
    "labelled lines": lambda r, size: "\n".join(f"Label {i}: value {i}" for i in range(size // 20)),
    "short lines": lambda r, size: "\n".join(words(r, 3) for _ in range(size // 12)),
    "bulleted lines": lambda r, size: "\n".join(f"- {words(r, 4)}" for _ in range(size // 16)),
    "lines in capitals": lambda r, size: "\n".join("BREAKING NEWS TODAY" for _ in range(size // 20)),
    "dated lines": lambda r, size: "\n".join("Tuesday, Feb. 26, 2019, 10:30 a.m." for _ in range(size // 35)),
    "lines of links": lambda r, size: "\n".join("Home | World | Asia" for _ in range(size // 20)),
    "quoted lines": lambda r, size: "\n".join(f"“{words(r, 24)},” he said." for _ in range(size // 130)),
    "tab-separated rows": lambda r, size: "\n".join("a\tb\tc\td" for _ in range(size // 8)),
    "prose wrapped at 72 columns": lambda r, size: textwrap.fill(words(r, size // 4) + ".", 72),
    "paragraphs": lambda r, size: "\n\n".join(words(r, 40) + "." for _ in range(size // 160)),
    "blank lines": lambda r, size: "Title\n" + "\n" * size + "Text.",
}


def read_once(shape: str, size: int, path: Path) -> dict[str, Any]:
    """Seconds for the build's reading of one text (explainer.sources: decode, then ingest, as the
    build and `explainer add` read an article), and the problem that refused it, if one did."""
    data = SHAPES[shape](random.Random(size), size).encode("utf-8")
    path.write_bytes(data)
    start, problems = time.perf_counter(), []
    if (text := sources.decode(path.name, "hostile", data, problems)) is not None:
        sources.ingest(add.placeholder_meta(path), path, text)
    refused = problems[0].message if problems else None
    return {"seconds": time.perf_counter() - start, "refused": refused}


def timed(project: Path, work: Path, shape: str, size: int) -> dict[str, Any] | None:
    """One reading in its own interpreter; None past the budget."""
    work.mkdir(parents=True, exist_ok=True)
    args = [sys.executable, "-m", "bench.hostile", shape, str(size), str(work / "article.txt")]
    try:
        result = subprocess.run(args, cwd=project, env=env(project), capture_output=True, text=True, timeout=LIMIT_S)
    except subprocess.TimeoutExpired:
        return None
    if result.returncode != 0:
        raise RuntimeError(f"reading {shape} failed:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout)


def cell(reading: dict[str, Any] | None) -> str:
    if reading is None:
        return f"> {LIMIT_S:.0f} s"
    return f"{reading['seconds']:.2f} s" + (" (refused)" if reading["refused"] else "")


def run(project: Path, work: Path) -> Section:
    section = Section("hostile", "Hostile articles: reading time against size")
    rows, slow, steep = [], [], []
    for shape in SHAPES:
        small, large = timed(project, work, shape, SMALL), timed(project, work, shape, LARGE)
        seconds = [r["seconds"] if r else None for r in (small, large)]
        growth = seconds[1] / seconds[0] if None not in seconds and seconds[0] else None
        refused = next((r["refused"] for r in (small, large) if r and r["refused"]), "")
        rows.append([shape, cell(small), cell(large), f"{growth:.1f}" if growth is not None else "—", refused])
        if large is None:
            slow.append(shape)
        elif growth is not None and seconds[0] >= 0.05 and growth > GROWTH:  # below 50 ms the ratio is noise
            steep.append(f"{shape} {growth:.1f}")
    section.lines += [
        f"Each shape repeated to {SMALL // 1024:,} KB and to {LARGE // 1024:,} KB (the largest article the "
        "build accepts), read once each by `explainer.sources.ingest` in a fresh interpreter, as the build "
        "and `explainer add` read an article (decoded, then its lines read); a text the build refuses is "
        "timed to its refusal.",
        "",
        *table(["Shape", f"{SMALL // 1024} KB", f"{LARGE // 1024:,} KB", "growth (×8 the text)", "refused"], rows),
    ]
    section.budgets.append(
        Budget(
            f"each shape read at {LARGE // 1024:,} KB",
            f"{len(SHAPES) - len(slow)} of {len(SHAPES)}",
            f"≤ {LIMIT_S:.0f} s",
            not slow,
            ", ".join(slow),
        )
    )
    section.budgets.append(
        Budget(
            "reading time grows with the text",
            f"{len(SHAPES) - len(steep)} of {len(SHAPES)} linear",
            f"growth ≤ {GROWTH:.0f}",
            not steep,
            ", ".join(steep),
        )
    )
    section.data = {"rows": rows}
    return section


if __name__ == "__main__":
    print(json.dumps(read_once(sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]))))
