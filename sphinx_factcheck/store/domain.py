"""The ``fc`` domain: the single store of claims, copy flaws, sources and articles."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, cast

from docutils import nodes
from sphinx import addnodes
from sphinx.domains import Domain, ObjType
from sphinx.util.nodes import make_refnode

from sphinx_factcheck.config import is_public, scale_of, statuses_of
from sphinx_factcheck.core.annotation import ProjectAnnotation, annotate_project
from sphinx_factcheck.core.collection import (
    RECORD_KINDS,
    ProjectIndex,
    RecordKind,
    Reference,
    build_index,
)
from sphinx_factcheck.core.inventory import claim_display_name
from sphinx_factcheck.core.model import (
    ArticleRecord,
    ClaimRecord,
    FlawRecord,
    Location,
    SourceRecord,
    WithdrawalRecord,
    by_location,
)
from sphinx_factcheck.core.page_digest import (
    DESK_CONTENT,
    DESK_ONLY,
    SHOWS,
    PageInputs,
    Shown,
)
from sphinx_factcheck.core.report_results import ReportRecord
from sphinx_factcheck.core.values import is_valid_id
from sphinx_factcheck.core.wording import listing
from sphinx_factcheck.core.workflow import public_view
from sphinx_factcheck.locale import _
from sphinx_factcheck.rendering.badges import claim_reference_content
from sphinx_factcheck.store.consistency import check_project
from sphinx_factcheck.store.ids import article_anchor, claim_anchor, source_anchor
from sphinx_factcheck.warning_types import Problem, warn

if TYPE_CHECKING:
    from sphinx.addnodes import pending_xref
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment

DOMAIN_NAME = "fc"
#: The reference type of links to a document or an anchor in it (see rendering/links.py).
ANCHOR_REFTYPE = "anchor"

T = TypeVar("T")


class DomainData(TypedDict):
    """What the domain keeps per document (pickled with the environment)."""

    claims: dict[str, list[ClaimRecord]]
    sources: dict[str, list[SourceRecord]]
    articles: dict[str, list[ArticleRecord]]
    flaws: dict[str, list[FlawRecord]]
    references: dict[str, list[Reference]]
    reports: dict[str, list[ReportRecord]]
    withdrawals: dict[str, list[WithdrawalRecord]]
    #: absolute path -> digest of the files (articles, imports) a document's directives read
    files: dict[str, dict[str, str]]
    #: what each document shows of the collected data (recorded when it is read)
    shown: dict[str, list[Shown]]
    #: digest of what each document showed when it was last written (store/freshness.py)
    digests: dict[str, str]


#: The keys of :class:`DomainData` kept per document.
PER_DOCUMENT = (
    "claims",
    "sources",
    "articles",
    "flaws",
    "references",
    "reports",
    "withdrawals",
    "files",
    "shown",
    "digests",
)


class FactcheckDomain(Domain):
    """Claims, sources and articles of the whole project, per document."""

    name = DOMAIN_NAME
    label = _("Fact-check")
    object_types = {
        "claim": ObjType(_("claim"), "claim"),
        "source": ObjType(_("source"), "source"),
        "article": ObjType(_("article"), "article"),
    }
    initial_data = {
        "claims": {},  # docname -> list[ClaimRecord]
        "sources": {},  # docname -> list[SourceRecord]
        "articles": {},  # docname -> list[ArticleRecord]
        "flaws": {},  # docname -> list[FlawRecord]
        "references": {},  # docname -> list[Reference]
        "reports": {},  # docname -> list[ReportRecord]
        "withdrawals": {},  # docname -> list[WithdrawalRecord]
        "files": {},  # docname -> {absolute path: digest} of the files its directives read
        "shown": {},  # docname -> list[Shown]
        "digests": {},  # docname -> digest of what it showed when last written
    }
    # 2: ClaimRecord.origin; 3: ClaimRecord.occurrence; 4: reports; 5: files; 6: flaws;
    # 7: withdrawals; 8: digests per page
    data_version = 8

    def __init__(self, env: BuildEnvironment) -> None:
        super().__init__(env)
        #: Derived data, rebuilt on first use after any change; never pickled.
        self._index: ProjectIndex | None = None
        self._declared_index: ProjectIndex | None = None
        self._annotation: ProjectAnnotation | None = None
        self._derived: dict[str, tuple[ProjectIndex, Any]] = {}

    # -- storing ---------------------------------------------------------

    @property
    def store(self) -> DomainData:
        """The domain's data, typed."""
        return cast(DomainData, self.data)

    def _changed(self) -> None:
        self._index = None
        self._declared_index = None
        self._annotation = None
        self._derived.clear()

    def add_claim(self, claim: ClaimRecord) -> None:
        """Record a claim of the document being read."""
        self.store["claims"].setdefault(claim.location.docname, []).append(claim)
        self._changed()

    def add_source(self, source: SourceRecord) -> None:
        """Record a source of the document being read."""
        self.store["sources"].setdefault(source.location.docname, []).append(source)
        self._changed()

    def add_article(self, article: ArticleRecord) -> None:
        """Record an article of the document being read."""
        self.store["articles"].setdefault(article.location.docname, []).append(article)
        self._changed()

    def add_flaw(self, flaw: FlawRecord) -> None:
        """Record a copy flaw of the document being read."""
        self.store["flaws"].setdefault(flaw.location.docname, []).append(flaw)
        self._changed()

    def add_withdrawal(self, withdrawal: WithdrawalRecord) -> None:
        """Record a withdrawal notice of the document being read."""
        self.store["withdrawals"].setdefault(withdrawal.location.docname, []).append(withdrawal)
        self._changed()

    def withdrawals(self) -> list[WithdrawalRecord]:
        """Every withdrawal notice of the project, in document order."""
        return sorted(self._all("withdrawals"), key=by_location)

    def add_report(self, report: ReportRecord) -> None:
        """Record a report placed in the document being read."""
        self.store["reports"].setdefault(report.location.docname, []).append(report)
        self._changed()

    def note_file(self, docname: str, path: str, digest: str) -> None:
        """Remember the digest of a file ``docname`` read, to notice any change to it."""
        self.store["files"].setdefault(docname, {})[path] = digest

    def files_read(self) -> dict[str, dict[str, str]]:
        """``docname -> {path: digest}`` of the files directives read."""
        return self.store["files"]

    def claims_in(self, docname: str) -> list[ClaimRecord]:
        """The claims declared in one document so far, in order."""
        return list(self.store["claims"].get(docname, []))

    def flaws_in(self, docname: str) -> list[FlawRecord]:
        """The copy flaws declared in one document so far, in order."""
        return list(self.store["flaws"].get(docname, []))

    def clear_doc(self, docname: str) -> None:
        for key in PER_DOCUMENT:
            self.data[key].pop(docname, None)
        self._changed()

    def merge_domaindata(self, docnames: Iterable[str], otherdata: dict[str, Any]) -> None:
        for docname in docnames:
            for key in PER_DOCUMENT:
                if docname in otherdata[key]:
                    self.data[key][docname] = otherdata[key][docname]
        self._changed()

    def process_doc(self, env: BuildEnvironment, docname: str, document: nodes.document) -> None:
        # What the author wrote: fc roles and {any}; links the extension draws itself
        # (a card's :sources: and :related:) are fc_quiet and already in the records.
        written: list[addnodes.pending_xref] = []
        shown: dict[Shown, None] = {}
        for node in document.findall(_shows_collected_data):
            if isinstance(node, addnodes.pending_xref):
                shown[Shown(node["reftype"], node["reftarget"])] = None
                if not node.get("fc_quiet"):
                    written.append(node)
            elif isinstance(node, nodes.Element) and SHOWS in node.attributes:
                shown[Shown(*node[SHOWS])] = None
            if isinstance(node, nodes.Element) and node.get(DESK_ONLY):
                # A desk note on a page without cards: the public build must drop it.
                shown[Shown(DESK_CONTENT, "")] = None
        references = [
            Reference(
                node["reftype"],
                node["reftarget"],
                Location(docname, node.line or 0),
                _mark_spot(node, number),
            )
            for number, node in enumerate(written, start=1)
        ]
        self.store["references"][docname] = references
        if shown:
            self.store["shown"][docname] = list(shown)
        self._changed()
        for kind, records, what in (
            ("claim", self.claims_in(docname), "statement"),
            ("flaw", self.flaws_in(docname), "description"),
        ):
            derived = [record for record in records if record.derived_id]
            if derived:
                warn(
                    Problem.missing_id,
                    f"{len(derived)} {kind}(s) in this document have no :id:; derived "
                    f"{', '.join(repr(r.id) for r in derived)}. Add :id: so links, anchors "
                    f"and factcheck.json stay stable when the {what} changes",
                    derived[0].location.pair,
                )

    # -- reading ---------------------------------------------------------

    def _all(self, key: str) -> Iterator[Any]:
        per_document = cast(dict[str, list[Any]], self.data[key])
        for records in per_document.values():
            yield from records

    @property
    def index(self) -> ProjectIndex:
        """Claims, sources and articles by id, back-links and duplicates, as this build shows them.

        In the public build a claim not yet published has no verdict here, so
        every report, badge, highlight and index hides it alike.
        """
        if self._index is None:
            claims: Iterable[ClaimRecord] = self._all("claims")
            if is_public(self.env.config):
                statuses = statuses_of(self.env.config)
                claims = [public_view(claim, statuses) for claim in claims]
            self._index = build_index(
                claims,
                self._all("sources"),
                self._all("articles"),
                self._all("references"),
                self._all("flaws"),
            )
        return self._index

    @property
    def declared_index(self) -> ProjectIndex:
        """The index of everything as declared, unpublished verdicts included (the export)."""
        if not is_public(self.env.config):
            return self.index
        if self._declared_index is None:
            self._declared_index = build_index(
                self._all("claims"),
                self._all("sources"),
                self._all("articles"),
                self._all("references"),
                self._all("flaws"),
            )
        return self._declared_index

    @property
    def annotation(self) -> ProjectAnnotation:
        """Every claim's and flaw's quote anchored in its article, and each article's coverage."""
        if self._annotation is None:
            index = self.index
            self._annotation = annotate_project(
                index.claims_in_order(),
                sorted(index.articles.values(), key=by_location),
                self.env.config.factcheck_quote_threshold,
                self.env.config.factcheck_language,
                index.flaws_in_order(),
            )
        return self._annotation

    def reports(self) -> list[ReportRecord]:
        """Every report of the project, in document order."""
        return sorted(self._all("reports"), key=by_location)

    def references(self) -> list[Reference]:
        """Every role reference into the domain, in document order."""
        return sorted(self._all("references"), key=by_location)

    def derived(self, name: str, compute: Callable[[ProjectIndex], T]) -> T:
        """``compute(index)``, computed once per state of the collected data.

        The value is dropped whenever a record is added, cleared or merged, so
        it is never stale and never recomputed per page.
        """
        index = self.index
        cached = self._derived.get(name)
        if cached is None or cached[0] is not index:
            cached = (index, compute(index))
            self._derived[name] = cached
        return cast(T, cached[1])

    def has_content(self, docname: str) -> bool:
        """Whether the document shows anything of the extension (cards, links, reports)."""
        store = self.store
        return any(
            docname in store[key]
            for key in ("shown", "claims", "sources", "articles", "flaws", "reports", "withdrawals")
        )

    def page_inputs(self) -> dict[str, PageInputs]:
        """What each document shows of the collected data, as recorded when it was read."""
        store = self.store
        docnames = set(store["shown"]) | set(store["reports"]) | set(store["claims"])
        return {
            docname: PageInputs(
                store["shown"].get(docname, ()),
                store["reports"].get(docname, ()),
                store["claims"].get(docname, ()),
            )
            for docname in sorted(docnames)
        }

    # -- checking --------------------------------------------------------

    def check_consistency(self) -> None:
        """Warn once per build about ids that clash or point nowhere."""
        check_project(self.index, lambda docname: self.env.doc2path(docname, base=False))

    # -- resolving -------------------------------------------------------

    def resolve_xref(
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        typ: str,
        target: str,
        node: pending_xref,
        contnode: nodes.Element,
    ) -> nodes.reference | None:
        if typ == ANCHOR_REFTYPE:
            return _anchor_reference(builder, fromdocname, node, contnode)
        if typ not in RECORD_KINDS:
            return None
        kind = typ
        record = self.index.records(kind).get(target)
        anchor = ANCHOR_OF[kind](target)
        if record is None:
            # Reported by warn_unresolved, after intersphinx had its chance.
            contnode["classes"].append("fc-unresolved")
            return None
        if isinstance(record, ClaimRecord):
            contnode = claim_reference_content(
                record, contnode, bool(node.get("refexplicit")), env.config
            )
        elif isinstance(record, SourceRecord) and not node.get("refexplicit"):
            contnode = nodes.inline("", record.title, classes=["fc-source-title"])
        elif isinstance(record, ArticleRecord) and not node.get("refexplicit") and record.title:
            contnode = nodes.inline("", record.title)
        return make_refnode(
            builder, fromdocname, record.location.docname, anchor, contnode, _title_of(record)
        )

    def resolve_any_xref(
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        target: str,
        node: pending_xref,
        contnode: nodes.Element,
    ) -> list[tuple[str, nodes.reference]]:
        results = []
        for typ in RECORD_KINDS:
            if target in self.index.records(typ):
                quiet = node.deepcopy()
                quiet["fc_quiet"] = True
                resolved = self.resolve_xref(
                    env, fromdocname, builder, typ, target, quiet, contnode
                )
                if resolved is not None:
                    results.append((f"{DOMAIN_NAME}:{typ}", resolved))
        return results

    def get_objects(self) -> Iterator[tuple[str, str, str, str, str, int]]:
        index = self.index
        scale = scale_of(self.env.config)
        for claim in index.claims.values():
            verdict = scale.get(claim.verdict) if claim.verdict else None
            # Priority -1 keeps claims out of the search box's object results, which
            # split a name at its last "." (a sentence); full-text search finds them.
            yield from _inventory_entry(
                claim.id,
                claim_display_name(claim.statement, verdict.label if verdict else None),
                "claim",
                claim.location.docname,
                claim_anchor(claim.id),
                -1,
            )
        for source in index.sources.values():
            yield from _inventory_entry(
                source.id,
                source.title,
                "source",
                source.location.docname,
                source_anchor(source.id),
                1,
            )
        for article in index.articles.values():
            yield from _inventory_entry(
                article.id,
                article.title or article.id,
                "article",
                article.location.docname,
                article_anchor(article.id),
                1,
            )

    def get_full_qualified_name(self, node: nodes.Element) -> str | None:
        target = node.get("reftarget")
        return f"{DOMAIN_NAME}.{target}" if target else None


