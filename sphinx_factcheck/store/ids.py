"""Stable HTML anchors of claims, copy flaws, sources and articles."""

from __future__ import annotations

from docutils import nodes


def claim_anchor(claim_id: str) -> str:
    """The HTML anchor of a claim."""
    return nodes.make_id(f"claim-{claim_id}")


def source_anchor(source_id: str) -> str:
    """The HTML anchor of a source."""
    return nodes.make_id(f"source-{source_id}")


def article_anchor(article_id: str) -> str:
    """The HTML anchor of an article."""
    return nodes.make_id(f"article-{article_id}")


def flaw_anchor(flaw_id: str) -> str:
    """The HTML anchor of a copy flaw's card."""
    return nodes.make_id(f"flaw-{flaw_id}")
