"""Compare the project with its last published build (``factcheck_published_json``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx_factcheck.config import statuses_of
from sphinx_factcheck.core.published import published_verdicts, unexplained_changes
from sphinx_factcheck.store.domain import get_domain
from sphinx_factcheck.warning_types import Problem, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


def check_published_record(app: Sphinx, env: BuildEnvironment) -> None:
    """Warn about every published verdict that changed or vanished without a correction."""
    setting = app.config.factcheck_published_json
    if not setting:
        return
    path = Path(app.confdir, setting)
    limit = app.config.factcheck_max_file_size
    try:
        if not path.is_file() or path.stat().st_size > limit:
            raise OSError(f"not a regular file of at most {limit} bytes")
        text = path.read_text(encoding="utf-8")
        export = json.loads(text)
    except (OSError, ValueError, RecursionError) as error:
        warn(
            Problem.bad_config,
            f"factcheck_published_json: cannot read {path}: {error}; "
            "no published verdicts to compare with",
            None,
        )
        return
    if not isinstance(export, dict):
        warn(Problem.bad_config, f"factcheck_published_json: {path} is not a factcheck.json", None)
        return
    domain = get_domain(env)
    withdrawn = [claim_id for withdrawal in domain.withdrawals() for claim_id in withdrawal.claims]
    changes = unexplained_changes(
        published_verdicts(export),
        domain.declared_index.claims.values(),
        statuses_of(app.config),
        withdrawn,
    )
    for change in changes:
        if change.claim is not None:
            location: object = change.claim.location.pair
        else:  # the claim is gone: point at it in the published record
            needle = json.dumps(change.claim_id)
            offset = text.find(f'"id": {needle}')
            line = text.count("\n", 0, offset) + 1 if offset >= 0 else 1
            location = f"{path}:{line}"
        warn(Problem(change.subtype), change.message, location)
