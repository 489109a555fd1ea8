"""The project's quality tooling: features, trace, site, snapshot, diff and mutation testing.

Nothing outside this package imports it. Its commands reach the command line through the entry
points of the group ``cooperation_rules.commands``; those that read features need the ``tools``
extra (``pip install 'cooperation-rules[tools]'``).
"""
