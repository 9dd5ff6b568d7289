"""A real strict MkDocs build, parsed: pages, citation anchors, search index, escaping,
and a third article added with data alone."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path
from urllib.parse import urljoin, urlparse

import msgspec
import pytest
from bs4 import BeautifulSoup
from conftest import generator, mkdocs_build
from explainer import export
from explainer.load import load
from test_errors import EVENT, GOOD, append

PAGES = [
    "index.html",
    "timeline/index.html",
    "actors/index.html",
    "positions/index.html",
    "sources/index.html",
    "glossary/index.html",
    "about/index.html",
    "404.html",
]


def html(site: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")


def content_pages(site: Path) -> list[Path]:
    return [p for p in site.rglob("*.html") if p.name != "404.html"]


def test_every_page_exists(built: Path) -> None:
    site = built / "site"
    for page in PAGES:
        assert (site / page).is_file(), page
    for kind, ids in (("actors", "actors.yml"), ("positions", "issues.yml")):
        import yaml

        for item in yaml.safe_load((built / "content" / ids).read_text(encoding="utf-8")):
            assert (site / kind / item["id"] / "index.html").is_file()
    for source in ("wsj-2019-02-27", "delicate-art-of-compromise"):
        assert (site / "sources" / source / "index.html").is_file()


def test_every_citation_links_to_an_existing_paragraph(built: Path) -> None:
    site = built / "site"
    checked = 0
    for page in content_pages(site):
        soup = html(site, str(page.relative_to(site)))
        base = "/" + str(page.parent.relative_to(site)) + "/"
        for note in soup.select("div.footnote li"):
            links = note.find_all("a", href=lambda h: h and "sources/" in h)
            assert links, f"{page}: a footnote without a source link"
            for link in links:
                url = urlparse(urljoin(base, link["href"]))
                target = site / url.path.strip("/") / "index.html"
                anchors = {e.get("id") for e in html(site, str(target.relative_to(site))).find_all(id=True)}
                assert url.fragment in anchors, f"{page}: {link['href']}"
                checked += 1
    assert checked > 100


def test_no_link_in_the_site_is_broken(built: Path) -> None:
    site = built / "site"
    for page in content_pages(site):
        base = "/" + str(page.parent.relative_to(site)) + "/"
        for a in html(site, str(page.relative_to(site))).find_all("a", href=True):
            url = urlparse(urljoin(base, a["href"]))
            if url.scheme or url.netloc:
                continue
            target = site / url.path.lstrip("/")
            assert target.exists() or (target / "index.html").exists(), f"{page}: {a['href']}"


def search_index(site: Path) -> list[dict]:
    """What Pagefind indexed, page by page (url, content, meta): its fragments are gzipped JSON
    behind a signature."""
    pages = []
    for fragment in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd")
        page = json.loads(data)
        pages.append({**page, "content": " ".join(page["content"].split()), "url": page["url"].lstrip("/")})
    return pages


def test_search_index_has_actors_events_and_terms(built: Path) -> None:
    index = search_index(built / "site")
    text = " ".join(doc["meta"]["title"] + " " + doc["content"] for doc in index)
    for needle in ("Stephen Biegun", "Kim Hyok Chol", "Yongbyon", "Michael Cohen", "Moon Jae-in"):
        assert needle in text
    titles = {doc["meta"]["title"] for doc in index}
    assert "Stephen Biegun" in titles


def test_search_index_leaves_out_footnotes_but_keeps_their_sources(built: Path) -> None:
    """The Markdown extension (explainer.markup) keeps footnotes out of the index: a quote is
    found on its source page, not on every page that cites it."""
    soup = html(built / "site", "positions/index.html")
    quote = " ".join(soup.find("li", id="fn:1").find("p").get_text(" ").strip("“").split()[:8])
    found = {doc["url"] for doc in search_index(built / "site") if quote in doc["content"]}
    assert found and all(page.startswith("sources/") for page in found), (quote, found)


def test_source_page_lists_what_was_dropped(built: Path, real_sources: dict) -> None:
    for src in real_sources.values():
        soup = html(built / "site", f"sources/{src.id}/index.html")
        dropped = soup.find(id="left-out-of-the-article").find_next("table")
        rows = [[td.get_text() for td in tr.find_all("td")] for tr in dropped.find_all("tr")[1:]]
        left_out = [line for line in src.lines if not line.kept and line.role != "blank"]
        assert [(int(r[0]), r[1]) for r in rows] == [(line.number, line.role) for line in left_out]


def test_old_paragraph_anchors_still_land_on_their_paragraph(built: Path, real_sources: dict) -> None:
    """#pN links made before anchors were by line: each alias sits in the paragraph it named."""
    for src in real_sources.values():
        soup = html(built / "site", f"sources/{src.id}/index.html")
        for para in src.paragraphs:
            alias = soup.find(id=f"p{para.number}")
            assert alias is not None and alias.find_parent("p")["id"] == para.anchor


