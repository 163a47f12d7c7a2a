"""The Sphinx store: the ``fc`` domain, the project-wide checks, freshness, HTML ids.

Everything collected while reading lives in
:class:`~sphinx_factcheck.store.domain.FactcheckDomain`; derived data is
computed from it once per build. May import ``core``, ``config``,
``warning_types`` and the node builders of ``rendering.badges``.
"""
