"""Quote resolution: hits, misses, curly quotes and whitespace."""

from __future__ import annotations

from explainer.cite import Index, normalise
from explainer.model import Citation
from test_sources import source


def index(name: str = "wsj-2019-02-27") -> Index:
    return Index.of(source(name))


def test_exact_quote_found_in_its_paragraph() -> None:
    para, exact = index().find("We need to move quickly and in very big bites")
    assert para is not None and para.number == 16
    assert exact == "We need to move quickly and in very big bites"


def test_straight_quotes_and_extra_whitespace_match_curly_source() -> None:
    para, exact = index().find("didn't want to take   incremental\nsteps. \"We need")
    assert para is not None and para.number == 16
    assert exact == "didn’t want to take incremental steps. “We need"  # the source's own characters


def test_dateline_is_not_part_of_the_first_paragraph() -> None:
    para, _ = index().find("President Trump kicked off a round of high-stakes summitry")
    assert para is not None and para.number == 1
    assert index().find("HANOI—President Trump")[0] is None


def test_miss_explains_itself() -> None:
    para, hint = index().find("Mr. Trump said the talks had failed")
    assert para is None
    assert "copy the words exactly" in hint


def test_quote_in_a_dropped_caption_is_refused_with_its_reason() -> None:
    para, hint = index().find("Photo: saul loeb/Agence France-Presse/Getty Images")
    assert para is None
    assert "line 13 (caption)" in hint


def test_quote_may_not_span_two_paragraphs() -> None:
    para, _ = index().find("with a win for himself and the U.S. The U.S. challenge now in Hanoi")
    assert para is None


def test_foreign_line_is_not_citable() -> None:
    para, hint = index("delicate-art-of-compromise").find("The trade war between Washington and Beijing")
    assert para is None and "line 4 (not part of the article)" in hint


def test_normalise_only_folds_quotes_and_whitespace() -> None:
    assert normalise("“Core”  ‘sanctions’\n") == "\"Core\" 'sanctions'"
    assert normalise("Kim Jong-un") != normalise("Kim Jong Un")
    assert Citation(source="wsj-2019-02-27", quote="12345678").quote == "12345678"