def test_left_out_lines_and_captions_are_not_in_the_search_index(built: Path, real_sources: dict) -> None:
    text = " ".join(doc["content"] for doc in search_index(built / "site"))
    for src in real_sources.values():
        for line in src.lines:
            words = " ".join(line.text.split())
            if line.role in ("caption", "contact", "widget", "foreign") and len(words) > 12:
                assert words not in text, line
        assert all(" ".join(p.text.split())[:60] in text for p in src.paragraphs)


@pytest.fixture(scope="module")
def real_sources(built: Path) -> dict:
    return load(built / "content").sources


def test_text_from_data_is_escaped(project: Path) -> None:
    append(
        project,
        "events.yml",
        EVENT.format(**GOOD).replace(
            "title: A test event", 'title: "<script>alert(1)</script> *not bold* [not a link](x)"'
        ),
    )
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    soup = html(project / "site", "timeline/index.html")
    heading = soup.find(id="test-event")
    assert heading.get_text().startswith("<script>alert(1)</script> *not bold* [not a link](x)")
    assert not any("alert(1)" in (s.string or "") for s in soup.find_all("script"))
    assert heading.find("em") is None and heading.find("a", href="x") is None


def test_page_titles_and_descriptions_are_escaped(project: Path) -> None:
    """The theme prints a page's title and description as HTML: quotes and tags from data
    must arrive as text, not end an attribute or open an element."""
    actors = project / "content" / "actors.yml"
    name = 'The "Big Bang" <b>caucus</b> & co'
    actors.write_text(
        actors.read_text(encoding="utf-8").replace('name: "Mike Pompeo"', f"name: {json.dumps(name)}", 1),
        encoding="utf-8",
    )
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    soup = html(project / "site", "actors/mike-pompeo/index.html")
    assert soup.title.get_text().startswith(name)
    assert soup.find("meta", attrs={"name": "description"})["content"].startswith(name + ":")
    assert soup.find("meta", property="og:title")["content"] == name
    assert soup.find("h1").get_text().rstrip("¶") == name and soup.find("h1").find("b") is None


def test_links_to_missing_anchors_still_stop_the_build(project: Path) -> None:
    """The hook lets go of each page's Markdown and shares its anchors' strings: MkDocs' check of
    every link to an anchor, after the last page, still sees each link and each page's anchors."""
    (project / "docs" / "assets" / "links.md").write_text(
        "# Links\n\n[home](../index.md#no-such-heading) [here](#nowhere) [back](#links)\n", encoding="utf-8"
    )
    result = mkdocs_build(project)
    assert result.returncode != 0
    assert "the doc 'index.md' does not contain an anchor '#no-such-heading'" in result.stderr
    assert "contains a link '#nowhere', but there is no such anchor on this page" in result.stderr
    assert "'#links'" not in result.stderr


THIRD = """\
Pyongyang Announces Delegation for Hanoi Talks
By Jane Example
PYONGYANG—North Korea on Monday named the officials who will accompany its leader to the Hanoi summit.
The delegation includes senior diplomats, the state news agency said on Monday.
"""


