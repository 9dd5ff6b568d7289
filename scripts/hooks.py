"""MkDocs hook: generate the Markdown pages before each build, so `mkdocs build` and
`mkdocs serve` work on a fresh clone with no extra step."""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

sys.path.insert(0, str(Path(__file__).parent))

from explainer import LoadError, generate


def on_pre_build(config, **kwargs) -> None:
    """Run the generator; on bad input stop before MkDocs touches site/."""
    try:
        generate(docs=Path(config.docs_dir))
    except LoadError as err:
        raise PluginError(f"{len(err.problems)} problem(s) in content/; nothing was written:\n{err}") from None
