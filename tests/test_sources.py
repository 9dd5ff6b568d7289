"""Ingestion: every line of fixture articles in other house styles read as expected, the two
real articles read as before, curator corrections, and anchors that never move."""

from __future__ import annotations

import json
import re
from pathlib import Path

import msgspec
import pytest
import yaml
from conftest import generator
from explainer import reading, rules
from explainer.copied import as_read
from explainer.model import SourceMeta
from explainer.sources import ingest

CONTENT = Path(__file__).resolve().parents[1] / "content"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTICLES = sorted(p.stem for p in (FIXTURES / "articles").glob("*.txt"))
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
REAL = sorted(p.stem for p in (CONTENT / "sources").glob("*.txt"))


def meta_for(name: str, **fields) -> SourceMeta:
    base = {
        "id": name,
        "title": name,
        "short_title": name[:40],
        "outlet": None,
        "authors": [],
        "published": {"label": "unknown", "precision": "range", "earliest": "2000-01-01", "latest": "2030-01-01"},
        "language": "en",
        "rights": "test",
        "sha256": "0" * 64,
    }
    return msgspec.convert({**base, **fields}, SourceMeta)


def source(name: str):
    meta = msgspec.convert(yaml.safe_load((CONTENT / "sources" / f"{name}.yml").read_text()), SourceMeta)
    path = CONTENT / "sources" / f"{name}.txt"
    return ingest(meta, path, path.read_text(encoding="utf-8"))


def fixture(name: str, **fields):
    path = FIXTURES / "articles" / f"{name}.txt"
    return ingest(meta_for(name, **fields), path, path.read_text(encoding="utf-8"))


def copied(name: str, printed: list[str] | str):
    """The fixture as a copy printed it: its lines (or text) changed, its metadata the same."""
    text = printed if isinstance(printed, str) else "\n".join(printed)
    return ingest(meta_for(name), FIXTURES / "articles" / f"{name}.txt", text)


def roles(source) -> list[str]:
    return [line.role for line in source.lines]


@pytest.mark.parametrize(
    ("name", "seed"),
    [("wsj-2019-02-27", "000_11da576cb33440dc.txt"), ("delicate-art-of-compromise", "003_b38cf2dd204873c2.txt")],
)
def test_sources_are_byte_for_byte_copies_of_the_seeds(name: str, seed: str) -> None:
    if not SEEDS.exists():
        pytest.skip("the seeds are not beside this checkout")
    assert (CONTENT / "sources" / f"{name}.txt").read_bytes() == (SEEDS / seed).read_bytes()


@pytest.mark.parametrize("name", ARTICLES)
def test_every_line_of_a_fixture_article_reads_as_expected(name: str) -> None:
    expected = yaml.safe_load((FIXTURES / "articles" / f"{name}.expected.yml").read_text(encoding="utf-8"))
    src = fixture(name)
    got = {line.number: line.role for line in src.lines if line.role != "blank"}
    assert got == expected["kinds"], {
        n: (got.get(n), expected["kinds"].get(n)) for n in got if got[n] != expected["kinds"].get(n)
    }
    assert src.dateline == expected["dateline"]
    text = (FIXTURES / "articles" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    # a paragraph's lines after its first: hard-wrapped, or read as the line above's continuation
    wrapped = {i + 1 for i in reading.read_page(text)[1]} | {
        line.number for line in src.lines if line.why.endswith(rules.REASON["continued"])
    }
    paragraphs = [line for line in src.lines if line.role in rules.PARAGRAPH and line.number not in wrapped]
    assert [p.line for p in src.paragraphs] == [line.number for line in paragraphs]
    if src.dateline and not any(line.role == "dateline" for line in src.lines):  # split off the first body paragraph
        first = next(i for i, p in enumerate(src.paragraphs) if p.kind == "body")
        assert not src.paragraphs[first].text.startswith(src.dateline)
        assert paragraphs[first].text.strip().startswith(src.dateline)


NO_BREAK = "\u00a0\u202f\u2009\u3000"  # no-break, narrow no-break, thin and ideographic spaces
LONG_WORD = re.compile(r"(?<=\b[^\W\d_]{4})(?=[^\W\d_]{3})")


@pytest.mark.parametrize("name", ARTICLES)
def test_a_fixture_printed_with_other_spaces_and_invisible_characters_reads_the_same(name: str) -> None:
    """A copied page keeps what its HTML printed: no-break and other spaces, soft hyphens inside
    long words, zero-width spaces and direction marks. Every line reads as it does without them,
    and the paragraphs and the dateline keep the text as printed."""
    path = FIXTURES / "articles" / f"{name}.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    printed = [
        f"\u200b{LONG_WORD.sub(chr(0xAD), line.replace(' ', NO_BREAK[n % len(NO_BREAK)]))}\u200e" if line else line
        for n, line in enumerate(lines)
    ]
    plain, copy = fixture(name), copied(name, printed)
    assert roles(copy) == roles(plain)
    assert [as_read(p.text) for p in copy.paragraphs] == [as_read(p.text) for p in plain.paragraphs]
    assert all(p.text.split()[0] in printed[p.line - 1] for p in copy.paragraphs)  # a paragraph opens its line
    assert copy.dateline == plain.dateline


