"""The hosted site's search (Pagefind, overrides/partials/pagefind.html) in Chromium, on
both engines' builds: what it finds and what it leaves out, the keyboard, accessibility and
markup with results open, and no request outside the site.

Which words to type is read from the built pages, not written here: a word of one source
paragraph, a word a page prints only in its footnotes, a word only in a source's left-out
lines. A word is compared by its first five letters, so that Pagefind's stemming and its
prefix match on the last word typed cannot find it elsewhere by another form.
"""

from __future__ import annotations

import json
import math
import re
import shutil
from collections import Counter
from contextlib import nullcontext
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from bs4 import BeautifulSoup, Tag
from explainer.search import BUNDLE, PARTS, index_site
from playwright.sync_api import Page, Route, expect

from .conftest import SCREENSHOTS, Traffic, search, serving
from .test_html import vnu

WORD = re.compile(r"[A-Za-z]{7,}")
EXCLUDED = "[data-search-exclude], a.headerlink"  # as scripts/explainer/search.py tells Pagefind
REPEATS = "[data-pagefind-ignore]"  # what a page repeats from another (the templates' mark)
RESULT = ".site-search .md-search-result__item"
META = ".site-search .md-search-result__meta"


def stems(text: str) -> set[str]:
    return {w.lower()[:5] for w in WORD.findall(text)}


def parts(page: Path) -> tuple[BeautifulSoup, str, list[Tag]]:
    """A built page's indexed text (its marked body less what is left out) and the left-out parts."""
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    body = soup.select_one("[data-pagefind-body]")
    if body is None:
        return soup, "", []
    left_out = body.select(f"{EXCLUDED}, {REPEATS}")
    kept = [t.get_text(" ") for t in left_out]
    for tag in left_out:
        tag.extract()
    text = body.get_text(" ")
    for tag, words in zip(left_out, kept, strict=True):
        tag.string = words
    return soup, text, left_out


@pytest.fixture(scope="session")
def indexed(site: Path) -> dict[str, tuple[str, list[Tag]]]:
    """Every indexed page by its path from the site root: its indexed text and left-out parts."""
    out = {}
    for page in sorted(site.rglob("index.html")):
        _, text, left_out = parts(page)
        if text:
            out[page.parent.relative_to(site).as_posix() + "/"] = (text, left_out)
    return out


@pytest.fixture(scope="session")
def pages_by_stem(indexed: dict[str, tuple[str, list[Tag]]]) -> Counter[str]:
    return Counter(s for text, _ in indexed.values() for s in stems(text))


def first_word(text: str, wanted: set[str]) -> str:
    return next(w for w in WORD.findall(text) if w.lower()[:5] in wanted)


def test_a_word_of_one_source_paragraph_finds_it(
    page: Page, server: str, site: Path, pages_by_stem: Counter[str]
) -> None:
    """The first source paragraph holding a word no other page has: the result opens its page at that paragraph."""
    for path in sorted(site.glob("sources/*/index.html")):
        soup, _, _ = parts(path)
        for para in soup.select("p.source-para[id]"):
            unique = {s for s in stems(para.get_text(" ")) if pages_by_stem[s] == 1}
            if unique:
                word = first_word(para.get_text(" "), unique)
                target = f"{path.parent.relative_to(site).as_posix()}/#{para['id']}"
                break
        else:
            continue
        break
    else:
        pytest.fail("no source paragraph has a word of its own")
    page.goto(server)
    links = search(page, "", word)
    expect(links).to_have_count(1)
    assert links.first.get_attribute("href").endswith(target), (word, target)
    links.first.click()
    page.wait_for_url(server + target)
    expect(page.locator(f"[id='{target.split('#')[1]}']")).to_contain_text(word)


def test_a_word_only_in_a_pages_footnotes_does_not_find_that_page(
    page: Page, server: str, indexed: dict[str, tuple[str, list[Tag]]], pages_by_stem: Counter[str]
) -> None:
    """Footnotes repeat the source paragraphs they cite: the source page is found, not the citing page."""
    found = [
        (path, first_word(note.get_text(" "), only))
        for path, (text, left_out) in indexed.items()
        for note in left_out
        if "footnote" in note.get("class", [])
        if (only := {s for s in stems(note.get_text(" ")) - stems(text) if 0 < pages_by_stem[s] <= 5})
    ]
    assert found, "no page has a footnote word its own text lacks"
    path, word = found[0]
    page.goto(server)
    links = search(page, "", word)
    expect(links.first).to_be_visible()
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert not [h for h in hrefs if h.split("#")[0].endswith("/" + path)], (word, path, hrefs)


