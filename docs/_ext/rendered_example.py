"""``rendered-example``: show a snippet's source, then the same snippet rendered live.

The code a reader copies is exactly the code that produced the result below
it, so the two cannot disagree::

    `````{rendered-example}
    ```{verdict} false
    ```
    `````
"""

from __future__ import annotations

from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective


class RenderedExample(SphinxDirective):
    """The content as a code block (``:language:``, default ``md``), then parsed."""

    has_content = True
    option_spec: ClassVar[dict[str, Any]] = {
        "language": directives.unchanged,
        "caption": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        source = "\n".join(self.content)
        code = nodes.literal_block(source, source, language=self.options.get("language", "md"))
        self.set_source_info(code)
        if "caption" in self.options:
            caption = nodes.caption("", self.options["caption"])
            code = nodes.container(
                "", caption, code, classes=["literal-block-wrapper"], literal_block=True
            )
        result = nodes.container(classes=["docs-example-result"])
        result += nodes.rubric("", "Result")
        self.state.nested_parse(self.content, self.content_offset, result)
        return [nodes.container("", code, result, classes=["docs-example"])]


def setup(app: Sphinx) -> dict[str, Any]:
    """Register ``rendered-example``."""
    app.add_directive("rendered-example", RenderedExample)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