@pytest.mark.parametrize("name", ARTICLES)
def test_a_fixture_forwarded_in_a_plain_text_mail_reads_the_same(name: str) -> None:
    """Every line under a reply's mark ("> ", ">> " where the mail was forwarded twice, ">" alone
    on a blank line): every line reads as without them, the paragraphs and the dateline without them."""
    lines = (FIXTURES / "articles" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    printed = [(">> " if n % 5 == 0 else "> ") + line if line.strip() else ">" for n, line in enumerate(lines)]
    plain, forwarded = fixture(name), copied(name, printed)
    assert roles(forwarded) == roles(plain)
    assert [p.text for p in forwarded.paragraphs] == [p.text for p in plain.paragraphs]
    assert forwarded.dateline == plain.dateline


@pytest.mark.parametrize("name", ARTICLES)
def test_a_fixture_printed_to_pdf_by_a_browser_reads_the_same(name: str) -> None:
    """Copied out of a PDF a browser printed: its header (date, time, the page's title) and footer
    (address, page number) at the top, at each page break and at the end are the page's markers,
    and every other line reads as without them."""
    lines = (FIXTURES / "articles" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    head, foot = "12/7/26, 4:05 PM\tA page's title | Its site", "https://news.example/2026/12/07/story\t{}/2"
    middle = len(lines) // 2
    printed = [head, *lines[:middle], foot.format(1), head, *lines[middle:], foot.format(2)]
    frame = {0, middle + 1, middle + 2, len(printed) - 1}
    kinds = [kind for kind, _ in reading.classify(printed)]
    assert {kinds[i] for i in frame} == {"marker"}
    assert [k for i, k in enumerate(kinds) if i not in frame] == [line.role for line in fixture(name).lines]


@pytest.mark.parametrize("name", ARTICLES)
def test_a_fixture_copied_with_more_blank_lines_reads_the_same(name: str) -> None:
    """Two or three blank lines where the page had one (a browser's copy of a block's margin):
    every line with text reads as it does with one."""
    lines = (FIXTURES / "articles" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    copied = [more for n, line in enumerate(lines) for more in ([line] if line.strip() else [line] * (2 + n % 2))]
    kinds = [kind for kind, _ in reading.classify(copied) if kind != "blank"]
    assert kinds == [line.role for line in fixture(name).lines if line.role != "blank"]


@pytest.mark.parametrize("name", ARTICLES)
def test_a_fixture_with_its_paragraphs_run_long_reads_the_same(name: str) -> None:
    """The rules read a line longer than reading.LONG_LINE by its two ends (hostile text: see
    `make bench`'s hostile section); a paragraph that long is still the story's, read as before,
    and cited whole."""
    lines = (FIXTURES / "articles" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    plain, middles = fixture(name), {}
    for n, line in enumerate(plain.lines):
        if line.role == "body" and len(lines[n]) > 300:
            middle = lines[n][100:-100]
            middles[n + 1] = (middle, middle * (reading.LONG_LINE // len(middle) + 1))
            lines[n] = lines[n].replace(*middles[n + 1])
    long = copied(name, lines)
    assert roles(long) == roles(plain)
    assert [p.text for p in long.paragraphs] == [
        p.text.replace(*middles.get(p.line, ("", ""))) for p in plain.paragraphs
    ]


QUOTED = re.compile(r"“([^”\n]*)”")
MARKS = {"German": "„\\1“", "French": "«\u00a0\\1\u00a0»", "straight": '"\\1"', "Japanese": "「\\1」"}


@pytest.mark.parametrize("marks", MARKS)
def test_every_fixture_with_its_quotations_in_other_marks_reads_the_same(marks: str) -> None:
    """A quotation reads as one whatever marks its language sets it in: a pull quote stays one, a
    paragraph opening with a quotation in French marks is no link to the next story."""
    for name in ARTICLES:
        path = FIXTURES / "articles" / f"{name}.txt"
        printed = QUOTED.sub(MARKS[marks], path.read_text(encoding="utf-8"))
        assert roles(copied(name, printed)) == roles(fixture(name)), name


BULLET = re.compile(r"^[-+•*▪◦–]\s+")


@pytest.mark.parametrize("glyph", ["‣", "⁃", "→", "·", "○", "■", "►", "➢", "✓"])
def test_every_fixture_with_its_bullets_in_another_glyph_reads_the_same(glyph: str) -> None:
    """A list's points read as points whatever glyph the site sets before them."""
    for name in ARTICLES:
        path = FIXTURES / "articles" / f"{name}.txt"
        expected = yaml.safe_load((FIXTURES / "articles" / f"{name}.expected.yml").read_text(encoding="utf-8"))
        lines = path.read_text(encoding="utf-8").splitlines()
        printed = [
            BULLET.sub(f"{glyph} ", line.strip()) if expected["kinds"].get(n) == "list-item" else line
            for n, line in enumerate(lines, start=1)
        ]
        assert roles(copied(name, printed)) == roles(fixture(name)), name


ENGLISH_DATE = re.compile(
    r"\b(?:(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)|(?P<month2>[A-Z][a-z]+) (?P<day2>\d{1,2}),?) (?P<year>\d{4})\b"
)
MONTHS_IN = {
    "German": (
        "{day}. {month} {year}",
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    ),
    "French": (
        "{day} {month} {year}",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    ),
    "Spanish": (
        "{day} de {month} de {year}",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    ),
    "Turkish": ("{day} {month} {year}", "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık"),
}
ENGLISH_MONTHS = "January February March April May June July August September October November December".split()


@pytest.mark.parametrize("language", MONTHS_IN)
def test_every_fixtures_time_stamps_with_their_months_in_another_language_read_the_same(language: str) -> None:
    """A stamp's date with the month named in the site's language ("12. Dezember 2026", "12 de
    diciembre de 2026") is a date, as in English."""
    form, names = MONTHS_IN[language]

    def foreign(m: re.Match[str]) -> str:
        month = m["month"] or m["month2"]
        if month not in ENGLISH_MONTHS:
            return m.group(0)
        name = names.split()[ENGLISH_MONTHS.index(month)]
        return form.format(day=m["day"] or m["day2"], month=name, year=m["year"])

    for name in ARTICLES:
        path = FIXTURES / "articles" / f"{name}.txt"
        expected = yaml.safe_load((FIXTURES / "articles" / f"{name}.expected.yml").read_text(encoding="utf-8"))
        lines = path.read_text(encoding="utf-8").splitlines()
        stamps = [n for n, kind in expected["kinds"].items() if kind == "timestamp"]
        printed = [ENGLISH_DATE.sub(foreign, line) if n in stamps else line for n, line in enumerate(lines, start=1)]
        assert roles(copied(name, printed)) == roles(fixture(name)), name


def test_fixtures_cover_every_kind_the_rules_know() -> None:
    seen = {line.role for name in ARTICLES for line in fixture(name).lines}
    assert set(rules.KINDS) - {"foreign"} <= seen


@pytest.mark.parametrize("name", REAL)
def test_real_articles_read_exactly_as_before(name: str) -> None:
    """Compared with a snapshot taken from the code before the rules were generalised."""
    snapshot = json.loads((FIXTURES / "snapshots" / f"{name}.json").read_text(encoding="utf-8"))
    src = source(name)
    raw = (CONTENT / "sources" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    assert [kind for kind, _ in reading.classify(raw)] == [line["role"] for line in snapshot["lines"]]
    assert src.dateline == snapshot["dateline"]
    assert [(p.number, p.kind, p.text) for p in src.paragraphs] == [
        (p["number"], p["kind"], p["text"]) for p in snapshot["paragraphs"]
    ]
    assert [p.alias for p in src.paragraphs] == [p["anchor"] for p in snapshot["paragraphs"]]
    old = {line["number"] for line in snapshot["lines"] if not line["kept"] and line["role"] != "blank"}
    new = {line.number for line in src.lines if not line.kept and line.role != "blank"}
    assert new <= old and all(src.lines[n - 1].role == "caption" for n in old - new)  # captions now shown


def test_anchor_is_the_paragraphs_line_in_the_file() -> None:
    for name in REAL:
        for para in source(name).paragraphs:
            assert para.anchor == f"L{para.line}"


@pytest.mark.parametrize("name", ARTICLES)
def test_correcting_one_line_moves_no_other_anchor(name: str) -> None:
    before = fixture(name)
    target = before.paragraphs[len(before.paragraphs) // 2]
    after = fixture(name, line_kinds=[{"line": target.line, "kind": "widget", "reason": "a test correction"}])
    assert target.anchor not in {p.anchor for p in after.paragraphs}
    # every other anchor stays; the rest of a hard-wrapped paragraph whose first line was corrected
    # becomes a paragraph of its own, at its own first line
    following = next((p.line for p in before.paragraphs if p.line > target.line), len(before.lines) + 1)
    kept = [p.anchor for p in after.paragraphs if not target.line < p.line < following]
    assert kept == [p.anchor for p in before.paragraphs if p is not target]
    corrected = after.lines[target.line - 1]
    assert (corrected.role, corrected.kept, corrected.why) == ("widget", False, "a test correction")


def test_a_corrected_line_becomes_a_paragraph_and_others_keep_their_anchors() -> None:
    before = fixture("wire")
    related = next(line for line in before.lines if line.role == "related")
    after = fixture("wire", line_kinds=[{"line": related.number, "kind": "body", "reason": "part of the story"}])
    assert {p.anchor for p in after.paragraphs} == {p.anchor for p in before.paragraphs} | {f"L{related.number}"}


def test_old_anchor_aliases_stay_on_their_paragraph_when_another_line_is_corrected() -> None:
    name = REAL[0]
    meta = yaml.safe_load((CONTENT / "sources" / f"{name}.yml").read_text())
    path = CONTENT / "sources" / f"{name}.txt"
    before = source(name)
    first = before.paragraphs[0]
    meta["line_kinds"] = [{"line": first.line, "kind": "foreign", "reason": "a test correction"}]
    after = ingest(msgspec.convert(meta, SourceMeta), path, path.read_text(encoding="utf-8"))
    assert {(p.anchor, p.alias, p.text) for p in after.paragraphs} <= {
        (p.anchor, p.alias, p.text) for p in before.paragraphs
    }
    assert len(after.paragraphs) == len(before.paragraphs) - 1


def test_a_caption_printed_twice_is_shown_once() -> None:
    src = fixture("newspaper")
    captions = [line for line in src.lines if line.role == "caption"]
    assert len(captions) == 2 and [c.kept for c in captions] == [False, True]


def test_a_correction_of_a_missing_or_blank_line_is_one_clear_problem(project: Path) -> None:
    name = REAL[0]
    meta = project / "content" / "sources" / f"{name}.yml"
    lines = (project / "content" / "sources" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    blank = next((n for n, text in enumerate(lines, start=1) if not text.strip()), None)
    wrong = [len(lines) + 1] + ([blank] if blank else [])
    entries = "".join(f"\n  - {{line: {n}, kind: widget, reason: a test correction}}" for n in wrong)
    meta.write_text(meta.read_text(encoding="utf-8") + f"\nline_kinds:{entries}\n", encoding="utf-8")
    result = generator(project, "check")
    problems = [line for line in result.stderr.splitlines() if line.startswith("content/")]
    assert result.returncode == 1 and len(problems) == len(wrong), result.stderr
    assert all(p.startswith(f"content/sources/{name}.yml:") and f"[{name}]" in p for p in problems)
    assert f"line {len(lines) + 1} in line_kinds is past the last line ({len(lines)})" in problems[0]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("By Ana Lind", "byline"),
        ("BY ANA LIND AND TOMAS BERG", "byline"),
        ("By Ana Lind, Tomas Berg and Karin Holm", "byline"),
        ("By Ana Lind | Northwire", "byline"),
        ("By Ana Lind, June 12, 2018", "byline"),
        ("Posted on June 12, 2018 by Ana Lind", "byline"),
        ("Ana Lind, Chief Correspondent", "byline"),
        ("Ana Lind | Staff Writer", "byline"),
        ("From our correspondent in Oslova", "byline"),
        ("Updated 12 June 2018, 16:05 BST", "timestamp"),
        ("First published on Tue 12 Jun 2018 16.05 BST", "timestamp"),
        ("Reporting by Ana Lind; Editing by Karin Holm", "credit"),
        ("(Additional reporting by Tomas Berg in Velmore)", "credit"),
        ("Image source, Getty Images", "credit"),
        ("Related: Herders stranded by the border dispute", "related"),
        ("READ MORE: Herders stranded by the border dispute", "related"),
        ("See also: Herders stranded by the border dispute", "related"),
        ("Share this article", "widget"),
        ("Sign up for our newsletter", "widget"),
        ("Subscribe to read the full story", "widget"),
        ("ADVERTISEMENT", "widget"),
        ("We use cookies to improve your experience on this site", "widget"),
        ("Leave a comment", "widget"),
        ("Correction: An earlier version of this article misstated the date.", "correction"),
        ("Editor's note: This article was updated after the talks ended.", "editor-note"),
        ("Contact: press@example.org", "contact"),
        ("Follow Ana Lind on Twitter", "contact"),
        ("OSLOVA, June 12 —", "dateline"),
        ("Topics Border talks, herders", "widget"),
        ("Tags ferry strike, Velmore, ports", "widget"),
        ("Short link https://x.example/a1B2", "marker"),
        ("Herders wait at the Velmore crossing on 3 May", "caption"),
        ("Crowds gather outside the palace last week", "caption"),
        ("Herders wait at the Velmore crossing", "heading"),
        ("Read: Herders stranded by the border dispute", "related"),
        ("Other stories by this Writer", "widget"),
        ("Full story 14 comments", "widget"),
        ("Latest Comments", "widget"),
        ("Community & comment guidelines", "widget"),
        ("Comments on this article are now closed.", "widget"),
        ("Readers can comment on our Social Page any time!", "widget"),
        ("Customs Minister Ana Lind and Port Director Tomas Berg at the crossing", "caption"),
        ("Ports and Unions in the north", "heading"),
        ("Reading Time: 5 minutes", "widget"),
        ("· 7 Min", "widget"),
        ("Home / Business", "widget"),
        ("(This article was generated from a wire feed and has not been edited by our staff.)", "marker"),
        ("A fisherman mends nets at the Velmore quay. (Handout)", "caption"),
        ("A Commentary by Tomas Berg in Oslova", "byline"),
        ("04.06.2018, 09.15 Uhr", "timestamp"),
        ("Tune in to hear the interview in full on our evening programme.", "widget"),
        ("Got a tip? Write to desk@example.org", "contact"),
        ("Got a story to tell?", "widget"),
        ("Increase font size", "widget"),
        ("Sign in or register to bookmark this story.", "widget"),
        ("Enjoyed this? Subscribe to our free weekly digest.", "widget"),
        ("Get free Velmore alerts", "widget"),
        ("We will email you a weekly newsletter with the best of our port coverage.", "widget"),
        ("Leave a Reply", "widget"),
        ("Your email will not be shown. Required fields are marked *", "widget"),
        ("June 4th 2018 | OSLOVA", "timestamp"),
        ("Sep 22nd 2019 · Velmore", "timestamp"),
        ("12 Comments (2 new)", "widget"),
        ("You have one free story left this week. Register to keep reading.", "widget"),
        ("You've 3 more articles remaining", "widget"),
        ("By Tomas Berg — Chief Correspondent, The Velmore Post", "byline"),
        ("By political correspondent Ana Lind", "byline"),
        ("By business reporters Ana Lind and Tomas Berg", "byline"),
        ("A ferry leaves the Velmore quay at dawn. (Supplied: Port Authority)", "caption"),
        ("Dockers on the picket line outside the depot (Courtesy of the union)", "caption"),
        ("June 4, 2018  |  Ports and Shipping", "timestamp"),
        ("Video: The ferry strike in two minutes (1:58)", "widget"),
        ("Browse more subjects: Ports, Ferries, Unions", "widget"),
        ("This article has been updated to include the ministry's reply.", "editor-note"),
        ("Read the full ruling here.", "related"),
        ("Posted 3 hours ago", "timestamp"),
        ("Republish this article", "widget"),
        ("This investigation was produced in partnership with the Velmore Courier.", "credit"),
        ("Got information about the fares? Contact Ana Lind at ana.lind@example.org or on Signal.", "contact"),
        ("Read the full report on Velmore Radio", "related"),
    ],
)
def test_a_line_of_each_shape_reads_as_its_kind(line: str, kind: str) -> None:
    """Each line between a headline and two paragraphs, in a file set out with blank lines."""
    paragraph = "The talks resumed on a cold morning, and neither side said much, officials reported."
    raw = ["A headline for the test", "", paragraph, "", line, "", paragraph + " Again."]
    assert reading.classify(raw)[4][0] == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Skip to main content", "widget"),
        ("▶ Listen to the episode", "widget"),
        ("Home > World > Europe", "widget"),
        ("About us | Accessibility | Contact", "widget"),
        ("1,204", "widget"),
        ("(APPLAUSE)", "marker"),
        ("THIS COPY MAY NOT BE IN ITS FINAL FORM. IT MAY BE UPDATED.", "marker"),
        ("Continued from Page B2", "marker"),
        ("The opinions in this piece do not necessarily reflect the views of the editors.", "marker"),
        ("[14:02:11]", "timestamp"),
        ("Aired June 12, 2018 - 19:00 ET", "timestamp"),
        ("This page was last modified on 12 June 2018, at 16:05.", "timestamp"),
        ("Source: Northwire", "credit"),
        ("[Translated from the original by Tomas Berg]", "credit"),
        ("To reach the desk, call 555-0100.", "contact"),
        ("[Interruption.]", "marker"),
        ("Slide 3 of 9", "widget"),
        ("https://www.example.org/news/talks-resume", "marker"),
        ("Graphic: Research Desk", "credit"),
        ("kh/pr (Northwire)", "credit"),
        ("mb/jst/ak (Northwire, Vessa Press)", "credit"),
        ("Letters may be edited. Send yours to letters@example.org, with your name and town.", "contact"),
        ("Have a tip you would like us to follow up? Contact us at desk@example.org", "contact"),
        ("— With inputs from wire services", "credit"),
        ("Latest from Business Desk", "related"),
        ("More from the correspondent", "widget"),
        ("— VPA / Northwire", "credit"),
        ("- Oltria", "list-item"),
        ("Recent Stories", "related"),
        ('This story ran in the Business section of the weekly edition with the headline "Ports reopen"', "marker"),
        ("From the June 9th 2018 issue", "marker"),
        ("SOURCE Velmore Port Authority", "credit"),
        ("Content last reviewed on 4 June 2018", "timestamp"),
        ("Contributors: Ana Lind and Tomas Berg", "credit"),
        ("Our port coverage relies on readers like you. Please support independent journalism.", "widget"),
        ("Editor's picks", "related"),
        ("Don't miss", "related"),
        ("(END) Velmore Wire Service", "marker"),
        ("Published and promoted by Ana Lind on behalf of the Ferry Workers' Union, 2 Dock Road, Velmore.", "marker"),
        ("You have read 2 of your 5 free articles this month. Subscribe for full access.", "widget"),
        ("Not a subscriber yet? Join today and read every story.", "widget"),
        ("« Ferries return to the northern route", "related"),
        ("Dock strike enters its second week »", "related"),
        ("See the report: Ferry safety on the Maren, 2017 (Ports Review)", "related"),
        ("— Edited by Karin Holm", "credit"),
        ("This story was corrected on 5 June 2018. A previous version gave the fare as 12 crowns.", "correction"),
        ("Content owner: Ports Office | Last reviewed: 4 June 2018", "timestamp"),
        ("Co-produced with the Velmore Courier", "credit"),
        ("Creative Commons Attribution 4.0 International", "marker"),
        ("The full text of the ruling is available on the court's website.", "related"),
        ("Note: These summaries are prepared by the press office for information purposes only.", "marker"),
        ("Ana Lind, Press Officer: +45 20 555 0100", "contact"),
        ("Opening hours: Mon–Thu 8:30–15:00", "contact"),
        ("Velmore Port Authority, 2 Dock Road, Velmore", "contact"),
        ("Get it on the App Store", "widget"),
        ("❤️ 1.2K · 🔁 87", "widget"),
        ("Sent to you by a colleague. Portwatch gathers the day's shipping news.", "widget"),
        ("Download the annual report (PDF, 1.4 MB)", "widget"),
        ("Reference: 2018/0412(COD)", "marker"),
        ("This page has been archived and is no longer updated.", "marker"),
        ("Other stories", "related"),
    ],
)
def test_a_line_of_each_shape_at_the_foot_of_a_page_reads_as_its_kind(line: str, kind: str) -> None:
    """The shapes of a page's furniture, below an article's last paragraph."""
    paragraph = "The talks resumed on a cold morning, and neither side said much, officials reported."
    raw = ["A headline for the test", "", paragraph, "", paragraph + " Again.", "", line]
    assert reading.classify(raw)[6][0] == kind


def test_lines_under_a_label_take_its_kind_until_a_heading_over_prose() -> None:
    paragraph = "The talks resumed on a cold morning. Neither side said much, officials reported."
    raw = ["A headline", "", paragraph, "", "See also", "", "Herders stranded", "Border reopens", "", "Next steps"]
    raw += ["", paragraph + " Again."]
    assert [kind for kind, _ in reading.classify(raw) if kind != "blank"] == [
        "title", "body", "related", "related", "related", "heading", "body"
    ]  # fmt: skip


def test_a_wrong_kind_in_line_kinds_lists_the_kinds_allowed(project: Path) -> None:
    name = REAL[0]
    meta = project / "content" / "sources" / f"{name}.yml"
    meta.write_text(meta.read_text(encoding="utf-8") + "\nline_kinds:\n  - {line: 1, kind: wdget, reason: a test}\n")
    result = generator(project, "check")
    problem = next(line for line in result.stderr.splitlines() if "line_kinds" in line)
    assert "'wdget'" in problem and "use one of: " + ", ".join(rules.KINDS) in problem


def test_left_out_lines_are_text_in_the_table_whatever_they_hold(project: Path) -> None:
    """A left-out line with a table's bar, Markdown and HTML is one cell of plain text."""
    import markdown
    from bs4 import BeautifulSoup

    odd = "Home | <b>News</b> | *World* | `Europe`"
    raw = ["A headline for the test", "June 12, 2018", "", "The talks resumed. Neither side said much.", "", odd]
    text = project / "content" / "sources" / "odd-page.txt"
    text.write_text("\n".join(raw) + "\n", encoding="utf-8")
    assert generator(project, "add", str(text)).returncode == 0
    meta = text.with_suffix(".yml")
    meta.write_text(meta.read_text(encoding="utf-8").replace('rights: ""', 'rights: "a test"'), encoding="utf-8")
    assert generator(project, "build").returncode == 0
    page = (project / "docs" / "sources" / "odd-page.md").read_text(encoding="utf-8")
    table = page[page.index("| Line |") :].split("\n\n")[0]
    rows = BeautifulSoup(markdown.markdown(table, extensions=["tables"]), "html.parser").find_all("tr")
    assert [td.get_text() for td in rows[-1].find_all("td")] == ["6", "widget", rules.REASON["bar"], odd]


HEADLINE = "Ministers agree to reopen the border crossing after two years"


def test_points_under_a_summary_label_are_list_items_and_a_headline_under_also_read_is_related() -> None:
    paragraph = "The talks resumed on a cold morning, and neither side said much, officials reported."
    raw = [HEADLINE, "", "By Ana Lind", "", "Key points", "", "Ferries run again from May", "Unions wanted more"]
    raw += ["", paragraph, "", "Also read", "", "Herders stranded at the crossing", "", paragraph + " Again."]
    assert [kind for kind, _ in reading.classify(raw) if kind != "blank"] == [
        "title", "byline", "heading", "list-item", "list-item", "body", "related", "related", "body"
    ]  # fmt: skip
    unspaced = [HEADLINE, "Thursday March 11 2021", "Summary", "Ferries run again from May.", "Unions wanted more."]
    unspaced += ["By Ana Lind", paragraph + " " + paragraph, paragraph]
    assert [kind for kind, _ in reading.classify(unspaced)][2:6] == ["heading", "list-item", "list-item", "byline"]


def test_a_ledes_length_under_the_headline_is_the_story_not_a_dek() -> None:
    lede = "The ministers of the two states agreed on a cold Tuesday morning to reopen the crossing"
    lede += " that has been closed to herders and their flocks for more than two years, officials said."
    dek = "Ministers agree to reopen the crossing; herders to return in May"
    later = "Neither side said much about the terms, officials reported after the meeting ended."
    assert reading.classify([HEADLINE, "", lede, "", later])[2][0] == "body"
    assert reading.classify([HEADLINE, "", dek, "", later])[2][0] == "dek"
    assert reading.classify([HEADLINE, "", lede, "", "By Ana Lind", "", later])[2][0] == "dek"


@pytest.mark.parametrize(
    ("lines", "dateline"),
    [
        (["Oslova: The talks resumed on a cold morning, and neither side said much."], "Oslova"),
        (["Port Ellis: The talks resumed on a cold morning, and neither side said much."], "Port Ellis"),
        (["Lind: We talked about the crossing for an hour and agreed on nothing.", "Berg: That is not so."], None),
    ],
)
def test_a_dateline_with_a_colon_stands_once(lines: list[str], dateline: str | None, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    later = "Neither side said much about the terms, officials reported."
    text = "\n\n".join([HEADLINE, "By Ana Lind", *lines, later])
    assert ingest(meta_for("a"), path, text).dateline == dateline


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("OSLOVA — The talks", "OSLOVA"),
        ("OSLOVA—The talks", "OSLOVA"),
        ("PORT ELLIS, June 12 — The talks", "PORT ELLIS, June 12"),
        ("OSLOVA, Feb. 27 (Northwire) - The talks", "OSLOVA, Feb. 27 (Northwire)"),
        ("OSLOVA (Northwire) -- The talks", "OSLOVA (Northwire)"),
        ("Oslova, Norland — The talks", "Oslova, Norland"),
        ("Oslova (AP) — The talks", "Oslova (AP)"),
        ("Oslova, June 12 (Northwire) The talks", "Oslova, June 12 (Northwire)"),
        ("VELMORE, Aldria, June 4, 2018 /Portwire/ -- The talks", "VELMORE, Aldria, June 4, 2018 /Portwire/"),
        ("VELMORE/OSLOVA, 4 June 2018 – The talks", "VELMORE/OSLOVA, 4 June 2018"),
        ("Velmore/Oslova, 4 June 2018 – The talks", "Velmore/Oslova, 4 June 2018"),
        ("VELMORE, 4 June 2018. The talks", "VELMORE, 4 June 2018"),  # a full stop after the year
        # the service and the city, the date and time in the brackets
        ("Railwire, Orsk (June 4, 2018, 9:30 AM CET) -- The talks", "Railwire, Orsk (June 4, 2018, 9:30 AM CET)"),
        ("Mr. Lind (right) shakes hands", None),
        ("Mr. Lind — who led the talks", None),
        ("The talks — long delayed — resumed", None),
    ],
)
def test_dateline_shapes(opening: str, dateline: str | None) -> None:
    m = rules.DATELINE.match(opening)
    assert (m.group("dateline") if m else None) == dateline


def test_an_old_anchor_whose_line_is_no_longer_a_paragraph_is_a_problem_until_set_to_null(project: Path) -> None:
    name = REAL[-1]
    meta_path = project / "content" / "sources" / f"{name}.yml"
    meta = yaml.safe_load(meta_path.read_text(encoding="utf-8"))
    meta["p_anchors"][0] = 1  # the title's line
    meta_path.write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    result = generator(project, "check")
    assert result.returncode == 1 and "#p1 names line 1, which reads as title, not a paragraph" in result.stderr
    meta["p_anchors"][0] = None
    meta_path.write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    assert generator(project, "check").returncode == 0


def test_a_paragraph_that_starts_with_by_is_not_a_byline() -> None:
    paragraph = "The talks resumed on a cold morning, and neither side said much, officials reported."
    raw = [
        "A headline for the test",
        "By Ana Lind",
        paragraph,
        "By Wednesday afternoon, the delegations had agreed a text.",
    ]
    assert [kind for kind, _ in reading.classify(raw)] == ["title", "byline", "body", "body"]


def test_a_pdfs_copy_reads_by_its_shapes() -> None:
    """Hard-wrapped lines, a running foot that changes only its page number, a footnote whose
    number a sentence carries, and a heading between two pages: built here, not from a fixture."""
    foot = ["Brief 7 | Talks 1", "Brief 7 | Talks 2"]
    raw = [
        "A headline for the test",
        "By Ana Lind",
        "The talks resumed on a cold morning, and neither side said much about the",
        "schedule that officials had promised to publish before the end of the month.3",
        foot[0],
        "What was left out",
        "Both delegations said the question of patrols would come back at the next",
        "meeting, which has no date yet, and that the ministers would prepare it.",
        "3 Briefing by an official to the author, 12 March.",
        foot[1],
    ]
    kinds = [kind for kind, _ in reading.classify(raw)]
    assert kinds == ["title", "byline", "body", "body", "marker", "heading", "body", "body", "credit", "marker"]


def test_contact_details_run_on_only_while_they_give_an_address() -> None:
    """In a file without blank lines, the lines under a reporter's address are the page's own
    (the next story's headline), not more contact details; an office over its address is."""
    paragraph = "The talks resumed on a cold morning, and neither side said much, officials reported."
    raw = [
        "A headline for the test",
        "By Ana Lind",
        paragraph,
        paragraph.replace("cold", "warm"),
        "Media contact:",
        "Press Office, Ministry of Rivers",
        "press@rivers.example",
        "The river's other towns wait for the review to report before they decide what comes next.",
    ]
    kinds = [kind for kind, _ in reading.classify(raw)]
    assert kinds[4:7] == ["contact"] * 3
    assert kinds[7] == "body"


def test_a_date_under_a_reporters_address_is_the_storys() -> None:
    """A name, an address and a date under the headline: the date is when, not more contact."""
    paragraph = "The talks resumed on a cold morning, and neither side said much, officials reported."
    raw = ["A headline for the test", "Tomas Berg", "tberg@gazette.example", "June 4, 2018", paragraph]
    raw += [paragraph.replace("cold", "warm")]
    assert reading.classify(raw)[3][0] == "timestamp"


def test_a_caption_over_its_credit_labelled_in_the_pages_language() -> None:
    paragraph = "The talks resumed on a cold morning, and neither side said much, officials reported."
    raw = ["A headline for the test", "", "By Ana Lind", "", paragraph, ""]
    raw += ["Fishers at the quay after the talks, with little to show", "Bild: Piet Olsen / Northwire", "", paragraph]
    kinds = [kind for kind, _ in reading.classify(raw)]
    assert kinds[6:8] == ["caption", "credit"]


def test_a_label_for_what_the_page_tags_is_a_widget_and_recent_posts_are_related() -> None:
    """The names under "Related people" are tags, not a section; the headlines under "Recent
    Posts" are the site's other stories."""
    paragraph = "The talks resumed on a cold morning, and neither side said much, officials reported."
    for label, kind in (("Related people", "widget"), ("Recent Posts", "related")):
        raw = [
            "A headline for the test",
            "",
            paragraph,
            "",
            paragraph + " Again.",
            "",
            label,
            "",
            "Ana Lind",
            "",
            "Port strike spreads to the south",
        ]
        assert [k for k, _ in reading.classify(raw)[6::2]] == [kind] * 3, label


def test_the_head_of_a_page_by_its_shapes() -> None:
    """A site's motto under its name is not the headline; names each with a place are a byline;
    two sentences over an author's name alone are the dek."""
    paragraph = "The talks resumed on a cold morning, and neither side said much, officials reported again."
    motto = [
        "Velmore Post",
        "",
        "Independent journalism since 1921",
        "",
        "Port strike spreads to the south",
        "",
        "By Ana Lind",
        "",
        paragraph,
    ]
    assert [k for k, _ in reading.classify(motto)[::2]] == ["marker", "marker", "title", "byline", "body"]
    places = [
        "Port strike spreads to the south",
        "Dockers walk out in two more towns",
        "Ana Lind in Velmore and Tomas Berg in Oslova",
        paragraph,
    ]
    assert [k for k, _ in reading.classify(places)] == ["title", "dek", "byline", "body"]
    dek = [
        "Port strike spreads to the south",
        "",
        "Dockers walked out in two towns. Ferries did not sail.",
        "",
        "Ana Lind",
        "",
        paragraph,
    ]
    assert [k for k, _ in reading.classify(dek)[::2]] == ["title", "dek", "byline", "body"]


def test_masthead_lines_above_the_headline_by_their_shape() -> None:
    """Above the headline: the outlet and its section as a bar of short parts, a category with a
    one-word label, the site's name that a byline or a copyright prints again further down."""
    paragraph = "The talks resumed on a cold morning, and neither side said much, officials reported again."
    headline = "Ferry operators raise fares for the summer season"
    bar = ["Velmore Public Radio / Business", "", headline, "", "By Ana Lind", "", paragraph]
    assert [k for k, _ in reading.classify(bar)[::2]] == ["marker", "title", "byline", "body"]
    kicker = ["Exclusive:", headline, "By Ana Lind", paragraph, paragraph]  # the piece's kind, with a colon
    assert [k for k, _ in reading.classify(kicker)][:3] == ["marker", "title", "byline"]
    titled = ["Letters to the Editor", headline, "By Ana Lind", paragraph, paragraph]  # a name of four words
    assert [k for k, _ in reading.classify(titled)][:3] == ["marker", "title", "byline"]
    dashed = ["The Velmore Evening Star – Ports", headline, "By Ana Lind", paragraph, paragraph]
    assert [k for k, _ in reading.classify(dashed)][:3] == ["marker", "title", "byline"]
    for motto in ("Proudly serving the northern ports since 1921", "Est. 1921"):
        kinds = [k for k, _ in reading.classify(["Velmore Star", motto, headline, "By Ana Lind", paragraph])]
        assert kinds[:4] == ["marker", "marker", "title", "byline"], motto
    category = ["Sector: Ports & Shipping", headline, "June 4, 2018", paragraph, paragraph]
    assert [k for k, _ in reading.classify(category)] == ["marker", "title", "timestamp", "body", "body"]
    outlet = ["The Velmore Harbour Weekly Gazette", headline, "June 4, 2018", paragraph, paragraph]
    assert reading.classify([*outlet, "Ana Lind"])[0][0] == "title"  # printed once: a headline of four words
    note = 'This article appeared in the print edition under the headline "The Velmore Harbour Weekly Gazette"'
    assert reading.classify([*outlet, note])[0][0] == "title"  # a headline quoted again is no site's name
    for credit in ("© 2018 " + outlet[0], "By Ana Lind, Ports Editor, " + outlet[0]):
        kinds = [k for k, _ in reading.classify([*outlet, credit])]
        assert kinds[:2] == ["marker", "title"], credit


def test_the_writers_lines_in_other_shapes() -> None:
    """A byline with a dash before the title, what the writer covers at the foot (a bio), and the
    byline's names without the beat or the title."""
    paragraph = "The talks resumed on a cold morning, and neither side said much, officials reported."
    raw = ["A headline for the test", "By Ana Lind — Ports Editor", paragraph, paragraph.replace("cold", "warm")]
    raw += ["Ana Lind writes about ports and ferries for the Post."]
    assert [k for k, _ in reading.classify(raw)] == ["title", "byline", "body", "body", "bio"]
    raw[-1] = "Ana Lind has covered the ports of the north for a decade."
    assert reading.classify(raw)[-1][0] == "bio"
    assert rules.byline_names("By Ana Lind — Ports Editor, The Velmore Post") == ["Ana Lind"]
    assert rules.byline_names("By senior business reporter Tomas Berg") == ["Tomas Berg"]


def test_points_set_off_one_by_one_under_a_summary_label_with_a_colon() -> None:
    paragraph = "The talks resumed on a cold morning, and neither side said much, officials reported."
    raw = [HEADLINE, "", "By Ana Lind", "", "At a glance:", "", "Fares rise by a tenth", "", "Two routes close"]
    raw += ["", "Unions plan a ballot in May", "", paragraph, "", paragraph + " Again."]
    assert [kind for kind, _ in reading.classify(raw) if kind != "blank"] == [
        "title", "byline", "heading", "list-item", "list-item", "list-item", "body", "body"
    ]  # fmt: skip


def test_a_heading_over_a_list_and_an_address_under_a_label_for_links() -> None:
    """In a file without blank lines, a line of a heading's length over dashed items is their
    heading, even after the last paragraph; an address under "Useful links" points elsewhere."""
    paragraph = "The talks resumed on a cold morning, and neither side said much, officials reported."
    raw = ["A headline for the test", "By Ana Lind", paragraph, paragraph.replace("cold", "warm")]
    raw += ["What the unions want from the operators", "- a review of pay", "- two more crossings a day"]
    assert [k for k, _ in reading.classify(raw)][4:] == ["heading", "list-item", "list-item"]
    links = ["A headline for the test", "", paragraph, "", "Useful links", "", "https://www.ports.example/strike"]
    assert [k for k, _ in reading.classify(links)][4::2] == ["related", "related"]


def test_a_line_no_longer_than_the_one_above_it_with_the_pages_furniture_under_it_is_the_headline() -> None:
    """A dek is longer than its headline: over a marker of the page, a shorter line under a longer
    one is the headline and the longer one the section's name; a longer line there is a dek, and
    so is a short one over the site's buttons. The document's kind and the office it is put to
    is the page's, above the headline or under it."""
    paragraph = "The talks resumed on a cold morning, and neither side said much, officials reported."
    later = paragraph.replace("cold", "warm")
    section = ["Reports and papers of the harbour board", "Levy on ferry landings under review", "Open access"]
    section += ["June 4, 2018", paragraph, later]
    assert [k for k, _ in reading.classify(section)] == ["marker", "title", "marker", "timestamp", "body", "body"]
    short = ["Harbour board reviews the levy on ferry landings", "Fares may fall in May", "Share", "June 4"]
    assert [k for k, _ in reading.classify([*short, paragraph, later])][:3] == ["title", "dek", "widget"]
    dek = ["Harbour board reviews the ferry levy", "Landings may cost less from May, officials say", "Share", "June 4"]
    assert [k for k, _ in reading.classify([*dek, paragraph, later])][:3] == ["title", "dek", "widget"]
    put = ["Petitions, replies and papers", "Landing levy: review", "Petition to the Department of Ports", "June 4"]
    assert [k for k, _ in reading.classify([*put, paragraph, later])][:4] == ["marker", "title", "marker", "timestamp"]


def test_todays_date_in_the_masthead_and_a_headline_in_capitals() -> None:
    """A date under the site's name and over a longer line is the masthead's, not the story's
    end of the head; a short headline over its date stays the headline; a headline in capitals
    is longer than a label in capitals."""
    paragraph = "The talks resumed on a cold morning, and neither side said much, officials reported again."
    headline = "Ferry operators raise fares for the summer season"
    dek = "Operators blame fuel and wages; unions say the rise will cut the number of crossings"
    dated = ["The Velmore Star", "Monday, June 4, 2018", "Ports", headline, dek, "By Ana Lind", paragraph]
    assert [k for k, _ in reading.classify(dated)][:6] == ["marker", "timestamp", "marker", "title", "dek", "byline"]
    caption = "Ferries moored at the Velmore quay during the strike. Photo: Tomas Berg"
    assert [k for k, _ in reading.classify(["Ferry fares rise", "June 4, 2018", caption, paragraph])][:3] == [
        "title", "timestamp", "caption"
    ]  # fmt: skip
    capitals = [headline.upper(), dek, "By Ana Lind", paragraph]
    assert [k for k, _ in reading.classify(capitals)][:3] == ["title", "dek", "byline"]


ZONE_PARAGRAPH = "The talks resumed on a cold morning, and neither side said much, officials reported."
ZONE_HEADLINE = "Ferry operators raise fares for the summer season"


def test_the_sites_chrome_above_the_masthead_is_a_widget() -> None:
    """A cookie banner however long, a button to join and one to sign in, above the site's name."""
    later = ZONE_PARAGRAPH.replace("cold", "warm")
    banner = "This website uses cookies to improve your experience and to count visits. Manage settings | Accept all"
    raw = [banner, "Velmore Ferry Workers", "Join us", "Subscriber login", "Ferries", ZONE_HEADLINE, "By Ana Lind"]
    assert [k for k, _ in reading.classify([*raw, ZONE_PARAGRAPH, later])][:7] == [
        "widget", "marker", "widget", "widget", "marker", "title", "byline"
    ]  # fmt: skip


def test_a_terminals_starred_flashes_are_markers_over_the_headline() -> None:
    flash = ["*VELMORE PORT BOARD RAISES FERRY FARES BY 4%; SEEN 3%", "*VELMORE BOARD: FUEL COSTS TO LIFT FARES"]
    raw = [*flash, ZONE_HEADLINE, "By Ana Lind", ZONE_PARAGRAPH, ZONE_PARAGRAPH.replace("cold", "warm")]
    assert [k for k, _ in reading.classify(raw)][:4] == ["marker", "marker", "title", "byline"]


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (["Ana Lind at the Harbour Hall"], ["byline"]),  # a reporter at the venue
        (["Yes 62%", "No 38%", "Turnout: 71%"], ["list-item"] * 3),  # short parallel lines: a box
        (["Ida Holm on the quay where her father moored his ferry."], ["caption"]),  # a person where they are
    ],
)
def test_lines_of_the_head_between_the_dek_and_the_story(lines: list[str], kinds: list[str]) -> None:
    dek = "Unions say the rise will cut the number of crossings"
    raw = [ZONE_HEADLINE, "", dek, "", "June 4, 2018", "", *lines, "", ZONE_PARAGRAPH, "", ZONE_PARAGRAPH + " Again."]
    assert [k for k, _ in reading.classify(raw)][6 : 6 + len(lines)] == kinds


def test_a_box_of_figures_between_paragraphs_in_a_file_without_blank_lines_is_a_list() -> None:
    """Short lines that each give a figure, between two paragraphs: a box; short lines without
    figures there (tags, buttons) are not."""
    raw = [ZONE_HEADLINE, "By Ana Lind", ZONE_PARAGRAPH, "Northern route 14 crowns", "Southern route 11 crowns"]
    raw += ["Night ferry 20 crowns", ZONE_PARAGRAPH + " Again.", ZONE_PARAGRAPH.replace("cold", "warm")]
    assert [k for k, _ in reading.classify(raw)][3:6] == ["list-item"] * 3
    raw[3:6] = ["Ports", "Ferries", "Unions"]
    assert "list-item" not in [k for k, _ in reading.classify(raw)]


def test_a_headline_after_the_story_is_related_and_an_appeal_to_the_reader_is_not() -> None:
    raw = [ZONE_HEADLINE, "", ZONE_PARAGRAPH, "", ZONE_PARAGRAPH + " Again.", ""]
    raw += ["Ferry fares: what each route will cost from June", "", "This story was amended on 5 June 2018.", ""]
    raw += ["Get ferry alerts on our app every morning", "", "Share | Email | Print", ""]
    raw += ["Most read in Business", "", "Dockers vote on the pay offer"]
    assert [k for k, _ in reading.classify(raw) if k != "blank"][3:] == [
        "related", "editor-note", "widget", "widget", "related", "related"
    ]  # fmt: skip


def test_a_label_over_numbered_notes_is_their_heading_and_one_over_contacts_labels_them() -> None:
    raw = [ZONE_HEADLINE, "", ZONE_PARAGRAPH, "", ZONE_PARAGRAPH + " Again.", "", "Notes to editors", ""]
    raw += ["1. The board met on 3 June.", "2. Fares last rose in 2016.", "", "Press contacts", ""]
    raw += ["Ana Lind, press officer", "+45 555 0100"]
    assert [k for k, _ in reading.classify(raw) if k != "blank"][3:] == [
        "heading", "list-item", "list-item", "contact", "contact", "contact"
    ]  # fmt: skip


def test_a_head_in_lower_case_a_two_sentence_dek_and_an_hour_without_minutes() -> None:
    dek = "The board raised fares on every route. Its papers show the unions were not asked."
    raw = [ZONE_HEADLINE, "", dek, "", "by Ana Lind and Tomas Berg", "", "June 4, 2018, 9 p.m. BST", ""]
    raw += [ZONE_PARAGRAPH, "", ZONE_PARAGRAPH + " Again."]
    assert [k for k, _ in reading.classify(raw) if k != "blank"] == [
        "title", "dek", "byline", "timestamp", "body", "body"
    ]  # fmt: skip


def test_an_apps_chrome_and_a_caption_parted_from_its_credit_above_the_story_in_a_spaced_file() -> None:
    raw = ["Portwatch", "", "EN | DE | FR", "", "You are here: Home / Ports", ""]
    raw += ["Open this story in the Portwatch app", "", "Continue in browser", "", ZONE_HEADLINE, ""]
    raw += ["From Portpedia, the port guide anyone can edit!", ""]
    raw += ["The quay at Velmore before the strike.", "", "Picture: Ana Lind.", "", ZONE_PARAGRAPH, "", ZONE_PARAGRAPH]
    assert [k for k, _ in reading.classify(raw) if k != "blank"][1:8] == [
        "widget", "widget", "widget", "widget", "title", "marker", "caption"
    ]  # fmt: skip


def test_points_under_the_headline_without_bullets_and_a_stamp_with_dashes() -> None:
    points = ["Board raises fares on all three routes", "Unions plan a vote on strike action"]
    points += ["Ministry to review the board's accounts"]
    raw = [ZONE_HEADLINE, "News  PORTS  04-06-2018 - 09:12", *points, ZONE_PARAGRAPH, ZONE_PARAGRAPH + " Again."]
    assert [k for k, _ in reading.classify(raw)][:5] == ["title", "timestamp", *["list-item"] * 3]


def test_a_series_headlines_a_label_with_a_colon_over_contacts() -> None:
    """Under "Read more from our … series", a headline of two sentences in title case is a link;
    a label ending in a colon over left-out lines takes their kind."""
    raw = [ZONE_HEADLINE, "", ZONE_PARAGRAPH, "", ZONE_PARAGRAPH + " Again.", "", "Read more from our ferry series", ""]
    raw += ["Fares Rose Twice. Then the Board Stopped Counting Passengers.", "", "Press Office:", ""]
    raw += ["Ana Lind, Press Officer: +45 20 555 0100", "", "Email: press@example.org"]
    assert [k for k, _ in reading.classify(raw) if k != "blank"][3:] == [
        "related", "related", "contact", "contact", "contact"
    ]  # fmt: skip


# The seventeenth round's mechanisms, by the shape and the place of a line rather than its words;
# a mountain railway's pages, in words none of the fixtures print.
RAIL_HEADLINE = "Valley railway to close for a month of track repairs"
RAIL_PARAGRAPH = "The funicular will stop running on Monday while crews replace the rails, the operator said."


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Clarification, 4 June 2018: An earlier headline said the line would close for a year.", "correction"),
        ("Update, June 5, 2018, 10:40: The operator has confirmed that buses will replace the trains.", "editor-note"),
        ("(Updated 5 June) The inspectors finished their report on the bridge on Tuesday evening.", "editor-note"),
    ],
)
def test_a_note_with_the_day_it_was_added_reads_by_its_label(line: str, kind: str) -> None:
    raw = [RAIL_HEADLINE, "", RAIL_PARAGRAPH, "", line, "", RAIL_PARAGRAPH + " Again."]
    assert reading.classify(raw)[4][0] == kind