def test_what_a_page_repeats_is_indexed_where_it_lives(
    page: Page, server: str, indexed: dict[str, tuple[str, list[Tag]]], pages_by_stem: Counter[str]
) -> None:
    """Text a page repeats from another (an actor's stances and events, the positions matrix, the
    actor cards, a paragraph's "cited by": data-pagefind-ignore) is left out of that page's index
    only: each of its words is indexed on some page, and a word of one such repeat finds the page
    it lives on, not the page repeating it."""
    repeats = {path: [p for p in out if p.has_attr("data-pagefind-ignore")] for path, (_, out) in indexed.items()}
    assert any(repeats.values()), "no page marks a repeat"
    words = {s for marked in repeats.values() for part in marked for s in stems(part.get_text(" "))}
    lost = {s for s in words if not pages_by_stem[s]}
    assert not lost, sorted(lost)
    path, word = next(
        (path, first_word(part.get_text(" "), rare))
        for path, parts in sorted(repeats.items())
        for part in parts
        if (rare := {s for s in stems(part.get_text(" ")) - stems(indexed[path][0]) if pages_by_stem[s] == 1})
    )
    page.goto(server)
    links = search(page, "", word)
    expect(links.first).to_be_visible()
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert not [h for h in hrefs if h.split("#")[0].endswith("/" + path)], (word, path, hrefs)


def test_a_word_only_in_left_out_lines_is_not_found(
    page: Page, server: str, indexed: dict[str, tuple[str, list[Tag]]], pages_by_stem: Counter[str]
) -> None:
    """A source's widgets, credits and other left-out lines (the table at its foot) are not searched.
    Pagefind answers a word it lacks with pages holding a shorter form of it (its first letters):
    none of them may show the word itself."""
    left = " ".join(
        part.get_text(" ")
        for path, (_, left_out) in indexed.items()
        if path.startswith("sources/")
        for part in left_out
        if "footnote" not in part.get("class", [])
    )
    only = {s for s in stems(left) if not pages_by_stem[s]}
    assert only, "no left-out line has a word found nowhere else"
    page.goto(server)
    page.click("input.md-search__input")
    for word in sorted({first_word(left, {s}) for s in only}):
        page.fill("input.md-search__input", word)  # one query, not one per key
        expect(page.locator(META)).not_to_have_text(re.compile("Type|Typing"))
        page.wait_for_load_state("networkidle")
        shown = page.locator(".site-search .md-search-result__list").inner_text()
        assert word.lower() not in shown.lower(), word


def test_search_by_keyboard_loads_only_from_the_site(page: Page, server: str, traffic: Traffic) -> None:
    """'/' and 's' open the box with the input in focus, Escape closes it; arrows reach the results;
    every request stays on the site, and nothing is fetched for search before the box is used."""
    page.goto(server + "timeline/")
    page.wait_for_load_state("load")
    assert not [u for u in traffic.requests if "/pagefind/" in u], "nothing of the index before the box is used"
    box, toggle = page.locator("input.md-search__input"), page.locator("#__search")
    expect(box).to_have_accessible_name(re.compile("Search", re.I))
    for key in ("/", "s"):
        page.keyboard.press(key)
        expect(box).to_be_focused()
        expect(toggle).to_be_checked()
        page.keyboard.press("Escape")
        expect(toggle).not_to_be_checked()
        expect(box).not_to_be_focused()
    page.keyboard.press("/")
    page.keyboard.type("summit")
    expect(page.locator(RESULT).first).to_be_visible()
    page.keyboard.press("ArrowDown")
    first = page.locator(RESULT + " a").first
    expect(first).to_be_focused()
    href = first.get_attribute("href")
    page.keyboard.press("Enter")
    page.wait_for_url(href)
    outside = [u for u in traffic.requests if not u.startswith(server)]
    assert not outside and not traffic.errors, (outside, traffic.errors)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_search_open_with_results_is_accessible_and_valid(
    page: Page, server: str, engine: str, scheme: str, tmp_path: Path
) -> None:
    """axe and the Nu checker with the results showing, at desktop and phone widths; screenshots."""
    page.emulate_media(color_scheme=scheme)
    problems = []
    for name, width in (("desktop", 1280), ("phone", 390)):
        page.set_viewport_size({"width": width, "height": 844})
        page.goto(server + "timeline/")
        if width < 600:
            page.click("label.md-header__button[for=__search]")
            expect(page.locator("input.md-search__input")).to_be_focused()
            page.keyboard.type("Yongbyon")
        else:
            search(page, engine, "Yongbyon")
        expect(page.locator(RESULT).first).to_be_visible()
        violations = Axe().run(page).response["violations"]
        problems += [f"{name}: axe {v['id']} on {[n['target'] for n in v['nodes']][:3]}" for v in violations]
        snapshot = tmp_path / f"{name}.html"
        snapshot.write_text(page.content(), encoding="utf-8")
        problems += [f"{name}: Nu line {m.get('lastLine')}: {m['message']}" for m in vnu([snapshot])]
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SCREENSHOTS / f"search-{name}-{scheme}-{engine}.png")
    assert not problems, "\n".join(problems)


