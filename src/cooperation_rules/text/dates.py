"""Long dates in the style each language's legal texts use.

CLDR's own long formats (``format_date(day, "long")``) abbreviate the Russian and Kazakh word for
"year" to one letter where legal texts spell it out: here the dates read "28 февраля 2027 года"
and "2027 жылғы 28 ақпан", as in the texts Kazakhstan publishes with Government Resolution
No. 411 ("23 ноября 2017 года", "2017 жылғы 23 қарашада"). English and Czech keep CLDR's long
form, which is already the one of their legal texts: the English text of the Agreement (the
unofficial translation published with Resolution No. 411) writes "Signed in Astana on November 23,
2017", Czech legislation "28. února 2027".

The patterns are CLDR date patterns read by Babel. ``MMMM`` is the format (not stand-alone) month
name, so Russian and Czech get the genitive ("февраля", "února") and Kazakh, whose month follows
the day as a plain noun, the nominative ("ақпан").

This module imports nothing of the package, so the localizer and anything else may use it.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from types import MappingProxyType

#: The long date pattern of each supported language code (CLDR syntax, quoted literals in ``'...'``).
LONG_DATE_PATTERNS: Mapping[str, str] = MappingProxyType(
    {
        "en": "MMMM d, yyyy",
        "ru": "d MMMM yyyy 'года'",
        "cs": "d. MMMM yyyy",
        "kk": "yyyy 'жылғы' d MMMM",
    }
)


def long_date(day: datetime.date, language: str) -> str:
    """The date ``day`` written out in full as the legal texts of ``language`` write it.

    ``language`` is a language code of ``LONG_DATE_PATTERNS`` ("en", "ru", "cs" or "kk"); any
    other raises ``KeyError`` rather than fall back silently to another language's form.
    """
    # Imported here so that importing this module stays cheap and free of Babel's locale data.
    from babel.dates import format_date

    return format_date(day, LONG_DATE_PATTERNS[language], locale=language)
