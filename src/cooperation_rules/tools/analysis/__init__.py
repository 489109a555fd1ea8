"""``cooperation-rules check``: properties of the rules proved over every possible event with an SMT solver (z3).

Scenarios and mutants test the rules on examples; this analysis asks the solver about all events
at once: gaps (events no rule gives a verdict), conflicts of verdicts and the precedence that
decides them, dead rules, conditions and values, conditions implied by others, rules whose verdict
never decides, rules with the same conditions, and the timing of duties. It needs the ``check``
extra (``pip install 'cooperation-rules[check]'``); the library never imports it.
"""

from __future__ import annotations

from .checks import CheckReport, Finding, Oracle, check_rules
from .model import UnknownFact
from .report import format_report

__all__ = ["CheckReport", "Finding", "Oracle", "UnknownFact", "check_rules", "format_report"]
