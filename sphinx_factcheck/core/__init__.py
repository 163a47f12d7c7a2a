"""The plain-Python core: what a fact-check is, with no Sphinx or docutils import.

Records (``model``), the verdict scale and workflow, queries over claims
(``queries``, ``report_specs``, ``report_results``), the project collection
(``collection``), what each page shows (``page_digest``), exports (``export``,
``claimreview``, ``schema``, ``inventory``), quote finding (``quotes``,
``annotation``) and article text analysis (``text``, ``checkworthy``,
``speaker``). Imports only the standard library, its own modules and plain
libraries (rapidfuzz, sentencex, jsonschema).
"""
