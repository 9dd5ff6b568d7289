"""Shared fixtures: a throwaway copy of the project, and real strict builds of it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from bench.common import copy_project

ROOT = Path(__file__).resolve().parents[1]

__all__ = ["ROOT", "copy_project", "generator", "mkdocs_build", "run", "zensical_build"]


def run(args: list[str], cwd: Path, extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(cwd / "scripts"), **(extra_env or {})}
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def mkdocs_build(project: Path, site: str = "site") -> subprocess.CompletedProcess[str]:
    return run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", site], project)


def zensical_build(project: Path, site: str = "site", config: str = "mkdocs.yml") -> subprocess.CompletedProcess[str]:
    """`make build ENGINE=zensical`: generate, build (Zensical runs no hooks), mend the theme's
    markup, index for search (not the offline copy, which keeps the theme's search)."""
    steps = [
        [sys.executable, "-m", "explainer", "build"],
        [sys.executable, "-m", "zensical", "build", "--clean", "--strict", "-f", config],
        [sys.executable, "-m", "explainer", "mend", site],
    ]
    if config == "mkdocs.yml":
        steps.append([sys.executable, "-m", "explainer", "index", site])
    for step in steps:
        result = run(step, project, {"SITE_DIR": site})
        if result.returncode != 0:
            break
    return result


def generator(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run([sys.executable, "-m", "explainer", *args], project)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One strict build of the real content, shared by every test that reads HTML."""
    project = copy_project(tmp_path_factory.mktemp("built") / "project")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return project


@pytest.fixture(scope="session")
def zensical_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same content built by Zensical, as `make build ENGINE=zensical` builds it."""
    project = copy_project(tmp_path_factory.mktemp("zensical") / "project")
    result = zensical_build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    return project