def test_what_the_writer_made_then_by_is_a_byline_and_three_sentences_over_it_the_dek() -> None:
    dek = "Fares rise again. Crossings fall. The operator says costs leave it no choice."
    for credit in ("Text and pictures by Ana Lind", "Interviews and maps by Ana Lind and Tomas Berg"):
        raw = [RAIL_HEADLINE, dek, credit, "June 4, 2018", RAIL_PARAGRAPH, RAIL_PARAGRAPH + " Again."]
        assert [k for k, _ in reading.classify(raw)][:4] == ["title", "dek", "byline", "timestamp"], credit


def test_controls_by_their_marks_and_choices_joined_by_bars_are_widgets() -> None:
    """An arrow before a button's verb is the button, a menu by its arrow, a question over its
    answers; under a label for related links they are still the page's own."""
    raw = ["Choose your region ▾", "Orsk Valley Railways", RAIL_HEADLINE, "By Ana Lind", RAIL_PARAGRAPH]
    raw += [RAIL_PARAGRAPH.replace("Monday", "Friday"), "« Return to Timetables", "More from the valley"]
    raw += ["Snow closes the pass"]
    raw += ["Did this answer your question? Yes / No"]
    assert [k for k, _ in reading.classify(raw)] == [
        "widget", "marker", "title", "byline", "body", "body", "widget", "related", "related", "widget"
    ]  # fmt: skip


