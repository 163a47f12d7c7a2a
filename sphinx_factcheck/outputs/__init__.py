"""Files written once the build is done: ``factcheck.json`` and ``claimreview-feed.json``.

A new output (a CSV, another feed) is a module here connected to
``build-finished``. May import ``core``, ``config``, ``store`` and, for the
ClaimReview feed, the page markup builder of ``html.json_ld``.
"""