def test_a_third_article_needs_no_code_change(project: Path) -> None:
    data = THIRD.encode()
    sources = project / "content" / "sources"
    (sources / "third.txt").write_bytes(data)
    (sources / "third.yml").write_text(
        "id: third\ntitle: Pyongyang Announces Delegation for Hanoi Talks\nshort_title: Delegation\n"
        "outlet: Example News\nauthors: [Jane Example]\n"
        "published: {label: 'Feb. 25, 2019', precision: day, date: 2019-02-25}\n"
        f"language: en\nrights: test\nsha256: {hashlib.sha256(data).hexdigest()}\n",
        encoding="utf-8",
    )
    append(
        project,
        "events.yml",
        EVENT.format(
            **{
                **GOOD,
                "id": "delegation-named",
                "when": "on Monday",
                "source": "third",
                "quote": "on Monday named the officials",
            }
        ),
    )
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    page = html(site, "sources/third/index.html")
    first = page.find(id="L3")  # anchored by its line in the file
    assert first.get_text().endswith("named the officials who will accompany its leader to the Hanoi summit.")
    assert "PYONGYANG" in page.get_text()  # dateline shown in the details
    timeline = html(site, "timeline/index.html")
    event = timeline.find(id="delegation-named")
    assert event is not None
    assert "25 Feb 2019" in event.find_next("p").get_text()
    notes = " ".join(a["href"] for a in timeline.select("div.footnote a[href*='sources/third/']"))
    assert "#L3" in notes


def test_generator_runs_alone(project: Path) -> None:
    result = generator(project, "build", "--docs", str(project / "alone"))
    assert result.returncode == 0, result.stderr
    assert (project / "alone" / "timeline.md").is_file()
    again = generator(project, "build", "--docs", str(project / "alone"))
    assert "ok: 0 generated files changed" in again.stdout  # unchanged pages are not rewritten


@pytest.mark.parametrize("page", ["index.html", "timeline/index.html", "actors/stephen-biegun/index.html"])
def test_pages_load_nothing_from_other_hosts(built: Path, page: str) -> None:
    soup = html(built / "site", page)
    for tag, attr in (("script", "src"), ("link", "href"), ("img", "src")):
        for el in soup.find_all(tag, **{attr: True}):
            if "canonical" not in el.get("rel", []):  # a name for the page, not a load
                assert not urlparse(el[attr]).netloc, el


@pytest.mark.parametrize("engine_build", ["built", "zensical_built"])
@pytest.mark.parametrize("page", PAGES)
def test_theme_script_starts_without_restyling_the_page(
    request: pytest.FixtureRequest, engine_build: str, page: str
) -> None:
    """The theme's bundle is deferred, the <html> classes it sets are there before the page is
    styled, the palette form is our toggle's, not the theme's component (overrides/), and
    footnote tooltips come from our script, not from one theme component per marker:
    a theme upgrade that changes this markup must fail here, not slow pages silently.
    Both engines' builds: the template overrides do this work, not the MkDocs hook."""
    soup = html(request.getfixturevalue(engine_build) / "site", page)

    def scripts(name: str) -> list:
        return [s for s in soup.find_all("script", src=True) if f"/javascripts/{name}" in "/" + s["src"]]

    assert [s.has_attr("defer") for s in scripts("bundle.")] == [True]
    assert [s.has_attr("defer") for s in scripts("palette.js")] == [True]
    assert [s.has_attr("defer") for s in scripts("footnotes.js")] == [True]
    inline = " ".join(s.get_text() for s in soup.head.find_all("script", src=False))
    assert 'classes.replace("no-js", "js")' in inline and 'classes.add("js-focus-visible")' in inline
    form = soup.find("form", class_="md-header__option")
    assert not form.has_attr("data-md-component") and len(form.find_all("input", class_="md-option")) == 2
    assert not soup.body.has_attr("data-md-color-switching")
    features = json.loads(soup.find("script", id="__config").get_text())["features"]
    assert "content.footnote.tooltips" not in features


def test_dataset_written_in_chunks_is_the_whole_document(built: Path) -> None:
    """The JSON export is streamed item by item; it must read exactly as one encoding would."""
    site = load(built / "content")
    whole = msgspec.json.format(msgspec.json.encode(export.dataset(site, export.TITLE)), indent=2) + b"\n"
    assert (built / "docs" / export.FILES["json"]).read_bytes() == whole
    assert b"".join(export.dataset_json(export.dataset(site, export.TITLE))) == whole