def test_labelled_lines_by_their_place() -> None:
    """Rows that each open with their own label are a box, whatever their values; a label and a
    short value under the headline is the page's metadata; after the story, its tags."""
    box = ["Route length: 4.2 km", "Opened in: 1911. It was rebuilt after the flood.", "Last inspected: June 4, 2018"]
    box += ["More details: railways.example"]
    raw = [RAIL_HEADLINE, "", "Notice number: 2018-114", "", RAIL_PARAGRAPH, "", RAIL_PARAGRAPH + " Again.", ""]
    raw += ["The line at a glance", "", *box, "", "Share this page", "", "Operators: Orsk Valley Railways", ""]
    raw += ["Places: Upper Orsk, Mill Bridge"]
    assert [k for k, _ in reading.classify(raw) if k != "blank"] == [
        "title", "marker", "body", "body", "heading", *["list-item"] * 4, "widget", "widget", "widget"
    ]  # fmt: skip


def test_short_lines_under_a_lead_in_with_a_colon_are_a_list_and_a_summarys_label_says_of_what() -> None:
    raw = [RAIL_HEADLINE, "By Ana Lind", RAIL_PARAGRAPH, "The stations that will be closed are these three:"]
    raw += ["Upper Orsk", "Mill Bridge", "Valley Road Halt", RAIL_PARAGRAPH + " Again."]
    assert [k for k, _ in reading.classify(raw)][3:8] == ["body", "list-item", "list-item", "list-item", "body"]
    spaced = [RAIL_HEADLINE, "", RAIL_PARAGRAPH, "", "Key points of the plan:", "", "• Buses every hour"]
    spaced += ["• Refunds for season tickets", "", RAIL_PARAGRAPH + " Again."]
    assert [k for k, _ in reading.classify(spaced) if k != "blank"][2:5] == ["heading", "list-item", "list-item"]


