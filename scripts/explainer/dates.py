"""Dates as the sources give them: "Sunday" means nothing without the article's date.

`resolve` turns a source's own words into a period with a precision, counting from
the publication date of the source that uses them. Unknown words are an error, so a
curator never gets a silently wrong date.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import MO, relativedelta, weekday

from .model import PartialDate

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTH = r"(?P<month>[a-z]+)\.?"
LEADING = re.compile(r"^(on|in|at|during|by) ")
# A news article's dates lie within this many years of its publication: "9999" or "the past
# 3000 years" is a typo or a figure of speech, reported as an error rather than resolved.
SPAN_YEARS = 200
YEARS_BACK = r"(?P<nearly>nearly |almost )?(?:the past |the last )?(?P<n>two|three|four|five|\d+)[- ]years?"


class DateError(ValueError):
    """An expression the grammar does not know, or a day that does not exist."""


def _fmt_day(d: dt.date) -> str:
    return f"{d.day} {d:%b %Y}"


def _month_end(d: dt.date) -> dt.date:
    return d + relativedelta(day=31)


def _day(d: dt.date, words: str) -> PartialDate:
    return PartialDate(d, d, "day", _fmt_day(d), words)


def _days(start: dt.date, end: dt.date, words: str, label: str | None = None) -> PartialDate:
    if label is None:
        label = (
            f"{start.day}–{end.day} {end:%b %Y}"
            if (start.year, start.month) == (end.year, end.month)
            else f"{_fmt_day(start)} – {_fmt_day(end)}"
        )
    return PartialDate(start, end, "days", label, words)


def _month(year: int, month: int, words: str) -> PartialDate:
    start = dt.date(year, month, 1)
    return PartialDate(start, _month_end(start), "month", f"{start:%b %Y}", words)


def _year(year: int, words: str) -> PartialDate:
    return PartialDate(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", str(year), words)


def _month_number(name: str) -> int:
    if name not in MONTHS:
        raise DateError(f"unknown month {name!r}")
    return MONTHS[name]


def _date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as err:
        raise DateError(f"impossible date: {err}") from None


def _relative(text: str, ref: dt.date, words: str) -> PartialDate | None:
    """Expressions that count from the publication date."""
    if text in WEEKDAYS:
        day = ref + relativedelta(weekday=weekday(WEEKDAYS.index(text))(-1))
        return _day(day, words)
    if text == "last week":
        monday = ref + relativedelta(weekday=MO(-1), weeks=-1)
        return PartialDate(monday, monday + dt.timedelta(days=6), "week", f"week of {_fmt_day(monday)}", words)
    if text == "earlier this week":
        monday = ref + relativedelta(weekday=MO(-1))
        end = max(monday, ref - dt.timedelta(days=1))
        return _days(monday, end, words)
    if text in ("the days before", "the preceding days"):
        return _days(ref - dt.timedelta(days=6), ref - dt.timedelta(days=1), words, f"days before {_fmt_day(ref)}")
    if text == "last month":
        first = ref + relativedelta(months=-1, day=1)
        return _month(first.year, first.month, words)
    if text == "last year":
        return _year(ref.year - 1, words)
    if text == "next year":
        return _year(ref.year + 1, words)
    if text in ("the past year", "the last year"):
        start = ref + relativedelta(years=-1)
        return _days(start, ref, words, f"{start:%b %Y} – {ref:%b %Y}")
    if m := re.fullmatch(YEARS_BACK, text):
        count = {"two": 2, "three": 3, "four": 4, "five": 5}.get(m["n"]) or int(m["n"])
        if count > SPAN_YEARS:
            raise DateError(f"{words!r} reaches more than {SPAN_YEARS} years before publication")
        start = ref + relativedelta(years=-count)
        if m["nearly"]:  # the period began less than `count` years ago: say so, do not stretch it
            return _days(start, ref, words, f"nearly {count} years to {ref:%b %Y}")
        return _days(start, ref, words, f"{start:%b %Y} – {ref:%b %Y}")
    if text == "recent months":
        start = ref + relativedelta(months=-3, day=1)
        return _days(start, ref, words, f"{start:%b %Y} – {ref:%b %Y}")
    if m := re.fullmatch(rf"{MONTH} last year", text):
        return _month(ref.year - 1, _month_number(m["month"]), words)
    if m := re.fullmatch(r"(?:(?P<year>\d{4}) )?new year['’]s(?: day| address)?", text):
        return _day(dt.date(int(m["year"] or ref.year), 1, 1), words)
    if m := re.fullmatch(rf"{MONTH} (?P<day>\d{{1,2}})(?:-(?P<last>\d{{1,2}}))?", text):
        month = _month_number(m["month"])
        year = ref.year if month <= ref.month else ref.year - 1
        start = _date(year, month, int(m["day"]))
        if m["last"]:
            return _days(start, _date(year, month, int(m["last"])), words)
        return _day(start, words)
    return None


def _absolute(text: str, words: str) -> PartialDate | None:
    """Expressions that name their year."""
    if m := re.fullmatch(rf"{MONTH} (?P<day>\d{{1,2}}), (?P<year>\d{{4}})", text):
        return _day(_date(int(m["year"]), _month_number(m["month"]), int(m["day"])), words)
    if m := re.fullmatch(rf"{MONTH} (?P<year>\d{{4}})", text):
        return _month(int(m["year"]), _month_number(m["month"]), words)
    if m := re.fullmatch(r"(?P<year>\d{4})", text):
        return _year(int(m["year"]), words)
    if m := re.fullmatch(r"the end of (?P<year>\d{4})", text):
        year = int(m["year"])
        return _days(dt.date(year, 11, 1), dt.date(year, 12, 31), words, f"late {year}")
    if m := re.fullmatch(r"the early (?P<decade>\d{3}0)s", text):
        decade = int(m["decade"])
        return PartialDate(dt.date(decade, 1, 1), dt.date(decade + 3, 12, 31), "years", f"early {decade}s", words)
    return None


def resolve(words: str, published: dt.date) -> PartialDate:
    """The period `words` means in an article published on `published`.

    "since X" is the period from X up to publication. A day and month without a year
    ("June 12", "June 12-13") is in the publication year, or the year before when its
    month comes after the publication's month.
    """
    text = LEADING.sub("", " ".join(words.lower().split()))
    since = text.startswith("since ")
    if since:
        text = LEADING.sub("", text.removeprefix("since "))
    try:
        found = _absolute(text, words) or _relative(text, published, words)
    except (ValueError, OverflowError) as err:  # year 0, or arithmetic past the calendar's ends
        if isinstance(err, DateError):
            raise
        raise DateError(f"{words!r} is not a date the calendar holds") from None
    if found is None:
        raise DateError(f"unknown date expression {words!r}")
    if abs(found.start.year - published.year) > SPAN_YEARS or abs(found.end.year - published.year) > SPAN_YEARS:
        raise DateError(f"{words!r} is more than {SPAN_YEARS} years from the publication date {published.year}")
    if since:
        return PartialDate(found.start, published, "days", f"since {found.label}", words)
    return found
