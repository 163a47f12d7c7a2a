"""The ``claim-import`` directive: reuse claims from another project's ``factcheck.json``.

Imported claims are shown as claim cards marked as imported, with a link back
to where they were checked, and recorded in the domain under prefixed ids, so
``{claim}`` links and reports treat them like the project's own claims.
Their sources, related claims, quotes and articles stay in the other project:
they are shown, but not checked against this one.
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes

from sphinx_factcheck.config import scale_of, statuses_of
from sphinx_factcheck.core.model import ClaimRecord, Origin
from sphinx_factcheck.core.queries import FILTER_NAMES, ClaimQuery, Ordering, select_claims
from sphinx_factcheck.core.report_specs import parse_claim_query
from sphinx_factcheck.core.schema import export_problems
from sphinx_factcheck.core.values import is_safe_url, is_valid_id, slugify
from sphinx_factcheck.core.workflow import derive_status
from sphinx_factcheck.directives.base import FactcheckDirective
from sphinx_factcheck.directives.files import FileRefusedError, locate, read_bytes
from sphinx_factcheck.rendering.badges import (
    badge_for,
    foreign_verdict_badge,
    link_or_text,
    verbatim,
    xref,
)
from sphinx_factcheck.rendering.cards import claim_card
from sphinx_factcheck.rendering.components import card_part, component
from sphinx_factcheck.store.domain import get_domain
from sphinx_factcheck.store.freshness import file_digest
from sphinx_factcheck.store.ids import claim_anchor, source_anchor
from sphinx_factcheck.warning_types import Problem, warn

if TYPE_CHECKING:
    pass


class ImportFileError(Exception):
    """The file to import cannot be used; the message says why."""


class ClaimImportDirective(FactcheckDirective):
    """Import claims: argument = another project's ``factcheck.json``, relative to the document."""

    optional_arguments = 1
    final_argument_whitespace = True
    has_content = False
    known_options: ClassVar[tuple[str, ...]] = (*FILTER_NAMES, "prefix", "url")

    def run(self) -> list[nodes.Node]:
        self.report_unknown_options()
        if not self.arguments or not self.arguments[0].strip():
            warn(
                Problem.import_failed,
                "claim-import: give the path of another project's "
                "factcheck.json as the argument, relative to this document",
                self.warn_location,
            )
            return []
        try:
            relative, absolute = locate(self.env, self.arguments[0].strip())
            # A missing file is a dependency too: the page is read again until it appears.
            self.env.note_dependency(absolute)
            export = self._load(relative, absolute)
        except (ImportFileError, FileRefusedError) as error:
            warn(Problem.import_failed, f"claim-import: {error}", self.warn_location)
            return []
        project = str(export["project"].get("name") or "")
        prefix = self._prefix(project)
        base_url = self.url_option("url")
        self._base_url = base_url if base_url and is_safe_url(base_url) else None
        origin_claims = [claim for claim in export["claims"] if not claim.get("origin")]
        selected = select_claims(origin_claims, self._query(export))
        if not selected:
            return []
        imported_ids = {prefix + claim["id"] for claim in selected}
        container = component("claim-import")
        self.set_source_info(container)
        domain = get_domain(self.env)
        for claim_data in selected:
            if not is_valid_id(prefix + claim_data["id"]):
                warn(
                    Problem.bad_id,
                    f"claim-import: imported claim id {claim_data['id']!r} "
                    "holds characters links cannot carry; it is shown but left out of "
                    "objects.inv",
                    self.warn_location,
                )
            record = self._record(claim_data, export, prefix, relative)
            domain.add_claim(record)
            container += self._render(record, claim_data, export, imported_ids)
        return [container]

    # -- reading ---------------------------------------------------------

    def _load(self, relative: str, absolute: str) -> dict[str, Any]:
        try:
            data = read_bytes(self.env, relative, absolute)
        except FileRefusedError as error:
            if not error.missing:
                raise ImportFileError(f"cannot read {self.arguments[0]!r}: {error}") from None
            raise ImportFileError(
                f"cannot read {self.arguments[0]!r} (tried {relative}): no such "
                "file; give the path of another project's factcheck.json, "
                "relative to this document"
            ) from None
        get_domain(self.env).note_file(self.env.docname, absolute, file_digest(data))
        try:
            export = json.loads(data.decode("utf-8-sig"))
        except UnicodeDecodeError as error:
            raise ImportFileError(
                f"cannot read {relative}: it is not UTF-8 ({error.reason} at "
                f"byte {error.start}); factcheck.json is always UTF-8"
            ) from None
        except json.JSONDecodeError as error:
            raise ImportFileError(
                f"{relative} is not JSON ({error}); give a factcheck.json "
                "written by sphinx-factcheck"
            ) from None
        except RecursionError:
            raise ImportFileError(
                f"{relative} nests its JSON too deeply to be a factcheck.json"
            ) from None
        try:
            problems = export_problems(export)
        except RecursionError:
            problems = ["it nests its JSON too deeply"]
        if problems:
            raise ImportFileError(
                f"{relative} is not a valid factcheck.json: {'; '.join(problems)}"
            )
        return dict(export)

    def _query(self, export: Mapping[str, Any]) -> ClaimQuery:
        """The filters, parsed as reports parse theirs, against the imported project's scale."""
        ordering = Ordering(
            tuple(entry["key"] for entry in export["scale"]), tuple(export["statuses"])
        )
        query, problems = parse_claim_query(
            self.options, ordering, "claim-import", whose="the imported project's"
        )
        for problem in problems:
            warn(Problem(problem.subtype), problem.message, self.warn_location)
        return query

    def _prefix(self, project: str) -> str:
        prefix = self.text_option("prefix")
        if prefix is None:
            return f"{slugify(project or 'imported', max_words=4)}:"
        if not is_valid_id(prefix + "x"):
            fallback = f"{slugify(prefix, max_words=4)}:"
            warn(
                Problem.bad_option,
                f"claim-import: :prefix: {prefix!r} would make ids that "
                "links cannot carry; use letters, digits and - _ . : (e.g. 'summit:'); "
                f"using {fallback!r}",
                self.warn_location,
            )
            return fallback
        return prefix

    def _origin_url(self, record: Mapping[str, Any], anchor: str) -> str | None:
        """Where the other project's HTML shows an object, when ``:url:`` is known.

        The export's ``href`` follows the other project's builder (html or
        dirhtml); an export without one is taken to use the html layout.
        """
        if self._base_url is None:
            return None
        href = record.get("href")
        if isinstance(href, str) and is_safe_url(href) and not href.startswith("/"):
            return posixpath.join(self._base_url, href)
        return posixpath.join(self._base_url, f"{record['docname']}.html") + "#" + anchor

    def _record(
        self, data: Mapping[str, Any], export: Mapping[str, Any], prefix: str, relative: str
    ) -> ClaimRecord:
        verdict, rejected = data.get("verdict"), []
        if verdict is not None and scale_of(self.config).get(verdict) is None:
            warn(
                Problem.unknown_verdict,
                f"claim-import: imported claim {data['id']!r} has "
                f"verdict {verdict!r}, which this project's scale lacks; add it to "
                "factcheck_verdicts or filter the claim out with :verdict:",
                self.warn_location,
            )
            rejected.append(f"verdict={verdict}")
            verdict = None
        status = derive_status(verdict, data["status"], statuses_of(self.config))
        if status != data["status"]:
            rejected.append(f"status={data['status']}")
        return ClaimRecord(
            id=prefix + data["id"],
            statement=data["statement"],
            location=self.here,
            verdict=verdict,
            status=status,
            sources=tuple(prefix + source for source in data["sources"]),
            claimant=data.get("claimant"),
            claim_date=data.get("claim_date"),
            appearance=data.get("appearance"),
            checked=data.get("checked"),
            checker=data.get("checker"),
            tags=tuple(data["tags"]),
            related=tuple(prefix + related for related in data["related"]),
            reasoning=data["reasoning"],
            rejected=(*data["rejected"], *rejected),
            origin=Origin(
                project=str(export["project"].get("name") or ""),
                id=data["id"],
                file=relative,
                url=self._origin_url(data, claim_anchor(data["id"])),
            ),
        )

    # -- rendering -------------------------------------------------------

    def _render(
        self,
        claim: ClaimRecord,
        data: Mapping[str, Any],
        export: Mapping[str, Any],
        imported_ids: set[str],
    ) -> nodes.container:
        # The reasoning arrives as plain text: paragraphs, shown as written.
        reasoning = verbatim(card_part("text", "reasoning"))
        for block in claim.reasoning.split("\n\n"):
            if block.strip():
                reasoning += nodes.paragraph("", block.strip())
        sources = {source["id"]: source for source in export["sources"]}
        card = claim_card(
            claim,
            self.env,
            badge=self._badge(claim, data, export),
            reasoning=reasoning,
            sources=[
                self._source_link(source_id, sources.get(source_id))
                for source_id in data["sources"]
            ],
            related=[
                xref("claim", related, docname=self.env.docname)
                if related in imported_ids
                else nodes.literal("", related)
                for related in claim.related
            ],
            quote=data.get("quote"),
        )
        self.set_source_info(card)
        return card

    def _badge(
        self, claim: ClaimRecord, data: Mapping[str, Any], export: Mapping[str, Any]
    ) -> nodes.inline:
        if claim.verdict or not data.get("verdict"):
            return badge_for(claim, self.config)
        labels = {entry["key"]: entry["label"] for entry in export["scale"]}
        return foreign_verdict_badge(labels.get(data["verdict"], data["verdict"]))

    def _source_link(self, source_id: str, source: Mapping[str, Any] | None) -> nodes.Node:
        if source is None:
            return nodes.literal("", source_id)
        origin_url = self._origin_url(source, source_anchor(source_id))
        return link_or_text(origin_url or source.get("url"), source["title"])
