"""What every measurement shares: statistics over runs, budgets, the project copy, the machine."""

from __future__ import annotations

import compileall
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"
PROJECT_PARTS = ["mkdocs.yml", "mkdocs.offline.yml", "scripts", "overrides", "content", "docs/assets"]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@dataclass(frozen=True)
class Stat:
    """A median with its range, so one slow run neither hides nor dominates."""

    median: float
    min: float
    max: float
    n: int

    @classmethod
    def of(cls, samples: list[float]) -> Stat:
        return cls(statistics.median(samples), min(samples), max(samples), len(samples))

    def fmt(self, unit: str = "s", scale: float = 1.0, digits: int = 2) -> str:
        """The median with its range and the number of runs: "1.23 s (1.20–1.31, n=5)"."""
        m, lo, hi = (f"{v * scale:.{digits}f}" for v in (self.median, self.min, self.max))
        return f"{m} {unit} (n=1)" if self.n == 1 else f"{m} {unit} ({lo}–{hi}, n={self.n})"

    def json(self) -> dict[str, float]:
        return {"median": self.median, "min": self.min, "max": self.max, "n": self.n}


@dataclass
class Budget:
    """One figure against its limit; a miss carries its measured cause, never a moved limit."""

    what: str
    measured: str
    limit: str
    ok: bool
    cause: str = ""


@dataclass
class Section:
    """One measurement's result: Markdown for people, data for machines, budgets for both."""

    key: str
    title: str
    lines: list[str] = field(default_factory=list)
    budgets: list[Budget] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)


def copy_project(dest: Path) -> Path:
    """The parts of the project a build reads, copied so the checkout stays untouched (the tests use it too);
    its scripts compiled as `make` compiles them, so no build pays for compiling the generator."""
    for part in PROJECT_PARTS:
        src, target = ROOT / part, dest / part
        if src.is_dir():
            shutil.copytree(src, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)
    compileall.compile_dir(dest / "scripts", quiet=1)
    return dest


def env(project: Path | None = None) -> dict[str, str]:
    """The environment a build runs in: the bench package always importable, no MkDocs 2 banner."""
    paths = [str(SCRIPTS)] if project is None else [str(project / "scripts"), str(SCRIPTS)]
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": os.pathsep.join(paths)}


def python(*args: str, cwd: Path, project: Path | None = None, timeout: float = 900) -> str:
    """Run this venv's Python; its stdout, or an error carrying its stderr."""
    result = subprocess.run(
        [sys.executable, *args], cwd=cwd, env=env(project), capture_output=True, text=True, timeout=timeout
    )
    if result.returncode != 0:
        raise RuntimeError(f"python {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def tree_rss_mb(root: int) -> float:
    """Resident MB of a process and all its descendants now (from /proc): a build's hook runs
    Pagefind beside MkDocs while it still holds its pages, so the machine needs their sum. Each
    process counts its proportional set (Pss): the generator forks, and a fork's resident set
    counts again every page it shares with its parent (the realistic 1,000-article whole build
    read 1,767 MB summed by resident sets)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except OSError:  # gone meanwhile
                continue
    tree, todo = set(), [root]
    while todo:
        pid = todo.pop()
        tree.add(pid)
        todo += [child for child, parent in parents.items() if parent == pid and child not in tree]
    return sum(proportional_bytes(pid) for pid in tree) / 1024**2


def proportional_bytes(pid: int) -> int:
    """A process's share of the memory it holds: its own pages, and each shared page divided
    among the processes sharing it; its resident set where the kernel does not say."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, IndexError, ValueError):  # gone meanwhile
        return 0


class TreePeak:
    """The highest summed resident set of a process tree, sampled every INTERVAL_S while it runs
    (a peak shorter than that can be missed; builds hold their peaks for seconds)."""

    INTERVAL_S = 0.05

    def __init__(self, root: int) -> None:
        self.root, self.mb = root, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._stop.wait(self.INTERVAL_S):
            self.mb = max(self.mb, tree_rss_mb(self.root))

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.mb


def timed(args: list[str], project: Path) -> tuple[float, float]:
    """Wall seconds and peak resident MB of one fresh process with its children: the highest
    sum over the tree while it ran (sampled; the hook's Pagefind runs beside MkDocs). Not wait4's
    ru_maxrss: a child carries over the peak of the bench it was forked from (393 MB for every
    build at 10 and 100 articles, bare or whole, in one run)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, *args], cwd=project, env=env(project), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    peak = TreePeak(proc.pid)
    stderr = proc.stderr.read() if proc.stderr else b""
    _, status, _ = os.wait4(proc.pid, 0)
    tree_mb = peak.stop()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise RuntimeError(f"{' '.join(args)} failed:\n{stderr.decode()[-3000:]}")
    return time.perf_counter() - start, tree_mb


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _first(path: Path, prefix: str) -> str:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return "unknown"
    return next((line.split(":", 1)[1].strip() for line in lines if line.startswith(prefix)), "unknown")


def _version(args: list[str]) -> str:
    try:
        out = subprocess.run(args, capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return "not found"
    return out.splitlines()[-1] if out else "not found"


def machine() -> dict[str, str]:
    """Name the machine, since every timing here belongs to it."""
    from importlib.metadata import version

    kb = _first(Path("/proc/meminfo"), "MemTotal")
    ram = f"{int(kb.split()[0]) / 1024**2:.1f} GiB" if kb != "unknown" else kb
    cpuinfo = Path("/proc/cpuinfo")
    family, model = _first(cpuinfo, "cpu family"), _first(cpuinfo, "model\t")
    virtual = ", virtual machine" if " hypervisor" in _first(cpuinfo, "flags") else ""
    return {
        "cpu": f"{_first(cpuinfo, 'model name')} (family {family}, model {model}{virtual})",
        "cores": str(os.cpu_count()),
        "ram": ram,
        "python": platform.python_version(),
        "os": f"{_os_name()}, Linux {platform.release()}",
        "mkdocs": version("mkdocs"),
        "mkdocs-material": version("mkdocs-material"),
        "chromium": _version([str(CHROMIUM), "--version"]),
        "node": _version(["node", "--version"]),
        "load average (1, 5, 15 min) at the end": ", ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def _os_name() -> str:
    for line in Path("/etc/os-release").read_text(encoding="utf-8").splitlines():
        if line.startswith("PRETTY_NAME="):
            return line.split("=", 1)[1].strip('"')
    return platform.system()


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A Markdown table."""
    return [
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
        *("| " + " | ".join(row) + " |" for row in rows),
    ]
