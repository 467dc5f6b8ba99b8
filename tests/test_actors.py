"""Actors: signatories with their posts, addressees as written, persons named in the text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.cleaning import Text
from kg.extract import actors
from kg.extract.actors import (
    find_persons,
    find_recipients,
    find_signatures,
    organisation_names,
    parse_post,
)


@pytest.mark.parametrize(
    ("written", "label", "title", "organisation"),
    [
        (
            "De Minister van Sociale Zaken en Werkgelegenheid,",
            "Minister van Sociale Zaken en Werkgelegenheid",
            "Minister",
            "Ministerie van Sociale Zaken en Werkgelegenheid",
        ),
        (
            "de staatssecretaris van Financiën",
            "Staatssecretaris van Financiën",
            "Staatssecretaris",
            "Ministerie van Financiën",
        ),
        (
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal".removeprefix("Aan "),
            "Voorzitter van de Tweede Kamer der Staten-Generaal",
            "Voorzitter",
            "Tweede Kamer der Staten-Generaal",
        ),
        (
            "De Minister-president",
            "Minister-president",
            "Minister-president",
            "Ministerie van Algemene Zaken",
        ),
        (
            "de minister voor Basis- en Voortgezet Onderwijs en Media,",
            "Minister voor Basis- en Voortgezet Onderwijs en Media",
            "Minister",
            "Ministerie van Onderwijs, Cultuur en Wetenschap",
        ),
    ],
)
def test_posts_and_their_organisation(
    written: str, label: str, title: str, organisation: str
) -> None:
    post = parse_post(written)
    assert post is not None
    assert (post.label, post.title) == (label, title)
    assert post.organisation is not None and post.organisation.name == organisation


def test_unknown_minister_voor_has_no_organisation_guessed() -> None:
    post = parse_post("De Minister voor Ruimtevaart")
    assert post is not None and post.organisation is None


def test_not_a_post() -> None:
    assert parse_post("Hoogachtend,") is None


def test_combined_posts_are_one_person_with_two_posts() -> None:
    text = Text.of(
        "Hoogachtend,\n\nDe Minister-president, Minister van Algemene Zaken,\n\nR.A.A. Jetten\n\n"
        "De Minister van Onderwijs, Cultuur en\nWetenschap,\n\nmr. E. van Laar-Haverkamp\n"
    )
    signatures = find_signatures(text)
    assert [
        (s.signatory.person.name, [p.label for p in s.signatory.posts]) for s in signatures
    ] == [
        ("R.A.A. Jetten", ["Minister-president", "Minister van Algemene Zaken"]),
        ("E. van Laar-Haverkamp", ["Minister van Onderwijs, Cultuur en Wetenschap"]),
    ]
    assert signatures[1].signatory.person.honorific == "mr."
    first = signatures[0].signatory
    assert text.value[first.span.start : first.span.end] == first.quote


def test_a_sentence_starting_with_de_minister_is_no_signature() -> None:
    text = Text.of("De Minister van Financiën heeft toegezegd dat\nhij de Kamer informeert.\n")
    assert find_signatures(text) == []


def test_recipient_post_after_the_return_address_and_address_not_taken_for_a_name() -> None:
    text = Text.of(
        "> Retouradres Postbus 90801 2509 LV Den Haag\n\nDe voorzitter van de Eerste Kamer\n"
        "der Staten-Generaal\nKazernestraat 52\n2514 CV Den Haag\n\nDatum 26 mei 2026\n"
    )
    (recipient,) = find_recipients(text, len(text))
    assert (
        recipient.post is not None
        and recipient.post.label == "Voorzitter van de Eerste Kamer der Staten-Generaal"
    )
    assert recipient.organisation is not None and recipient.organisation.key == "eerste-kamer"
    assert recipient.person is None
    assert "Kazernestraat" not in recipient.quote


def test_recipient_organisation_for_the_attention_of_a_person() -> None:
    text = Text.of(
        "> Retouradres Postbus 1 2500 AA Den Haag\n\nFNV\nt.a.v. dhr. Hans Spekman\nPostbus 9208\n3506 GE Utrecht\n"
    )
    (recipient,) = find_recipients(text, len(text))
    assert recipient.organisation is not None and recipient.organisation.name == "FNV"
    assert recipient.person is not None
    assert (recipient.person.name, recipient.person.honorific) == ("Hans Spekman", "dhr.")
    assert recipient.post is None


def test_recipient_written_with_aan() -> None:
    text = Text.of(
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 2 februari 2026\n"
    )
    (recipient,) = find_recipients(text, len(text))
    assert recipient.post is not None and recipient.post.title == "Voorzitter"


def test_persons_named_with_an_honorific_or_title() -> None:
    text = Text.of(
        "Directeur-Generaal van de Internationale Arbeidsorganisatie (IAO) dhr. Houngbo is er. "
        "Ook minister Van der Staaij en mevrouw E. de Vries. De heer Nederland bestaat niet."
    )
    names = [m.entity.name for m in find_persons(text, organisation_names() | {"Nederland"})]
    assert names == ["Houngbo", "Van der Staaij", "E. de Vries"]


_SPACE = st.text(alphabet=" \t\u00a0\u2003\x0b\x1c", max_size=2)
_POST_LINE = st.tuples(
    _SPACE,
    st.sampled_from(["De", "de", "DE", "dE", "Dee"]),
    _SPACE,
    st.sampled_from(["Minister", "staatssecretaris", "MINISTER-PRESIDENT"]),
    st.sampled_from([" van Financiën,", ",", ""]),
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_POST_LINE, st.text(alphabet="dDeE \tab,", max_size=6)), max_size=8))
def test_every_line_a_signature_may_start_on_is_tried(lines: list[str]) -> None:
    """The lines found quickly as those that may start a signature hold every line its post
    pattern matches."""
    value = "\n".join(lines)
    spans = list(Text.of(value).lines())
    matching = [i for i, line in enumerate(spans) if actors._SIGNATURE_POST.match(value, *line)]
    starts = actors._SIGNATURE_LINE.starts(value)
    tried = {next(i for i, (start, _) in enumerate(spans) if start == s) for s in starts}
    assert set(matching) <= tried
