"""`explainer add`: every line printed with its kind, and a metadata skeleton that holds what
the text says and validates once the curator's fields are filled in."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import msgspec
import pytest
import yaml
from conftest import generator
from explainer.add import date_in
from explainer.model import SourceMeta
from explainer.rules import byline_names
from test_sources import ARTICLES, FIXTURES


@pytest.mark.parametrize("name", ARTICLES)
def test_add_prints_every_line_with_its_kind_and_writes_the_skeleton(project: Path, name: str) -> None:
    text = project / "content" / "sources" / f"{name}.txt"
    shutil.copy(FIXTURES / "articles" / f"{name}.txt", text)
    expected = yaml.safe_load((FIXTURES / "articles" / f"{name}.expected.yml").read_text(encoding="utf-8"))
    result = generator(project, "add", str(text))
    assert result.returncode == 0, result.stderr
    printed = [line.split(maxsplit=2)[:2] for line in result.stdout.splitlines()[:-1]]
    assert {int(n): kind for n, kind in printed} == expected["kinds"]
    meta = yaml.safe_load(text.with_suffix(".yml").read_text(encoding="utf-8"))
    assert meta["sha256"] == hashlib.sha256(text.read_bytes()).hexdigest()
    raw = text.read_text(encoding="utf-8").splitlines()
    title = " ".join(raw[n - 1].strip() for n, kind in expected["kinds"].items() if kind == "title")  # its rows
    assert meta["title"] == title and meta["id"] == name
    for field in ("earliest", "latest"):  # what only the curator can know
        meta["published"].setdefault(field, "2000-01-01")
        meta["published"][field] = meta["published"][field] or "2000-01-01"
    msgspec.convert({**meta, "rights": "a test"}, SourceMeta)


def test_add_never_overwrites_metadata(project: Path) -> None:
    text = project / "content" / "sources" / "wire.txt"
    shutil.copy(FIXTURES / "articles" / "wire.txt", text)
    text.with_suffix(".yml").write_text("# the curator's own\n", encoding="utf-8")
    result = generator(project, "add", str(text))
    assert result.returncode == 1 and "nothing written" in result.stderr and "Traceback" not in result.stderr
    assert text.with_suffix(".yml").read_text(encoding="utf-8") == "# the curator's own\n"


def test_add_refuses_a_missing_file_without_a_traceback(project: Path) -> None:
    result = generator(project, "add", str(project / "content" / "sources" / "nothing.txt"))
    assert result.returncode == 1 and "no such text file" in result.stderr and "Traceback" not in result.stderr


def test_add_reads_the_text_as_the_build_does(project: Path) -> None:
    """A byte-order mark is not the headline's first character; a control character the build
    refuses is refused here too, by its line, before any metadata is written."""
    text = project / "content" / "sources" / "wire.txt"
    raw = (FIXTURES / "articles" / "wire.txt").read_bytes()
    text.write_bytes(b"\xef\xbb\xbf" + raw)
    result = generator(project, "add", str(text))
    assert result.returncode == 0, result.stderr
    first = raw.decode("utf-8").splitlines()[0]
    assert result.stdout.splitlines()[0].split(maxsplit=2)[2] == first[:100]
    text.with_suffix(".yml").unlink()
    lines = raw.decode("utf-8").splitlines()
    lines[2] += "\x07"
    text.write_text("\n".join(lines), encoding="utf-8")
    result = generator(project, "add", str(text))
    assert result.returncode == 1 and ":3: " in result.stderr and "U+0007" in result.stderr
    assert "Traceback" not in result.stderr and not text.with_suffix(".yml").exists()


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Ana Lind and Tomas Berg", ["Ana Lind", "Tomas Berg"]),
        ("By Ana Lind, Tomas Berg and Karin Holm", ["Ana Lind", "Tomas Berg", "Karin Holm"]),
        ("By Ana Lind | Northwire", ["Ana Lind"]),
        ("Posted on April 27, 2019 by Mira Kallas", ["Mira Kallas"]),
        ("BY LINA PARK [park.lina@example.org]", ["LINA PARK"]),
        ("Ida Holm, chair, Maren Fishing Cooperative", ["Ida Holm"]),
        ("BY JONAS FERREIRA", ["JONAS FERREIRA"]),
        ("Interview by Nadia Okafor", ["Nadia Okafor"]),
        ("By Petra Holm | March 9, 2020", ["Petra Holm"]),
        ("By Petra Holm, March 9, 2020", ["Petra Holm"]),
        ("Europe correspondent, Lake Vessa", []),
        ("Anna Vik in Kesh", ["Anna Vik"]),
        ("By Ana Lind in Kesh and Tomas Berg in Oslova", ["Ana Lind", "Tomas Berg"]),
        ("CONTENT SUPPLIED BY", []),
        ("By Tomas Berg — Harbour Editor, The Velmore Post", ["Tomas Berg"]),
        ("By chief political correspondent Ana Lind", ["Ana Lind"]),
        ("Head of Casework, National Transport Casework Office", []),
        ("By Ana Lind, Velmore Harbour Trust", ["Ana Lind"]),
        ("Compiled by Ana Lind from Velmore Harbour Office logs", ["Ana Lind"]),
        ("Written by Ana Lind for the Velmore Post", ["Ana Lind"]),
    ],
)
def test_authors_of_a_byline(byline: str, authors: list[str]) -> None:
    assert byline_names(byline) == authors


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("Updated Feb. 27, 2019 7:18 a.m. ET", "2019-02-27"),
        ("Published 14 September 2023", "2023-09-14"),
        ("2022-05-04", "2022-05-04"),
        ("Winter 2020 Issue", None),
        ("June 12", None),
        ("June 4 2018", "2018-06-04"),
        ("Sep 22nd 2019 · Velmore", "2019-09-22"),
        ("4th June 2018", "2018-06-04"),
        ("Veröffentlicht am 12. Dezember 2026, 10:31 Uhr", "2026-12-12"),
        ("Publié le 3 mars 2026", "2026-03-03"),
        ("Publicado el 12 de mayo de 2026", "2026-05-12"),
        ("3 Aralık 2026", "2026-12-03"),
    ],
)
def test_publication_date_guess(words: str, day: str | None) -> None:
    found = date_in(words)
    assert (found.isoformat() if found else None) == day


def test_a_short_title_ends_at_a_word_not_at_its_punctuation() -> None:
    from explainer.add import SHORT_TITLE, short

    title = "Harbour dredging contract, Velmar Bay: tenders open in June"
    cut = short(title)
    assert len(cut) <= SHORT_TITLE and cut.endswith("…")
    assert cut[-2].isalnum() and title.startswith(cut[:-1])


def test_the_publication_date_guessed_is_the_one_the_stamp_says_was_published() -> None:
    """A stamp with several dates (a survey's fieldwork, an update) names the publication's with a
    word: the skeleton's guess is that one, and the first date when no word says so."""
    assert date_in("Fieldwork 14–17 October 2026 · Published 19 October 2026, 09:00") == dt.date(2026, 10, 19)
    assert date_in("Updated March 12, 2019 | Published March 11, 2019") == dt.date(2019, 3, 11)
    assert date_in("Updated March 12, 2019") == dt.date(2019, 3, 12)
