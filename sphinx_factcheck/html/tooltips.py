"""In HTML, a verdict badge tells its description on hover: the scale's own words."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

if TYPE_CHECKING:
    from sphinx.application import Sphinx


class VerdictTooltips(SphinxPostTransform):
    """Turn described badges into ``<abbr title=...>`` for HTML only.

    Other builders print an abbreviation's explanation in the text, which would
    repeat the description after every badge; there the label alone stands.
    """

    default_priority = 900
    formats = ("html",)

    def run(self, **kwargs: Any) -> None:
        for badge in list(self.document.findall(nodes.inline)):
            description = badge.get("fc_description")
            if not description or "fc-verdict" not in badge["classes"]:
                continue
            abbr = nodes.abbreviation("", "", *badge.children, explanation=description,
                                      classes=badge["classes"])
            badge.replace_self(abbr)


def setup_verdict_tooltips(app: Sphinx) -> None:
    """Register the HTML tooltip transform."""
    app.add_post_transform(VerdictTooltips)
