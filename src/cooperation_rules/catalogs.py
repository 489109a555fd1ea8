"""The message catalogs and the choice of language: the one module every other module may import.

Everything the library writes for a person comes from a gettext catalog in English, Russian,
Czech or Kazakh (``locale/<lang>/LC_MESSAGES/messages.po``, compiled to ``.mo`` when the
package is built). This module marks messages for extraction (``N_``, ``NP_``), decides which
language to speak, and reads the compiled catalogs. It imports nothing of the package, so that
``errors`` and every other module can mark and translate messages without an import cycle; the
names of wire values, labels and dates are in ``text.localizer``, one layer up.

Which language: a locale given explicitly wins; otherwise the environment in gettext's order.
``LANGUAGE`` is a colon-separated list of preferences (``xx:cs``) whose first supported entry
wins; then the first non-empty of ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` (the POSIX order).
As in GNU gettext, ``LANGUAGE`` is ignored when that locale is ``C`` or ``POSIX`` (plain text
asked for); unlike it, ``LANGUAGE`` is read when none of the three is set, and a ``LANGUAGE``
with no supported entry leaves the choice to them. A locale is reduced to its language
(``cs_CZ.UTF-8`` is ``cs``, ``ru-RU`` is ``ru``); a language without a catalog (``de``,
``C``, ``POSIX``) gives English. Nothing here is global: no ``gettext.install()``, no current
language; each catalog is read once per process and never changed.
"""

from __future__ import annotations

import gettext
import os
import warnings
from collections.abc import Mapping
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Final

# Babel is imported where a catalog is read: marking a message needs nothing.

DOMAIN: Final = "messages"
#: Where the compiled catalogs live: ``locale/<lang>/LC_MESSAGES/messages.mo``.
LOCALE_DIR: Final = Path(__file__).resolve().parent / "locale"
#: Environment variables read for the locale when none is given, in order (POSIX).
ENVIRONMENT_VARIABLES: Final = ("LC_ALL", "LC_MESSAGES", "LANG")
#: The list of preferred languages read before them (gettext), separated by colons.
LANGUAGE_VARIABLE: Final = "LANGUAGE"


class Language(StrEnum):
    """The languages the Agreement was signed in (final clause of Article 18), as ISO 639-1 codes."""

    EN = "en"
    RU = "ru"
    CS = "cs"
    KK = "kk"


#: The language of the text quoted and the fallback.
ENGLISH: Final = Language.EN


def N_(message: str) -> str:  # noqa: N802 - the gettext convention for a message marked, not translated
    """Mark an English message for the catalogs; it is translated where it is shown."""
    return message


def NP_(context: str, message: str) -> tuple[str, str]:  # noqa: N802 - the gettext convention, as N_
    """Mark ``message`` in ``context`` (``pgettext``) for the catalogs without translating it."""
    return context, message


# ----------------------------------------------------------------------------- which language


def normalise(locale: str) -> Language | None:
    """The supported language of a locale name (``cs_CZ.UTF-8`` -> ``cs``), or ``None``."""
    base = locale.strip().split(".", 1)[0].split("@", 1)[0].replace("-", "_").split("_", 1)[0].lower()
    try:
        return Language(base)
    except ValueError:
        return None


def _is_plain(locale: str) -> bool:
    """True for the locales that ask for untranslated text: ``C``, ``POSIX`` and ``C.<codeset>``."""
    name = locale.strip()
    return name in ("C", "POSIX") or name.startswith("C.")


def locale_from_environment(environ: Mapping[str, str] | None = None) -> Language:
    """The language the environment asks for (gettext's order); English if none or unsupported.

    The first supported entry of ``LANGUAGE`` (``xx:cs`` is ``cs``), unless the locale of the first
    non-empty ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` is ``C`` or ``POSIX``; else that locale's language.
    """
    env = os.environ if environ is None else environ
    locale = next((value for name in ENVIRONMENT_VARIABLES if (value := env.get(name, ""))), "")
    if not _is_plain(locale):
        for entry in env.get(LANGUAGE_VARIABLE, "").split(":"):
            if entry and (language := normalise(entry)) is not None:
                return language
    return (normalise(locale) if locale else None) or ENGLISH


def resolve_locale(locale: str | None = None, *, environ: Mapping[str, str] | None = None) -> Language:
    """The language to speak: ``locale`` if given (English when unsupported), else the environment's."""
    if locale is None:
        return locale_from_environment(environ)
    return normalise(locale) or ENGLISH


# ----------------------------------------------------------------------------- catalogs


def catalog_path(language: Language) -> Path:
    """The compiled catalog of ``language``."""
    return LOCALE_DIR / language.value / "LC_MESSAGES" / f"{DOMAIN}.mo"


@cache
def translations(language: Language) -> gettext.NullTranslations:
    """The catalog of ``language``, read once; English words (``NullTranslations``) with a warning if it is missing."""
    from babel.support import Translations

    path = catalog_path(language)
    try:
        with path.open("rb") as handle:
            return Translations(handle, domain=DOMAIN)
    except FileNotFoundError:
        warnings.warn(
            f"no compiled catalog {path}: messages in {language.value!r} fall back to English "
            "(the catalogs are compiled when the package is built: pip install -e .)",
            RuntimeWarning,
            stacklevel=2,
        )
        return gettext.NullTranslations()


def has_catalog(language: Language) -> bool:
    """True when ``language`` speaks from a real compiled catalog, not the silent English fallback."""
    return isinstance(translations(language), gettext.GNUTranslations)
