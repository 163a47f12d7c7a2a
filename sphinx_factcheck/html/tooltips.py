"""In HTML, a verdict badge tells its description on hover: the scale's own words."""

from __future__ import annotations

from docutils import nodes


def badges_to_abbreviations(document: nodes.document) -> None:
    """Turn described badges into ``<abbr title=...>``, for HTML only.

    Other builders print an abbreviation's explanation in the text, which would
    repeat the description after every badge; there the label alone stands.
    """
    for badge in list(document.findall(nodes.inline)):
        description = badge.get("fc_description")
        if not description or "fc-verdict" not in badge["classes"]:
            continue
        abbr = nodes.abbreviation("", "", *badge.children, explanation=description,
                                  classes=badge["classes"])
        badge.replace_self(abbr)
