"""The annotated article as generic docutils nodes: highlights, flaw marks, boilerplate, coverage.

Every piece of article text becomes a ``Text`` node (escaped by every
writer); highlights are ``reference`` nodes and everything else ``inline``,
``paragraph`` and ``bullet_list``, so every builder renders the page.

Links never nest, so where quotes overlap the text is cut into segments and
each segment is one link, to the shortest quote over it; its classes say
which claims and copy flaws it also belongs to.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from docutils import nodes

from sphinx_factcheck.core.annotation import ArticleAnnotation, QuoteAnchor, Segment
from sphinx_factcheck.core.direction import text_direction
from sphinx_factcheck.core.model import ClaimRecord, FlawRecord
from sphinx_factcheck.core.scale import Scale
from sphinx_factcheck.core.text import Line, paragraphs_of
from sphinx_factcheck.locale import N_, _, ngettext
from sphinx_factcheck.rendering.audience import desk_only
from sphinx_factcheck.rendering.badges import verbatim
from sphinx_factcheck.rendering.components import component
from sphinx_factcheck.rendering.flaw_card import severity_label
from sphinx_factcheck.rendering.nodes import ArticleSnippet, ArticleText
from sphinx_factcheck.store.ids import claim_anchor, flaw_anchor

#: ``link(docname, anchor, children, title)``: a reference to an anchor in a document.
LinkMaker = Callable[[str, str, list[nodes.Node], str], nodes.Element]

#: Labels of the boilerplate reasons and check-worthiness signals the core names.
#: A reason is shown as "[reason]" before its dimmed line of page furniture.
BOILERPLATE_LABELS = {
    "advertising": N_("advertising"),
    "comment form": N_("comment form"),
    "weather header": N_("weather header"),
    "date header": N_("date header"),
    "breadcrumb": N_("breadcrumb"),
    "navigation": N_("navigation"),
    "share buttons": N_("share buttons"),
    "copyright": N_("copyright"),
    "byline": N_("byline"),
    "repeated line": N_("repeated line"),
    "page header": N_("page header"),
    "weather widget": N_("weather widget"),
    "cookie notice": N_("cookie notice"),
    "read time": N_("read time"),
    "photo credit": N_("photo credit"),
    "caption label": N_("caption label"),
    "related link": N_("related link"),
    "tags": N_("tags"),
    "contact": N_("contact"),
    "end mark": N_("end mark"),
    "release notice": N_("release notice"),
    "stage direction": N_("stage direction"),
    "programme promotion": N_("programme promotion"),
    "newsletter": N_("newsletter"),
    # Translators: a line that only names a section or rubric (e.g. "▶ Politics").
    "label": N_("label"),
    "page number": N_("page number"),
    "figure caption": N_("figure caption"),
}
SIGNAL_LABELS = {
    "quote": N_("quote"),
    "number": N_("number"),
    "date or duration": N_("date or duration"),
    "attribution": N_("attribution"),
    "superlative or first": N_("superlative or first"),
    "legal": N_("legal"),
}


def label_of(labels: dict[str, str], key: str) -> str:
    """The translated label of a reason or signal (the key itself when it has none)."""
    return _(labels[key]) if key in labels else key


def quote_anchor(claim_id: str) -> str:
    """The HTML anchor of a claim's quote in its article."""
    return nodes.make_id(f"quote-{claim_id}")


def flaw_quote_anchor(flaw_id: str) -> str:
    """The HTML anchor of a copy flaw's quote in its article."""
    return nodes.make_id(f"flaw-quote-{flaw_id}")


def sentence_anchor(article_id: str, number: int) -> str:
    """The HTML anchor of an article's ``number``-th (1-based) sentence."""
    return nodes.make_id(f"sentence-{article_id}-{number}")


def uncovered_anchor(article_id: str) -> str:
    """The HTML anchor of an article's list of uncovered check-worthy sentences."""
    return nodes.make_id(f"uncovered-{article_id}")


