"""A pull quote pieced together: a page prints again, larger, two sentences of a quotation that
its paragraph split with who said it (“…door,” she said. “We …”), so the pull quote's words are
not found whole in the paragraph, but each of its sentences is."""

from __future__ import annotations

import re

PIECE = re.compile(r"[.!?,;:…]+(?:\s+|$)")
WORDS = 3  # a piece this long at least is a quotation's, not a word that recurs anyway


def pieced(words: str, nearby: str) -> bool:
    """Two or more sentences (or clauses) of `words`, each printed at least twice near it: in the
    pull quote itself and in its paragraph."""
    pieces = [p.strip(" \"'“”‘’«»") for p in PIECE.split(words)]
    pieces = [p for p in pieces if p]
    if len(pieces) < 2 or any(len(p.split()) < WORDS for p in pieces):
        return False
    return all(nearby.count(p) >= 2 for p in pieces)
