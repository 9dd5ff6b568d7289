"""`python -m bench [SECTION ...]`: run the measurements (all by default) and write the report."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

from . import build, hostile, lighthouse, report, scaling, serve, sites, weight
from .common import ROOT, Budget, Section, copy_project, machine, python

SECTIONS = ["build", "scaling", "hostile", "sites", "serve", "weight", "lighthouse"]


def site_of(project: Path) -> Path:
    """The project's built site, built once for the measurements that serve it."""
    site = project / "site"
    if not (site / "index.html").exists():
        python("-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site), cwd=project, project=project)
    return site


def measure(name: str, work: Path, project: Path, sizes: tuple[int, ...]) -> Section:
    if name == "sites":
        return sites.run(work / "sites", sizes)
    if name == "build":
        return build.run(project, work / "build")
    if name == "scaling":
        return scaling.run(project, work / "scaling")
    if name == "hostile":
        return hostile.run(project, work / "hostile")
    if name == "serve":
        return serve.run(copy_project(work / "serve" / "project"), sites.synthetic_project(work / "serve", 100))
    if name == "weight":
        return weight.run(site_of(project))
    return lighthouse.run(site_of(project))


def failed(name: str, err: Exception) -> Section:
    """A measurement that could not run, reported as such (and as a missed budget) instead of stopping the bench."""
    text = "".join(traceback.format_exception_only(err)).strip()
    section = Section(name, f"{name.capitalize()}: not measured", lines=["```text", text[-3000:], "```"])
    section.budgets.append(Budget(f"{name} measured", "failed", "runs", False, text.splitlines()[0][:200]))
    return section


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench", description=__doc__)
    parser.add_argument("sections", nargs="*", metavar="SECTION", help=f"any of {', '.join(SECTIONS)} (default: all)")
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=list(sites.SIZES), help="articles per synthetic site (sites section)"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "bench", help="where the report goes")
    args = parser.parse_args(argv)
    if unknown := set(args.sections) - set(SECTIONS):
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    chosen = args.sections or SECTIONS
    started, start, load = dt.datetime.now().astimezone(), time.perf_counter(), os.getloadavg()
    revision = report.revision()  # of the work tree copied now, which others may change meanwhile
    sections: list[Section] = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        work = Path(tmp)
        project = copy_project(work / "project")
        for name in chosen:
            print(f"bench: {name} ...", file=sys.stderr, flush=True)
            t = time.perf_counter()
            (work / name).mkdir(exist_ok=True)
            try:
                sections.append(measure(name, work, project, tuple(args.sizes)))
            except Exception as err:  # one broken measurement must not lose the others
                sections.append(failed(name, err))
            print(f"bench: {name} done in {time.perf_counter() - t:.0f} s", file=sys.stderr, flush=True)
    meta = {
        "started": started.isoformat(timespec="seconds"),
        "seconds": time.perf_counter() - start,
        "revision": revision,
        "load_at_start": ", ".join(f"{x:.2f}" for x in load),
    }
    path = report.write(args.out, meta, machine(), sections)
    missed = [b for s in sections for b in s.budgets if not b.ok]
    for b in missed:
        print(f"bench: missed: {b.what}: {b.measured} (budget {b.limit})", file=sys.stderr)
    print(f"bench: {len(missed)} budget(s) missed; report in {path} and report.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
