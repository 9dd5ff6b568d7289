"""Packaging as Python users expect: the locks match pyproject.toml (`make check-lock`), the
generator runs installed without PYTHONPATH, `make help` lists every target, the editor
schemas are fresh, and the Pages workflow tests before it deploys with least privilege."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import pytest
import yaml
from conftest import ROOT
from explainer.schema import SCHEMAS, schema_name, schemas
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
LOCKS = {  # lock file -> the pyproject.toml extras it holds beside the runtime set
    "requirements.lock": [],
    "requirements-test.lock": ["test"],
    "requirements-zensical.lock": ["zensical"],
}
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)", re.MULTILINE)


def pins(lock: Path) -> dict[str, Version]:
    return {canonicalize_name(name): Version(version) for name, version in PIN.findall(lock.read_text("utf-8"))}


def closure(requirements: list[Requirement], evaluate_markers: bool) -> set[str]:
    """Every distribution the requirements pull in, read from the installed metadata."""
    seen: set[str] = set()
    todo = list(requirements)
    while todo:
        req = todo.pop()
        name = canonicalize_name(req.name)
        if name in seen or (evaluate_markers and req.marker and not req.marker.evaluate({"extra": ""})):
            continue
        seen.add(name)
        try:
            requires = distribution(name).requires or []
        except PackageNotFoundError:
            continue  # a platform-only dependency not installed here
        for text in requires:
            sub = Requirement(text)
            extra = sub.marker and "extra" in str(sub.marker)
            if not extra or any(sub.marker.evaluate({"extra": name}) for name in req.extras):  # only extras asked for
                todo.append(sub)
    return seen


@pytest.mark.parametrize("lock", LOCKS)
def test_lock_matches_pyproject(lock: str) -> None:
    """Each direct requirement is pinned within its range; every pin is needed by some
    requirement and every needed package is pinned; each pin has hashes."""
    path = ROOT / lock
    text = path.read_text(encoding="utf-8")
    pinned = pins(path)
    wanted = [Requirement(r) for r in PYPROJECT["dependencies"]]
    wanted += [Requirement(r) for extra in LOCKS[lock] for r in PYPROJECT["optional-dependencies"][extra]]
    for req in wanted:
        name = canonicalize_name(req.name)
        assert name in pinned, f"{lock}: {req} is not locked; run `make lock`"
        assert pinned[name] in req.specifier, f"{lock}: {name}=={pinned[name]} is outside {req}; run `make lock`"
    needed, possible = closure(wanted, True), closure(wanted, False)
    assert needed <= set(pinned), f"{lock}: not locked: {sorted(needed - set(pinned))}; run `make lock`"
    assert set(pinned) <= possible, f"{lock}: locked but not required: {sorted(set(pinned) - possible)}"
    blocks = [block for block in re.split(r"\n(?=\S)", text) if PIN.match(block)]  # a pin and its indented lines
    assert len(blocks) == len(pinned) and all("--hash=sha256:" in b for b in blocks), f"{lock}: a pin without hashes"


def test_locks_agree_with_each_other() -> None:
    """The test and Zensical sets are installed on top of the runtime set: same pins."""
    runtime = pins(ROOT / "requirements.lock")
    for lock in LOCKS:
        clash = {n: (v, runtime[n]) for n, v in pins(ROOT / lock).items() if n in runtime and runtime[n] != v}
        assert not clash, f"{lock} and requirements.lock disagree: {clash}"


def test_pip_is_pinned_with_hashes() -> None:
    locked = pins(ROOT / "requirements-pip.lock")
    assert set(locked) == {"pip", "setuptools"}
    assert (ROOT / "requirements-pip.lock").read_text(encoding="utf-8").count("--hash=sha256:") >= 2


def test_requires_python_is_true() -> None:
    """No locked package may need a newer Python than requires-python admits."""
    floor = Version(re.search(r">=\s*([\d.]+)", PYPROJECT["requires-python"]).group(1))
    for name in pins(ROOT / "requirements-test.lock") | pins(ROOT / "requirements-zensical.lock"):
        needs = distribution(name).metadata.get("Requires-Python")
        if needs:
            for spec in Requirement(f"x{needs}").specifier:
                if spec.operator == ">=":
                    assert Version(spec.version) <= floor, f"{name} needs Python {needs}, requires-python says {floor}"


def test_generator_runs_installed_without_pythonpath(tmp_path: Path) -> None:
    """`pip install -e .` made a console script and an importable package."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    script = Path(sys.executable).parent / "explainer"
    for args in ([str(script), "check"], [sys.executable, "-m", "explainer", "check"]):
        result = subprocess.run(args, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0 and result.stdout.startswith("ok:"), result.stderr


def test_make_help_lists_every_described_target() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    described = re.findall(r"^([a-z-]+):.*## ", makefile, re.MULTILINE)
    shown = subprocess.run(["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert [line.split()[1] for line in shown.splitlines()] == described
    for target in ("serve", "build", "test", "check-lock", "schema", "help"):
        assert target in described


# --- editor support ------------------------------------------------------------------


def test_schemas_are_fresh() -> None:
    """content/schemas/ is what the model makes now: after a change to model.py, `make schema`."""
    folder = ROOT / "content" / SCHEMAS
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.schema.json")}
    assert on_disk == schemas(), "content/schemas/ is stale: run `make schema` and commit it"


def test_every_content_file_has_its_schema_for_editors() -> None:
    """yaml-language-server reads the first-line comment; VS Code also reads .vscode/settings.json."""
    import json

    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))["yaml.schemas"]
    content = ROOT / "content"
    files = sorted(content.glob("*.yml")) + sorted((content / "sources").glob("*.yml"))
    for path in files:
        kind = "source.yml" if path.parent.name == "sources" else path.name
        schema = content / SCHEMAS / schema_name(kind)
        assert schema.is_file(), path
        first = path.read_text(encoding="utf-8").splitlines()[0]
        line = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
        assert line and (path.parent / line.group(1)).resolve() == schema, f"{path}: first line {first!r}"
        globs = [g for s, g in settings.items() if (ROOT / s).resolve() == schema]
        assert any(path.relative_to(ROOT).match(g) for g in globs), f"{path} not mapped in .vscode/settings.json"


# --- the Pages workflow --------------------------------------------------------------


def test_pages_workflow_tests_before_deploying_with_least_privilege() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    assert all(v in ("read", "none") for v in workflow["permissions"].values())
    jobs = workflow["jobs"]
    writers = {name for name, job in jobs.items() if "write" in job.get("permissions", {}).values()}
    assert writers == {"deploy"}
    runs = [step.get("run", "") for step in jobs["build"]["steps"]]
    assert runs.index("make test") < next(i for i, r in enumerate(runs) if "make build" in r)
    assert jobs["deploy"]["needs"] == "build"
    for job in jobs.values():
        for step in job["steps"]:
            if "uses" in step:
                assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", step["uses"]), step["uses"]
