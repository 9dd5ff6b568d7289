"""What the build writes besides pages: the open-data exports, and the tags that describe
each page to search engines and link previews."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from urllib.parse import urljoin

import msgspec
import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT
from explainer import export
from explainer.export import Dataset

from .conftest import site_url

CONTENT = ROOT / "content"


def items(name: str) -> list[dict]:
    return yaml.safe_load((CONTENT / name).read_text(encoding="utf-8"))


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def data(site: Path, kind: str) -> str:
    return (site / export.FILES[kind]).read_bytes().decode("utf-8")  # line ends as written


# --- the exports -------------------------------------------------------------------------


def test_json_dataset_matches_its_model_and_the_content(site: Path) -> None:
    dataset = msgspec.json.decode(data(site, "json"), type=Dataset)
    timeline = soup(site / "timeline" / "index.html")
    assert [e.id for e in dataset.events] == [h["id"] for h in timeline.select("h3[id]")]  # in date order
    assert {e.id for e in dataset.events} == {e["id"] for e in items("events.yml")}
    assert {a.id for a in dataset.actors} == {a["id"] for a in items("actors.yml")}
    assert {i.id for i in dataset.issues} == {i["id"] for i in items("issues.yml")}
    assert set(dataset.dates) >= {e.id for e in dataset.events}
    # Every citation points at a paragraph that exists on its source's page.
    anchors = {
        s.id: {p["id"] for p in soup(site / "sources" / s.id / "index.html").select(".source-para[id]")}
        for s in dataset.sources
    }
    for c in dataset.citations:
        assert c.anchor in anchors[c.source], c
    assert len(dataset.citations) > 100


def test_json_schema_describes_the_dataset(site: Path) -> None:
    schema = json.loads(data(site, "schema"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    dataset = json.loads(data(site, "json"))
    assert dataset["$schema"] == Path(export.FILES["schema"]).name  # a sibling file
    assert set(schema["required"]) == set(dataset) == set(schema["properties"])
    assert schema["additionalProperties"] is False
    refs = {v for v in _walk(schema) if isinstance(v, str) and v.startswith("#/$defs/")}
    assert refs and all(r.removeprefix("#/$defs/") in schema["$defs"] for r in refs)
    assert {"Actor", "Event", "Issue", "Citation", "ResolvedDate"} <= set(schema["$defs"])


def _walk(node: object) -> list[object]:
    if isinstance(node, dict):
        return [v for value in node.values() for v in [value, *_walk(value)]]
    if isinstance(node, list):
        return [v for value in node for v in [value, *_walk(value)]]
    return []


def test_csv_has_a_row_per_event_in_timeline_order(site: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(data(site, "csv"))))
    assert list(rows[0]) == export.CSV_COLUMNS
    timeline = soup(site / "timeline" / "index.html")
    assert [r["id"] for r in rows] == [h["id"] for h in timeline.select("h3[id]")]
    for row in rows:
        assert dt.date.fromisoformat(row["start"]) <= dt.date.fromisoformat(row["end"])
        assert row["sources"].startswith("“") and "¶" in row["sources"]


def unfold(text: str) -> list[str]:
    """RFC 5545 content lines: a line starting with a space continues the one before."""
    lines: list[str] = []
    for line in text.split(export.ICS_EOL)[:-1]:
        if line.startswith(" "):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def test_icalendar_is_folded_escaped_and_spans_each_date(site: Path) -> None:
    text = data(site, "ics")
    assert text.endswith("END:VCALENDAR" + export.ICS_EOL)
    physical = text.split(export.ICS_EOL)[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    assert all("\r" not in line and "\n" not in line for line in physical)
    events: list[dict[str, str]] = []
    for line in unfold(text):
        name, _, value = line.partition(":")
        if line == "BEGIN:VEVENT":
            events.append({})
        elif events and line != "END:VEVENT":
            events[-1][name] = value
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(data(site, "csv")))}
    assert len(events) == len(rows)
    for event in events:
        row = rows[event["UID"].split("@")[0]]
        start = dt.datetime.strptime(event["DTSTART;VALUE=DATE"], "%Y%m%d").date()
        end = dt.datetime.strptime(event["DTEND;VALUE=DATE"], "%Y%m%d").date()
        assert start.isoformat() == row["start"]
        assert end - dt.timedelta(days=1) == dt.date.fromisoformat(row["end"])  # DTEND is exclusive
        assert event["SUMMARY"] == export.ics_text(row["title"])
        assert "¶" in event["DESCRIPTION"] and "“" in event["DESCRIPTION"]
        for name in ("SUMMARY", "DESCRIPTION"):
            unescaped = event[name].replace("\\\\", "").replace("\\,", "").replace("\\;", "")
            assert "," not in unescaped and ";" not in unescaped, (name, event[name])


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [("a,b;c", "a\\,b\\;c"), ("back\\slash", "back\\\\slash"), ("two\nlines", "two\\nlines")],
)
def test_icalendar_text_escaping(raw: str, escaped: str) -> None:
    assert export.ics_text(raw) == escaped


def test_icalendar_folding_never_splits_a_character() -> None:
    line = "DESCRIPTION:" + "“¶”é" * 40
    parts = export.ics_fold(line)
    assert len(parts) > 2
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert parts[0] + "".join(p[1:] for p in parts[1:]) == line


def test_timelinejs_has_every_event_and_the_phases_as_eras(site: Path) -> None:
    timeline = json.loads(data(site, "timelinejs"))
    rows = list(csv.DictReader(io.StringIO(data(site, "csv"))))
    assert [e["unique_id"] for e in timeline["events"]] == [r["id"] for r in rows]
    for event, row in zip(timeline["events"], rows, strict=True):
        assert event["start_date"]["year"] == int(row["start"][:4])
        assert event["text"]["headline"] and "¶" in event["text"]["text"]
    assert [era["text"]["headline"] for era in timeline["eras"]] == list(dict.fromkeys(r["phase"] for r in rows))


def test_about_page_links_every_export(site: Path) -> None:
    about = soup(site / "about" / "index.html")
    section = about.find(id="open-data").find_next("table")
    hrefs = {urljoin("/about/", a["href"]) for a in section.find_all("a", href=True)}
    assert {"/" + path for path in export.FILES.values()} <= hrefs


# --- search engines and link previews ---------------------------------------------------------


def test_every_page_describes_itself_for_sharing(site: Path) -> None:
    root = site_url(site)
    for path in site.rglob("*.html"):
        page = soup(path)
        description = page.find("meta", attrs={"name": "description"})["content"]
        assert description and page.find("meta", property="og:description")["content"] == description, path
        assert page.find("meta", property="og:title")["content"], path
        if path.name != "404.html":
            canonical = page.find("link", rel="canonical")["href"]
            assert canonical.startswith(root)
            assert page.find("meta", property="og:url")["content"] == canonical
    # A description with quotation marks survives intact (the attribute is escaped).
    quoted = [a for a in items("actors.yml") if '"' in a["role"]]
    for actor in quoted:
        page = soup(site / "actors" / actor["id"] / "index.html")
        assert page.find("meta", attrs={"name": "description"})["content"].endswith(" ".join(actor["role"].split()))


def test_home_page_describes_the_summit_as_a_schema_org_event(site: Path) -> None:
    home = soup(site / "index.html")
    (script,) = home.find_all("script", type="application/ld+json")
    event = json.loads(script.string)
    assert event["@context"] == "https://schema.org" and event["@type"] == "Event"
    assert (event["startDate"], event["endDate"]) == ("2019-02-27", "2019-02-28")
    assert "Hanoi" in event["location"]["name"]
    assert {p["name"] for p in event["attendee"]} == {"Donald Trump", "Kim Jong Un"}
    assert not soup(site / "timeline" / "index.html").find_all("script", type="application/ld+json")


def test_sitemap_lists_every_page_under_site_url(site: Path) -> None:
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    pages = list(site.rglob("index.html"))
    assert sitemap.count("<loc>") == len(pages)
    assert sitemap.count(f"<loc>{site_url(site)}") == len(pages)
