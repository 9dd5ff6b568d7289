"""The report: Markdown for people, JSON for comparing runs, both naming the machine."""

from __future__ import annotations

import dataclasses
import json
import subprocess
from pathlib import Path
from typing import Any

from .common import ROOT, Section, table


def revision() -> str:
    """The commit measured, and whether the work tree differed from it (read-only git)."""

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()

    sha = git("rev-parse", "--short", "HEAD") or "unknown"
    changed = len(git("status", "--porcelain", "--untracked-files=no").splitlines())
    return f"{sha}" + (f" with {changed} changed file(s) in the work tree" if changed else "")


def markdown(meta: dict[str, Any], machine: dict[str, str], sections: list[Section]) -> str:
    budgets = [(s, b) for s in sections for b in s.budgets]
    missed = [b for _, b in budgets if not b.ok]
    lines = [
        "# Benchmark report",
        "",
        f"Run on {meta['started']} in {meta['seconds'] / 60:.1f} min, commit {meta['revision']}. "
        f"Load average at the start: {meta['load_at_start']} (other work on the machine makes timings noisier). "
        "Timings belong to this machine; compare runs on the same one.",
        "",
        "## Machine",
        "",
        *table(["", ""], [[k, v] for k, v in machine.items()]),
        "",
        "## Budgets",
        "",
        f"{len(budgets) - len(missed)} of {len(budgets)} met. A missed budget is fixed at its cause, "
        "never by moving the budget.",
        "",
        *table(
            ["", "What", "Measured", "Budget", "Cause of a miss"],
            [["✅" if b.ok else "❌", b.what, b.measured, b.limit, b.cause] for _, b in budgets],
        ),
    ]
    for section in sections:
        lines += ["", f"## {section.title}", "", *section.lines]
    return "\n".join(lines) + "\n"


def write(out: Path, meta: dict[str, Any], machine: dict[str, str], sections: list[Section]) -> Path:
    """Write report.md and report.json into `out`; the Markdown's path."""
    out.mkdir(parents=True, exist_ok=True)
    data = {
        **meta,
        "machine": machine,
        "budgets": [dataclasses.asdict(b) | {"section": s.key} for s in sections for b in s.budgets],
        "sections": {s.key: s.data for s in sections},
    }
    (out / "report.json").write_text(json.dumps(data, indent=1, default=str) + "\n", encoding="utf-8")
    path = out / "report.md"
    path.write_text(markdown(meta, machine, sections), encoding="utf-8")
    return path
