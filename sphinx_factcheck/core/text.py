"""Article text structure: lines, paragraphs, boilerplate and sentences, with offsets.

Offsets are character positions into the article text exactly as read, so
that anchors, highlights and W3C selectors all point at the same characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import sentencex

_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november"
           "|december")
_SHORT_WEEKDAYS = "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
_SHORT_MONTHS = "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
#: "September 13, 2023", "13 Sept. 2023", with an optional weekday in front.
_DATE = (rf"(({_WEEKDAYS}|{_SHORT_WEEKDAYS})\.?,?\s+)?"
         rf"((({_MONTHS}|{_SHORT_MONTHS})\.?\s+\d{{1,2}}(st|nd|rd|th)?"
         rf"|\d{{1,2}}(st|nd|rd|th)?\s+({_MONTHS}|{_SHORT_MONTHS})\.?),?\s+\d{{4}})")
_TIME = r"\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?(\s*[a-z]{2,4})?"
_SHARE_TARGETS = (r"facebook|twitter|x|whatsapp|pinterest|linkedin|telegram|reddit|e-?mail|"
                  r"print|copy link|viber|tumblr|threads|mastodon|flipboard")
#: A capitalised name of up to four words, as in a byline.
_NAME = r"[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,3}"

#: (reason, pattern on the stripped line); a line matching one is boilerplate.
BOILERPLATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("advertising", re.compile(
        r"[\W_]*(advert(i)?(s|z)(e)?ments?|sponsored( content)?|ad)[\W_]*"
        r"((scroll to continue|continue reading|(story|article|content) continues)"
        r"( (below|with content))?( advertisement)?[\W_]*)?"
        r"|(story|article|content) continues below( (the )?advertisement)?[\W_]*",
        re.IGNORECASE)),
    ("comment form", re.compile(
        r"(please )?(enter|leave|post|add|write) (your|a) (comment|reply|name|email|e-mail)"
        r"( address)?( here)?[!.:]*|(leave a reply|cancel reply|comments?)[!.:]*"
        r"|leave a reply\W*cancel reply|save my name.*|you have entered an incorrect email.*"
        r"|your email address will not be published.*|required fields are marked.*"
        r"|(name|email|e-mail|website|comment)\s*\*?\s*:?|(post|submit) comment|submit|Δ",
        re.IGNORECASE)),
    ("weather header", re.compile(r"-?\d{1,3}([.,]\d)?\s*°?\s*[CF]", re.IGNORECASE)),
    ("date header", re.compile(
        rf"({_WEEKDAYS}),?\s+(({_MONTHS})\s+\d{{1,2}}|\d{{1,2}}\s+({_MONTHS})),?\s+\d{{4}}",
        re.IGNORECASE)),
    ("date header", re.compile(
        rf"((published|updated|posted|last updated|modified)( on)?:?\s+)?({_TIME},?\s+)?"
        rf"{_DATE}(,?\s+(at\s+)?{_TIME})?",
        re.IGNORECASE)),
    ("breadcrumb", re.compile(r"Home(?=[A-Z])\S.*|Home\s*[›»>/|].*")),
    ("navigation", re.compile(
        r"(most popular|most read|related( articles| posts| stories)?|read more|share( this)?|"
        r"subscribe|sign up|newsletter|follow us|trending( now)?|previous (article|post|story)|"
        r"next (article|post|story)|more from (the )?author|editor('?s'?)? picks?|"
        r"popular (posts|category|categories|stories)|recent (posts|comments)|"
        r"you (may|might) (also )?like|skip to (main )?content|load more|show more|loading|"
        r"(sign|log) (in|out)|tags?|home|menu|search)[\W\d\s]*",
        re.IGNORECASE)),
    ("share buttons", re.compile(
        rf"(((click to )?(share|tweet|post)( this)?( on| to| via)? )?({_SHARE_TARGETS})"
        r"( \(opens in new window\))?[\s,|·•/]*)+",
        re.IGNORECASE)),
    ("copyright", re.compile(
        r"(copyright\s*(©|\(c\))?|©|\(c\))\s*\d{4}.*|[^.!?]{0,120}all rights reserved\.?",
        re.IGNORECASE)),
    ("byline", re.compile(
        rf"(?i:by)\s+{_NAME}((\s*,\s*|\s+(?i:and)\s+|\s*&\s*){_NAME})*"
        r"(\s*[|,]\s*(?i:associated press|the associated press|ap|reuters|afp))?\.?")),
)

#: A short line next to boilerplate is part of the same page furniture (e.g. a city name).
_SHORT_LINE_WORDS = 3
_SENTENCE_END = re.compile(r"[.!?…:;\"”’]$")


@dataclass(frozen=True)
class Line:
    """One line of the article, with its offsets and why it is boilerplate (if it is)."""

    start: int
    end: int
    text: str
    boilerplate: str | None = None


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article's prose (never boilerplate)."""

    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class Paragraph:
    """Consecutive non-blank lines."""

    index: int
    lines: tuple[Line, ...]

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end


