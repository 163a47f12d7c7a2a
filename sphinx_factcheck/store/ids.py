"""Stable HTML anchors of claims, copy flaws, sources and articles."""

from __future__ import annotations

from functools import lru_cache

from docutils import nodes


@lru_cache(maxsize=8192)
def claim_anchor(claim_id: str) -> str:
    """The HTML anchor of a claim."""
    return nodes.make_id(f"claim-{claim_id}")


@lru_cache(maxsize=8192)
def source_anchor(source_id: str) -> str:
    """The HTML anchor of a source."""
    return nodes.make_id(f"source-{source_id}")


def article_anchor(article_id: str) -> str:
    """The HTML anchor of an article."""
    return nodes.make_id(f"article-{article_id}")


def flaw_anchor(flaw_id: str) -> str:
    """The HTML anchor of a copy flaw's card."""
    return nodes.make_id(f"flaw-{flaw_id}")
