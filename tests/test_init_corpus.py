"""``init``'s reading rules held to a corpus of scraped-article shapes (core, no Sphinx).

Every article under ``tests/data/corpus/`` has a ``.expected.yaml`` written
before the rules were tuned on it: the lines that are page furniture, the
sentences that must (and must not) become candidate claims, who is quoted,
and the title, publisher and date ``init`` should find; ``known_misses``
lists furniture the rules are known not to find. The ``holdout-`` articles
were written after the first tuning, to measure how the rules generalise.
The articles, their outlets and people are invented.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from sphinx_factcheck.cli.article_reading import LoadedArticle, load_article
from sphinx_factcheck.cli.scaffold import SuggestedClaim, suggest_claims, title_of_text
from sphinx_factcheck.core.text import Line, split_lines

CORPUS = Path(__file__).parent / "data" / "corpus"
EXPECTATIONS = sorted(CORPUS.glob("*.expected.yaml"))


@dataclass(frozen=True)
class Reading:
    """What ``init`` makes of one corpus article, and what was expected of it."""

    expected: dict[str, Any]
    article: LoadedArticle
    title: str | None
    lines: list[Line]
    claims: list[SuggestedClaim]


@cache
def reading(name: str) -> Reading:
    expected = yaml.safe_load((CORPUS / name).read_text(encoding="utf-8"))
    article = load_article(CORPUS / expected["article"])
    title = article.title or title_of_text(article.text)
    claims = suggest_claims(article.text, 1000, expected["language"], title=title)
    return Reading(expected, article, title, split_lines(article.text), claims)


def boilerplate_score(read: Reading) -> tuple[list[str], list[str]]:
    """The expected furniture left as prose (misses) and prose flagged as furniture."""
    flagged = [
        " ".join(line.text.split()) for line in read.lines if line.boilerplate and line.text.strip()
    ]
    kept = [
        " ".join(line.text.split())
        for line in read.lines
        if not line.boilerplate and line.text.strip()
    ]
    expected = [" ".join(str(item).split()) for item in read.expected["boilerplate"]]
    neutral = {" ".join(str(item).split()) for item in read.expected.get("neutral") or []}
    known = {" ".join(str(item).split()) for item in read.expected.get("known_misses") or []}
    misses = [
        item
        for item in expected
        if item not in known and item not in flagged and any(item in line for line in kept)
    ]
    wrong = [
        line
        for line in flagged
        if line not in neutral and not any(item in line or line in item for item in expected)
    ]
    return misses, wrong


def statements(read: Reading) -> list[str]:
    return [" ".join(claim.statement.split()) for claim in read.claims]


def ids_of(paths: list[Path]) -> list[str]:
    return [path.name.removesuffix(".expected.yaml") for path in paths]


corpus = pytest.mark.parametrize(
    "name", [path.name for path in EXPECTATIONS], ids=ids_of(EXPECTATIONS)
)


def test_the_corpus_is_varied() -> None:
    articles = [reading(path.name).expected for path in EXPECTATIONS]
    assert len(articles) >= 12
    assert {Path(item["article"]).suffix for item in articles} >= {".txt", ".md", ".html"}
    assert len({item["language"] for item in articles} - {"en"}) >= 2


@corpus
def test_page_furniture_is_flagged_and_prose_is_not(name: str) -> None:
    misses, wrong = boilerplate_score(reading(name))
    assert (misses, wrong) == ([], [])


@corpus
def test_check_worthy_sentences_are_candidates(name: str) -> None:
    read = reading(name)
    found = statements(read)
    missing = [
        item
        for item in read.expected["candidates"]
        if not any(item in statement for statement in found)
    ]
    assert missing == []


@corpus
def test_furniture_and_headlines_are_no_candidates(name: str) -> None:
    read = reading(name)
    found = statements(read)
    false = [
        statement
        for statement in found
        if any(item in statement for item in read.expected["not_candidates"])
    ]
    assert false == []


@corpus
def test_quotes_name_their_speaker(name: str) -> None:
    read = reading(name)
    speakers = {
        item: claim.claimant
        for item, _ in (read.expected["speakers"] or {}).items()
        for claim in read.claims
        if item in " ".join(claim.statement.split())
    }
    assert speakers == dict(read.expected["speakers"] or {})


@corpus
def test_title_publisher_and_date(name: str) -> None:
    read = reading(name)
    expected = read.expected
    if "title" in expected:
        assert read.title == expected["title"]
    assert read.article.metadata.get("publisher") == expected["publisher"]
    assert read.article.metadata.get("date") == expected["date"]