def normalise_newlines(text: str) -> str:
    """The text with ``\\n`` line ends only: the offsets of every anchor count on it."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def boilerplate_reason(line: str) -> str | None:
    """Why a single line is page furniture rather than article text, or None."""
    stripped = line.strip()
    if not stripped:
        return None
    for reason, pattern in BOILERPLATE_PATTERNS:
        if pattern.fullmatch(stripped):
            return reason
    return None


def split_lines(text: str) -> list[Line]:
    """Every line with offsets and a boilerplate reason; repeated lines are flagged."""
    lines: list[Line] = []
    offset = 0
    seen: set[str] = set()
    for raw in text.split("\n"):
        stripped = raw.strip()
        reason = boilerplate_reason(raw)
        if reason is None and stripped and stripped in seen and len(stripped.split()) > 3:
            reason = "repeated line"
        if stripped:
            seen.add(stripped)
        lines.append(Line(offset, offset + len(raw), raw, reason))
        offset += len(raw) + 1
    return _absorb_short_neighbours(lines)


def _absorb_short_neighbours(lines: list[Line]) -> list[Line]:
    """Mark short, unpunctuated lines that sit between boilerplate lines as boilerplate."""
    result = list(lines)
    changed = True
    while changed:
        changed = False
        for position, line in enumerate(result):
            stripped = line.text.strip()
            if (line.boilerplate or not stripped or len(stripped.split()) > _SHORT_LINE_WORDS
                    or _SENTENCE_END.search(stripped)):
                continue
            before = result[position - 1] if position else None
            after = result[position + 1] if position + 1 < len(result) else None
            if (before and before.boilerplate) or (after and after.boilerplate):
                result[position] = Line(line.start, line.end, line.text, "page header")
                changed = True
    return result


def split_paragraphs(text: str) -> list[Paragraph]:
    """Blocks of non-blank lines, separated by blank lines."""
    return paragraphs_of(split_lines(text))


def paragraphs_of(lines: Iterable[Line]) -> list[Paragraph]:
    """``lines`` (from :func:`split_lines`) grouped into runs of non-blank lines."""
    paragraphs: list[Paragraph] = []
    current: list[Line] = []
    for line in lines:
        if line.text.strip():
            current.append(line)
        elif current:
            paragraphs.append(Paragraph(len(paragraphs), tuple(current)))
            current = []
    if current:
        paragraphs.append(Paragraph(len(paragraphs), tuple(current)))
    return paragraphs


def split_sentences(text: str, language: str = "en",
                    lines: Sequence[Line] | None = None) -> list[Sentence]:
    """The sentences of every run of prose lines, boilerplate left out.

    ``lines`` are ``split_lines(text)`` when the caller has them already, so
    the boilerplate detection is not run twice.
    """
    sentences: list[Sentence] = []
    for paragraph in paragraphs_of(split_lines(text) if lines is None else lines):
        run: list[Line] = []
        for line in (*paragraph.lines, None):
            if line is not None and not line.boilerplate:
                run.append(line)
                continue
            if run:
                sentences.extend(_segment(text, run[0].start, run[-1].end, paragraph.index,
                                          language))
                run = []
    return sentences


def _segment(text: str, start: int, end: int, paragraph: int, language: str) -> list[Sentence]:
    chunk = text[start:end]
    found: list[Sentence] = []
    for boundary in _boundaries(language, chunk):
        first, last = boundary
        piece = chunk[first:last]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if not any(character.isalnum() for character in piece):
            continue  # stray punctuation of a garbled copy is not a sentence
        s, e = start + first + lead, start + last - trail
        found.append(Sentence(s, e, text[s:e], paragraph))
    return found


@lru_cache(maxsize=4096)
def _boundaries(language: str, chunk: str) -> tuple[tuple[int, int], ...]:
    try:
        raw = sentencex.get_sentence_boundaries(language, chunk)
    except Exception:
        raw = sentencex.get_sentence_boundaries("en", chunk)
    return tuple((int(b["start_index"]), int(b["end_index"])) for b in raw)
