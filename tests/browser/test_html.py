"""Markup: the Nu Html Checker on every page (Material's own markup included, as mended
by scripts/hooks.py)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from conftest import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def vnu(files: list[Path]) -> list[dict]:
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    return json.loads(result.stderr)["messages"]


def test_every_page_is_valid_html(site: Path) -> None:
    files = sorted(site.rglob("*.html"))
    assert len(files) > 50
    messages = vnu(files)
    errors = [
        f"{Path(m['url'].removeprefix('file:')).relative_to(site.resolve())}:{m.get('lastLine')}: {m['message']}"
        for m in messages
    ]
    assert not errors, "\n".join(errors[:40])


def test_the_checker_reports_errors(tmp_path: Path) -> None:
    """The test above is only as good as the checker: it must flag what Material emits."""
    page = tmp_path / "bad.html"
    page.write_text(
        '<!doctype html><html lang="en"><head><title>t</title></head>'
        '<body><input type="checkbox" autocomplete="off"></body></html>',
        encoding="utf-8",
    )
    assert any("autocomplete" in m["message"] for m in vnu([page]))
