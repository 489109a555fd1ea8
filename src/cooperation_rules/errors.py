"""Typed errors of the library: every message names what is at fault."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    """One fault in an input record: the field (dotted path, or ``""`` for the record) and why."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field or '<record>'}: {self.message}"


class CooperationRulesError(Exception):
    """Base of every error this library raises on purpose."""


class InvalidEvent(CooperationRulesError, ValueError):  # noqa: N818 - public name fixed by the wire contract
    """An event that does not match the wire schema. ``errors`` names each bad field."""

    def __init__(self, errors: list[FieldError], *, line: int | None = None) -> None:
        self.errors = tuple(errors)
        self.line = line
        where = f"line {line}: " if line is not None else ""
        super().__init__(where + "invalid event: " + "; ".join(str(e) for e in self.errors))

    @property
    def fields(self) -> tuple[str, ...]:
        """The fields at fault, in the order reported."""
        return tuple(e.field for e in self.errors)


class InvalidLifecycle(CooperationRulesError, ValueError):  # noqa: N818
    """A lifecycle description that cannot be read; ``errors`` names each bad field."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = tuple(errors)
        super().__init__("invalid lifecycle: " + "; ".join(str(e) for e in self.errors))


class UnknownProvision(CooperationRulesError, KeyError):  # noqa: N818
    """An eId that names no provision of the Agreement."""

    def __init__(self, eid: str, suggestions: list[str] | None = None) -> None:
        self.eid = eid
        hint = f" (did you mean {', '.join(suggestions)}?)" if suggestions else ""
        super().__init__(f"no provision with eId {eid!r}{hint}")

    def __str__(self) -> str:
        return str(self.args[0])


class RuleFileError(CooperationRulesError, ValueError):
    """A rule file that cannot be loaded: names the file, the rule and the field."""

    def __init__(self, file: str, message: str, *, rule: str | None = None, field: str | None = None) -> None:
        self.file = file
        self.rule = rule
        self.field = field
        parts = [file]
        if rule:
            parts.append(f"rule {rule!r}")
        if field:
            parts.append(f"field {field!r}")
        super().__init__(": ".join([", ".join(parts), message]))


class EngineUnavailable(CooperationRulesError, RuntimeError):  # noqa: N818
    """The requested engine cannot run on this interpreter."""


class RulebookGap(CooperationRulesError, RuntimeError):  # noqa: N818
    """No rule gave a verdict for a valid event: a gap in ``rules/``, never in the input."""
