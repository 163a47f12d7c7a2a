"""Labels in the project's language: built pages in English, German and French.

The same small project is built with ``language`` set to each; the labels the
extension writes (cards, back-links, reports, the article's coverage, the
indices and the words the table script shows) follow it, while what the
checker wrote (statements, verdict labels from the scale) stays as written.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOTS, warnings_of
from .html_reports import headers, page, tables_of

#: label -> how each language writes it, as the reader sees it on the page.
LABELS = {
    "no verdict": {"en": "No verdict", "de": "Keine Bewertung", "fr": "Sans verdict"},
    "show in article": {
        "en": "Show in article",
        "de": "Im Artikel zeigen",
        "fr": "Voir dans l’article",
    },
    "cited by": {"en": "Cited by:", "de": "Zitiert von:", "fr": "Citée par\u00a0:"},
    "mentioned in": {"en": "Mentioned in:", "de": "Erwähnt in:", "fr": "Mentionnée dans\u00a0:"},
    "this page": {"en": "this page", "de": "diese Seite", "fr": "cette page"},
    "listed in": {"en": "Listed in:", "de": "Aufgeführt in:", "fr": "Répertoriée dans\u00a0:"},
    "related by": {
        "en": "Named as related by:",
        "de": "Als verwandt genannt von:",
        "fr": "Signalée comme liée par\u00a0:",
    },
    "coverage": {
        "en": "1 of 2 sentences covered (50%)",
        "de": "1 von 2 Sätzen abgedeckt (50\u00a0%)",
        "fr": "1 sur 2 phrases couvertes (50\u00a0%)",
    },
    "totals": {
        "en": "2 claims, 1 checked (with a verdict), 1 without a verdict.",
        "de": "2 Behauptungen, 1 geprüft (mit Bewertung), 1 ohne Bewertung.",
        "fr": "2 affirmations, 1 vérifiée (avec verdict), 1 sans verdict.",
    },
    "publisher": {"en": "Publisher", "de": "Herausgeber", "fr": "Éditeur"},
}
HEADERS = {
    "en": ["ID", "Claim", "Verdict", "Status", "Sources"],
    "de": ["ID", "Behauptung", "Bewertung", "Status", "Quellen"],
    "fr": ["Identifiant", "Affirmation", "Verdict", "Statut", "Sources"],
}
#: The words the table script shows, handed over as data attributes.
SCRIPT_WORDS = {
    "en": ("Filter claims", "{shown} of {total} claims shown"),
    "de": ("Behauptungen filtern", "{shown} von {total} Behauptungen angezeigt"),
    "fr": ("Filtrer les affirmations", "Affirmations affichées\u00a0: {shown} sur {total}"),
}
INDEX_TITLES = {"en": "Claim Index", "de": "Behauptungsindex", "fr": "Index des affirmations"}
INDEX_SHORT_NAMES = {"en": "claims", "de": "Behauptungen", "fr": "affirmations"}


def html_of(app: Any, name: str = "index.html") -> str:
    return (Path(app.outdir) / name).read_text(encoding="utf-8")


def words(text: str) -> str:
    """Text with every run of spaces (no-break ones too) as one space, as pages are read."""
    return " ".join(text.split())


def check_language(app: Any, language: str) -> None:
    app.build()
    assert warnings_of(app) == []
    root = page(app, "index")
    text = root.text()
    for label, spelled in LABELS.items():
        assert words(spelled[language]) in text, (label, language)
        if language != "en":
            assert words(spelled["en"]) not in text, (label, language)
    claim_table = next(root.iter(cls="fc-claim-table"))
    assert headers(tables_of(claim_table)[0]) == HEADERS[language]
    tools = next(root.iter(cls="fc-table-tools"))
    label, status = SCRIPT_WORDS[language]
    assert tools.attrs["data-fc-filter-label"] == label
    assert tools.attrs["data-fc-filter-status"] == status
    # What the checker wrote is not translated: the scale's labels and the statuses.
    assert "False" in text
    assert "unchecked" in text
    assert f"<title>{INDEX_TITLES[language]}" in html_of(app, "fc-claimindex.html")
    related = next(root.iter(cls="related")).text()
    assert f"{INDEX_SHORT_NAMES[language]} | " in related


@pytest.mark.sphinx("html", testroot="i18n", freshenv=True)
def test_english_labels_are_unchanged(app) -> None:
    check_language(app, "en")


@pytest.mark.sphinx("html", testroot="i18n", freshenv=True, confoverrides={"language": "de"})
def test_a_german_project_gets_german_labels(app) -> None:
    check_language(app, "de")


@pytest.mark.sphinx("html", testroot="i18n", freshenv=True, confoverrides={"language": "fr"})
def test_a_french_project_gets_french_labels(app) -> None:
    check_language(app, "fr")


@pytest.mark.sphinx(
    "html",
    testroot="i18n",
    freshenv=True,
    confoverrides={"language": "de", "factcheck_audience": "public"},
)
def test_the_public_build_speaks_the_project_language_too(app) -> None:
    app.build()
    assert warnings_of(app) == []
    text = page(app, "index").text()
    assert "Wird geprüft" in text  # the claim without a verdict
    assert "Being checked" not in text


@pytest.mark.sphinx("html", testroot="i18n", freshenv=True, confoverrides={"language": "pt"})
def test_a_language_without_a_catalogue_falls_back_to_english(app) -> None:
    app.build()
    assert "Show in article" in page(app, "index").text()


@pytest.mark.sphinx("text", testroot="i18n", freshenv=True, confoverrides={"language": "de"})
def test_other_builders_get_the_labels_too(app) -> None:
    app.build()
    assert warnings_of(app) == []
    text = (Path(app.outdir) / "index.txt").read_text(encoding="utf-8")
    assert "Keine Bewertung" in text
    assert "Im Artikel zeigen" in text


@pytest.fixture(scope="module")
def german_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from sphinx.testing.util import SphinxTestApp

    srcdir = tmp_path_factory.mktemp("i18n") / "de"
    shutil.copytree(ROOTS / "test-i18n", srcdir)
    app = SphinxTestApp("html", srcdir=srcdir, freshenv=True, confoverrides={"language": "de"})
    try:
        app.build()
        return Path(app.outdir)
    finally:
        app.cleanup()


def test_the_table_script_speaks_the_project_language(browser, german_site) -> None:
    page_ = browser.new_page()
    page_.goto((german_site / "index.html").as_uri())
    assert page_.inner_text(".fc-table-filter label") == "Behauptungen filtern"
    page_.fill(".fc-table-filter input", "Wetter")
    assert page_.inner_text(".fc-table-filter-status") == "1 von 2 Behauptungen angezeigt"
    page_.close()


def test_a_project_can_add_a_language(tmp_path: Path) -> None:
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo
    from sphinx.testing.util import SphinxTestApp

    srcdir = tmp_path / "es"
    shutil.copytree(ROOTS / "test-i18n", srcdir)
    catalog = Catalog(locale="es")
    catalog.add("Show in article", "Ver en el artículo")
    # Spanish has three plural forms (the second for round millions).
    catalog.add(
        ("%(count)d claim", "%(count)d claims"),
        ("%(count)d afirmación", "%(count)d de afirmaciones", "%(count)d afirmaciones"),
    )
    folder = srcdir / "locales" / "es" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "sphinx_factcheck.mo").open("wb") as handle:
        write_mo(handle, catalog)
    with (srcdir / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write(
            'language = "es"\n\n\ndef setup(app):\n'
            "    from pathlib import Path\n"
            '    app.add_message_catalog("sphinx_factcheck", '
            'Path(__file__).parent / "locales")\n'
        )
    app = SphinxTestApp("html", srcdir=srcdir, freshenv=True)
    try:
        app.build()
        text = page(app, "index").text()
    finally:
        app.cleanup()
    assert "Ver en el artículo" in text
    assert "2 afirmaciones" in text
    assert "Cited by:" in text  # what the project left out stays English
