"""The ``source`` directive: one piece of evidence that claims cite."""

from __future__ import annotations

from typing import ClassVar

from docutils import nodes

from sphinx_factcheck.core.model import SourceRecord
from sphinx_factcheck.core.values import is_via_url
from sphinx_factcheck.directives.base import FactcheckDirective
from sphinx_factcheck.locale import _
from sphinx_factcheck.rendering.audience import desk_only
from sphinx_factcheck.rendering.badges import field, link_or_text, source_fields, verbatim
from sphinx_factcheck.rendering.components import card as source_card
from sphinx_factcheck.rendering.components import card_part
from sphinx_factcheck.rendering.reports.backlinks import backlinks_placeholder
from sphinx_factcheck.store.domain import get_domain
from sphinx_factcheck.store.ids import source_anchor
from sphinx_factcheck.warning_types import Problem, warn


class SourceDirective(FactcheckDirective):
    """Declare a source: argument = id, ``:title:`` required, body = notes."""

    optional_arguments = 1
    final_argument_whitespace = True
    has_content = True
    #: One line of help per option, for the generated reference; also the known options.
    option_docs: ClassVar[dict[str, str]] = {
        "title": "Required. The title as published.",
        "url": "An http(s) or relative URL of the source; shown as a link.",
        "publisher": "The organisation that published it.",
        "author": "Author or authors, as text.",
        "date": "Publication date, YYYY-MM-DD.",
        "accessed": "When you read it, YYYY-MM-DD.",
        "archived": "An http(s) URL of an archived copy (e.g. the Wayback Machine).",
        "kind": "Free-form kind of source, e.g. news, wire, official, dataset, reference.",
        "via": "The original this copy republishes: the id of another source, or an "
        'http(s) URL. Shown as "via …"; cite the copy you read and name the original.',
    }

    def run(self) -> list[nodes.Node]:
        self.report_unknown_options()
        source_id = self.id_value(self.arguments[0].strip() if self.arguments else None)
        title = self.text_option("title")
        if not source_id:
            warn(
                Problem.missing_field,
                "source: the id (the directive's argument) is "
                "missing; write ```{source} my-source-id",
                self.warn_location,
            )
            source_id = f"source-line-{self.lineno}"
        if not title:
            warn(
                Problem.missing_field,
                f"source {source_id!r} has no :title:; give the title as published",
                self.warn_location,
            )
        notes = card_part("text", "notes")
        self.state.nested_parse(self.content, self.content_offset, notes)
        source = SourceRecord(
            id=source_id,
            title=title or source_id,
            location=self.here,
            url=self.url_option("url"),
            publisher=self.text_option("publisher"),
            author=self.text_option("author"),
            date=self.date_option("date"),
            accessed=self.date_option("accessed"),
            archived=self.url_option("archived"),
            kind=self.text_option("kind"),
            via=self._via(),
            notes=notes.astext().strip(),
        )
        get_domain(self.env).add_source(source)
        return [self._render(source, notes)]

    def _via(self) -> str | None:
        value = self.text_option("via")
        if value is None or is_via_url(value):
            return self.url_option("via")
        return self.id_value(value)

    def _render(self, source: SourceRecord, notes: nodes.container) -> nodes.container:
        card = source_card("source", ids=[source_anchor(source.id)])
        self.set_source_info(card)
        card["fc_source"] = source.id
        title = link_or_text(source.url, source.title)
        card += verbatim(
            card_part(
                "header", "source-header", nodes.paragraph("", "", nodes.strong("", "", title))
            )
        )
        inner = card_part("body", "source-body")
        fields = source_fields(source, docname=self.env.docname)
        fields.insert(0, desk_only(field(_("ID"), nodes.literal("", source.id))))
        for rejected in self.rejected_values:
            fields += desk_only(field(_("Not understood"), nodes.Text(rejected)))
        inner += verbatim(fields)
        if len(notes):
            inner += notes
        card += inner
        card += backlinks_placeholder("source", source.id)
        return card
