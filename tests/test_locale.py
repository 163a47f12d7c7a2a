"""The message catalogue: the .pot matches the code, de and fr are complete and compiled."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from sphinx_factcheck.core.checkworthy import SIGNALS
from sphinx_factcheck.core.text import BOILERPLATE_PATTERNS
from sphinx_factcheck.locale import LOCALE_DIR, MESSAGE_CATALOG_NAME
from sphinx_factcheck.rendering.article_view import BOILERPLATE_LABELS, SIGNAL_LABELS

PACKAGE = LOCALE_DIR.parent
LANGUAGES = ("de", "fr")
UPDATE = "see docs/howto/translate.md to update the catalogue"


def _po(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{MESSAGE_CATALOG_NAME}.po"


def test_the_template_lists_every_message_in_the_code() -> None:
    in_code = {
        message for _, _, message, _, _ in extract_from_dir(PACKAGE, keywords=DEFAULT_KEYWORDS)
    }
    with (LOCALE_DIR / f"{MESSAGE_CATALOG_NAME}.pot").open("rb") as handle:
        template = {message.id for message in read_po(handle) if message.id}
    assert in_code - template == set(), f"missing from the .pot; {UPDATE}"
    assert template - in_code == set(), f"no longer in the code; {UPDATE}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    with (LOCALE_DIR / f"{MESSAGE_CATALOG_NAME}.pot").open("rb") as handle:
        template = [message.id for message in read_po(handle) if message.id]
    with _po(language).open("rb") as handle:
        catalog = read_po(handle, locale=language)
    for msgid in template:
        message = catalog.get(msgid)
        assert message is not None, f"{language}: {msgid!r} missing; {UPDATE}"
        assert not message.fuzzy, f"{language}: {msgid!r} is fuzzy"
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(forms), f"{language}: {msgid!r} has no translation"
        if isinstance(message.string, tuple):
            assert len(forms) == catalog.num_plurals, f"{language}: {msgid!r} plural forms"
    # Babel's checks: the same python-format placeholders in msgid and msgstr.
    problems = [(message.id, errors) for message, errors in catalog.check()]
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_matches_its_source(language: str) -> None:
    def forms(value: str | Sequence[str]) -> tuple[str, ...]:
        return (value,) if isinstance(value, str) else tuple(value)

    def messages(catalog: Catalog) -> dict[tuple[str, ...], tuple[str, ...]]:
        return {forms(message.id): forms(message.string) for message in catalog if message.id}

    with _po(language).open("rb") as handle:
        source = messages(read_po(handle, locale=language))
    with _po(language).with_suffix(".mo").open("rb") as handle:
        compiled = messages(read_mo(handle))
    assert compiled == source, f"{language}: the .mo is stale; {UPDATE}"


def test_every_boilerplate_reason_and_signal_has_a_label() -> None:
    # The two reasons set outside the patterns: repeated lines and lines beside boilerplate.
    reasons = {reason for reason, _ in BOILERPLATE_PATTERNS} | {"repeated line", "page header"}
    assert reasons == set(BOILERPLATE_LABELS)
    assert {name for name, _, _ in SIGNALS} == set(SIGNAL_LABELS)


def test_the_table_script_holds_no_words_of_its_own() -> None:
    script = (PACKAGE / "html" / "static" / "factcheck-table.js").read_text(encoding="utf-8")
    code = re.sub(r"/\*.*?\*/|//[^\n]*", "", script, flags=re.DOTALL)
    literals = re.findall(r'"((?:[^"\\]|\\.)*)"', code)
    prose = [
        text
        for text in literals
        if text != "use strict" and re.search(r"[A-Za-z]{2,}\s+[A-Za-z]{2,}", text)
    ]
    assert prose == []
