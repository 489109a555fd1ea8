"""Typed errors of the library: every message names what is at fault.

``str(error)`` is English and stable. ``error.localized(locale)`` is the same message for a person,
in English, Russian, Czech or Kazakh (see ``catalogs``). Every fault of an input record is a
``FieldError``: a stable machine ``code`` (``ErrorCode``), the field's dotted path, and a message
written by this library (never the validator's own wording), in English or, with ``text(locale)``,
in the caller's language.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from .catalogs import N_, resolve_locale, translations


def _words(locale: str | None) -> gettext.NullTranslations:
    """The catalog of ``locale``'s language (see ``catalogs.resolve_locale``)."""
    return translations(resolve_locale(locale))


_RECORD = N_("<record>")
_INVALID_EVENT = N_("invalid event: %(errors)s")
_ON_LINE = N_("line %(line)d: %(message)s")
_UNSTATED = N_("the event leaves decisive legal facts unstated, which strict mode does not accept: %(errors)s")
_INVALID_LIFECYCLE = N_("invalid lifecycle: %(errors)s")
_NO_PROVISION = N_("no provision with eId %(eid)s")
_NO_PROVISION_SUGGEST = N_("no provision with eId %(eid)s (did you mean %(suggestions)s?)")
_NO_RULE = N_("no rule with id %(rule)s")
_NO_RULE_SUGGEST = N_("no rule with id %(rule)s (did you mean %(suggestions)s?)")
_IN_RULE = N_("rule %(rule)s")
_IN_FIELD = N_("field %(field)s")


class ErrorCode(StrEnum):
    """What is wrong with an input record or one of its fields: a stable wire value, the same in every language.

    The codes are the library's own: a fault the validator finds is mapped to one of them (``FieldError.code``),
    so that an upgrade of the validator never changes what a caller reads. The README lists each with its meaning.
    """

    #: A required field is not given (``type`` too: the kinds of event are then listed).
    MISSING = "missing"
    #: A field no event of that type has.
    UNKNOWN_FIELD = "unknown_field"
    #: ``type`` names no kind of event.
    UNKNOWN_EVENT_TYPE = "unknown_event_type"
    #: A value that is not one of the words the field allows (a Party, a subject, a purpose...).
    NOT_ALLOWED = "not_allowed"
    #: A value of the wrong JSON type (a number for a text, a text for ``true``/``false``, an object for a list).
    WRONG_TYPE = "wrong_type"
    #: A text or list shorter than the field allows (an empty id, an empty list of categories).
    TOO_SHORT = "too_short"
    #: A text or list longer than the field allows.
    TOO_LONG = "too_long"
    #: A text not of the form the field requires (a language code of two or three lower-case letters).
    PATTERN_MISMATCH = "pattern_mismatch"
    #: A date not written ``YYYY-MM-DD`` (a timestamp, a date and time, a trailing newline, a number).
    INVALID_DATE = "invalid_date"
    #: A date written ``YYYY-MM-DD`` that names no day (``2020-02-30``).
    IMPOSSIBLE_DATE = "impossible_date"
    #: Dates that contradict each other (a request answered made after the answer).
    DATES_OUT_OF_ORDER = "dates_out_of_order"
    #: Any other value the field refuses.
    INVALID_VALUE = "invalid_value"
    #: A line that is not JSON (or JSON with more lists and objects than any event holds).
    INVALID_JSON = "invalid_json"
    #: A line that is not UTF-8 text, or a text or key in it that UTF-8 cannot write (a lone surrogate escaped in JSON).
    NOT_UTF8 = "not_utf8"
    #: JSON that is not an object (a list, a text, a number).
    NOT_AN_OBJECT = "not_an_object"
    #: An object that names the same key twice.
    REPEATED_KEY = "repeated_key"
    #: Lists or objects nested deeper than any event nests them.
    TOO_DEEP = "too_deep"
    #: An object with more fields than any event has, or a list with more items than any event needs.
    TOO_MANY_ITEMS = "too_many_items"
    #: A line longer than the longest the command reads.
    LINE_TOO_LONG = "line_too_long"
    #: The faults of one record past the first twenty, counted in one.
    MORE_FAULTS = "more_faults"
    #: In strict mode, a decisive legal fact left unstated (the message says what would have been presumed).
    UNSTATED_FACT = "unstated_fact"
    #: An event id that an earlier line of the same input already gave.
    DUPLICATE_ID = "duplicate_id"
    #: A valid event for which the rules give no verdict: a gap in a rules folder, never in the input.
    NO_VERDICT = "no_verdict"