def _anchor_reference(
    builder: Builder, fromdocname: str, node: pending_xref, contnode: nodes.Element
) -> nodes.reference | None:
    """The link an ``anchor`` reference asks for, with the pending node's classes and ids."""
    todoc = node["fc_docname"]
    if todoc not in builder.env.all_docs:
        return None
    # Every child of the pending node, not only the first that Sphinx hands over.
    content = [child.deepcopy() for child in node.children] or [contnode]
    reference = make_refnode(
        builder,
        node.get("refdoc", fromdocname),
        todoc,
        node["fc_anchor"] or None,
        content,
        node.get("reftitle") or None,
    )
    reference["classes"].extend(node["classes"])
    reference["ids"].extend(node["ids"])
    return reference


def _shows_collected_data(node: nodes.Node) -> bool:
    """A reference into the domain (or ``{any}``), a placeholder filled from the data, or
    content only the desk sees."""
    if isinstance(node, addnodes.pending_xref):
        return bool(
            (node.get("refdomain") == DOMAIN_NAME and node["reftype"] in RECORD_KINDS)
            or node.get("reftype") == "any"
        )
    return isinstance(node, nodes.Element) and (
        SHOWS in node.attributes or bool(node.get(DESK_ONLY))
    )


def _mark_spot(node: pending_xref, number: int) -> str:
    """Place an anchor just before a claim reference, for the claim's "Mentioned in"."""
    if node["reftype"] not in ("claim", "any") or node.parent is None:
        return ""
    anchor = nodes.make_id(f"fc-mention-{number}")
    node.parent.insert(node.parent.index(node), nodes.target("", "", ids=[anchor]))
    return anchor


