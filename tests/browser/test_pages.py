"""The built site in Chromium: every page clean and accessible, search, citations, the
timeline chart, palettes, layouts at desktop and mobile widths, print, 404 and offline."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urldefrag, urlsplit
from urllib.request import urlopen

import pytest
import yaml
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from .conftest import SCREENSHOTS, Traffic, page_urls, search

DESKTOP = {"width": 1280, "height": 900}
MOBILE = {"width": 390, "height": 844}
SHOTS = {
    "home": "",
    "timeline": "timeline/",
    "actor": "actors/stephen-biegun/",
    "positions": "positions/",
    "source": "sources/wsj-2019-02-27/",
}


def expected_pages(project: Path) -> int:
    """Home, six section pages, the 404, and a page per actor, issue and source."""
    content = project / "content"
    items = sum(len(yaml.safe_load((content / f).read_text(encoding="utf-8"))) for f in ("actors.yml", "issues.yml"))
    return 8 + items + len(list((content / "sources").glob("*.txt")))


def local(url: str, root: str) -> bool:
    return url.startswith(root) or url.startswith(("data:", "blob:", "about:"))


def test_every_page_loads_cleanly_and_only_from_the_site(page: Page, server: str, site: Path, traffic: Traffic) -> None:
    """No console error, no request to another host or outside the sub-path, no broken link."""
    problems, links = [], set()
    urls = page_urls(site)
    assert len(urls) == expected_pages(site.parent)
    for url in urls:
        traffic.clear()
        response = page.goto(server + url, wait_until="networkidle")
        if response is None or response.status != 200:
            problems.append(f"{url}: status {response and response.status}")
        problems += [f"{url}: {e}" for e in traffic.errors]
        problems += [f"{url}: request to {r}" for r in traffic.requests if not local(r, server)]
        hrefs = page.eval_on_selector_all(  # HTML and SVG links alike
            "a[href]", "els => els.map(e => new URL(e.getAttribute('href'), document.baseURI).href)"
        )
        links.update(urldefrag(h).url for h in hrefs if urlsplit(h).scheme in ("http", "https"))
    outside = sorted(u for u in links if u.startswith("http://127.0.0.1") and not u.startswith(server))
    assert not outside, f"links that leave the sub-path: {outside}"
    for link in sorted(u for u in links if u.startswith(server)):
        try:
            urlopen(link).close()
        except HTTPError as err:
            problems.append(f"broken link {link}: {err.code}")
    assert not problems, "\n".join(problems)


def test_every_page_has_no_axe_violations(page: Page, server: str, site: Path) -> None:
    axe = Axe()
    found = []
    for url in page_urls(site):
        page.goto(server + url)
        for v in axe.run(page).response["violations"]:
            targets = [" ".join(node["target"]) for node in v["nodes"]][:3]
            found.append(f"{url or 'home'}: {v['id']} ({v['impact']}) on {targets}")
    assert not found, "\n".join(found)


def test_dark_palette_has_no_axe_violations(page: Page, server: str) -> None:
    """The slate scheme changes every colour: check the pages with most custom styles."""
    page.emulate_media(color_scheme="dark")
    axe = Axe()
    found = []
    for url in SHOTS.values():
        page.goto(server + url)
        assert page.get_attribute("body", "data-md-color-scheme") == "slate"
        found += [f"{url}: {v['id']}" for v in axe.run(page).response["violations"]]
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    ("query", "target", "heading"),
    [
        ("Yongbyon", "positions/yongbyon/", "The Yongbyon nuclear complex"),
        ("Biegun", "actors/stephen-biegun/", "Stephen Biegun"),
        ("CVID", "glossary/#cvid", "Complete, verifiable, and irreversible denuclearization"),
    ],
)
def test_search_finds_and_opens_the_page(
    page: Page, server: str, engine: str, query: str, target: str, heading: str
) -> None:
    page.goto(server)
    path, _, anchor = target.partition("#")
    wanted = f'[href*="{path}"]' + (f'[href$="#{anchor}"]' if anchor else "")  # Material adds ?h=QUERY
    result = search(page, engine, query, wanted).first
    expect(result).to_be_visible()
    result.click()
    page.wait_for_url(re.compile(re.escape(server + path)))
    if anchor:
        expect(page.locator(f"#{anchor}")).to_contain_text(heading)
    else:
        expect(page.locator("h1")).to_have_text(re.compile(f"^{re.escape(heading)}"))  # then its ¶ permalink


def test_footnote_shows_its_quote_on_hover_and_focus(page: Page, server: str) -> None:
    """docs/assets/javascripts/footnotes.js: the quote over its marker on hover and keyboard
    focus; the pointer can move onto the tooltip and follow its link; Escape closes it."""
    page.goto(server + "timeline/")
    ref = page.locator("a.footnote-ref").first
    note_id = ref.get_attribute("href").split("#")[1]
    quote = page.locator(f'[id="{note_id}"]').inner_text().split("”")[0].strip("“ \n")
    tooltip = page.locator(".md-tooltip2--active")
    expect(page.locator(".md-tooltip2")).to_have_count(0)  # built on first use, not on load
    ref.hover()
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text(quote[:40])
    assert "↩" not in tooltip.inner_text(), "the footnote's back-link is left out"
    page.mouse.move(0, 0)
    expect(tooltip).to_have_count(0)
    ref.focus()
    expect(tooltip).to_contain_text(quote[:40])
    assert ref.evaluate("e => getComputedStyle(e).outlineStyle") != "none", "focus is visible"
    found = [f"{v['id']} on {[n['target'] for n in v['nodes']]}" for v in Axe().run(page).response["violations"]]
    assert not found, "with the tooltip open: " + "; ".join(found)
    page.keyboard.press("Escape")
    expect(tooltip).to_have_count(0)
    closed_link = page.locator(".md-tooltip2 a").first  # closed, its links take no focus (inert)
    assert not closed_link.evaluate("e => { e.focus(); return document.activeElement === e }")
    ref.hover()
    link = tooltip.locator("a[href*='sources/']").first
    href = link.get_attribute("href")
    link.hover()  # across the gap to the tooltip: it stays open
    link.click()
    page.wait_for_url(re.compile(re.escape(href.split("/")[-1]) + "$"))
    expect(page.locator(f"#{href.split('#')[1]}")).to_be_in_viewport()


def test_following_a_citation_highlights_its_paragraph(page: Page, server: str) -> None:
    page.goto(server + "timeline/")
    link = page.locator("div.footnote li a[href*='sources/']").first
    anchor = link.get_attribute("href").split("#")[1]
    link.click()
    page.wait_for_url(re.compile(f"#{anchor}$"))
    para = page.locator(f"#{anchor}")
    expect(para).to_be_in_viewport()
    other = page.locator(f".source-para:not(#{anchor})").first
    style = "e => getComputedStyle(e).backgroundColor"
    assert para.evaluate(style) != other.evaluate(style), "the followed paragraph is not highlighted"
    assert para.evaluate("e => e.matches(':target')")


def test_timeline_markers_link_to_existing_events(page: Page, server: str) -> None:
    page.goto(server + "timeline/")
    markers = page.locator("svg.timeline-svg a.tl-marker")
    hrefs = markers.evaluate_all("els => els.map(e => e.getAttribute('href'))")
    events = page.locator("h3[id]").evaluate_all("els => els.map(e => e.id)")
    assert hrefs == [f"#{e}" for e in events], "one marker per event, in page order"
    # Readable without sight: each phase is a named list, each marker a named link.
    lists = page.locator("svg.timeline-svg [role=list]")
    assert lists.count() >= 3
    names = markers.evaluate_all("els => els.map(e => e.getAttribute('aria-label'))")
    assert all(re.match(r".+: .+", n) for n in names)
    # Keyboard: tab to a marker and follow it.
    markers.first.focus()
    assert page.evaluate("document.activeElement.getAttribute('href')") == hrefs[0]
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(f"{hrefs[0]}$"))
    expect(page.locator(hrefs[0])).to_be_in_viewport()


def test_timeline_date_labels_lie_inside_the_chart(page: Page, server: str) -> None:
    """Slanted labels reach left of their markers: none may be cut at the chart's edges."""
    page.goto(server + "timeline/")
    chart = page.locator("svg.timeline-svg").bounding_box()
    labels = page.locator("svg.timeline-svg .tl-dates text")
    assert labels.count() >= 2
    for box in labels.evaluate_all("els => els.map(e => e.getBoundingClientRect().toJSON())"):
        assert box["left"] >= chart["x"] - 0.5 and box["right"] <= chart["x"] + chart["width"] + 0.5, box
        assert box["bottom"] <= chart["y"] + chart["height"] + 0.5, box