def test_notices_after_the_story_and_under_the_headline_by_what_they_speak_of() -> None:
    """A notice binds the page, its reader or its publisher, or speaks of its writer, and quotes
    and reports nobody; the story's last paragraph, which reports, is not one."""
    raw = ["Orsk Valley Railways", "", RAIL_HEADLINE, "", "By Ana Lind", ""]
    raw += ["This page contains paid links. We may be paid if you buy a ticket through them.", ""]
    raw += [RAIL_PARAGRAPH, "", "Fares for the replacement buses will be announced later, the operator said.", ""]
    raw += ["Anyone who saw the derailment should ring the line on 0800 555 0199.", "", "Timetable notice", ""]
    raw += ["Fares shown may change without notice and do not include booking fees.", ""]
    raw += ["The reporter's journey was paid for by the operator.", ""]
    raw += ["Orsk Valley Railways does not endorse the sites it links to.", "", "Share this page"]
    assert [k for k, _ in reading.classify(raw) if k != "blank"] == [
        "marker", "title", "byline", "marker", "body", "body", "contact", "marker", "marker", "marker", "marker",
        "widget",
    ]  # fmt: skip


def test_a_bar_right_over_the_headline_names_its_sections_and_a_bio_names_a_person() -> None:
    raw = ["Railwire", "", "Rail | Tourism | Valleys", "", RAIL_HEADLINE, "", "By Ana Lind", "", RAIL_PARAGRAPH]
    raw += ["", RAIL_PARAGRAPH + " Again.", "", "About the writer", "", "Ana Lind is the valley's rail reporter."]
    raw += ["", "Keep local reporting alive. Give now."]
    assert [k for k, _ in reading.classify(raw) if k != "blank"] == [
        "marker", "marker", "title", "byline", "body", "body", "bio", "bio", "widget"
    ]  # fmt: skip
    trail = ["Railwire", "", "Home › Rail › Valleys", "", RAIL_HEADLINE, "", "By Ana Lind", "", RAIL_PARAGRAPH]
    assert reading.classify(trail)[2][0] == "widget"  # a trail of links from the home page stays the site's


