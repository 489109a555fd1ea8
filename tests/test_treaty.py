"""The authentic English text, provision by provision: faithful to the source, labelled, and fully accounted for."""

from __future__ import annotations

import pytest

from conftest import AUTHENTIC_PARAGRAPHS, SHARED_TREATY_SOURCE, TREATY_SOURCE
from cooperation_rules import Rulebook, UnknownProvision
from cooperation_rules.law.provisions import Treaty


@pytest.fixture(scope="module")
def rulebook() -> Rulebook:
    return Rulebook.load()


@pytest.fixture(scope="module")
def treaty(rulebook: Rulebook) -> Treaty:
    return rulebook.treaty


def normalise(text: str) -> list[str]:
    """Words of a text, compared independently of layout.

    - Split on any whitespace: line breaks and paragraph spacing are layout, not text.
    - Drop tokens that are exactly "-": the source marks some list items with a dash
      ("- 1) organized crime;") and others not; the dash is list layout, not treaty text.
    - Strip "*": the source uses markdown emphasis ("*Prime Minister of the ... Kazakhstan*").
    """
    words = (token.replace("*", "") for token in text.split() if token != "-")
    return [word for word in words if word]


def test_the_repository_copy_of_the_text_is_the_shared_source() -> None:
    if not SHARED_TREATY_SOURCE.is_file():
        pytest.skip(f"no shared source {SHARED_TREATY_SOURCE} beside this clone to compare the repository's copy with")
    assert TREATY_SOURCE.read_bytes() == SHARED_TREATY_SOURCE.read_bytes()


def test_rebuilt_text_matches_the_source(treaty: Treaty) -> None:
    assert TREATY_SOURCE.is_file(), "the repository's copy of the text is part of the checkout"
    source = normalise(TREATY_SOURCE.read_text(encoding="utf-8"))
    rebuilt = normalise(treaty.rebuild_text())
    assert len(source) > 2000  # the whole Agreement, not a stub
    if rebuilt != source:
        pairs = enumerate(zip(rebuilt, source, strict=False))
        first = next((i for i, (a, b) in pairs if a != b), min(len(rebuilt), len(source)))
        pytest.fail(
            f"rebuilt text differs from {TREATY_SOURCE.name} at word {first}: "
            f"rebuilt {' '.join(rebuilt[first : first + 12])!r} vs source {' '.join(source[first : first + 12])!r} "
            f"({len(rebuilt)} vs {len(source)} words)"
        )


def test_rebuilt_text_has_every_article_heading_in_order(treaty: Treaty) -> None:
    text = treaty.rebuild_text()
    positions = [text.index(f"\n\nArticle {n}\n\n") for n in range(1, 19)]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    ("eid", "label"),
    [
        ("art_10__point_5", "Article 10, item 5"),
        ("art_9__para_4", "Article 9(4)"),
        ("art_2__point_7", "Article 2, item 7"),
        ("art_18__para_2", "Article 18(2)"),
        ("art_12", "Article 12"),
        ("art_17", "Article 17"),
        ("art_9", "Article 9"),
    ],
)
def test_labels(rulebook: Rulebook, eid: str, label: str) -> None:
    assert rulebook.provision(eid).label == label


def test_provision_text_is_verbatim(rulebook: Rulebook) -> None:
    # Art. 17, last sentence, as printed in the Agreement.
    assert rulebook.provision("art_17").text.endswith(
        "The suspension of this Agreement and its cancellation shall take effect fifteen days after the date of "
        "receipt of such notice by the other Contracting Party."
    )
    assert rulebook.provision("art_2__point_8").text == "cybercrime;"


