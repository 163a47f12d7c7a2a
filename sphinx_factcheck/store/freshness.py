"""Keep pages that show collected data fresh in incremental builds, and only those."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx_factcheck.core.page_digest import ProjectView, page_digests
from sphinx_factcheck.store.derived import report_index
from sphinx_factcheck.store.domain import get_domain

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


def outdated_displays(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """The pages whose digest of collected data changed since they were last written.

    Runs once after reading: each page that shows collected data (a report,
    a back-link, a role's badge, an annotated article) gets a digest of what
    it will show; a page whose digest changed is rewritten, every other page
    is not. Computing the derived data here also means it is computed once,
    before parallel writers fork.
    """
    domain = get_domain(env)
    view = ProjectView(
        index=domain.index,
        reports=report_index(env),
        annotation=domain.annotation,
        titles={docname: title.astext() for docname, title in env.titles.items()},
        claim_reviews=bool(app.config.factcheck_claimreview),
        withdrawals=domain.withdrawals(),
    )
    digests = page_digests(domain.page_inputs(), view)
    previous = domain.store["digests"]
    changed = [
        docname for docname in env.all_docs if digests.get(docname, "") != previous.get(docname, "")
    ]
    domain.store["digests"] = digests
    return sorted(changed)


def changed_files(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
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