INVENTED = FIXTURES / "invented"


@pytest.mark.parametrize("name", sorted(p.stem for p in INVENTED.glob("*.txt")))
def test_pages_in_invented_styles_read_by_the_mechanisms(name: str) -> None:
    """Pages in styles no fixture uses (see fixtures/invented/README.md), from the headline down:
    above it, a button and a menu right over the headline still read as the site's labels."""
    expected = yaml.safe_load((INVENTED / f"{name}.expected.yml").read_text(encoding="utf-8"))
    path = INVENTED / f"{name}.txt"
    src = ingest(meta_for(name), path, path.read_text(encoding="utf-8"))
    title = next(line.number for line in src.lines if line.role == "title")
    got = {line.number: line.role for line in src.lines if line.role != "blank" and line.number >= title}
    assert got == {n: k for n, k in expected["kinds"].items() if n >= title}
    assert src.dateline == expected["dateline"]


# The eighteenth round's mechanisms: where the story ends, the head's order, sections by their place;
# a botanical garden's pages, in words none of the fixtures print.
GARDEN_HEADLINE = "Botanic garden closes its palm house for a summer of repairs"
GARDEN_PARAGRAPH = "The palm house will shut on Monday while glaziers replace its roof, the garden's director said."
GARDEN_MORE = "Visitors can still walk the rose beds and the arboretum, which stay open every day until dusk."


def test_the_foot_is_found_past_an_imprint_and_read_line_by_line() -> None:
    """The story ends at its last paragraph, not at the imprint or the permission under the page's
    own lines; a question with its answers spaced out, "More … news" over headlines, a label
    with a telephone number and its hours, each read as what it is."""
    raw = [GARDEN_HEADLINE, "", "By Ana Lind", "", GARDEN_PARAGRAPH, "", GARDEN_MORE, ""]
    raw += ["Did you find what you needed?  Yes  No", ""]
    raw += ["More garden news", "", "Glasshouse reopens after winter repairs", ""]
    raw += ["Seed library opens in the old lodge"]
    raw += ["", "Visitor desk: 0555 410 2200 (weekdays 09:00–17:00)", ""]
    raw += ["The garden is managed by the Orchard Trust on behalf of the county council.", ""]
    raw += ["Copying is permitted provided that the Trust is named."]
    assert [k for k, _ in reading.classify(raw) if k != "blank"] == [
        "title", "byline", "body", "body", "widget", "related", "related", "related", "contact", "marker", "marker"
    ]  # fmt: skip
    for notice in (raw[-1], "The garden is run by the Orchard Trust on behalf of the county council."):
        page = [GARDEN_HEADLINE, "", "By Ana Lind", "", GARDEN_PARAGRAPH, "", GARDEN_MORE, ""]
        page += ["Seed library opens in the old lodge", "", notice]  # a headline over the notice, after the story
        assert [k for k, _ in reading.classify(page) if k != "blank"][4:] == ["related", "marker"], notice


def test_the_pages_own_labelled_lines_after_an_end_mark_are_no_box() -> None:
    """Rows with their own labels are a box only when most of them are not the page's own lines
    (a rating, a share row, the dates of the last and the next review); "End" ends a release."""
    raw = ["Orchard Trust", GARDEN_HEADLINE, "Media statement | 4 June 2018", GARDEN_PARAGRAPH, GARDEN_MORE, "End"]
    raw += ["Rate this article: ★★★☆☆", "Share: Post | Mail", "Last reviewed: 4 June 2018"]
    raw += ["Next review due: 4 June 2019"]
    assert [k for k, _ in reading.classify(raw)] == [
        "marker", "title", "timestamp", "body", "body", "marker", "widget", "widget", "timestamp", "timestamp"
    ]  # fmt: skip


def test_short_questions_head_sections_after_a_quotation_a_lead_in_or_a_left_out_line() -> None:
    raw = [GARDEN_HEADLINE, "By Ana Lind", GARDEN_PARAGRAPH, "This is what changes:", "Which paths are closed?"]
    raw += [GARDEN_MORE, "ADVERTISEMENT", "Who decided?"]
    raw += ['"We had no choice," the curator said of the old glass roof. "Panes are falling out."']
    raw += ["What comes next?", GARDEN_MORE.replace("dusk", "six"), "Which gates are open?", "• North gate"]
    raw += ["• River gate", GARDEN_PARAGRAPH.replace("Monday", "Friday")]
    assert [k for k, _ in reading.classify(raw)] == [
        "title", "byline", "body", "body", "heading", "body", "widget", "heading", "body", "heading", "body",
        "heading", "list-item", "list-item", "body",
    ]  # fmt: skip


def test_the_head_by_its_order_a_short_headline_over_its_summary_and_a_credit_the_page_names() -> None:
    """A short line in sentence case over a line of a dek's length right over the story is the
    headline; a caption's credit may be a name the page prints again (the byline's outlet);
    above the headline a label over values joined by bars is the site's live panel."""
    raw = ["Orchard Trust", "Visit | Learn | Support", "PRESS NOTICE", "4 June 2018", "Planting decision"]
    raw += ["The Trust keeps its old orchard and opens a seed bank for growers in the flooded valleys this summer"]
    raw += [GARDEN_PARAGRAPH, GARDEN_MORE]
    assert [k for k, _ in reading.classify(raw)] == [
        "marker", "widget", "marker", "timestamp", "title", "dek", "body", "body"
    ]  # fmt: skip
    panel = ["Orchard Trust", "", "Paths: Rose walk – open · Lake path – closed by flooding · Arboretum – open", ""]
    panel += ["Garden news", "", GARDEN_HEADLINE, "", "Posted 4 June 2018, 09:10 · Updated 11:00", "", GARDEN_PARAGRAPH]
    assert [k for k, _ in reading.classify(panel) if k != "blank"][:4] == ["marker", "widget", "marker", "title"]
    radio = ["GARDEN RADIO", GARDEN_HEADLINE, "By Ana Lind, Garden Radio", "June 4, 2018"]
    radio += ["Gardeners lift a palm onto a trailer outside the glasshouse. (Garden Radio)"]
    radio += ["KESTON (Garden Radio) — " + GARDEN_PARAGRAPH, GARDEN_MORE]
    assert [k for k, _ in reading.classify(radio)][:6] == ["marker", "title", "byline", "timestamp", "caption", "body"]
    issued = [GARDEN_HEADLINE, "", "Issued by the Garden Press Office on 4 June 2018 at 10:20; updated 14:05", ""]
    assert reading.classify([*issued, GARDEN_PARAGRAPH])[2][0] == "byline"


def test_a_label_over_a_box_without_blank_lines_and_documents_under_a_label_for_links() -> None:
    raw = [GARDEN_HEADLINE, "By Ana Lind", GARDEN_PARAGRAPH, "Key figures", "Glass panes: 4,200"]
    raw += ["Cost: 1.2 million", "Reopening: June 2019", GARDEN_MORE, "Related documents"]
    raw += ["Palm house survey, May 2018 (PDF, 1.4 MB)", "Download the garden map (PDF, 2 MB)"]
    assert [k for k, _ in reading.classify(raw)][3:] == [
        "heading", "list-item", "list-item", "list-item", "body", "related", "related", "widget"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Image 2: The palm house from the east lawn", "caption"),
        ("Translate this page", "widget"),
        ("Follow @OrchardTrust for news of the gardens", "widget"),
        ("Watch Garden Radio 2 for live coverage of the planting.", "widget"),
        ("Get planting alerts by text or email. Manage your alerts", "widget"),
        ("Orchard Trust: call 0800 555 9900 (daily, 9:00–17:00) or visit orchard.example/help", "contact"),
        ("Press desk: Orchard Trust, +44 20 7946 0000, press@orchard.example (weekdays only)", "contact"),
    ],
)
def test_the_pages_own_lines_in_other_words(line: str, kind: str) -> None:
    raw = [GARDEN_HEADLINE, "", GARDEN_PARAGRAPH, "", line, "", GARDEN_MORE]
    assert reading.classify(raw)[4][0] == kind


# The nineteenth round's mechanisms, by a line's shape and place (a table's row, a bullet, a byline's
# place, a box, a date and a dash, a link under the story, an address or number to reach someone, a
# notice parted from the story, a row of tags); a town library's pages, in words no fixture prints.
LIBRARY_HEADLINE = "Quellby library opens on Sundays for the first time"
LIBRARY_PARAGRAPH = "The central library will open every Sunday from June, the town's head librarian said on Monday."
LIBRARY_MORE = "Readers have asked for weekend hours for years, and the council has found the money for two more staff."


def test_a_tables_rows_in_columns_are_a_list_not_a_bar_of_links() -> None:
    raw = [LIBRARY_HEADLINE, "By Ida Brandt", LIBRARY_PARAGRAPH, "Loans   48,210   (12.5%)"]
    raw += ["Renewals   20,114   (6.1%)", "New members   3,105", "Visits   120,400", LIBRARY_MORE]
    assert [k for k, _ in reading.classify(raw)][3:7] == ["list-item"] * 4
    menu = [LIBRARY_HEADLINE, "By Ida Brandt", LIBRARY_PARAGRAPH, "Catalogue   Events   Join   Contact", LIBRARY_MORE]
    assert reading.classify(menu)[3][0] == "widget"  # words, not figures: the site's links


