"""What ``init`` writes, as pure functions: claims, quotes, ids, option values."""

from __future__ import annotations

import textwrap
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from myst_parser.parsers.options import options_to_items

from sphinx_factcheck.cli.scaffold import (
    PROJECT_FILES,
    ScaffoldOptions,
    key_words_slug,
    myst_option,
    quote_for,
    scaffold_project,
    suggest_claims,
    title_of_text,
)
from sphinx_factcheck.core.text import Sentence, split_lines
from sphinx_factcheck.core.values import is_valid_id

SUMMIT = (Path(__file__).parent / "data" / "summit-ap.txt").read_text(encoding="utf-8")

single_line_text = (
    st.text(
        st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp")),
        min_size=1,
        max_size=60,
    )
    .map(lambda value: " ".join(value.split()))
    .filter(bool)
)


@given(single_line_text)
def test_option_values_read_back_unchanged_by_myst(value: str) -> None:
    items, state = options_to_items(f"quote: {myst_option(value)}")
    assert items == [("quote", value)]
    assert not state.has_comments


def test_plain_values_stay_plain_and_tricky_ones_are_quoted() -> None:
    assert myst_option("Kim met Putin on Wednesday.") == "Kim met Putin on Wednesday."
    assert myst_option("“Quoted,” he said.") == "“Quoted,” he said."
    assert myst_option('"Quoted," he said.') == '"\\"Quoted,\\" he said."'
    assert myst_option("Putin said: yes") == '"Putin said: yes"'


def test_summit_claims_quote_unique_single_lines_of_prose() -> None:
    claims = suggest_claims(SUMMIT, max_claims=25)
    assert len(claims) == 25
    boilerplate = [line.text for line in split_lines(SUMMIT) if line.boilerplate]
    for claim in claims:
        assert "\n" not in claim.quote
        assert SUMMIT.count(claim.quote) == 1
        assert not any(claim.quote in line for line in boilerplate)
        assert is_valid_id(claim.id)
    assert len({claim.id for claim in claims}) == len(claims)
    by_quote = {claim.quote: claim for claim in claims}
    summit_length = next(c for q, c in by_quote.items() if "more than four hours" in q)
    assert summit_length.id == "meeting-lasted-four-hours-russias"
    assert summit_length.claimant is None
    guterres = next(c for q, c in by_quote.items() if "sanctions regime" in q)
    assert guterres.claimant == "Antonio Guterres"


def test_statement_drops_the_dateline_but_the_quote_keeps_it() -> None:
    first = suggest_claims(SUMMIT, max_claims=1)[0]
    assert first.quote.startswith("SEOUL, South Korea (AP) — North Korea’s Kim Jong Un")
    assert first.statement.startswith("North Korea’s Kim Jong Un pledged")
    assert first.claimant == "Kim Jong Un"


def test_a_hard_wrapped_sentence_quotes_its_longest_line() -> None:
    text = "Intro.\n\nThe council voted on Monday\nto spend 40 percent of the budget on schools.\n"
    start = text.index("The council")
    sentence = Sentence(start, len(text) - 1, text[start:-1], 1)
    assert quote_for(text, sentence) == "to spend 40 percent of the budget on schools."


def test_a_sentence_that_occurs_twice_gets_no_quote() -> None:
    text = "Prices rose 40 percent in May.\n\nPrices rose 40 percent in May.\n"
    sentence = Sentence(0, 30, text[:30], 0)
    assert quote_for(text, sentence) is None


def test_ids_are_key_words() -> None:
    assert key_words_slug("The meeting, which lasted more than four hours at the port") == (
        "meeting-lasted-four-hours-port"
    )


def test_title_is_the_first_headline_like_line_after_the_page_furniture() -> None:
    assert title_of_text(SUMMIT) == (
        "North Korea’s Kim pledges full support to Moscow at summit with Putin in Russia"
    )
    assert title_of_text("This is a sentence, not a headline.\n") is None


def test_project_files_and_their_links() -> None:
    files = scaffold_project(
        SUMMIT, ScaffoldOptions(title="Summit *check*", max_claims=3, language="en")
    )
    assert tuple(files) == PROJECT_FILES
    assert files["article.txt"] == SUMMIT
    assert "project = 'Summit *check*'" in files["conf.py"]
    assert files["index.md"].startswith("# Summit \\*check\\*\n")
    assert ":source: summit-check-source" in files["article.md"]
    assert "```{source} summit-check-source" in files["sources.md"]
    assert files["claims.md"].count("```{claim}") == 3
    # No :status: line: without a verdict a claim is unchecked, and a verdict added
    # later publishes it (an explicit earlier status would hold it back).
    assert ":status:" not in files["claims.md"]
    assert "\n:verdict:" not in files["claims.md"]


def test_hard_wrapped_article_quotes_the_line_that_says_most() -> None:
    wrapped = "\n\n".join(textwrap.fill(paragraph, width=72) for paragraph in SUMMIT.split("\n\n"))
    claims = suggest_claims(wrapped, max_claims=30)
    assert len(claims) == 30
    for claim in claims:
        assert "\n" not in claim.quote
        assert wrapped.count(claim.quote) == 1
    quotes = {claim.quote for claim in claims}
    assert any(
        q.startswith("Wednesday’s meeting came hours after North Korea fired two") for q in quotes
    )
