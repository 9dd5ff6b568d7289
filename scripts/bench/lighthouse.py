"""Lighthouse scores of four pages (mobile, the default), median of three runs each.

Served by the compressing server, so the scores are those of a static host. For every
category below its budget the failing audits are listed with their savings: a missed
score is fixed at its cause, and these name it.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from .common import CHROMIUM, CHROMIUM_ARGS, ROOT, Budget, Section, table
from .server import serving
from .weight import pages

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
BUDGETS = {"performance": 0.98, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
RUNS = 3


def lighthouse(url: str, out: Path) -> dict[str, Any]:
    """One mobile Lighthouse run of `url`, its JSON report."""
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    args = [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}", f"--chrome-flags={flags}"]
    env = {**os.environ, "CHROME_PATH": str(CHROMIUM)}
    subprocess.run(args, env=env, check=True, capture_output=True, timeout=180)
    return json.loads(out.read_text(encoding="utf-8"))


def failing(report: dict[str, Any], category: str) -> list[dict[str, Any]]:
    """The audits that cost the category points: metrics below 1, and visible audits that fail or offer savings."""
    found = []
    for ref in report["categories"][category]["auditRefs"]:
        audit = report["audits"][ref["id"]]
        score, mode = audit.get("score"), audit.get("scoreDisplayMode")
        if score is None or score >= 1 or mode in ("manual", "notApplicable", "informative"):
            continue
        if ref.get("group") == "hidden":
            continue  # Lighthouse's newer "insights" repeat the visible diagnostics
        savings = {k: v for k, v in (audit.get("metricSavings") or {}).items() if v}
        found.append(
            {
                "id": ref["id"],
                "title": audit["title"],
                "score": score,
                "weight": ref.get("weight", 0),
                "value": audit.get("displayValue", ""),
                "savings": savings,
            }
        )
    return sorted(found, key=lambda a: (-a["weight"], a["score"]))


def diagnostics(report: dict[str, Any]) -> str:
    """Where a page's main-thread time goes: by kind of work, by script, long tasks, DOM size."""
    audits = report["audits"]

    def name(url: str) -> str:
        return url.rstrip("/").rsplit("/", 1)[-1]

    def items(audit: str) -> list[dict[str, Any]]:
        return (audits[audit].get("details") or {}).get("items", [])

    work = ", ".join(
        f"{i['groupLabel'].lower()} {i['duration']:.0f} ms" for i in items("mainthread-work-breakdown")[:3]
    )
    scripts = ", ".join(f"{name(i['url'])} {i['scripting']:.0f} ms" for i in items("bootup-time")[:2])
    tasks = items("long-tasks")
    longest = max(tasks, key=lambda i: i["duration"], default=None)
    long = f"{len(tasks)} long tasks, longest {longest['duration']:.0f} ms ({name(longest['url'])})"
    return (
        f"main thread {audits['mainthread-work-breakdown'].get('displayValue', '')} ({work}); scripting by "
        f"script: {scripts}; {long if longest else 'no long tasks'}; DOM {audits['dom-size'].get('displayValue', '')}"
    )


def performance(report: dict[str, Any]) -> str:
    """One run's performance score and its blocking time, which decides it: the spread behind a median."""
    blocking = report["audits"]["total-blocking-time"]["numericValue"]
    return f"{report['categories']['performance']['score']:.2f} ({blocking:.0f} ms)"


def run(site: Path) -> Section:
    section = Section("lighthouse", "Lighthouse")
    if not LIGHTHOUSE.exists():
        raise RuntimeError(f"{LIGHTHOUSE} is missing: run `npm ci` (make bench does)")
    targets = pages(site)
    reports: dict[str, list[dict[str, Any]]] = {name: [] for name in targets}
    with serving(site) as base, tempfile.TemporaryDirectory() as tmp:
        for i in range(RUNS):  # pages interleaved, so a slow spell of the machine hits them all alike
            for name, path in targets.items():
                reports[name].append(lighthouse(base + path, Path(tmp) / f"{i}.json"))
    version = next(iter(reports.values()))[0]["lighthouseVersion"]
    scores = {
        name: {c: statistics.median(r["categories"][c]["score"] for r in runs) for c in BUDGETS}
        for name, runs in reports.items()
    }
    spread = {name: ", ".join(map(performance, runs)) for name, runs in reports.items()}
    rows = [[name, *(f"{s[c]:.2f}" for c in BUDGETS), spread[name]] for name, s in scores.items()]
    section.lines += [
        f"Lighthouse {version}, mobile (default simulated throttling), headless Chromium; median of {RUNS} "
        "runs per page, pages interleaved, served gzip-compressed.",
        "",
        *table(["Page", *BUDGETS, "performance of each run (total blocking time)"], rows),
        "",
        "Budgets: " + ", ".join(f"{c} ≥ {b:.2f}" for c, b in BUDGETS.items()) + ".",
    ]
    misses: dict[str, Any] = {}
    notes: dict[str, str] = {}
    for category, limit in BUDGETS.items():
        low = {name: s[category] for name, s in scores.items() if s[category] < limit}
        worst = min(s[category] for s in scores.values())
        audits: dict[str, dict[str, Any]] = {}
        for name in low:  # the failing audits of the run whose score is the median
            median_run = sorted(reports[name], key=lambda r: r["categories"][category]["score"])[RUNS // 2]
            for audit in failing(median_run, category):
                entry = audits.setdefault(audit["id"], {**audit, "pages": [], "values": []})
                entry["pages"].append(name)
                entry["values"].append(f"{name.split()[0]}: {audit['value']}" if audit["value"] else "")
            if category == "performance":
                notes[name] = diagnostics(median_run)
        weighted = [a for a in audits.values() if a["weight"]]
        cause = ", ".join(a["id"] for a in weighted or list(audits.values())[:4])
        measured = f"{worst:.2f} (worst of {len(scores)} pages)"
        section.budgets.append(Budget(f"Lighthouse {category}", measured, f"≥ {limit:.2f}", not low, cause))
        if low:
            misses[category] = list(audits.values())
            section.lines += ["", f"**{category}** below {limit:.2f} on {', '.join(low)}; failing audits:", ""]
            section.lines += table(
                ["Audit", "Title", "Weight", "Value by page", "Savings (first page)"],
                [
                    [
                        f"`{a['id']}`",
                        a["title"].replace("|", "\\|"),
                        str(a["weight"]),
                        "; ".join(filter(None, a["values"])) or ", ".join(a["pages"]),
                        ", ".join(f"{k} −{v}{'' if k == 'CLS' else ' ms'}" for k, v in a["savings"].items()),
                    ]
                    for a in audits.values()
                ],
            )
    if notes:
        section.lines += ["", "Main-thread work of the pages below the performance budget (median run):", ""]
        section.lines += [f"- **{name}**: {note}" for name, note in notes.items()]
    section.data = {"version": version, "runs": RUNS, "scores": scores, "failing": misses, "diagnostics": notes}
    return section