def test_palette_toggle_switches_scheme(page: Page, server: str) -> None:
    """Our toggle (docs/assets/javascripts/palette.js) does what the theme's did: switch, keep
    the choice across pages, work from the keyboard, and colour the viewport's scroll bars."""
    page.emulate_media(color_scheme="light")
    page.goto(server)
    body, toggle = page.locator("body"), page.locator("form.md-header__option label:visible")
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    expect(toggle).to_have_count(1)
    toggle.click()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    page.goto(server + "timeline/")  # the choice is kept across pages
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    assert page.evaluate("getComputedStyle(document.documentElement).colorScheme") == "dark"
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    toggle.click()
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != background
    expect(body).not_to_have_attribute("data-md-color-switching", re.compile(".*"))  # transitions back on
    page.locator(".md-option:checked").focus()  # the keyboard: Enter switches, as a click does
    page.keyboard.press("Enter")
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    expect(toggle).to_have_count(1)


@pytest.mark.parametrize(("form", "viewport"), [("desktop", DESKTOP), ("mobile", MOBILE)])
def test_screenshots_and_no_sideways_page_scroll(
    page: Page, server: str, engine: str, form: str, viewport: dict
) -> None:
    """Screenshots to look at (reports/screenshots/, one set per engine); wide content scrolls in its own box."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size(viewport)
    overflowing = []
    for name, url in SHOTS.items():
        page.goto(server + url)
        page.screenshot(path=SCREENSHOTS / f"{name}-{form}-{engine}.png", full_page=True)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > viewport["width"]:
            overflowing.append(f"{url or 'home'}: {width}px")
    assert not overflowing, overflowing


def test_mobile_timeline_chart_and_matrix_scroll_in_place(page: Page, server: str) -> None:
    page.set_viewport_size(MOBILE)
    page.goto(server + "timeline/")
    chart = page.locator(".timeline-chart__scroll")
    assert chart.evaluate("e => e.scrollWidth > e.clientWidth"), "the chart keeps its size and scrolls"
    page.goto(server + "positions/")
    scroller = page.locator(".matrix .md-typeset__scrollwrap")  # Material's wrapper around tables
    assert scroller.evaluate("e => e.scrollWidth > e.clientWidth")
    first = page.locator(".matrix tbody tr:first-child td:first-child")
    x = first.bounding_box()["x"]
    scroller.evaluate("e => e.scrollLeft = 400")
    assert 0 <= first.bounding_box()["x"] <= x, "the issue column stays in view"


def test_printed_timeline_keeps_citations_and_link_targets(page: Page, server: str, engine: str) -> None:
    page.goto(server + "timeline/")
    page.emulate_media(media="print")
    footnotes = page.locator("div.footnote")
    expect(footnotes).to_be_visible()
    link = page.locator("div.footnote li a[href*='sources/']").first
    after = link.evaluate("e => getComputedStyle(e, '::after').content")
    assert link.get_attribute("href") in after
    for hidden in (".md-header", ".md-sidebar--primary", ".md-footer"):
        assert not page.locator(hidden).first.is_visible(), hidden
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"timeline-print-{engine}.png", full_page=True)
    assert len(page.pdf()) > 10_000


def test_missing_page_gets_a_helpful_404(page: Page, server: str, engine: str, traffic: Traffic) -> None:
    response = page.goto(server + "actors/no-such-person/")
    assert response is not None and response.status == 404
    errors = [e for e in traffic.errors if "no-such-person" not in e]  # the 404 itself is logged
    assert not errors, errors  # its styles and scripts load from two levels down
    expect(page.locator("h1")).to_have_text("Page not found")
    page.get_by_role("link", name="Timeline", exact=True).last.click()
    page.wait_for_url(server + "timeline/")
    page.goto(server + "no/such/page")
    page.fill("#not-found-q", "Yongbyon")
    page.keyboard.press("Enter")
    page.wait_for_selector(".md-search-result__item")
    expect(page.locator(".md-search-result__item").first).to_be_visible()


def test_offline_copy_searches_from_the_file_system(
    page: Page, engine: str, offline_site: Path, traffic: Traffic
) -> None:
    page.goto((offline_site / "index.html").as_uri())
    search(page, engine, "Yongbyon", '[href*="positions/yongbyon"]', offline=True).first.click()
    expect(page.locator("h1")).to_have_text(re.compile("^The Yongbyon nuclear complex"))
    assert page.url.startswith("file://") and "positions/yongbyon.html" in page.url
    assert not traffic.errors, traffic.errors
    outside = [u for u in traffic.requests if not u.startswith(("file://", "data:", "blob:", "about:"))]
    assert not outside, outside
