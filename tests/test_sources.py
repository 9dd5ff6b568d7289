"""Ingestion: what the rules keep and drop from each article, and stable anchors."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest
import yaml
from explainer.model import SourceMeta
from explainer.sources import ingest

CONTENT = Path(__file__).resolve().parents[1] / "content"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def source(name: str):
    meta = msgspec.convert(yaml.safe_load((CONTENT / "sources" / f"{name}.yml").read_text()), SourceMeta)
    path = CONTENT / "sources" / f"{name}.txt"
    return ingest(meta, path, path.read_text(encoding="utf-8"))


def roles(src) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for line in src.lines:
        out.setdefault(line.role, []).append(line.number)
    return out


@pytest.mark.parametrize(
    ("name", "seed"),
    [("wsj-2019-02-27", "000_11da576cb33440dc.txt"), ("delicate-art-of-compromise", "003_b38cf2dd204873c2.txt")],
)
def test_sources_are_byte_for_byte_copies_of_the_seeds(name: str, seed: str) -> None:
    if not SEEDS.exists():
        pytest.skip("the seeds are not beside this checkout")
    assert (CONTENT / "sources" / f"{name}.txt").read_bytes() == (SEEDS / seed).read_bytes()


def test_wsj_lines_sorted_by_rules() -> None:
    src = source("wsj-2019-02-27")
    r = roles(src)
    assert r["title"] == [1]
    assert r["dek"] == [2]
    assert r["byline"] == [3]
    assert r["timestamp"] == [4]
    assert r["caption"] == [12, 13]  # printed twice, the second with its credit
    assert r["contact"] == [34, 35, 36, 37]
    assert "heading" not in r and "widget" not in r
    assert src.dateline == "HANOI"
    assert src.paragraphs[0].text.startswith("President Trump kicked off")
    assert len(src.paragraphs) == 27
    assert all(not line.kept for line in src.lines if line.role in ("caption", "contact"))


def test_second_article_headings_widgets_editor_note_and_foreign_line() -> None:
    src = source("delicate-art-of-compromise")
    r = roles(src)
    assert r["title"] == [1]
    assert r["dek"] == [4]
    assert r["heading"] == [8, 16, 26, 36, 48]
    assert r["widget"] == [56, 59, 61]
    assert r["editor-note"] == [54]
    dek = src.lines[3]
    assert not dek.kept and "trade war" in dek.foreign
    assert src.dateline is None
    assert src.paragraphs[-1].kind == "editor-note"
    assert src.paragraphs[-1].text.startswith("*Editor’s note")
    assert [p.kind for p in src.paragraphs].count("body") == 19


def test_anchors_are_numbered_in_order_and_stable() -> None:
    first, second = source("wsj-2019-02-27"), source("delicate-art-of-compromise")
    assert [p.anchor for p in first.paragraphs] == [f"p{i}" for i in range(1, 28)]
    assert [p.anchor for p in source("wsj-2019-02-27").paragraphs] == [p.anchor for p in first.paragraphs]
    assert second.paragraphs[12].anchor == "p13"
    assert second.paragraphs[12].text.startswith("Steven Biegun’s speech at Stanford")