@dataclass
class ArticleView:
    """Renders one annotated article; ``link`` makes references into documents."""

    annotation: ArticleAnnotation
    claims: dict[str, ClaimRecord]
    scale: Scale
    link: LinkMaker
    docname: str
    #: The public build: no coverage, no marks on sentences left to check.
    public: bool = False
    #: What a claim without a (public) verdict is called.
    unrated: str = "No verdict"
    #: copy flaws by id
    flaws: dict[str, FlawRecord] = field(default_factory=dict)
    #: (kind, id) of the quotes whose anchor has been placed (on their first piece)
    placed: set[tuple[str, str]] = field(default_factory=set)

    @property
    def text(self) -> str:
        return self.annotation.article.text

    def render(self) -> list[nodes.Node]:
        """Coverage summary, the article's paragraphs, then what is left to check."""
        body: list[nodes.Node] = [desk_only(self._summary())]
        text = ArticleText(classes=["fc-article-text"])
        text["fc_dir"], text["fc_lang"] = self._direction
        text.extend(
            self._paragraph(paragraph.lines) for paragraph in paragraphs_of(self.annotation.lines)
        )
        body.append(text)
        if self.annotation.uncovered_checkworthy:
            body.append(desk_only(self._uncovered()))
        return [verbatim(node) for node in body if isinstance(node, nodes.Element)]

    @cached_property
    def _direction(self) -> tuple[str, str | None]:
        """The article's direction and language, for its text and the sentences quoted."""
        return text_direction(self.text, self.annotation.language)

    # -- coverage ----------------------------------------------------------

    def _summary(self) -> nodes.paragraph:
        annotation = self.annotation
        total, covered = len(annotation.sentences), annotation.covered_count
        share = (
            " " + _("(%(percent)d%%)") % {"percent": round(100 * covered / total)} if total else ""
        )
        summary = nodes.paragraph(classes=["fc-coverage"])
        summary += nodes.strong(
            "",
            ngettext(
                "%(covered)d of %(total)d sentence covered",
                "%(covered)d of %(total)d sentences covered",
                total,
            )
            % {"covered": covered, "total": total}
            + share,
        )
        quotes = len(annotation.anchors)
        summary += nodes.Text(
            " "
            + ngettext("by %(count)d anchored quote", "by %(count)d anchored quotes", quotes)
            % {"count": quotes}
        )
        flaws = len(annotation.flaw_anchors)
        if flaws:
            summary += nodes.Text(
                "; "
                + ngettext("%(count)d copy flaw marked", "%(count)d copy flaws marked", flaws)
                % {"count": flaws}
            )
        dimmed = len(annotation.boilerplate_lines)
        if dimmed:
            summary += nodes.Text(
                "; "
                + ngettext(
                    "%(count)d boilerplate line dimmed",
                    "%(count)d boilerplate lines dimmed",
                    dimmed,
                )
                % {"count": dimmed}
            )
        summary += nodes.Text(". ")
        uncovered = len(annotation.uncovered_checkworthy)
        if uncovered:
            summary += self.link(
                self.docname,
                uncovered_anchor(annotation.article.id),
                [
                    nodes.Text(
                        ngettext(
                            "%(count)d check-worthy sentence not covered yet",
                            "%(count)d check-worthy sentences not covered yet",
                            uncovered,
                        )
                        % {"count": uncovered}
                    )
                ],
                "",
            )
            summary += nodes.Text(".")
        elif total:
            summary += nodes.Text(_("Every check-worthy sentence is covered."))
        return summary

    def _uncovered(self) -> nodes.container:
        article_id = self.annotation.article.id
        section = component("uncovered", ids=[uncovered_anchor(article_id)])
        section += nodes.paragraph(
            "", "", nodes.strong("", _("Check-worthy sentences no claim covers yet (best first):"))
        )
        items = nodes.bullet_list()
        for number, candidate in self.annotation.uncovered_checkworthy:
            item = nodes.paragraph()
            item += self.link(
                self.docname,
                sentence_anchor(article_id, number),
                [nodes.Text(_("Sentence %(number)d") % {"number": number})],
                "",
            )
            item += nodes.Text(": ")
            quoted = ArticleSnippet("", candidate.sentence.text, classes=["fc-sentence-text"])
            quoted["fc_dir"], quoted["fc_lang"] = self._direction
            item += quoted
            signals = ", ".join(label_of(SIGNAL_LABELS, s) for s in candidate.signals)
            item += nodes.inline("", f" ({signals})", classes=["fc-signals"])
            items += nodes.list_item("", item)
        section += items
        return section

    # -- the text ------------------------------------------------------------

    def _paragraph(self, lines: Sequence[Line]) -> nodes.paragraph:
        all_boilerplate = all(line.boilerplate for line in lines)
        paragraph = nodes.paragraph(
            classes=["fc-article-paragraph"]
            + (["fc-boilerplate-paragraph"] if all_boilerplate else [])
        )
        position = lines[0].start
        for block_start, block_end, reason in _blocks(lines):
            paragraph.extend(self._pieces(position, block_start))  # the line breaks between
            if reason is None:
                paragraph.extend(self._prose(block_start, block_end))
            else:
                dimmed = nodes.inline(classes=["fc-boilerplate"])
                dimmed += desk_only(
                    nodes.inline(
                        "",
                        f"[{label_of(BOILERPLATE_LABELS, reason)}]",
                        classes=["fc-boilerplate-label"],
                    )
                )
                dimmed += nodes.Text(" ")
                dimmed.extend(self._pieces(block_start, block_end))
                paragraph += dimmed
            position = block_end
        return paragraph

    @cached_property
    def _checkworthy(self) -> frozenset[int]:
        """Numbers (1-based) of the uncovered check-worthy sentences."""
        return frozenset(number for number, _ in self.annotation.uncovered_checkworthy)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        """Where each sentence starts; sentences are in text order and never overlap."""
        return [sentence.start for sentence in self.annotation.sentences]

    def _prose(self, start: int, end: int) -> list[nodes.Node]:
        """Prose with every sentence wrapped in an anchored inline."""
        annotation = self.annotation
        out: list[nodes.Node] = []
        position = start
        # Only the sentences inside [start, end): found by bisection, not by a scan
        # of the whole article for every block.
        first = bisect_left(self._sentence_starts, start)
        for index in range(first, len(annotation.sentences)):
            sentence = annotation.sentences[index]
            if sentence.start >= end:
                break
            if sentence.end > end:
                continue
            number = index + 1
            out.extend(self._pieces(position, sentence.start))
            classes = ["fc-sentence"] + (
                ["fc-checkworthy"] if number in self._checkworthy and not self.public else []
            )
            wrapper = nodes.inline(
                classes=classes, ids=[sentence_anchor(annotation.article.id, number)]
            )
            wrapper.extend(self._pieces(sentence.start, sentence.end))
            out.append(wrapper)
            position = sentence.end
        out.extend(self._pieces(position, end))
        return out

    def _pieces(self, start: int, end: int) -> list[nodes.Node]:
        if start >= end:
            return []
        return [
            self._highlight(segment)
            if segment.anchors
            else nodes.Text(self.text[segment.start : segment.end])
            for segment in self.annotation.segments(start, end)
        ]

    def _highlight(self, segment: Segment) -> nodes.Element:
        """One stretch of quoted text, linked to the shortest quote over it.

        A claim's quote is tinted in its verdict's colour; a copy flaw's is
        underlined with a wave and flagged; text in both shows both.
        """
        linked = segment.link
        assert linked is not None
        claims = [self.claims[a.record_id] for a in segment.claims]
        flaws = [self.flaws[a.record_id] for a in segment.flaws]
        labels = {claim.id: self._label(claim) for claim in claims}
        title = " | ".join(
            [f"{labels[c.id]}: {c.statement}" for c in claims]
            + [
                _("Copy flaw (%(severity)s): %(description)s")
                % {"severity": severity_label(f.severity), "description": f.description}
                for f in flaws
            ]
        )
        children: list[nodes.Node] = [nodes.Text(self.text[segment.start : segment.end])]
        # Where a quote ends, say whose it was and the verdict or severity, for screen
        # readers and for builders without colour (text, man).
        ending = [a for a in segment.anchors if a.end == segment.end]
        if any(a.kind == "flaw" for a in ending):
            children.append(nodes.inline("", "⚑", classes=["fc-flaw-marker"]))
        if ending:
            hidden = "; ".join(self._spoken(anchor, labels) for anchor in ending)
            children.append(nodes.inline("", f" ({hidden})", classes=["fc-visually-hidden"]))
        if linked.kind == "flaw":
            flaw = self.flaws[linked.record_id]
            todoc, anchor = flaw.location.docname, flaw_anchor(flaw.id)
        else:
            claim = self.claims[linked.record_id]
            todoc, anchor = claim.location.docname, claim_anchor(claim.id)
        reference = self.link(todoc, anchor, children, title)
        reference["classes"] += ["fc-highlight"]
        if claims:
            tint = self.claims[min(segment.claims, key=_shortest).record_id]
            reference["classes"].append(f"fc-hl-{self._colour(tint)}")
            if tint.verdict:
                reference["classes"].append(f"fc-hl-verdict-{tint.verdict}")
            others = [c for c in claims if c.id != tint.id]
            if others:
                reference["classes"].append("fc-overlap")
                reference["classes"].extend(sorted({f"fc-also-{self._colour(c)}" for c in others}))
        if flaws:
            reference["classes"].append("fc-flawed")
            reference["classes"].extend(sorted({f"fc-flaw-{f.severity}" for f in flaws}))
            if not claims:
                reference["classes"].append("fc-flaw-only")
        for quote in segment.anchors:
            if (quote.kind, quote.record_id) not in self.placed:
                self.placed.add((quote.kind, quote.record_id))
                anchor_of = quote_anchor if quote.kind == "claim" else flaw_quote_anchor
                reference["ids"].append(anchor_of(quote.record_id))
        return reference

    def _spoken(self, anchor: QuoteAnchor, labels: dict[str, str]) -> str:
        """What a screen reader hears where a quote ends."""
        # Ids are the desk's: readers of the public build hear what it is, not its id.
        if anchor.kind == "flaw":
            flaw = self.flaws[anchor.record_id]
            values = {
                "id": flaw.id,
                "severity": severity_label(flaw.severity),
                "description": flaw.description,
            }
            if self.public:
                return _("copy flaw, %(severity)s: %(description)s") % values
            return _("copy flaw %(id)s, %(severity)s: %(description)s") % values
        values = {"id": anchor.record_id, "verdict": labels[anchor.record_id]}
        if self.public:
            return _("claim: %(verdict)s") % values
        return _("claim %(id)s: %(verdict)s") % values

    def _label(self, claim: ClaimRecord) -> str:
        verdict = self.scale.get(claim.verdict) if claim.verdict else None
        return verdict.label if verdict else self.unrated

    def _colour(self, claim: ClaimRecord) -> str:
        verdict = self.scale.get(claim.verdict) if claim.verdict else None
        return verdict.colour if verdict else "none"


def _shortest(anchor: QuoteAnchor) -> tuple[int, int, str]:
    return (anchor.length, anchor.start, anchor.record_id)


def _blocks(lines: Sequence[Line]) -> Iterator[tuple[int, int, str | None]]:
    """(start, end, boilerplate reason) for each run of prose lines and each boilerplate line."""
    run_start: int | None = None
    run_end = 0
    for line in lines:
        if line.boilerplate is None:
            run_start = line.start if run_start is None else run_start
            run_end = line.end
            continue
        if run_start is not None:
            yield run_start, run_end, None
            run_start = None
        yield line.start, line.end, line.boilerplate
    if run_start is not None:
        yield run_start, run_end, None
