"""Finding a claim's quote in its article: exactly, after normalising, or approximately.

Three stages, the first that finds the quote wins:

1. *exact*: the quote occurs verbatim;
2. *normalised*: it occurs once white space and line breaks, typographic
   quotes and apostrophes, dashes, compatibility forms and case are
   normalised (still an exact anchor: only the spelling of those characters
   differs);
3. *fuzzy*: rapidfuzz's partial-ratio alignment on the normalised texts,
   snapped to word boundaries.

Every position is into the article text exactly as read (never into the
normalised copy), so highlights and W3C selectors point at the right
characters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz

MatchKind = Literal["exact", "normalised", "fuzzy"]

#: Typographic characters and the plain character they are read as.
_TYPOGRAPHIC = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′`´ʼ", "'"),
        **dict.fromkeys("“”„‟″«»", '"'),
        **dict.fromkeys("‐‑‒–—―−⁃﹘﹣－", "-"),
    }
)
#: Characters that print nothing; a scraped copy may hold them anywhere.
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class NormalisedText:
    """A normalised copy of a text and, per character, where it came from."""

    text: str
    #: ``origins[i]`` is the index in the original text of normalised character ``i``.
    origins: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original characters that produced normalised ``[start, end)``."""
        return self.origins[start], self.origins[end - 1] + 1


def _normal_form(character: str) -> str:
    if character in _INVISIBLE:
        return ""
    if character.isspace():
        return " "
    folded = unicodedata.normalize("NFKD", character.casefold()).translate(_TYPOGRAPHIC)
    # NFKD may turn a character into spaces (e.g. U+2002 is already caught above,
    # but "¨" becomes " ̈"); they must not start a new word.
    return "".join(" " if c.isspace() else c for c in folded)


@lru_cache(maxsize=64)
def normalise(text: str) -> NormalisedText:
    """Fold case, compatibility forms, quotes and dashes; collapse white space to one space."""
    characters: list[str] = []
    origins: list[int] = []
    for position, character in enumerate(text):
        for folded in _normal_form(character):
            if folded == " " and characters and characters[-1] == " ":
                continue
            characters.append(folded)
            origins.append(position)
    return NormalisedText("".join(characters), tuple(origins))


def normalise_quote(quote: str) -> str:
    """The quote as the normalised stage looks for it (no white space at the ends)."""
    return normalise(quote).text.strip(" ")


@dataclass(frozen=True)
class QuoteMatch:
    """Where a quote is in an article, and how sure that is.

    ``spans`` holds every equally good place for the exact stages (more than
    one: the quote is ambiguous) and the single best passage for a fuzzy
    match. When ``kind`` is None the quote was not found and ``spans`` holds
    the closest passage (if the article has any text), scoring ``score``.
    """

    kind: MatchKind | None
    score: float
    spans: tuple[tuple[int, int], ...]

    @property
    def found(self) -> bool:
        """True when the quote is anchored (exactly, normalised or fuzzily above threshold)."""
        return self.kind is not None

    @property
    def ambiguous(self) -> bool:
        """True when an exact stage found the quote more than once."""
        return len(self.spans) > 1

    def span(self, occurrence: int | None = None) -> tuple[int, int] | None:
        """The ``occurrence``-th (1-based) place; the first when None or out of range."""
        if not self.found or not self.spans:
            return None
        if occurrence is not None and 1 <= occurrence <= len(self.spans):
            return self.spans[occurrence - 1]
        return self.spans[0]


def locate_quote(text: str, quote: str, threshold: float = 80) -> QuoteMatch:
    """Find ``quote`` in ``text``: exact, then normalised, then fuzzy (>= ``threshold``)."""
    exact = _all_occurrences(text, quote)
    if exact:
        return QuoteMatch("exact", 100.0, tuple((start, start + len(quote)) for start in exact))
    normal_text = normalise(text)
    normal_quote = normalise_quote(quote)
    if not normal_quote:
        return QuoteMatch(None, 0.0, ())
    found = _all_occurrences(normal_text.text, normal_quote)
    if found:
        return QuoteMatch(
            "normalised",
            100.0,
            tuple(normal_text.original_span(start, start + len(normal_quote)) for start in found),
        )
    return _fuzzy(normal_text, normal_quote, threshold)


def _all_occurrences(text: str, needle: str) -> list[int]:
    """Every start of ``needle`` in ``text``, overlapping ones included."""
    if not needle:
        return []
    starts = []
    position = text.find(needle)
    while position != -1:
        starts.append(position)
        position = text.find(needle, position + 1)
    return starts


def _fuzzy(normal_text: NormalisedText, normal_quote: str, threshold: float) -> QuoteMatch:
    if not normal_text.text.strip():
        return QuoteMatch(None, 0.0, ())
    if len(normal_quote) > len(normal_text.text):
        # partial_ratio aligns the shorter string inside the longer: here the article
        # inside the quote, scoring 100 for any quote that merely contains the article.
        # The best passage is then the whole article, scored as a whole.
        raw_score = fuzz.ratio(normal_quote, normal_text.text)
        raw_start, raw_end = 0, len(normal_text.text)
    else:
        alignment = fuzz.partial_ratio_alignment(normal_quote, normal_text.text)
        if alignment is None:  # only with a score_cutoff, which is not given
            return QuoteMatch(None, 0.0, ())
        raw_score, raw_start, raw_end = alignment.score, alignment.dest_start, alignment.dest_end
    start, end = _snap_to_words(normal_text.text, raw_start, raw_end, normal_quote)
    score = round(float(raw_score), 1)
    if start >= end:
        return QuoteMatch(None, score, ())
    span = normal_text.original_span(start, end)
    return QuoteMatch("fuzzy" if score >= threshold else None, score, (span,))


def _snap_to_words(text: str, start: int, end: int, quote: str) -> tuple[int, int]:
    """Move the ends of an alignment to the nearest word boundaries, off white space.

    partial_ratio aligns a window as long as the quote, which often cuts a word
    ("he meeting" for "the meeting") or takes in the next comma; the checker
    should see whole words, and punctuation only where the quote has some.
    """
    for match in _WORD.finditer(text):
        word_start, word_end = match.span()
        if word_start < start < word_end:
            start = word_start if start - word_start <= word_end - start else word_end
        if word_start < end < word_end:
            end = word_end if word_end - end <= end - word_start else word_start
    keep_first = quote[:1].isspace() or not quote[:1].isalnum()
    keep_last = quote[-1:].isspace() or not quote[-1:].isalnum()
    while start < end and (text[start] == " " or not (keep_first or text[start].isalnum())):
        start += 1
    while end > start and (text[end - 1] == " " or not (keep_last or text[end - 1].isalnum())):
        end -= 1
    return start, end


def line_of(text: str, offset: int) -> int:
    """The 1-based line number of ``offset`` in ``text``."""
    return text.count("\n", 0, offset) + 1
