"""The rule files of ``rules/``: their schema and how they are read."""
