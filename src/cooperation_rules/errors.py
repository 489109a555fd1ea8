"""Typed errors of the library: every message names what is at fault.

``str(error)`` is English and stable: it is what error records carry on the wire.
``error.localized(locale)`` is the same message for a person, in English, Russian, Czech or
Kazakh (see ``i18n``); the details that come from validating input (a field's fault) stay as
the validator wrote them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .i18n import Localizer


def _words(locale: str | None) -> Localizer:
    from .i18n import localizer  # the catalogs import the treaty, which raises these errors

    return localizer(locale)


def N_(message: str) -> str:  # noqa: N802 - the gettext convention for a message marked, not translated
    """Mark an English message for the catalogs; it is translated where it is shown."""
    return message


_RECORD = N_("<record>")
_INVALID_EVENT = N_("invalid event: %(errors)s")
_ON_LINE = N_("line %(line)d: %(message)s")
_INVALID_LIFECYCLE = N_("invalid lifecycle: %(errors)s")
_NO_PROVISION = N_("no provision with eId %(eid)s")
_NO_PROVISION_SUGGEST = N_("no provision with eId %(eid)s (did you mean %(suggestions)s?)")
_IN_RULE = N_("rule %(rule)s")
_IN_FIELD = N_("field %(field)s")


@dataclass(frozen=True)
class FieldError:
    """One fault in an input record: the field (dotted path, or ``""`` for the record) and why."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field or _RECORD}: {self.message}"

    def localized(self, locale: str | None = None) -> str:
        """The fault for a person: the field's name (or "the record", translated) and the validator's words."""
        return f"{self.field or _words(locale).gettext(_RECORD)}: {self.message}"


class CooperationRulesError(Exception):
    """Base of every error this library raises on purpose."""

    def localized(self, locale: str | None = None) -> str:
        """The message for a person in ``locale``'s language; ``str(error)`` stays English."""
        return str(self)


def _faults(errors: tuple[FieldError, ...], locale: str | None) -> str:
    return "; ".join(e.localized(locale) for e in errors)


class InvalidEvent(CooperationRulesError, ValueError):  # noqa: N818 - public name fixed by the wire contract
    """An event that does not match the wire schema. ``errors`` names each bad field."""

    def __init__(self, errors: list[FieldError], *, line: int | None = None) -> None:
        self.errors = tuple(errors)
        self.line = line
        super().__init__(self._message(N_, "; ".join(str(e) for e in self.errors)))

    def _message(self, gettext: Callable[[str], str], faults: str) -> str:
        message = gettext(_INVALID_EVENT) % {"errors": faults}
        return message if self.line is None else gettext(_ON_LINE) % {"line": self.line, "message": message}

    def localized(self, locale: str | None = None) -> str:
        return self._message(_words(locale).gettext, _faults(self.errors, locale))

    @property
    def fields(self) -> tuple[str, ...]:
        """The fields at fault, in the order reported."""
        return tuple(e.field for e in self.errors)


class InvalidLifecycle(CooperationRulesError, ValueError):  # noqa: N818
    """A lifecycle description that cannot be read; ``errors`` names each bad field."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = tuple(errors)
        super().__init__(_INVALID_LIFECYCLE % {"errors": "; ".join(str(e) for e in self.errors)})

    def localized(self, locale: str | None = None) -> str:
        return _words(locale).gettext(_INVALID_LIFECYCLE) % {"errors": _faults(self.errors, locale)}


class UnknownProvision(CooperationRulesError, KeyError):  # noqa: N818
    """An eId that names no provision of the Agreement."""

    def __init__(self, eid: str, suggestions: list[str] | None = None) -> None:
        self.eid = eid
        self.suggestions = tuple(suggestions or ())
        super().__init__(self._message(N_))

    def _message(self, gettext: Callable[[str], str]) -> str:
        if self.suggestions:
            return gettext(_NO_PROVISION_SUGGEST) % {"eid": repr(self.eid), "suggestions": ", ".join(self.suggestions)}
        return gettext(_NO_PROVISION) % {"eid": repr(self.eid)}

    def __str__(self) -> str:
        return str(self.args[0])

    def localized(self, locale: str | None = None) -> str:
        return self._message(_words(locale).gettext)


class RuleFileError(CooperationRulesError, ValueError):
    """A rule file that cannot be loaded: names the file, the rule and the field.

    The fault itself is addressed to the authors of rule files and stays English; ``localized``
    translates the words that locate it.
    """

    def __init__(self, file: str, message: str, *, rule: str | None = None, field: str | None = None) -> None:
        self.file = file
        self.rule = rule
        self.field = field
        self.message = message
        super().__init__(self._message(N_))

    def _message(self, gettext: Callable[[str], str]) -> str:
        parts = [self.file]
        if self.rule:
            parts.append(gettext(_IN_RULE) % {"rule": repr(self.rule)})
        if self.field:
            parts.append(gettext(_IN_FIELD) % {"field": repr(self.field)})
        return ": ".join([", ".join(parts), self.message])

    def localized(self, locale: str | None = None) -> str:
        return self._message(_words(locale).gettext)


class EngineUnavailable(CooperationRulesError, RuntimeError):  # noqa: N818
    """The requested engine cannot run on this interpreter."""


class EngineFault(CooperationRulesError, RuntimeError):  # noqa: N818
    """The rule engine broke an invariant the library relies on (a bug, never bad input); says what it saw."""


class RulebookGap(CooperationRulesError, RuntimeError):  # noqa: N818
    """No rule gave a verdict for a valid event: a gap in ``rules/``, never in the input."""
