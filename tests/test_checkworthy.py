"""Which sentences are worth checking, and in what order (core, no Sphinx)."""

from __future__ import annotations

from pathlib import Path

from sphinx_factcheck.core.checkworthy import rank_candidates, signals_of
from sphinx_factcheck.core.text import split_sentences

SUMMIT = (Path(__file__).parent / "data" / "summit-ap.txt").read_text(encoding="utf-8")


def test_a_quote_and_its_said_count_once_and_a_named_speaker_adds_one() -> None:
    quote = "“We will talk about all issues without haste,”"
    signals, anonymous = signals_of(f"{quote} he said.")
    assert signals == ("quote", "attribution")
    assert signals_of(f"{quote} Putin said.")[1] == anonymous + 1
    assert anonymous < signals_of("The summit lasted more than four hours.")[1]


def test_one_on_one_is_no_quantity_and_interests_no_superlative() -> None:
    signals, score = signals_of("They met one on one to discuss their interests.")
    assert (signals, score) == ((), 0)
    assert "number" in signals_of("Two missiles were fired.")[0]
    assert "superlative or first" in signals_of("It was the largest launch center.")[0]


def test_sanctions_and_violations_are_legal_statements() -> None:
    signals, score = signals_of("Buying weapons would violate international sanctions.")
    assert signals == ("legal",)
    assert score >= 3


def test_summit_ranking_puts_facts_first_and_keeps_boilerplate_out() -> None:
    ranked = rank_candidates(split_sentences(SUMMIT))
    texts = [candidate.sentence.text for candidate in ranked]
    top = " ".join(texts[:25])
    for fact in (
        "lasted more than four hours",
        "lasted about 40 seconds",
        "fired two ballistic missiles",
        "would violate existing sanctions",
        "respect the sanctions regime",
        "Russia complies with sanctions",
    ):
        assert fact in top
    assert not any("Advertis" in text or "comment" in text.lower() for text in texts)
    scores = [candidate.score for candidate in ranked]
    assert scores == sorted(scores, reverse=True)
