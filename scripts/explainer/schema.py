"""JSON Schemas of what a curator writes, generated from the model, so an editor flags a
wrong field while it is typed: one per curated file and one for a source's metadata.

Written to content/schemas/ by `make schema` (commit them; a test fails when they are
stale, e.g. after a change to model.py). Editors find them through the
`# yaml-language-server: $schema=...` line atop each file and .vscode/settings.json.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import msgspec

from .load import CURATED
from .model import Ignored, SourceMeta

SCHEMAS = "schemas"  # folder under content/
DRAFT = "https://json-schema.org/draft/2020-12/schema"


def schemas() -> dict[str, str]:
    """File name -> schema text, for each curated file, ignored.yml and sources/*.yml."""
    kinds: dict[str, tuple[Any, str]] = {
        name: (list[model], f"content/{name}: a list of {model.__name__} items") for name, model in CURATED.items()
    }
    kinds["ignored.yml"] = (Ignored, "content/ignored.yml: what the curator's reports should stop listing")
    kinds["source.yml"] = (SourceMeta, "content/sources/NAME.yml: the metadata of NAME.txt")
    out = {}
    for name, (kind, title) in kinds.items():
        schema = {"$schema": DRAFT, "title": title, **msgspec.json.schema(kind)}
        out[schema_name(name)] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return out


def schema_name(yaml_name: str) -> str:
    return yaml_name.removesuffix(".yml") + ".schema.json"


def write_schemas(folder: Path) -> list[Path]:
    """Write the schemas that changed, remove those no model makes any more; the paths touched."""
    folder.mkdir(parents=True, exist_ok=True)
    wanted = schemas()
    changed = []
    for name, text in wanted.items():
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    for stale in sorted(set(folder.glob("*.schema.json")) - {folder / n for n in wanted}):
        stale.unlink()
        changed.append(stale)
    return changed