@dataclass(frozen=True)
class FieldError:
    """One fault in an input record: the field (dotted path, or ``""`` for the record), why, and its ``code``.

    ``message`` is English. ``template`` is the catalog's message it was written from, and ``params`` its values,
    so that ``text(locale)`` gives the same message in the caller's language; without a template, ``message``
    is given as it is.
    """

    field: str
    message: str
    code: ErrorCode = ErrorCode.INVALID_VALUE
    template: str | None = None
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, field: str, code: ErrorCode, template: str, **params: object) -> FieldError:
        """The fault ``code`` at ``field``, its message the catalog's ``template`` filled with ``params``."""
        items = tuple(params.items())
        return cls(field, template % params if params else template, code, template, items)

    def text(self, locale: str | None = None) -> str:
        """The message alone, in ``locale``'s language."""
        if self.template is None:
            return self.message
        words = _words(locale).gettext(self.template)
        if self.code is ErrorCode.UNSTATED_FACT:  # the catalog's presumption starts with the field, named apart here
            return words.split(": ", 1)[-1]
        return words % dict(self.params) if self.params else words

    def __str__(self) -> str:
        return f"{self.field or _RECORD}: {self.message}"

    def localized(self, locale: str | None = None) -> str:
        """The fault for a person: the field's name (or "the record", translated) and the message, translated."""
        return f"{self.field or _words(locale).gettext(_RECORD)}: {self.text(locale)}"

    def to_record(self, locale: str | None = None) -> dict[str, str]:
        """The fault as error records carry it: ``code``, ``field`` and the message in ``locale``'s language."""
        return {"code": self.code.value, "field": self.field, "message": self.text(locale)}


class CooperationRulesError(Exception):
    """Base of every error this library raises on purpose."""

    def localized(self, locale: str | None = None) -> str:
        """The message for a person in ``locale``'s language; ``str(error)`` stays English."""
        return str(self)


def _faults(errors: tuple[FieldError, ...], locale: str | None) -> str:
    return "; ".join(e.localized(locale) for e in errors)


class InvalidEvent(CooperationRulesError, ValueError):  # noqa: N818 - public name fixed by the wire contract
    """An event that does not match the wire schema. ``errors`` names each bad field."""

    #: The message around the faults; the kind of error records on the wire (``error``).
    _TEMPLATE = _INVALID_EVENT
    code = "invalid_event"

    def __init__(self, errors: list[FieldError], *, line: int | None = None) -> None:
        self.errors = tuple(errors)
        self.line = line
        super().__init__(self._message(N_, "; ".join(str(e) for e in self.errors)))

    def _message(self, gettext: Callable[[str], str], faults: str) -> str:
        message = gettext(self._TEMPLATE) % {"errors": faults}
        return message if self.line is None else gettext(_ON_LINE) % {"line": self.line, "message": message}

    def localized(self, locale: str | None = None) -> str:
        return self._message(_words(locale).gettext, _faults(self.errors, locale))

    def described(self, locale: str | None = None) -> str:
        """The message in ``locale``'s language without its line (an error record gives the line a key of its own)."""
        return _words(locale).gettext(self._TEMPLATE) % {"errors": _faults(self.errors, locale)}

    @property
    def codes(self) -> tuple[ErrorCode, ...]:
        """The code of each fault, in the order reported."""
        return tuple(e.code for e in self.errors)

    @property
    def fields(self) -> tuple[str, ...]:
        """The fields at fault, in the order reported."""
        return tuple(e.field for e in self.errors)