@pytest.fixture(scope="session")
def in_parts(site: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A copy of the site indexed in three parts, as a large site is; the pages indexed."""
    copy = shutil.copytree(site, tmp_path_factory.mktemp("in-parts") / "site")
    pages = len(list(copy.rglob("*.html")))
    return copy, index_site(copy, part_pages=math.ceil(pages / 3))


def rare_and_common(pages_by_stem: Counter[str], indexed: dict) -> tuple[str, str]:
    """A word of one page and a word of the most pages, as typed."""
    text = " ".join(text for text, _ in indexed.values())
    common = max(pages_by_stem, key=lambda s: (pages_by_stem[s], s))
    rare = sorted(s for s, n in pages_by_stem.items() if n == 1)[-1]
    return first_word(text, {rare}), first_word(text, {common})


def test_an_index_in_parts_finds_what_one_index_finds(
    page: Page,
    server: str,
    site: Path,
    pages_by_stem: Counter[str],
    indexed: dict,
    in_parts: tuple[Path, int],
    traffic: Traffic,
) -> None:
    """A large site is indexed in parts, which the box merges: the same site indexed in three
    parts finds as many pages for the word most pages hold as the one index does, all from the
    site, and a word of one page still finds that page."""
    copy, indexed_pages = in_parts
    entry = json.loads((site / BUNDLE / "pagefind-entry.json").read_text())
    assert indexed_pages == sum(language["page_count"] for language in entry["languages"].values())
    assert len(json.loads((copy / BUNDLE / PARTS).read_text())) == 2
    one, word = rare_and_common(pages_by_stem, indexed)
    counts = []
    for url in (server, None):
        with serving(copy) if url is None else nullcontext(url) as base:
            page.goto(base)
            search(page, "", word)
            expect(page.locator(META)).to_have_text(re.compile(r"\d"))
            counts.append(page.locator(META).inner_text())
            page.fill("input.md-search__input", "")
            page.keyboard.type(one)
            expect(page.locator(RESULT)).to_have_count(1)
    assert counts[0] == counts[1], counts
    outside = [u for u in traffic.requests if not u.startswith("http://127.0.0.1:")]
    assert not outside and not traffic.errors, (outside, traffic.errors)


@pytest.mark.parametrize("fault", ["failed", "lost"])
@pytest.mark.parametrize("part", ["first", "merged"])
def test_search_recovers_from_a_failed_or_lost_index_request(
    page: Page, pages_by_stem: Counter[str], indexed: dict, in_parts: tuple[Path, int], fault: str, part: str
) -> None:
    """The first request for a part's entry (the first part's or a merged one's) fails, as a
    dropped connection does, or never answers: the box still finds a word of one page, without
    a reload (search.js drops the broken Pagefind and asks a new one)."""
    copy, _ = in_parts
    wanted = "/pagefind/pagefind-entry.json" if part == "first" else "/pagefind/part-1/pagefind-entry.json"
    held: list[Route] = []

    def once(route: Route) -> None:
        if held or not urlsplit(route.request.url).path.endswith(wanted):
            route.continue_()
            return
        held.append(route)  # a lost request: never answered
        if fault == "failed":
            route.abort("connectionreset")

    one, _ = rare_and_common(pages_by_stem, indexed)
    with serving(copy) as base:
        page.route(lambda url: url.split("?")[0].endswith("/pagefind-entry.json"), once)
        page.goto(base)
        links = search(page, "", one)
        expect(links).to_have_count(1)
    assert held, f"no request for {wanted}"


def test_an_actor_page_left_out_is_found_by_its_card(
    page: Page, server: str, site: Path, pages_by_stem: Counter[str]
) -> None:
    """An actor's page holding no words of its own (no quotes or notes: actor.md.j2) is left out
    of the index: each of its words is indexed on another page, and its name finds its card in
    the actors index, which the result opens."""
    left = {}
    for path in sorted(site.glob("actors/*/index.html")):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        if soup.select_one("[data-pagefind-body]") is None:
            article = soup.select_one("article")
            for tag in article.select(f"{EXCLUDED}, {REPEATS}"):
                tag.extract()
            left[path.parent.name] = (article.h1.get_text(" ").strip(), stems(article.get_text(" ")))
    assert left, "no actor page is left out"
    lost = {actor: sorted(s for s in words if not pages_by_stem[s]) for actor, (_, words) in left.items()}
    assert not any(lost.values()), lost
    actor, name = min(
        ((actor, name) for actor, (name, _) in left.items() if stems(name)),
        key=lambda item: (max(pages_by_stem[s] for s in stems(item[1])), item[0]),
    )
    page.goto(server)
    links = search(page, "", name, f"[href$='#card-{actor}']")
    expect(links.first).to_be_visible()
    links.first.click()
    expect(page.locator(f"[id='card-{actor}']")).to_contain_text(name)
