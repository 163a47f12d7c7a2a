"""Keep pages that show collected data fresh in incremental builds."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path
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


def changed_files(app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str],
                  removed: set[str]) -> list[str]:
    """Documents whose article or import file changed, whatever its modification time.

    Sphinx compares modification times only, so a file restored from a backup
    or a checkout (older than the page) would otherwise go unnoticed.
    """
    outdated = []
    for docname, digests in get_domain(env).files_read().items():
        if docname in changed or docname in removed or docname not in env.all_docs:
            continue
        limit = env.config.factcheck_max_file_size
        if any(_digest_now(path, limit) != digest for path, digest in digests.items()):
            outdated.append(docname)
    return outdated


def file_digest(data: bytes) -> str:
    """The digest that tells whether a file changed, whatever its modification time."""
    return hashlib.sha256(data).hexdigest()


def _digest_now(path: str, limit: int) -> str | None:
    try:
        if not stat.S_ISREG(Path(path).stat().st_mode):
            return None
        with Path(path).open("rb") as stream:
            return file_digest(stream.read(limit + 1))
    except (OSError, ValueError):
        return None