class UnstatedFacts(InvalidEvent):
    """In strict mode, an event that leaves a decisive legal fact unstated: ``errors`` names each field and what
    the rules would otherwise have presumed of it (``rulebook.presumptions``)."""

    _TEMPLATE = _UNSTATED
    code = "unstated_facts"


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


class UnknownRule(CooperationRulesError, KeyError):  # noqa: N818 - named like UnknownProvision
    """A rule id that names no rule of the rulebook."""

    def __init__(self, rule_id: str, suggestions: list[str] | None = None) -> None:
        self.rule_id = rule_id
        self.suggestions = tuple(suggestions or ())
        super().__init__(self._message(N_))

    def _message(self, gettext: Callable[[str], str]) -> str:
        if self.suggestions:
            return gettext(_NO_RULE_SUGGEST) % {"rule": repr(self.rule_id), "suggestions": ", ".join(self.suggestions)}
        return gettext(_NO_RULE) % {"rule": repr(self.rule_id)}

    def __str__(self) -> str:
        return str(self.args[0])

    def localized(self, locale: str | None = None) -> str:
        return self._message(_words(locale).gettext)


class RuleFileError(CooperationRulesError, ValueError):
    """A rule file that cannot be loaded: names the file, the line and column, the rule and the field.

    Loading a rules folder reports every fault at once, as a validator does: the error is the
    first fault, and ``faults`` holds it and every other, each a ``RuleFileError`` of its own;
    ``str(error)`` lists them all, one a line. The fault itself is addressed to the authors of
    rule files and stays English; ``localized`` translates the words that locate it.
    """

    def __init__(
        self,
        file: str,
        message: str,
        *,
        rule: str | None = None,
        field: str | None = None,
        line: int | None = None,
        column: int | None = None,
        code: str | None = None,
        more: tuple[RuleFileError, ...] = (),
    ) -> None:
        self.file = file
        #: What kind of fault, where a caller may act on it (``unknown_provision``); ``None`` otherwise.
        self.code = code
        self.rule = rule
        self.field = field
        self.line = line
        self.column = column
        self.message = message
        self._more = tuple(leaf for error in more for leaf in error.faults)
        super().__init__(self._all(N_))

    @classmethod
    def collected(cls, faults: list[RuleFileError]) -> RuleFileError:
        """One error for several faults (each an error that may itself hold several), in the order given."""
        leaves = [leaf for error in faults for leaf in error.faults]
        first = leaves[0]
        return cls(
            first.file,
            first.message,
            rule=first.rule,
            field=first.field,
            line=first.line,
            column=first.column,
            code=first.code,
            more=tuple(leaves[1:]),
        )

    @property
    def faults(self) -> tuple[RuleFileError, ...]:
        """Every fault, each a single one: this error's own first, then the others."""
        if not self._more:
            return (self,)
        alone = RuleFileError(
            self.file, self.message, rule=self.rule, field=self.field, line=self.line, column=self.column, code=self.code
        )
        return (alone, *self._more)

    def _one(self, gettext: Callable[[str], str]) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}" + (f":{self.column}" if self.column is not None else "")
        parts = [where]
        if self.rule:
            parts.append(gettext(_IN_RULE) % {"rule": repr(self.rule)})
        if self.field:
            parts.append(gettext(_IN_FIELD) % {"field": repr(self.field)})
        return ": ".join([", ".join(parts), self.message])

    def _all(self, gettext: Callable[[str], str]) -> str:
        return "\n".join(fault._one(gettext) for fault in self.faults)

    def __str__(self) -> str:
        return str(self.args[0])

    def localized(self, locale: str | None = None) -> str:
        return self._all(_words(locale).gettext)