def _inventory_entry(
    name: str, display_name: str, typ: str, docname: str, anchor: str, priority: int
) -> Iterator[tuple[str, str, str, str, str, int]]:
    """One objects.inv entry, unless the id could forge lines (its bad_id was warned).

    objects.inv is one entry per line, fields split at spaces: an id with white
    space, or a display name with a line break, would add entries of its own.
    """
    if is_valid_id(name):
        yield name, " ".join(display_name.split()) or name, typ, docname, anchor, priority


def _title_of(record: Any) -> str:
    if isinstance(record, ClaimRecord):
        return record.statement
    if isinstance(record, SourceRecord):
        return record.title
    if isinstance(record, ArticleRecord):
        return record.title or record.id
    return ""


#: The HTML anchor of each kind of record.
ANCHOR_OF: dict[RecordKind, Callable[[str], str]] = {
    "claim": claim_anchor,
    "source": source_anchor,
    "article": article_anchor,
}

_UNKNOWN: dict[str, Problem] = {
    "claim": Problem.unknown_claim,
    "source": Problem.unknown_source,
    "article": Problem.unknown_article,
}


def report_unresolved(app: Any, domain: Domain | None, node: pending_xref) -> bool | None:
    """Report a ``{claim}``/``{source}``/``{article}`` target nobody resolved, in our terms.

    Sphinx emits this only after every resolver, intersphinx included, had its
    chance, so ``{claim}`other:some-id``` links found in an inventory never warn.
    """
    typ = node.get("reftype")
    if domain is None or domain.name != DOMAIN_NAME or typ not in _UNKNOWN:
        return None
    if node.get("fc_quiet"):
        return True  # drawn from an option: check_consistency reported it at the directive
    known = cast(FactcheckDomain, domain).index.records(typ)
    warn(
        _UNKNOWN[typ],
        f"no {typ} with id {node['reftarget']!r}; known {typ}s: {listing(known)}",
        node,
    )
    return True  # replaces Sphinx's own, less specific warning


def get_domain(env: BuildEnvironment) -> FactcheckDomain:
    """The project's :class:`FactcheckDomain`."""
    return cast(FactcheckDomain, env.get_domain(DOMAIN_NAME))
