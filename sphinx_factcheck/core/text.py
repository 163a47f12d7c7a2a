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

from sphinx_factcheck.core.boilerplate import (
    BOILERPLATE_PATTERNS,
    boilerplate_reason,
    context_reasons,
)

__all__ = [
    "BOILERPLATE_PATTERNS",
    "Line",
    "Paragraph",
    "Sentence",
    "boilerplate_reason",
    "normalise_newlines",
    "paragraphs_of",
    "split_lines",
    "split_paragraphs",
    "split_sentences",
]

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


def split_lines(text: str) -> list[Line]:
    """Every line with offsets and a boilerplate reason; repeated lines are flagged."""
    raws = text.split("\n")
    stripped = [raw.strip() for raw in raws]
    reasons: list[str | None] = []
    seen: set[str] = set()
    for raw, line in zip(raws, stripped, strict=True):
        reason = boilerplate_reason(raw)
        if reason is None and line and line in seen and len(line.split()) > 3:
            reason = "repeated line"
        if line:
            seen.add(line)
        reasons.append(reason)
    lines: list[Line] = []
    offset = 0
    for raw, reason in zip(raws, context_reasons(stripped, reasons), strict=True):
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
            if (
                line.boilerplate
                or not stripped
                or len(stripped.split()) > _SHORT_LINE_WORDS
                or _SENTENCE_END.search(stripped)
            ):
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


def split_sentences(
    text: str, language: str = "en", lines: Sequence[Line] | None = None
) -> list[Sentence]:
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
                sentences.extend(
                    _segment(text, run[0].start, run[-1].end, paragraph.index, language)
                )
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


#: Curly and angle quote marks: the sentence splitter pairs them, which takes quadratic time
#: on a run with very many. Above this many in one run, they are read as straight quotes.
_CURLY_QUOTES = re.compile("[«»“”„‟‹›]")
_MAX_CURLY_QUOTES = 200


@lru_cache(maxsize=4096)
def _boundaries(language: str, chunk: str) -> tuple[tuple[int, int], ...]:
    if len(_CURLY_QUOTES.findall(chunk)) > _MAX_CURLY_QUOTES:
        chunk = _CURLY_QUOTES.sub('"', chunk)  # same length: the offsets still hold
    try:
        raw = sentencex.get_sentence_boundaries(language, chunk)
    except Exception:
        raw = sentencex.get_sentence_boundaries("en", chunk)
    return tuple((int(b["start_index"]), int(b["end_index"])) for b in raw)
