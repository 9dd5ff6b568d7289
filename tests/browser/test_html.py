"""Markup: the Nu Html Checker on every page, and the copies of Material's templates and
the vendored shim kept in step with their originals."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import material
from conftest import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
MATERIAL = Path(material.__file__).parent / "templates"
GENERATED_HEADER = "{#-\n  This file was automatically generated - do not edit\n-#}\n"


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
    errors = [f"{Path(m['url']).relative_to(site.resolve())}:{m.get('lastLine')}: {m['message']}" for m in messages]
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


def overridden(name: str) -> tuple[str, str]:
    """Material's template and our copy, each without its header comment."""
    original = (MATERIAL / name).read_text(encoding="utf-8")
    assert original.startswith(GENERATED_HEADER)
    ours = (ROOT / "overrides" / name).read_text(encoding="utf-8")
    return original[len(GENERATED_HEADER) :], ours[ours.index("-#}\n") + 4 :]


# What overrides/base.html changes in Material's, and how often each text occurs there.
BASE_FIXES = [
    (' autocomplete="off"', "", 2),
    ('content="{{ page.meta.description }}"', 'content="{{ page.meta.description | e }}"', 1),
    ('content="{{ config.site_description }}"', 'content="{{ config.site_description | e }}"', 1),
    ('content="{{ page.meta.author }}"', 'content="{{ page.meta.author | e }}"', 1),
    ('content="{{ config.site_author }}"', 'content="{{ config.site_author | e }}"', 1),
    (
        "<title>{{ page.meta.title }} - {{ config.site_name }}</title>",
        "<title>{{ page.meta.title | e }} - {{ config.site_name | e }}</title>",
        1,
    ),
    (
        "<title>{{ page.title | striptags }} - {{ config.site_name }}</title>",
        "<title>{{ page.title | striptags | e }} - {{ config.site_name | e }}</title>",
        1,
    ),
    ("<title>{{ config.site_name }}</title>", "<title>{{ config.site_name | e }}</title>", 1),
]


def test_base_html_is_materials_but_for_its_fixes() -> None:
    original, ours = overridden("base.html")
    for old, new, count in BASE_FIXES:
        assert original.count(old) == count, old
        original = original.replace(old, new)
    assert ours == original


def test_search_partial_is_materials_but_for_the_dialog_name() -> None:
    original, ours = overridden("partials/search.html")
    dialog = 'data-md-component="search" role="dialog"'
    assert ours == original.replace(dialog, dialog + " aria-label=\"{{ lang.t('search') }}\"")


def test_vendored_iframe_worker_shim_matches_the_npm_package() -> None:
    shim = (ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js").read_text(encoding="utf-8")
    ours = (ROOT / "docs" / "assets" / "javascripts" / "iframe-worker-shim.js").read_text(encoding="utf-8")
    assert ours.endswith(shim) and ours[: -len(shim)].lstrip().startswith("/*")


def test_toc_partial_is_materials_but_for_the_label_target() -> None:
    original, ours = overridden("partials/toc.html")
    label = '<label class="md-nav__title" for="__toc">'
    assert ours == original.replace(
        label, '<label class="md-nav__title"{% if page in nav.pages %} for="__toc"{% endif %}>'
    )
