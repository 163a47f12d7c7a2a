"""Files written once the build is done: ``factcheck.json`` (and where a CSV or feed goes).

May import ``core``, ``config`` and ``store``.
"""
