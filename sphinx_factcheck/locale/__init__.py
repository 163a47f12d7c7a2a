"""The extension's own message catalogue: labels in HTML and in the table script.

Strings are marked with :func:`_` where they are rendered, or with :func:`N_`
where they are declared at import time (and passed through :func:`_` when
shown), so a build always speaks the ``language`` of its own ``conf.py``.
``sphinx_factcheck.pot`` beside this file lists them; ``<lang>/LC_MESSAGES``
holds the translations. Warnings stay in English.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sphinx.locale import get_translation, get_translator

MESSAGE_CATALOG_NAME = "sphinx_factcheck"
LOCALE_DIR = Path(__file__).resolve().parent

#: Translate a message of the catalogue (lazily before the catalogue is loaded).
_ = get_translation(MESSAGE_CATALOG_NAME)


def N_(message: str) -> str:  # noqa: N802 (the gettext convention)
    """Mark ``message`` for the catalogue without translating it yet."""
    return message


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural form of a message, by the language's plural rule."""
    return get_translator(MESSAGE_CATALOG_NAME).ngettext(singular, plural, count)


def fill(template: str, **parts: Any) -> list[Any]:
    """A translated ``%(name)s`` template as a list of text and the nodes named in it.

    Lets a whole sentence be translated while some of its words are links or
    styled inlines: ``fill(_("Claimed by %(who)s"), who=inline)``.
    """
    from docutils import nodes

    pieces: list[Any] = []
    for number, piece in enumerate(re.split(r"%\((\w+)\)s", template)):
        if number % 2:
            value = parts[piece]
            pieces.append(value if isinstance(value, nodes.Node) else nodes.Text(str(value)))
        elif piece:
            pieces.append(nodes.Text(piece))
    return pieces