def test_assembled_article_contains_all_its_paragraphs(rulebook: Rulebook, treaty: Treaty) -> None:
    article = rulebook.provision("art_9")
    # One phrase from each of the six paragraphs of Article 9.
    phrases = [
        "shall be provided upon written request",
        "shall respond to the request referred to in paragraph 1 of this article in urgent manner",
        "inform each other about individual cases without request",
        "may partially or fully refuse a request for assistance",
        "immediately inform each other in writing in cases of refusal",
        "shall use English language, unless otherwise agreed",
    ]
    positions = [article.text.index(phrase) for phrase in phrases]
    assert positions == sorted(positions)
    for n in range(1, 7):
        part = rulebook.provision(f"art_9__para_{n}")
        assert part.parent == "art_9"
        assert f"{n}. {part.text}" in article.text
    assert [p.eid for p in treaty.leaves if p.parent == "art_9"] == [f"art_9__para_{n}" for n in range(1, 7)]


def test_unknown_provision_suggests_close_eids(rulebook: Rulebook) -> None:
    with pytest.raises(UnknownProvision) as info:
        rulebook.provision("art_9__para_7")
    assert info.value.eid == "art_9__para_7"
    message = str(info.value)
    assert "art_9__para_7" in message
    assert "did you mean" in message
    assert "art_9__para_6" in message


def test_unknown_provision_is_a_key_error(rulebook: Rulebook) -> None:
    with pytest.raises(KeyError):
        rulebook.provision("art_19")
    assert "art_19" not in rulebook.treaty


def test_treaty_order(treaty: Treaty) -> None:
    eids = [p.eid for p in treaty]
    assert eids.index("preamble") < eids.index("art_1__para_1") < eids.index("art_9") < eids.index("art_9__para_1")
    assert eids.index("art_9__para_6") < eids.index("art_10") < eids.index("art_18__para_3") < eids.index("conclusions__para_1")
    assert [treaty.order(e) for e in eids] == list(range(len(eids)))
    assert len(treaty) == len(eids)


#: Provisions that decide no act: the Resolution approving the Agreement, its title and preamble,
#: the objectives in Article 1(1), the dispute, amendment and relation-to-other-treaties clauses
#: (Articles 14, 15 and 16), and the two signature blocks.
NON_OPERATIVE = {
    "resolution__title",
    "resolution__note_1",
    "resolution__intro",
    "resolution__note_2",
    "resolution__formula",
    "resolution__para_1",
    "resolution__para_2",
    "resolution__signatory",
    "resolution__signature",
    "resolution__approval",
    "title",
    "preamble",
    "art_1__para_1",
    "art_14",
    "art_15",
    "art_16",
    "conclusions__signatory_kz",
    "conclusions__signatory_cz",
}


def test_every_leaf_is_either_cited_or_explained_as_binding_no_event(rulebook: Rulebook, treaty: Treaty) -> None:
    cited = {eid for rule in rulebook.rules for eid in rule.cites}
    both = [p.eid for p in treaty.leaves if p.eid in cited and p.binds_no_event]
    neither = [p.eid for p in treaty.leaves if p.eid not in cited and not p.binds_no_event]
    assert both == [], "cited by a rule yet marked binds_no_event"
    assert neither == [], "neither cited by any rule nor explained by binds_no_event"


def test_non_operative_provisions_are_exactly_the_expected_ones(treaty: Treaty) -> None:
    assert {p.eid for p in treaty.leaves if p.binds_no_event} == NON_OPERATIVE
    for p in treaty.leaves:
        if p.binds_no_event:
            assert len(p.binds_no_event.strip()) > 5, p.eid


def test_every_article_has_an_operative_provision_except_14_to_16(rulebook: Rulebook, treaty: Treaty) -> None:
    cited_articles = {eid.split("__")[0] for rule in rulebook.rules for eid in rule.cites if eid.startswith("art_")}
    assert cited_articles == {f"art_{n}" for n in range(1, 19)} - {"art_14", "art_15", "art_16"}


def test_the_quoted_paragraphs_used_by_other_tests_are_verbatim() -> None:
    if not TREATY_SOURCE.is_file():
        pytest.skip(f"the shared treaty text {TREATY_SOURCE} does not exist in this checkout")
    source = " ".join(TREATY_SOURCE.read_text(encoding="utf-8").split())
    for paragraph in AUTHENTIC_PARAGRAPHS:
        assert paragraph in source
