"""The rulebook: facts derived from events, rules checked and evaluated, outcomes assembled."""
