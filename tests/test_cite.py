"""Quote resolution: hits, misses, curly quotes and whitespace."""

from __future__ import annotations

from explainer.cite import MIN_QUOTE_CHARS, QUOTE_SHOWN, Index, Miss, normalise
from explainer.model import Citation
from test_sources import source


def index(name: str = "wsj-2019-02-27") -> Index:
    return Index.of(source(name))


def found(quote: str, name: str = "wsj-2019-02-27") -> tuple:
    hit = index(name).find(quote)
    assert not isinstance(hit, Miss), hit
    return hit


def missed(quote: str, name: str = "wsj-2019-02-27") -> Miss:
    hit = index(name).find(quote)
    assert isinstance(hit, Miss), hit
    return hit


def test_exact_quote_found_in_its_paragraph() -> None:
    para, exact = found("We need to move quickly and in very big bites")
    assert para.number == 16
    assert exact == "We need to move quickly and in very big bites"


def test_straight_quotes_and_extra_whitespace_match_curly_source() -> None:
    para, exact = found("didn't want to take   incremental\nsteps. \"We need")
    assert para.number == 16
    assert exact == "didn’t want to take incremental steps. “We need"  # the source's own characters


def test_dateline_is_not_part_of_the_first_paragraph() -> None:
    para, _ = found("President Trump kicked off a round of high-stakes summitry")
    assert para.number == 1
    missed("HANOI—President Trump")


def test_miss_explains_itself() -> None:
    miss = missed("Mr. Trump said the talks had failed")
    assert "quote not found in its source: 'Mr. Trump said the talks had failed'" in miss.message
    assert "copy the words exactly" in miss.hint


def test_miss_shows_the_closest_passage_and_where_it_differs() -> None:
    para = index().paragraphs[5]
    words = normalise(para.text).split()
    quote = " ".join([*words[:6], "zzz", *words[7:10]])
    miss = missed(quote)
    assert f"closest passage, ¶{para.number}: '{' '.join(words[:6])} {words[6]}" in miss.hint
    assert f"first differ at character {len(' '.join(words[:6])) + 2}: the quote has 'zzz" in miss.hint
    assert f"the source '{words[6][:20]}" in miss.hint
    tail = missed(" ".join(["zzz", *words[1:12]]))  # the start differs: found by its end
    assert "first differ at character 1: the quote has 'zzz" in tail.hint


def test_long_quote_shown_whole_up_to_a_stated_length() -> None:
    words = normalise(index().paragraphs[5].text)
    shown = missed(words[: QUOTE_SHOWN - 10] + "zz").message
    assert words[: QUOTE_SHOWN - 10] + "zz" in shown
    longer = words + " and " + "more words " * (QUOTE_SHOWN // 10)
    assert f"({len(normalise(longer))} characters)" in missed(longer).message


def test_quote_in_a_dropped_caption_is_refused_with_its_reason() -> None:
    assert "line 13 (caption)" in missed("Photo: saul loeb/Agence France-Presse/Getty Images").hint


def test_quote_may_not_span_two_paragraphs_and_is_told_so() -> None:
    first, second = index().paragraphs[3:5]
    quote = " ".join([*normalise(first.text).split()[-4:], *normalise(second.text).split()[:4]])
    assert f"runs across ¶{first.number} and ¶{second.number}" in missed(quote).hint


def test_quote_too_short_or_matching_twice_is_refused() -> None:
    assert "too short" in missed(" " * MIN_QUOTE_CHARS * 2).message
    assert "too short" in missed("a b c d e f g"[: MIN_QUOTE_CHARS * 2 - 3]).message
    text = index().text
    twice = next(
        text[i : i + 12]
        for i in range(len(text) - 12)
        if "\n" not in text[i : i + 12] and text.count(text[i : i + 12]) > 1
    )
    miss = missed(twice)
    assert "matches more than one place" in miss.message and "¶" in miss.message


def test_foreign_line_is_not_citable() -> None:
    miss = missed("The trade war between Washington and Beijing", "delicate-art-of-compromise")
    assert "line 4 (not part of the article)" in miss.hint


def test_normalise_only_folds_quotes_and_whitespace() -> None:
    assert normalise("“Core”  ‘sanctions’\n") == "\"Core\" 'sanctions'"
    assert normalise("Kim Jong-un") != normalise("Kim Jong Un")
    assert Citation(source="wsj-2019-02-27", quote="12345678").quote == "12345678"
