"""Quote anchoring in the pure core: exact, normalised, fuzzy, not found, ambiguous."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sphinx_factcheck.core.quotes import locate_quote, normalise, normalise_quote

ARTICLE = (
    "SEOUL (AP) — Kim met Putin on Wednesday.\n\n"
    "The meeting, which lasted more than four hours at Russia’s Far East\n"
    "spaceport, underscores how the two countries’ interests are aligning.\n"
    "Putin said: “We will talk about all issues without haste.”"
)


def found_text(text: str, quote: str, **kwargs: float) -> tuple[str | None, str]:
    match = locate_quote(text, quote, **kwargs)
    span = match.span()
    return match.kind, text[span[0] : span[1]] if span else ""


def test_exact_match_gives_the_verbatim_position() -> None:
    match = locate_quote(ARTICLE, "which lasted more than four hours")
    assert (match.kind, match.score) == ("exact", 100.0)
    start, end = match.spans[0]
    assert start == ARTICLE.index("which lasted")
    assert ARTICLE[start:end] == "which lasted more than four hours"


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # a line break in the article, one space in the quote
        (
            "at Russia’s Far East spaceport, underscores",
            "at Russia’s Far East\nspaceport, underscores",
        ),
        # straight apostrophe and quotes for typographic ones, case differs
        ("AT RUSSIA'S FAR EAST", "at Russia’s Far East"),
        (
            'Putin said: "we will talk about all issues',
            "Putin said: “We will talk about all issues",
        ),
        # hyphen-minus and double hyphen for an em dash, runs of white space
        ("SEOUL (AP) - Kim   met", "SEOUL (AP) — Kim met"),
        ("two countries' interests", "two countries’ interests"),
    ],
)
def test_normalised_match_is_exact_in_the_original_text(quote: str, expected: str) -> None:
    kind, text = found_text(ARTICLE, quote)
    assert kind == "normalised"
    assert text == expected


def test_normalised_offsets_survive_characters_that_expand() -> None:
    text = "Die ﬁnale Straße\u00a0führt – so heißt es – nach Osten."
    kind, found = found_text(text, "STRASSE führt - so heisst es")
    assert kind == "normalised"
    assert found == "Straße\u00a0führt – so heißt es"


def test_fuzzy_match_names_whole_words_and_scores_under_100() -> None:
    match = locate_quote(ARTICLE, "The meeting, which lasted more than five hours")
    assert match.kind == "fuzzy"
    assert 80 <= match.score < 100
    start, end = match.spans[0]
    assert ARTICLE[start:end] == "The meeting, which lasted more than four hours"


def test_under_the_threshold_the_closest_passage_is_kept() -> None:
    match = locate_quote(ARTICLE, "The summit lasted more than six days in Moscow", threshold=95)
    assert match.kind is None
    assert not match.found
    assert match.score < 95
    start, end = match.spans[0]
    assert "lasted more than" in ARTICLE[start:end]
    assert match.span() is None


def test_the_threshold_decides_between_fuzzy_and_not_found() -> None:
    quote = "The meeting, which lasted more than five hours"
    score = locate_quote(ARTICLE, quote).score
    assert locate_quote(ARTICLE, quote, threshold=score).kind == "fuzzy"
    assert locate_quote(ARTICLE, quote, threshold=score + 0.1).kind is None


def test_a_quote_found_twice_is_ambiguous_and_occurrence_picks_one() -> None:
    text = "Putin promised help. Later, putin promised HELP again."
    exact = locate_quote(text, "promised help")
    assert exact.kind == "exact"
    assert not exact.ambiguous  # the second differs in case: exact wins alone
    normalised = locate_quote(text, "Putin Promised Help")
    assert normalised.kind == "normalised"
    assert normalised.ambiguous
    assert [text[s:e] for s, e in normalised.spans] == [
        "Putin promised help",
        "putin promised HELP",
    ]
    assert normalised.span() == normalised.spans[0]
    assert normalised.span(2) == normalised.spans[1]
    assert normalised.span(3) == normalised.spans[0]  # out of range: the first


def test_overlapping_occurrences_all_count() -> None:
    assert locate_quote("aaaa", "aa").spans == ((0, 2), (1, 3), (2, 4))


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("", "anything"),
        ("some text", ""),
        ("some text", "   "),
        ("   \n ", "x"),
        ("text", "\u200b"),
        ("short", "a much longer quote than the text itself"),
    ],
)
def test_degenerate_inputs_are_not_found_without_crashing(text: str, quote: str) -> None:
    match = locate_quote(text, quote)
    assert match.kind in (None, "fuzzy")
    for start, end in match.spans:
        assert 0 <= start < end <= len(text)


def test_normalise_keeps_a_map_to_the_original() -> None:
    normal = normalise("A  “B”\n—C")
    assert normal.text == 'a "b" -c'
    assert [normal.origins[i] for i in range(len(normal.text))] == [0, 1, 3, 4, 5, 6, 7, 8]
    assert normalise_quote("  Hello\tWorld  ") == "hello world"


# -- properties ----------------------------------------------------------------


@st.composite
def text_and_substring(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(st.text(min_size=1, max_size=300))
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    return text, start, end


@settings(max_examples=300, deadline=None)
@given(text_and_substring())
def test_any_substring_is_found_at_its_place_or_an_equal_earlier_one(
    case: tuple[str, int, int],
) -> None:
    text, start, end = case
    quote = text[start:end]
    match = locate_quote(text, quote)
    assert match.kind == "exact"
    found_start, found_end = match.span() or (-1, -1)
    assert text[found_start:found_end] == quote
    assert found_start <= start
    assert (start, end) in match.spans


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.text(max_size=80), st.floats(0, 100))
def test_anchoring_arbitrary_unicode_never_crashes(text: str, quote: str, threshold: float) -> None:
    match = locate_quote(text, quote, threshold)
    assert match.kind in (None, "exact", "normalised", "fuzzy")
    assert 0 <= match.score <= 100
    for start, end in match.spans:
        assert 0 <= start < end <= len(text)
    if match.kind in ("exact", "normalised"):
        for start, end in match.spans:
            assert normalise_quote(quote) in normalise(text[start:end]).text


_PROSE = st.text(alphabet="abcdefghij KLMNOP,.;'’“”\"—–-\n\t", min_size=1, max_size=200)


@settings(max_examples=300, deadline=None)
@given(_PROSE, st.data())
def test_respelt_substrings_are_found_exactly_after_normalising(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    original = text[start:end]
    respelt = (
        original.upper()
        .replace("’", "'")
        .replace("“", '"')
        .replace("—", "-")
        .replace("\n", " ")
        .replace("\t", "  ")
    )
    if not normalise_quote(respelt):
        return  # only white space: nothing to anchor
    match = locate_quote(text, respelt)
    if match.kind == "exact":  # the respelling also occurs verbatim: that place wins
        assert all(text[s:e] == respelt for s, e in match.spans)
        return
    assert match.kind == "normalised"
    assert all(normalise_quote(respelt) in normalise(text[s:e]).text for s, e in match.spans)
    # every place is listed, so the one the quote was taken from is among them
    assert any(s <= start + len(original) and e >= start for s, e in match.spans)