def test_a_plus_is_a_bullet_and_names_with_a_place_in_the_bylines_place_are_the_byline() -> None:
    raw = [LIBRARY_HEADLINE, "", "Longer hours for readers and two new posts", ""]
    raw += ["Ida Brandt and Olof Sten in Quellby"]
    raw += ["", "4 June 2018", "", LIBRARY_PARAGRAPH, "", LIBRARY_MORE, "", "Strengths", "", "+ Seven days a week"]
    raw += ["", "Weaknesses", "", "- Few study rooms"]
    assert [k for k, _ in reading.classify(raw) if k != "blank"] == [
        "title", "dek", "byline", "timestamp", "body", "body", "heading", "list-item", "heading", "list-item"
    ]  # fmt: skip


def test_a_box_with_a_row_shaped_like_contact_and_a_dateline_with_the_places_region() -> None:
    raw = [LIBRARY_HEADLINE, "", "By Ida Brandt", "", "Quellby (Sorvang), 4 June 2018 — " + LIBRARY_PARAGRAPH]
    raw += ["", "Season: 3 June – 26 August", "Place: the reading garden", "Entry: free for members"]
    raw += ["Opening hours: Sundays 11:00–16:00", "", LIBRARY_MORE]
    src = ingest(meta_for("library"), Path("library.txt"), "\n".join(raw))
    assert src.dateline == "Quellby (Sorvang), 4 June 2018"
    assert [line.role for line in src.lines][6:10] == ["list-item"] * 4


def test_entries_by_a_date_and_a_dash_a_writer_handed_the_word_and_the_first_name_signing() -> None:
    raw = [LIBRARY_HEADLINE, "Ida Brandt, our head librarian, writes:", LIBRARY_PARAGRAPH, LIBRARY_MORE, "Ida"]
    raw += ["What's on", "Mon 4 June, 6pm – Poetry evening in the reading room"]
    raw += ["Thu 7 June, 10.15am – Story time for the under-fives"]
    assert [k for k, _ in reading.classify(raw)] == [
        "title", "byline", "body", "body", "byline", "heading", "list-item", "list-item"
    ]  # fmt: skip


def test_links_under_the_story_by_their_verb_and_a_heading_over_them_takes_their_kind() -> None:
    raw = [LIBRARY_HEADLINE, "", "By Ida Brandt", "", LIBRARY_PARAGRAPH, "", LIBRARY_MORE, ""]
    raw += ["Branches and times", "", "View every branch's opening times on the map", ""]
    raw += ["Buy a tote bag from the library shop", "", "Page last updated: 4 June 2018"]
    assert [k for k, _ in reading.classify(raw) if k != "blank"][4:] == ["widget", "widget", "widget", "timestamp"]


def test_an_address_or_a_number_to_reach_someone_is_contact_whatever_its_words() -> None:
    lines = ["Library desk: desk@quellby-library.example | 0555 201 3399"]
    lines += ["Loans rose to 1,204,331 last year, the most since the branch opened, the librarian said."]
    lines += ["2018-06-04 10:20"]
    raw = [LIBRARY_HEADLINE, "", LIBRARY_PARAGRAPH, "", LIBRARY_MORE, "", "\n\n".join(lines)]
    assert [k for k, _ in reading.classify("\n".join(raw).split("\n")) if k != "blank"][3:] == [
        "contact", "body", "timestamp"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "line",
    [
        "For bookings and interviews, contact Olof Sten on 0555 201 3300 or olof@quellby-library.example.",
        "Olof Sten can be reached at 0555 201 3300 or olof@quellby-library.example.",
        "Email olof@quellby-library.example or call 0555 201 3300 to book a study room.",
        "Helpdesk: 0555 201 3300 (weekdays 09:00-17:00)",
        "Olof Sten, Press Officer: +47 555 201 330",
    ],
)
def test_what_the_removed_contact_patterns_read_the_address_or_number_reads(line: str) -> None:
    """Lines the six contact patterns this round removed used to read; `notices.reach_line` reads them."""
    raw = [LIBRARY_HEADLINE, "", LIBRARY_PARAGRAPH, "", LIBRARY_MORE, "", line]
    assert reading.classify(raw)[6][0] == "contact"


def test_a_notice_parted_from_the_story_by_the_pages_lines_and_a_row_of_tags() -> None:
    foot = ["Join the library", "", "Catalogue search", ""]
    foot += ["Friends of the library: Quellby Council · Sorvang Arts Fund · Mill Bakery"]
    notice = "Loan figures are refreshed every night. The library is a service of Quellby Council."
    raw = [LIBRARY_HEADLINE, "", "By Ida Brandt", "", LIBRARY_PARAGRAPH, "", LIBRARY_MORE, "", *foot, "", notice]
    assert [k for k, _ in reading.classify(raw) if k != "blank"][4:] == ["widget", "widget", "widget", "marker"]
    slot = [LIBRARY_HEADLINE, "", "By Ida Brandt", "", LIBRARY_PARAGRAPH, "", "Advertisement", ""]
    slot += ["Story continues below", "", "The library is to report on the first season in October."]
    assert reading.classify(slot)[-1][0] == "body"  # an advertisement's slot parts no notice from the story
    tags = [LIBRARY_HEADLINE, "", LIBRARY_PARAGRAPH, "", LIBRARY_MORE, "", "Share this page", "", foot[-1], ""]
    assert [k for k, _ in reading.classify([*tags, "© Quellby Council"]) if k != "blank"][3:] == [
        "widget", "widget", "marker"
    ]  # fmt: skip


def test_a_menu_above_the_masthead_and_the_publications_name_with_what_it_is() -> None:
    """A bar of short links above the headline, not right over it, is the site's menu (a widget;
    right over it, the piece's sections stay a marker); a name, a dash and what it names in lower
    case is the publication's own name, not a widget for a newsletter."""
    raw = ["Svenska | English", "", "Quellby Libraries", "", "The Leaf – the library's monthly newsletter", ""]
    raw += ["Events | Loans", "", LIBRARY_HEADLINE, "", "By Ida Brandt", "", LIBRARY_PARAGRAPH]
    assert [k for k, _ in reading.classify(raw) if k != "blank"] == [
        "widget", "marker", "marker", "marker", "title", "byline", "body"
    ]  # fmt: skip


# The twentieth round's shapes, in a beekeepers' association's words (no fixture's).
HIVE_HEADLINE = "Winter losses in the county's hives fall for a second year"
HIVE_PARAGRAPH = (
    "Keepers in the county lost one colony in six over the winter, down from one in four two years ago, "
    "according to the association's spring survey of 412 apiaries."
)
HIVE_MORE = (
    "The survey's organiser, Lena Holm, said the mild February had helped, but that feeding in the autumn "
    "made the larger difference for keepers who had tried it."
)


def test_numbered_headings_whose_numbers_run_across_the_sections_and_a_numbered_list_beside_them() -> None:
    """A numbered line whose next number stands further on, with other lines between, is a section's
    heading, also right under a bullet and when a contents list printed it before; numbers that follow
    one another line by line stay a list."""
    raw = ["Apiary bulletin", "", HIVE_HEADLINE, "", "Contents", "", "1. At a glance", "2. The survey", ""]
    raw += ["1. At a glance", "", "- One colony in six was lost.", "", "2. The survey", "", HIVE_PARAGRAPH, ""]
    raw += ["1. Feed in the autumn.", "2. Insulate the roof.", "", HIVE_MORE]
    kinds = [k for k, _ in reading.classify(raw) if k != "blank"]
    assert kinds[5:] == ["heading", "list-item", "heading", "body", "list-item", "list-item", "body"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Photographed by Jon Ekberg · Captioned by Mira Tal", "byline"),
        ("Illustrated by Jon Ekberg, 2 May 2024", "byline"),  # the role's word no longer listed
        ("Counted up by Mira Tal · Checked by Jon Ekberg", "byline"),
        ("Surveyed by Mira Tal | 2h ago", "byline"),
        ("Contributors: Lena Holm, Survey Lead · Jon Ekberg, Apiary Inspector", "byline"),
        ("Survey closes: 30 June 2024", "timestamp"),
        ("Next meeting: Thursday, 4 July 2024", "timestamp"),
        ("Posted 2 days ago · 38 comments", "timestamp"),
    ],
)
def test_the_heads_byline_and_stamp_by_their_shapes_in_any_words(line: str, kind: str) -> None:
    """Between the headline (and its dek) and the story: parts that each credit someone (a role word
    and "by", or a name and its role after a label), a label and a date alone, a stamp with the
    page's counts after a bar."""
    dek = "The association's spring survey counts fewer dead colonies."
    raw = ["Apiary bulletin", "", HIVE_HEADLINE, "", dek, "", line, "", HIVE_PARAGRAPH, "", HIVE_MORE]
    assert reading.classify(raw)[6][0] == kind


def test_a_box_under_a_heading_that_names_its_subject_and_the_publishers_note_under_it() -> None:
    """A line of up to eight words over three labelled rows heads the box; a correction under the
    rows ends the box and keeps its kind, and a link under it is a link."""
    box = ["The Holm apiary in numbers", "Founded: 1962, by Per Holm", "Hives: 48, in four yards"]
    box += ["Honey: about 900 kilograms a year"]
    box += ["Correction: An earlier version of this report gave the wrong year for the founding. It was 1962."]
    box += ["Related: Keepers count the cost of a wet spring"]
    raw = [HIVE_HEADLINE, "By Mira Tal", HIVE_PARAGRAPH, HIVE_MORE, *box, "Share this report"]
    kinds = [k for k, _ in reading.classify(raw)]
    assert kinds[4:] == ["heading", "list-item", "list-item", "list-item", "correction", "related", "widget"]


def test_a_caption_with_its_outlets_archive_in_brackets_and_the_dateline_in_the_first_paragraph(
    tmp_path: Path,
) -> None:
    """A caption whose credit in brackets names the outlet and what of it ("(Gazette archive)") is
    the caption, and the dateline is found in the paragraph under it."""
    raw = ["The Hollin Gazette", HIVE_HEADLINE, "By Mira Tal | Gazette staff", "May 2, 2024 at 7:40 a.m."]
    raw += ["Per Holm at his first apiary above the village in 1962. (Gazette archive)"]
    raw += [f"HOLLIN — {HIVE_PARAGRAPH}", HIVE_MORE]
    kinds = [k for k, _ in reading.classify(raw)]
    assert kinds[4:] == ["caption", "body", "body"]
    path = tmp_path / "hives.txt"
    path.write_text("\n".join(raw) + "\n", encoding="utf-8")
    assert ingest(meta_for("hives"), path, path.read_text(encoding="utf-8")).dateline == "HOLLIN"