class EngineFault(CooperationRulesError, RuntimeError):  # noqa: N818
    """The rule engine broke an invariant the library relies on (a bug, never bad input); says what it saw."""


_GAP = N_("no rule gives a verdict for event %(id)s of type %(type)s; facts: %(facts)s")


class RulebookGap(CooperationRulesError, RuntimeError):  # noqa: N818
    """No rule gave a verdict for a valid event: a gap in ``rules/``, never in the input. Names the event, its type
    and the facts the rules were given, in English (``str``) or in a person's language (``localized``)."""

    def __init__(self, event_id: str, event_type: str, facts: Mapping[str, object]) -> None:
        self.event_id, self.event_type, self.facts = event_id, event_type, dict(facts)
        super().__init__(self._message(N_))

    def _message(self, gettext: Callable[[str], str]) -> str:
        return gettext(_GAP) % {"id": repr(self.event_id), "type": repr(self.event_type), "facts": self.facts}

    def __reduce__(self) -> tuple[type[RulebookGap], tuple[str, str, dict[str, object]]]:
        # Rebuilt from what it names, not from its message: it crosses process boundaries whole.
        return (type(self), (self.event_id, self.event_type, self.facts))

    def __str__(self) -> str:
        return str(self.args[0])

    def localized(self, locale: str | None = None) -> str:
        return self._message(_words(locale).gettext)


class TemplatedError(CooperationRulesError):
    """An error whose message is a catalog template and what fills it, kept apart so that each reader gets
    their own language: English in ``str``, a person's language in ``localized``."""

    def __init__(self, template: str, /, **params: object) -> None:
        self.template, self.params = template, params
        super().__init__(template % params if params else template)

    def __str__(self) -> str:
        return str(self.args[0])

    def localized(self, locale: str | None = None) -> str:
        words = _words(locale).gettext(self.template)
        return words % self.params if self.params else words

    def __reduce__(self) -> tuple[Callable[..., TemplatedError], tuple[object, ...]]:
        # Rebuilt from its template, what fills it and its own attributes: it crosses process boundaries whole.
        return (_rebuilt, (type(self), self.template, self.params, dict(self.__dict__)))


def _rebuilt(
    cls: type[TemplatedError], template: str, params: dict[str, object], attributes: dict[str, object]
) -> TemplatedError:
    error = cls.__new__(cls)
    TemplatedError.__init__(error, template, **params)
    error.__dict__.update(attributes)
    return error


class EngineUnavailable(TemplatedError, RuntimeError):  # noqa: N818
    """The requested engine cannot run on this interpreter, or cannot hold these rules: says why and what to use."""


class LedgerError(TemplatedError):
    """A ledger cannot do what it was asked: the message says why, naming the event and the field, in English
    (``str``) or in a person's language (``localized``)."""

    code = "ledger_error"


_UNKNOWN_REFERENCE = N_("event %(event)s, field %(field)s: no event %(reference)s is recorded in the ledger")


class UnknownReference(LedgerError, KeyError):  # noqa: N818 - named like UnknownRule
    """An event names another (``request_id``, ``transfer_id``) that the ledger does not hold."""

    code = "unknown_reference"

    def __init__(self, event_id: str, field: str, reference: str) -> None:
        self.event_id, self.field, self.reference = event_id, field, reference
        super().__init__(_UNKNOWN_REFERENCE, event=repr(event_id), field=repr(field), reference=repr(reference))


class InconsistentReference(LedgerError, ValueError):  # noqa: N818
    """An event names another that cannot be what it says: of the wrong type, by the wrong Party, or contradicted."""

    code = "inconsistent_reference"


class ConflictingEvent(LedgerError, ValueError):  # noqa: N818
    """An event whose id the ledger already holds with a different content: the log is append-only."""

    code = "conflicting_event"


class LedgerSchemaError(LedgerError, RuntimeError):
    """A store whose schema this version of the library cannot use: newer than it knows, or not a ledger."""
