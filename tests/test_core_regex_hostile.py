"""The core's regular expressions on hostile text: same answers as before, and they finish.

Each rewritten pattern is compared with its earlier, backtracking form (rebuilt
from the new one by undoing the rewrite) on random short strings, then run on
inputs of 20,000 characters that made the earlier form quadratic or worse.
A regression shows as a test that hangs, not as a timing.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sphinx_factcheck.core import boilerplate, speaker
from sphinx_factcheck.core.boilerplate import BOILERPLATE_PATTERNS, boilerplate_reason
from sphinx_factcheck.core.speaker import speaker_of
from sphinx_factcheck.core.text import split_sentences

HOSTILE_LENGTH = 20_000
HOSTILE_UNITS = (
    " ",
    "a",
    "A",
    "1",
    "1,",
    "©",
    "»",
    "\n",
    "- ",
    "12 ",
    "quoted ",
    "by Aa ",
    "page 1 ",
    "photo ",
    "Aa ",
)
#: Pieces of the lines these patterns are written for, shuffled into random lines.
TOKENS = (
    "photo",
    "Photo",
    "by",
    "By",
    "page",
    "Seite",
    "1",
    "12",
    "2020",
    "5,",
    "of",
    " ",
    "  ",
    "   ",
    "(",
    ")",
    ":",
    "|",
    "-",
    "·",
    "+",
    "©",
    "A",
    "Smith",
    "Jane",
    "von",
    "quoted",
    "as",
    "saying",
    "September",
    "Sept.",
    "5th",
    "tel",
    "Phone",
    "@",
    ".",
    "ab",
    "Getty Images",
    "credit",
    "\n",
    "\t",
    "x",
)

lines = st.lists(st.sampled_from(TOKENS), max_size=14).map("".join)


def _before(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as it was before the rewrite: unanchored, no possessive quantifiers."""
    source = pattern.pattern
    if source.startswith(r"\A(?:") and source.endswith(")"):
        source = source[len(r"\A(?:") : -1]
    for new, old in (
        (r"(?<!\s)", ""),
        (r"(?<![^\W\d_])", ""),
        ("*+", "*"),
        ("++", "+"),
        ("{2,}+", "{2,}"),
        (".{1,200}?", ".+?"),
    ):
        source = source.replace(new, old)
    return re.compile(source, pattern.flags)


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span() if match else None


@settings(max_examples=300, deadline=None)
@given(lines)
def test_boilerplate_patterns_match_the_same_lines_as_before(line: str) -> None:
    for reason, pattern in BOILERPLATE_PATTERNS:
        assert _span(pattern.fullmatch(line)) == _span(_before(pattern).fullmatch(line)), reason


@settings(max_examples=300, deadline=None)
@given(lines)
def test_trailing_byline_removes_the_same_text_as_before(line: str) -> None:
    pattern = boilerplate._TRAILING_BYLINE
    assert pattern.sub("", line) == _before(pattern).sub("", line)


@settings(max_examples=300, deadline=None)
@given(lines)
def test_month_day_year_finds_the_same_dates_as_before(line: str) -> None:
    pattern = boilerplate._MONTH_DAY_YEAR
    assert [(m.span(), m.groups()) for m in pattern.finditer(line)] == [
        (m.span(), m.groups()) for m in _before(pattern).finditer(line)
    ]


@settings(max_examples=300, deadline=None)
@given(lines)
def test_quoted_as_saying_finds_the_same_name_as_before(line: str) -> None:
    pattern = speaker._QUOTED_AS_SAYING
    new, old = pattern.search(line), _before(pattern).search(line)
    assert (new and (new.span(), new.groups())) == (old and (old.span(), old.groups()))


def test_before_undoes_the_rewrite() -> None:
    """The equivalence tests compare with the real earlier forms (spot checks)."""
    photo = dict(BOILERPLATE_PATTERNS)["photo credit"]
    assert _before(photo).pattern.startswith(r".{0,400}?[\s(]*\b(photo")
    assert _before(boilerplate._TRAILING_BYLINE).pattern.startswith(r"\s+(?i:by|von|par|por)\s+")
    assert _before(speaker._QUOTED_AS_SAYING).pattern == r"\bquoted\s+(.+?)\s+as\s+saying\b"
    assert _before(boilerplate._MONTH_DAY_YEAR).pattern.startswith(r"([^\W\d_]+)\.?\s+")


@pytest.mark.parametrize("unit", HOSTILE_UNITS, ids=repr)
def test_patterns_finish_on_hostile_text(unit: str) -> None:
    text = unit * (HOSTILE_LENGTH // len(unit))
    patterns = [pattern for _, pattern in BOILERPLATE_PATTERNS]
    patterns += [
        boilerplate._TRAILING_BYLINE,
        boilerplate._MONTH_DAY_YEAR,
        speaker._QUOTED_AS_SAYING,
    ]
    for pattern in patterns:
        pattern.fullmatch(text)
        pattern.sub("", text)
        assert all(match.end() <= len(text) for match in pattern.finditer(text))


@pytest.mark.parametrize(
    "unit", ["»", "« a ", "“a” ", " ", "quoted ", "1,", "said ", ", said ", "» said "], ids=repr
)
def test_functions_finish_on_hostile_text(unit: str) -> None:
    text = unit * (HOSTILE_LENGTH // len(unit))
    boilerplate_reason(text)
    assert speaker_of(text) is None
    assert all(sentence.text for sentence in split_sentences(text))


def test_many_curly_quotes_split_like_straight_ones() -> None:
    """A paragraph with hundreds of quote marks is split as if they were straight quotes."""
    curly = " ".join(f"He said «word {n}» here." for n in range(150))
    straight = curly.replace("«", '"').replace("»", '"')
    assert [(s.start, s.end) for s in split_sentences(curly)] == [
        (s.start, s.end) for s in split_sentences(straight)
    ]
    assert split_sentences(curly)[0].text == "He said «word 0» here."


def test_speaker_is_found_in_a_long_sentence() -> None:
    """Reading only near each verb still finds the name, wherever the verb is."""
    filler = "the talks went on for hours and nothing was agreed " * 200
    assert speaker_of(filler + "Jane Smith, a spokesperson for the ministry, said.") == (
        "Jane Smith"
    )
    assert speaker_of("“We will win,” said Jane Smith, " + filler) == "Jane Smith"
    assert speaker_of(filler + "according to Jane Smith " + filler) == "Jane Smith"
