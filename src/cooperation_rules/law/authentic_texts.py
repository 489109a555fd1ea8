"""The Agreement's other authentic texts, kept beside the English one and quoted with it.

The Agreement was signed in Kazakh, Czech, Russian and English, "all texts equally authentic";
in case of disagreement the Parties refer to the English text (final clause of Article 18).
Every citation therefore quotes the English text. A rules folder may also hold
``texts/<lang>.yaml`` for ``kk``, ``cs`` or ``ru``: a mapping from eIds to that language's
authentic text of the same provision. Where such a text exists, a citation carries it too
(``Citation.authentic_texts``). The bundled rules hold none: this library does not invent
translations of the treaty.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Final

from ..catalogs import Language
from ..errors import RuleFileError

#: The languages of the Agreement's authentic texts other than English (final clause of Article 18).
OTHER_AUTHENTIC_LANGUAGES: Final = (Language.KK, Language.CS, Language.RU)
#: The folder, inside a rules folder, of the other authentic texts.
TEXTS_FOLDER: Final = "texts"


@dataclass(frozen=True)
class AuthenticTextFile:
    """One ``texts/<lang>.yaml``: its name, its language, and its texts by eId."""

    file: str
    language: Language
    texts: Mapping[str, str]


def read_authentic_text_file(path: Path, *, name: str | None = None) -> AuthenticTextFile:
    """Read ``<lang>.yaml``: a mapping of eIds to non-empty texts. Faults name the file and the eId."""
    name = name or path.name
    language = next((lang for lang in OTHER_AUTHENTIC_LANGUAGES if lang.value == path.stem), None)
    if language is None:
        expected = ", ".join(f"{lang.value}.yaml" for lang in OTHER_AUTHENTIC_LANGUAGES)
        raise RuleFileError(name, f"not a language of the Agreement's other authentic texts; expected one of: {expected}")
    from ..rulefiles.reading import read_yaml_file  # loaded only when a rules folder has other authentic texts

    raw = read_yaml_file(path, name)
    if not isinstance(raw, dict):
        raise RuleFileError(name, "an authentic text file is a mapping from eIds to texts")
    texts: dict[str, str] = {}
    for eid, text in raw.items():
        if not isinstance(eid, str):
            raise RuleFileError(name, f"{eid!r} is not an eId")
        if not isinstance(text, str) or not text.strip():
            raise RuleFileError(name, "the text of a provision is a non-empty string", field=eid)
        texts[eid] = text.strip()
    return AuthenticTextFile(name, language, MappingProxyType(texts))


def read_authentic_texts(rules_folder: Path) -> tuple[AuthenticTextFile, ...]:
    """Every ``texts/*.yaml`` of a rules folder, by name; none when it has no ``texts/`` folder."""
    folder = rules_folder / TEXTS_FOLDER
    if not folder.is_dir():
        return ()
    return tuple(read_authentic_text_file(p, name=f"{TEXTS_FOLDER}/{p.name}") for p in sorted(folder.glob("*.yaml")))


def index_authentic_texts(files: Iterable[AuthenticTextFile], eids: Container[str]) -> Mapping[str, Mapping[str, str]]:
    """The texts by eId, then by language code. An eId the Agreement does not have is a ``RuleFileError``."""
    index: dict[str, dict[str, str]] = {}
    for f in files:
        for eid, text in f.texts.items():
            if eid not in eids:
                raise RuleFileError(f.file, f"eId {eid!r} names no provision of the Agreement", field=eid)
            index.setdefault(eid, {})[f.language.value] = text
    return MappingProxyType({eid: MappingProxyType(by_language) for eid, by_language in index.items()})
