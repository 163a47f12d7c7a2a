"""Directives and roles: what authors write. ``setup()`` registers these tables.

Directives parse options into records (:mod:`sphinx_factcheck.core.model`),
store them in the domain (:mod:`sphinx_factcheck.store`) and return nodes
built by :mod:`sphinx_factcheck.rendering`, with placeholders for what needs
the whole project. They may import core, store and rendering; nothing else
imports them.
"""

from __future__ import annotations

from docutils.parsers.rst import Directive
from sphinx.util.typing import RoleFunction

from sphinx_factcheck.directives.article import ArticleDirective
from sphinx_factcheck.directives.claim import ClaimDirective
from sphinx_factcheck.directives.claim_import import ClaimImportDirective
from sphinx_factcheck.directives.claim_parts import CorrectionDirective, EvidenceDirective
from sphinx_factcheck.directives.desk_note import DeskNoteDirective
from sphinx_factcheck.directives.flaw import FlawDirective
from sphinx_factcheck.directives.reports import REPORT_DIRECTIVES
from sphinx_factcheck.directives.roles import FactcheckXRefRole, VerdictRole
from sphinx_factcheck.directives.source import SourceDirective
from sphinx_factcheck.directives.withdrawal import WithdrawalDirective

#: Every directive, by name; each is also registered as ``fc:<name>``.
DIRECTIVES: dict[str, type[Directive]] = {
    "claim": ClaimDirective,
    "source": SourceDirective,
    "article": ArticleDirective,
    "evidence": EvidenceDirective,
    "correction": CorrectionDirective,
    "desk-note": DeskNoteDirective,
    "withdrawal": WithdrawalDirective,
    "claim-import": ClaimImportDirective,
    "flaw": FlawDirective,
    **REPORT_DIRECTIVES,
}

#: Every role, by name; each is also registered as ``fc:<name>``.
ROLES: dict[str, RoleFunction] = {
    "claim": FactcheckXRefRole(),
    "source": FactcheckXRefRole(),
    "article": FactcheckXRefRole(),
    "verdict": VerdictRole(),
}
