"""HTML-only extras: static files, ClaimReview JSON-LD, verdict tooltips, singlehtml links.

Nothing here changes what other builders write. May import ``core``,
``config``, ``store`` and ``warning_types``.
"""
