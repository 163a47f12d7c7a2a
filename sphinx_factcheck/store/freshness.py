"""Keep pages that show collected data fresh in incremental builds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx_factcheck.store.domain import get_domain

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


def outdated_displays(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """Rewrite every page showing collected data when that data changed.

    Runs once after reading, so a claim edited on one page refreshes the
    reports, back-links and claim badges on every other page.
    """
    domain = get_domain(env)
    if domain.update_fingerprint():
        return [doc for doc in domain.displaying_docs() if doc in env.all_docs]
    return []
