"""The ``desk-note`` directive: prose for the fact-checking desk, not for readers."""

from __future__ import annotations

from typing import ClassVar

from docutils import nodes

from sphinx_factcheck.directives.base import FactcheckDirective
from sphinx_factcheck.locale import _
from sphinx_factcheck.rendering.audience import desk_only
from sphinx_factcheck.rendering.components import component


class DeskNoteDirective(FactcheckDirective):
    """A note for the desk (any markup); the public build leaves it out."""

    has_content = True
    option_docs: ClassVar[dict[str, str]] = {}

    def run(self) -> list[nodes.Node]:
        self.report_unknown_options()
        note = desk_only(component("desk-note"))
        note += nodes.paragraph(
            "", "", nodes.strong("", _("Desk note")), classes=["fc-desk-note-title"]
        )
        self.state.nested_parse(self.content, self.content_offset, note)
        self.set_source_info(note)
        return [note]