def test_the_pages_lines_after_the_story_by_their_shape_and_place() -> None:
    """A reference number with its terms of use is a marker; a heading over a bulleted question is
    no button; after the story, outlets with an age beside headlines and a run of headlines are
    links; a paragraph quoting nobody after the page's links is the page's; a note on how the page
    was made is the page's wherever it stands."""
    picture = ["Hive 12 at dawn, Hollin, May 1, 2024.", "Mira Tal/Hollin Gazette"]
    picture += ["Picture ref: HG20240501MT07 | Not for resale"]
    raw = [HIVE_HEADLINE, "By Mira Tal", HIVE_PARAGRAPH, *picture, HIVE_MORE]
    raw += ["Open questions", "• Will the county pay for the feeding trial next autumn?"]
    raw += ["This overview was compiled by the association's volunteers from the survey returns."]
    raw += ["In other papers", "Valley Herald · 2h ago", "Keepers warn of a late frost in the hills"]
    raw += ["Marsh Radio · 1d ago", "A record swarm settles on the town hall", "Save this page"]
    raw += ["The survey is run by volunteers. Results for earlier years are kept in the association's library."]
    kinds = [k for k, _ in reading.classify(raw)]
    assert kinds[5] == "marker"
    assert kinds[7:10] == ["heading", "list-item", "marker"]
    assert kinds[10:] == ["related"] * 5 + ["widget", "marker"]
    more = ["Keepers who sell honey must register their hives with the county"]
    more += ["Three new apiaries open in the marsh villages this summer", "Honey prices reach a ten-year high"]
    raw = [HIVE_HEADLINE, "", "By Mira Tal", "", HIVE_PARAGRAPH, "", HIVE_MORE, "", "Save this page", ""]
    kinds = [k for k, _ in reading.classify([*raw, *(x for line in more for x in (line, ""))]) if k != "blank"]
    assert kinds[4:] == ["widget", "related", "related", "related"]  # the tail's buttons were headlines
    kinds = [k for k, _ in reading.classify([*raw, "Registered society no. 4471902", "", "© Hollin Beekeepers"])]
    assert kinds[-3] == "marker"  # a register's number, no telephone number


# The twenty-first round's mechanisms, in a harbour's words (none of the held-out pages' lines).
HARBOUR_HEADLINE = "Harbour lights to stay dark while the terns nest on the breakwater"
HARBOUR_PARAGRAPH = (
    "The outer harbour's floodlights will stay off at night until August, the harbour office said on Monday,"
    " after a colony of forty pairs of terns settled on the breakwater for the first time since 1998."
)
HARBOUR_MORE = "Skippers who land after dark are asked to use the inner quay, where the lights stay on, it added."


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Deputy harbourmaster Ola Brenn", "Ola Brenn"),  # lead words in any case before the name
        ("From the log of Ola Brenn, Head of Moorings", "Ola Brenn"),  # and a role in title case after it
        ("Logged by Ola Brenn, duty officer", "Ola Brenn"),  # or in lower case
    ],
)
def test_a_person_named_with_their_role_in_any_words_is_the_byline(line: str, name: str) -> None:
    """Under the headline, a person named with words that say what they are or do is the byline,
    and the line about them at the foot is their bio."""
    bio = f"{name} is the harbour's deputy master and keeps its wildlife records."
    raw = [HARBOUR_HEADLINE, line, "3 May 2024", HARBOUR_PARAGRAPH, HARBOUR_MORE, bio]
    assert [k for k, _ in reading.classify(raw)] == ["title", "byline", "timestamp", "body", "body", "bio"]


def test_a_box_in_the_head_and_a_label_for_links_over_the_story() -> None:
    """Three labelled rows between the byline and the story are a box, not a speaker's turns; a
    label for links over two paragraphs of the story is its section heading."""
    raw = [HARBOUR_HEADLINE, "By Ola Brenn", "Vessel: MV Torvik", "Reg. no.: TRV-2291-N", "Master: Ansel Kroh"]
    raw += ["Latest news", HARBOUR_PARAGRAPH, HARBOUR_MORE]
    assert [k for k, _ in reading.classify(raw)] == ["title", "byline", *["list-item"] * 3, "heading", "body", "body"]


def test_rows_each_set_apart_by_blank_lines_are_one_box_or_table() -> None:
    """A box's labelled rows and a table's rows with amounts, each alone between blank lines."""
    rows = ["Mooring fees from 1 April", "Dinghy          €12", "Yacht under 10 m   €45", "Yacht over 10 m   €80"]
    rows += ["The crossing", "Meeting point: the north slipway", "Finish: the outer buoy", "Bring: a life jacket"]
    raw = [HARBOUR_HEADLINE, "By Ola Brenn", HARBOUR_PARAGRAPH, *rows, HARBOUR_MORE]
    kinds = [k for k, _ in reading.classify([x for line in raw for x in (line, "")]) if k != "blank"]
    assert kinds[3:] == ["heading", *["list-item"] * 3, "heading", *["list-item"] * 3, "body"]


def test_an_editions_pager_running_head_pointer_and_the_notice_under_its_copyright() -> None:
    """An e-paper's bar with the page's place, its arrows, the printed page's running head; a pointer
    to another page ends a box; a notice under the copyright is the page's."""
    raw = ["Reader · Edition: Friday 3 May 2024 · Page 12 of 40", "‹ Page 11   Page 13 ›"]
    raw += ["HARBOUR GAZETTE      Friday, 3 May 2024      12", "LOCAL", HARBOUR_HEADLINE]
    raw += ["By Ola Brenn", HARBOUR_PARAGRAPH, HARBOUR_MORE, "THE COLONY", "Pairs: 40", "First seen: 1998"]
    raw += ["Nesting ends: August", "Sailing club fees rise again – Page 14", "© Harbour Gazette 2024"]
    raw += ["Printed under licence from Fjordpress. No part may be reused without the publisher's consent."]
    kinds = [k for k, _ in reading.classify(raw)]
    assert kinds[:6] == ["widget", "widget", "marker", "marker", "title", "byline"]
    assert kinds[8:] == ["heading", *["list-item"] * 3, "related", "marker", "marker"]


def test_the_foot_in_other_words_counts_pointers_translations_and_kickers() -> None:
    """A count after its icon, a pointer to this story in another language, a note on who translated
    whose words; headlines with a kicker's colon under a label are links."""
    raw = [HARBOUR_HEADLINE, "", "By Ola Brenn", "", "🗨 7 comments", "", HARBOUR_PARAGRAPH, "", HARBOUR_MORE, ""]
    raw += ["Captain Kroh's answers were translated from Norwegian by the Gazette.", ""]
    raw += ["Read this report in Norwegian: Lysene slukkes for ternene", "", "Also from the quays", ""]
    raw += ["Ferries: winter timetable cuts two sailings", "", "New crane arrives at the container quay"]
    kinds = [k for k, _ in reading.classify(raw) if k != "blank"]
    assert kinds == ["title", "byline", "widget", "body", "body", "credit", "related", "related", "related", "related"]


def test_one_word_between_paragraphs_is_a_slot_unless_its_section_speaks_of_it() -> None:
    raw = [HARBOUR_HEADLINE, "", "By Ola Brenn", "", HARBOUR_PARAGRAPH, "", "Anzeige", "", HARBOUR_MORE]
    assert [k for k, _ in reading.classify(raw) if k != "blank"][3] == "widget"
    more = "Skippers will find the inner quay's lights on all night, and the ferry berths are not affected."
    raw = [HARBOUR_HEADLINE, "", "By Ola Brenn", "", HARBOUR_PARAGRAPH, "", "Skippers", "", more]
    assert [k for k, _ in reading.classify(raw) if k != "blank"][3] == "heading"


def test_a_datelines_region_may_say_what_kind_of_place_it_is(tmp_path: Path) -> None:
    raw = [HARBOUR_HEADLINE, "", "By Ola Brenn", "", f"TROMSVIK, Nordland county — {HARBOUR_PARAGRAPH}"]
    path = tmp_path / "harbour.txt"
    path.write_text("\n".join(raw) + "\n", encoding="utf-8")
    assert ingest(meta_for("harbour"), path, path.read_text(encoding="utf-8")).dateline == "TROMSVIK, Nordland county"


def test_the_foot_of_a_page_that_reports_nobody() -> None:
    """The publisher's line with its number in a register, the notice under it; a question to the
    reader with a button's verb; an appeal to hear something here on the site; above the masthead,
    a bar led by a button."""
    notice = "Harbour news is written by the harbour office. Times may change at short notice."
    plain = "The breakwater path will close at dusk from Friday, and the lights will stay off until August."
    raw = ["▶ Play   On air: The Harbour Hour with Ansel Kroh", "", "Tromsvik Harbour", "", HARBOUR_HEADLINE, ""]
    raw += ["Posted by Ola Brenn", "", plain, "", "Spotted a seal in the marina? Submit your photo, we print the best."]
    raw += ["", "Catch the skippers' meeting on Harbour Hour, Friday at 7pm, here on Tromsvik Radio.", ""]
    raw += ["Share · Email · Print", "", "Tromsvik Harbour Trust is a registered charity, no. 5512048.", "", notice]
    kinds = [k for k, _ in reading.classify(raw) if k != "blank"]
    assert kinds == ["widget", "marker", "title", "byline", "body", "widget", "widget", "widget", "marker", "marker"]


def test_a_pointer_to_this_story_in_another_language_is_a_link() -> None:
    """Under the translator's note, however long the title it points to: a link, not the tail's furniture."""
    raw = [HARBOUR_HEADLINE, "", "By Ola Brenn", "", HARBOUR_PARAGRAPH, "", HARBOUR_MORE, ""]
    raw += ["Captain Kroh's answers were translated from Norwegian by the Gazette.", ""]
    raw += ["Read this report in Norwegian: Lysene på moloen slukkes mens ternene hekker i havna", ""]
    raw += ["Tags: terns · harbour · lights"]
    assert [k for k, _ in reading.classify(raw) if k != "blank"][-2] == "related"


FACTS = ["Pairs seen nesting in 2024: 40", "Protected since: 1981", "Last chicks ringed in the port: 1996"]


@pytest.mark.parametrize("between", [[], ["Share · Email · Print"]])
def test_a_box_after_the_story_whatever_the_length_of_its_labels(between: list[str]) -> None:
    """A name over three fact rows (labels of any few words) heads a box, not a signature; after
    the page's own lines, the rows are still a box, not its tags."""
    raw = [HARBOUR_HEADLINE, "By Ola Brenn", HARBOUR_PARAGRAPH, HARBOUR_MORE, *between, "THE COLONY", *FACTS]
    kinds = [k for k, _ in reading.classify([*raw, "© Harbour Gazette 2024"])]
    assert kinds[-5:] == ["heading", *["list-item"] * 3, "marker"]


def test_a_pointer_to_another_page_ends_a_box() -> None:
    """Two fact rows and a labelled headline with its page: the link closes the rows, it is not a third."""
    pointer = "Skippers' view: 'Give us the lights back' – Page 14"
    raw = [HARBOUR_HEADLINE, "By Ola Brenn", HARBOUR_PARAGRAPH, HARBOUR_MORE, "Pairs: 40", "First seen: 1998", pointer]
    assert [k for k, _ in reading.classify(raw)][-3:] == ["list-item", "list-item", "related"]


def test_an_appeal_or_a_register_line_the_story_goes_on_under_is_the_storys() -> None:
    """A question with a button's verb after it, or a group's number in a register, above a paragraph
    that reports someone: the story's paragraphs, not the page's appeal and legal line."""
    raw = [HARBOUR_HEADLINE, "", "By Ola Brenn", "", HARBOUR_PARAGRAPH, ""]
    raw += ["What happens to the lights next? Find out at the board's meeting in June, when it comes up again.", ""]
    raw += ["The Tromsvik Tern Group is a registered charity, no. 1102938.", "", HARBOUR_MORE]
    assert [k for k, _ in reading.classify(raw) if k != "blank"] == ["title", "byline", *["body"] * 4]
