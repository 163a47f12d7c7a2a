"""``python -m sphinx_factcheck``: the same command line as ``sphinx-factcheck``."""

from __future__ import annotations

from sphinx_factcheck.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
