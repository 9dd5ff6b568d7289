"""The bench's synthetic corpus: same seed, same bytes; the sizes asked for; valid for the real validator.

Only the generator is tested here: timings belong in `make bench`, never in a test.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml
from bench import synthetic
from explainer.load import load


def test_same_seed_same_corpus_other_seed_other_corpus() -> None:
    assert synthetic.corpus(4, seed=7) == synthetic.corpus(4, seed=7)
    assert synthetic.corpus(4, seed=7) != synthetic.corpus(4, seed=8)


def test_sizes_grow_in_proportion_to_the_articles() -> None:
    for articles in (1, 10):
        files = synthetic.corpus(articles, seed=1)
        assert sum(name.startswith("sources/") for name in files) == 2 * articles
        counts = {name: len(yaml.safe_load(files[name])) for name in synthetic.CURATED}
        want = synthetic.expected(articles)
        assert counts == {name: want[kind] for name, kind in synthetic.CURATED.items()}


def test_the_real_validator_accepts_the_corpus(tmp_path: Path) -> None:
    content = synthetic.write(synthetic.corpus(3, seed=2), tmp_path / "content")
    site = load(content)  # raises LoadError with every problem otherwise
    want = synthetic.expected(3)
    assert {kind: len(getattr(site, kind)) for kind in synthetic.CURATED.values()} == {
        kind: want[kind] for kind in synthetic.CURATED.values()
    }
    assert len(site.resolved) > 100 * 3  # about as many citations per article as the real content
    for source in site.sources.values():
        assert len(source.paragraphs) == synthetic.PARAGRAPHS
        roles = Counter(line.role for line in source.lines)
        assert {"title", "dek", "byline", "timestamp", "caption", "heading", "contact"} <= set(roles)
