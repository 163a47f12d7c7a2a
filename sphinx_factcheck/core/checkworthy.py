"""Which sentences are worth checking: numbers, dates, quotes, attributions, firsts, law."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sphinx_factcheck.core.speaker import speaker_of
from sphinx_factcheck.core.text import Sentence

__all__ = ["SIGNALS", "Candidate", "rank_candidates", "signals_of", "speaker_of"]

# "one" and "half" are left out: "one on one", "one of the few" are no quantities.
_NUMBER_WORDS = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|"
    r"millions?|billions?|trillions?|dozens?|twice|tens of|percent|per cent"
)
_UNITS = r"seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century"

#: (signal, weight, pattern); a sentence's score is the sum of the signals it shows.
#: Quantities and legal statements weigh most: they are what a fact-checker can verify.
SIGNALS: tuple[tuple[str, int, re.Pattern[str]], ...] = (
    ("quote", 2, re.compile(r"[“\"«„][^”\"»“]{12,}[”\"»“]")),
    ("number", 3, re.compile(rf"\d[\d,.]*\s*%?|\b({_NUMBER_WORDS})\b", re.IGNORECASE)),
    (
        "date or duration",
        2,
        re.compile(
            rf"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
            rf"april|may|june|july|august|september|october|november|december|(19|20)\d\d|"
            rf"{_UNITS})\b",
            re.IGNORECASE,
        ),
    ),
    (
        "attribution",
        2,
        re.compile(
            r"\b(said|says|told|stated|added|warned|accused|denied|deny|denies|claimed|reported|"
            r"according to|quoted|announced|confirmed|pledged|promised|sagte|sagt|erklärte|"
            r"betonte|laut|zufolge|dijo|afirmó|explicó|aseguró|según|a déclaré|a affirmé|"
            r"a assuré|a annoncé|selon)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "superlative or first",
        2,
        re.compile(
            r"\b(first|only|never|most|least|highest|lowest|largest|biggest|record|"
            r"unprecedented|\w{2,}est)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "legal",
        3,
        re.compile(
            r"\b(sanctions?|resolutions?|violat\w*|illegal|unlawful|laws?|treaty|bans?|banned|"
            r"prohibit\w*|compl(y|ies|iance)|security council|court|convicted|charged)\b",
            re.IGNORECASE,
        ),
    ),
)
_WEIGHTS = {name: weight for name, weight, _ in SIGNALS}
#: Added to a quote's score when the sentence names who said it.
SPEAKER_BONUS = 1

#: Words ending in "-est" that are not superlatives.
_NOT_SUPERLATIVE = {
    "interest",
    "interests",
    "request",
    "requests",
    "west",
    "rest",
    "test",
    "tests",
    "best",
    "honest",
    "forest",
    "suggest",
    "suggests",
    "invest",
    "protest",
    "protests",
    "guest",
    "guests",
    "latest",
    "nest",
    "digest",
    "arrest",
    "arrests",
    "contest",
    "modest",
    "manifest",
    "harvest",
    "chest",
    "quest",
    "conquest",
    "priest",
    "pest",
    "earnest",
    "unrest",
    "attest",
    "detest",
    "infest",
    "molest",
    "wrest",
    "crest",
    "zest",
    "behest",
    "budapest",
    "everest",
    "bucharest",
    "southwest",
    "northwest",
    "midwest",
}


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
    if "quote" in found and "attribution" in found:
        # a quote comes with its "said": one signal, not two; naming the speaker adds to it
        score -= _WEIGHTS["attribution"]
        if speaker_of(text):
            score += SPEAKER_BONUS
    return tuple(found), score


def rank_candidates(sentences: Iterable[Sentence], minimum_score: int = 2) -> list[Candidate]:
    """Check-worthy sentences, best first (ties in reading order)."""
    candidates = []
    for sentence in sentences:
        signals, score = signals_of(sentence.text)
        if score >= minimum_score:
            candidates.append(Candidate(sentence, score, signals, speaker_of(sentence.text)))
    return sorted(candidates, key=lambda c: (-c.score, c.sentence.start))
