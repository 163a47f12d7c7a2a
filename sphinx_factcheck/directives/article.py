"""The ``article`` directive: the text under review, from a file or the body."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from docutils import nodes

from sphinx_factcheck.core.model import ArticleRecord
from sphinx_factcheck.core.page_digest import ARTICLE_BODY, SHOWS
from sphinx_factcheck.core.text import normalise_newlines
from sphinx_factcheck.core.values import slugify
from sphinx_factcheck.directives.base import FactcheckDirective
from sphinx_factcheck.directives.files import FileRefusedError, locate, read_project_file
from sphinx_factcheck.locale import _
from sphinx_factcheck.rendering.badges import verbatim, xref
from sphinx_factcheck.rendering.components import component
from sphinx_factcheck.rendering.nodes import ArticlePlaceholder
from sphinx_factcheck.store.domain import get_domain
from sphinx_factcheck.store.ids import article_anchor
from sphinx_factcheck.warning_types import Problem, info, warn


class ArticleDirective(FactcheckDirective):
    """Declare an article: argument = a text file relative to the document, or a body.

    The text is shown once every document has been read, with the claims'
    quotes highlighted (see :mod:`sphinx_factcheck.rendering.article_body`); until then, and
    for builders that skip post-transforms, the placeholder holds the plain
    paragraphs.
    """

    optional_arguments = 1
    final_argument_whitespace = True
    has_content = True
    #: One line of help per option, for the generated reference; also the known options.
    option_docs: ClassVar[dict[str, str]] = {
        "id": "Stable id of the article; claims name it in :article:. Default: derived "
        "from the file name (or the document name for an inline article).",
        "title": "The article's headline.",
        "source": "The id of the source entry that describes where the article came from.",
        "encoding": "The text encoding of the file. Default: a byte-order mark's, else "
        "source_encoding (UTF-8), else the encoding charset-normalizer detects (with a note).",
    }

    def run(self) -> list[nodes.Node]:
        self.report_unknown_options()
        text, path = self._read_text()
        fallback_id = slugify(Path(path).stem if path else self.env.docname, max_words=6)
        article = ArticleRecord(
            id=self.id_option("id", fallback_id) or fallback_id,
            location=self.here,
            text=text,
            title=self.text_option("title"),
            source=self.text_option("source"),
            path=path,
        )
        get_domain(self.env).add_article(article)
        return [self._render(article)]

    def _read_text(self) -> tuple[str, str | None]:
        if not self.arguments:
            if not self.content:
                warn(
                    Problem.article_missing,
                    "article: give a file name as the argument or the article text as the body",
                    self.warn_location,
                )
            return "\n".join(self.content), None
        argument, relative = self.arguments[0].strip(), None
        try:
            relative, absolute = locate(self.env, argument)
            # Still a dependency when unreadable: the build notices when the file appears.
            self.env.note_dependency(absolute)
            read = read_project_file(self.env, relative, absolute, self.text_option("encoding"))
        except FileRefusedError as error:
            warn(
                Problem.article_missing,
                f"article: cannot read {argument!r}: {error}; the "
                "path is relative to this document's folder, or to the source folder when "
                "it starts with /",
                self.warn_location,
            )
            return "\n".join(self.content), relative
        get_domain(self.env).note_file(self.env.docname, read.absolute, read.digest)
        if read.detected_encoding:
            info(
                f"article: {read.relative} is not {self._default_encoding()} text; read it as "
                f"{read.detected_encoding} (give :encoding: {read.detected_encoding} to say so)",
                self.warn_location,
            )
        return normalise_newlines(read.text), read.relative

    def _default_encoding(self) -> str:
        return self.config.source_encoding or "utf-8-sig"

    def _render(self, article: ArticleRecord) -> nodes.container:
        container = component("article", ids=[article_anchor(article.id)])
        self.set_source_info(container)
        container["fc_article"] = article.id
        if article.title or article.source:
            header = nodes.paragraph(classes=["fc-article-header"])
            if article.title:
                header += nodes.strong("", article.title, classes=["fc-article-title"])
            if article.source:
                header += nodes.Text(
                    " — " + _("source:") + " " if article.title else _("Source:") + " "
                )
                header += xref("source", article.source, docname=self.env.docname)
            container += verbatim(header)
        placeholder = ArticlePlaceholder(
            "", fc_article=article.id, fc_docname=self.env.docname, fc_lineno=self.lineno
        )
        placeholder[SHOWS] = (ARTICLE_BODY, article.id)
        for block in article.text.split("\n\n"):
            lines = block.strip("\n")
            if lines.strip():
                placeholder += nodes.paragraph("", lines, classes=["fc-article-paragraph"])
        container += verbatim(placeholder)
        return container
