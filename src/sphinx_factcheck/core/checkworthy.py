"""Which sentences are worth checking: numbers, dates, quotes, attributions, firsts, law."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .text import Sentence

_NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                 r"thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|"
                 r"billion|billions|dozen|dozens|half|twice|percent")
_UNITS = r"seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century"

#: (signal, weight, pattern); a sentence's score is the sum of the signals it shows.
SIGNALS: tuple[tuple[str, int, re.Pattern[str]], ...] = (
    ("quote", 3, re.compile(r"[“\"«][^”\"»]{12,}[”\"»]")),
    ("number", 2, re.compile(rf"\b\d[\d,.]*\b|\b({_NUMBER_WORDS})\b", re.IGNORECASE)),
    ("date or duration", 2, re.compile(
        rf"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
        rf"april|may|june|july|august|september|october|november|december|(19|20)\d\d|"
        rf"{_UNITS})\b", re.IGNORECASE)),
    ("attribution", 2, re.compile(
        r"\b(said|says|told|stated|added|warned|accused|denied|deny|denies|claimed|reported|"
        r"according to|quoted|announced|confirmed|pledged|promised)\b", re.IGNORECASE)),
    ("superlative or first", 2, re.compile(
        r"\b(first|only|never|most|least|highest|lowest|largest|biggest|record|"
        r"unprecedented|\w+est)\b", re.IGNORECASE)),
    ("legal", 2, re.compile(
        r"\b(sanctions?|resolutions?|violat\w*|illegal|unlawful|law|treaty|ban|prohibit\w*|"
        r"compl(y|ies|iance)|security council)\b", re.IGNORECASE)),
)

#: Words ending in "-est" that are not superlatives.
_NOT_SUPERLATIVE = {"interest", "interests", "request", "west", "rest", "test", "tests", "best",
                    "honest", "forest", "suggest", "suggests", "invest", "protest", "guest",
                    "latest", "nest", "digest", "arrest", "contest", "modest", "manifest",
                    "harvest", "chest", "quest", "conquest", "priest", "pest", "earnest"}

_SPEAKER_AFTER = re.compile(
    r"\b(?:said|says|told|added|warned|stated)\s+((?:[A-Z][\w’'.-]+\s?){1,4})")
_SPEAKER_BEFORE = re.compile(
    r"((?:[A-Z][\w’'.-]+\s){0,3}[A-Z][\w’'.-]+),?\s+(?:\w+\s){0,1}"
    r"(?:said|says|told|added|warned|stated|pledged|promised)\b")
_ACCORDING_TO = re.compile(r"according to ((?:[A-Z][\w’'.-]+\s?){1,4})")
_NOT_NAMES = {"The", "A", "An", "It", "He", "She", "They", "We", "But", "And", "As", "In",
              "On", "After", "However", "Asked", "When", "This", "That", "There"}


@dataclass(frozen=True)
class Candidate:
    """A sentence worth checking, with why and, where it says, who said it."""

    sentence: Sentence
    score: int
    signals: tuple[str, ...]
    speaker: str | None = None


def signals_of(text: str) -> tuple[tuple[str, ...], int]:
    """The signals a sentence shows and its score."""
    found: list[str] = []
    score = 0
    for name, weight, pattern in SIGNALS:
        matches = [m.group(0) for m in pattern.finditer(text)]
        if name == "superlative or first":
            matches = [m for m in matches if m.lower() not in _NOT_SUPERLATIVE]
        if matches:
            found.append(name)
            score += weight
    return tuple(found), score


def speaker_of(text: str) -> str | None:
    """The person or body a sentence attributes its words to, when it names one."""
    for pattern in (_SPEAKER_AFTER, _ACCORDING_TO, _SPEAKER_BEFORE):
        match = pattern.search(text)
        if match:
            words = [w for w in match.group(1).strip(" ,.").split() if w not in _NOT_NAMES]
            if words and words[0][0].isupper():
                return " ".join(words).rstrip("’'s").strip() or None
    return None


def rank_candidates(sentences: Iterable[Sentence], minimum_score: int = 2) -> list[Candidate]:
    """Check-worthy sentences, best first (ties in reading order)."""
    candidates = []
    for sentence in sentences:
        signals, score = signals_of(sentence.text)
        if score >= minimum_score:
            candidates.append(Candidate(sentence, score, signals, speaker_of(sentence.text)))
    return sorted(candidates, key=lambda c: (-c.score, c.sentence.start))
