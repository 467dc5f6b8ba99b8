"""Whole letters, end to end through extraction: the invented letters in tests/letters/.

Each invented letter covers constructs the examples do not: a staatssecretaris, a Minister voor,
two signatories from different ministries, a letter to an organisation, running headers with
page numbers, superscript footnotes, an enclosed letter to a union.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from kg.cleaning import Text
from kg.extract import _headings, extract_letters
from kg.records import Letter
from tests.conftest import LETTERS


def extract(name: str) -> tuple[Letter, ...]:
    return extract_letters((LETTERS / name).read_text(encoding="utf-8"))


def about(letter: Letter) -> set[str]:
    return {policy.label for policy in letter.about}


def mentioned(letter: Letter) -> set[str]:
    return {m.entity.label for m in letter.policies}


def test_staatssecretaris_letter_to_the_tweede_kamer() -> None:
    (letter,) = extract("fin_staatssecretaris_toeslagen.txt")
    assert letter.date is not None and letter.date.value == dt.date(2025, 3, 14)
    assert (
        letter.subject is not None and letter.subject.value == "Voortgang hersteloperatie toeslagen"
    )
    assert letter.our_reference is not None and letter.our_reference.value == "2025-0000123456"
    assert letter.your_reference is not None and letter.your_reference.value == "2025Z01234"
    (signatory,) = letter.signatories
    assert (signatory.person.name, signatory.person.honorific) == (
        "A.B.C. de Vries-Jansen",
        "mr. drs.",
    )
    assert [p.label for p in signatory.posts] == ["Staatssecretaris van Financiën"]
    (recipient,) = letter.recipients
    assert (
        recipient.post is not None
        and recipient.post.label == "Voorzitter van de Tweede Kamer der Staten-Generaal"
    )
    assert letter.sender_organisation is not None
    assert letter.sender_organisation.value.name == "Ministerie van Financiën"  # from the post


def test_running_headers_and_page_numbers_do_not_leak_into_facts() -> None:
    (letter,) = extract("fin_staatssecretaris_toeslagen.txt")
    assert [c.identifier for c in letter.citations] == [
        "kst-31066-1402",
        "kst-31066-1390",
        "kst-36600-IXB-7",
    ]
    assert [(c.identifier, c.footnote) for c in letter.citations if c.footnote] == [
        ("kst-31066-1390", 1),
        ("kst-36600-IXB-7", 2),
    ]
    assert {n.number for n in letter.footnotes} == {1, 2}


def test_programme_with_acronym_and_a_law_title_in_lower_case() -> None:
    (letter,) = extract("fin_staatssecretaris_toeslagen.txt")
    assert about(letter) == {"Programma Herstel en Vernieuwing Toeslagen"}
    assert "Wet herstel kinderopvangtoeslag" in mentioned(letter)
    acronyms = {m.entity.acronym for m in letter.policies}
    assert "PHVT" in acronyms
    persons = {m.entity.name for m in letter.persons}
    # "de heer Omtzigt", "motie Omtzigt/Bikker"; the signatory is not "mentioned".
    assert persons == {"Omtzigt", "Bikker"}


def test_letter_to_an_organisation_signed_by_two_ministers() -> None:
    (letter,) = extract("ezk_brief_aan_vno.txt")
    assert (
        letter.subject is not None
        and letter.subject.value == "Uitvoering Klimaatakkoord in de industrie"
    )
    assert letter.our_reference is not None and letter.our_reference.value == "DGKE / 24123456"
    (recipient,) = letter.recipients
    assert recipient.organisation is not None and recipient.organisation.key == "vno-ncw"
    assert recipient.person is not None
    assert (recipient.person.name, recipient.person.honorific) == ("I. Smit-van Dam", "mevrouw")
    signed = [
        (s.person.name, s.posts[0].label, s.posts[0].organisation) for s in letter.signatories
    ]
    assert [(name, post) for name, post, _ in signed] == [
        ("P. de Boer", "Minister van Economische Zaken en Klimaat"),
        ("K. van der Linden", "Minister voor Klimaat en Energie"),
    ]
    assert all(org is not None and org.key == "ezk" for _, _, org in signed)
    assert about(letter) == {"Klimaatakkoord"}
    assert "Uitvoering Klimaatakkoord" not in mentioned(letter)
    assert [c.identifier for c in letter.citations] == ["kst-29826-221", "CELEX:32023L1791"]


def test_cover_letter_with_an_enclosed_letter_to_a_union() -> None:
    cover, enclosed = extract("ocw_kitchen_sink.txt")
    assert (cover.enclosed_by, enclosed.enclosed_by) == (None, 0)
    assert [s.person.name for s in cover.signatories] == ["E. van Laar-Haverkamp", "T. Bakker"]
    assert [p.label for s in cover.signatories for p in s.posts] == [
        "Minister van Onderwijs, Cultuur en Wetenschap",
        "Staatssecretaris van Onderwijs, Cultuur en Wetenschap",
    ]
    assert about(cover) == {"Meerjarenprogramma Lerarentekort"}
    assert {"Onderwijsakkoord", "Wet op het primair onderwijs"} <= mentioned(cover)
    assert [c.identifier for c in cover.citations] == [
        "kst-27923-512",
        "https://www.rijksoverheid.nl/documenten/rapporten/2025/06/30/lerarentekort",
    ]
    organisations = {m.entity.name: m.entity.acronym for m in cover.organisations}
    assert organisations["Algemene Onderwijsbond"] == "AOb"
    # Known to the gazetteer, and named by the letter's own acronym too: one organisation.
    inspectie = {
        m.quote: m.entity.key for m in cover.organisations if m.entity.key == "inspectie-onderwijs"
    }
    assert inspectie == {
        "Inspectie van het Onderwijs": "inspectie-onderwijs",
        "IvhO": "inspectie-onderwijs",
    }
    (recipient,) = enclosed.recipients
    assert (
        recipient.organisation is not None
        and recipient.organisation.name == "Algemene Onderwijsbond"
    )
    assert recipient.person is not None and recipient.person.name == "J. de Graaf"
    # The enclosed letter shares the cover's return address, so its sender organisation.
    assert enclosed.sender_organisation is not None
    assert enclosed.sender_organisation.value.key == "ocw"


def test_two_independent_letters_in_one_file_do_not_enclose_each_other(tmp_path: Path) -> None:
    one = (LETTERS / "ezk_brief_aan_vno.txt").read_text(encoding="utf-8")
    two = (LETTERS / "fin_staatssecretaris_toeslagen.txt").read_text(encoding="utf-8")
    letters = extract_letters(one + "\n\n\n" + two)
    assert [(letter.is_annex, letter.enclosed_by) for letter in letters] == [
        (False, None),
        (False, None),
    ]


def test_an_eu_act_named_by_acronym_and_by_number_is_one_policy() -> None:
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Datum 3 maart 2025\nBetreft Gegevensbescherming\n\nGeachte voorzitter,\n\n"
        "De AVG geldt sinds 2018.1 Ook de AVG zelf wordt geëvalueerd.\n\n"
        "1 Verordening (EU) 2016/679.\n"
    )
    (letter,) = extract_letters(text)
    keys = {(m.entity.key, m.entity.celex) for m in letter.policies}
    assert keys == {("celex-32016R0679", "32016R0679")}
    assert [p.label for p in letter.about] == ["Algemene verordening gegevensbescherming"]


@given(
    st.lists(st.sampled_from(["ab", "c", " ", "\t", "\n", "\n\n", ".", "a b c"]), max_size=30).map(
        "".join
    )
)
def test_headings_are_the_lines_standing_alone_as_one_pattern_finds_them(value: str) -> None:
    """The oracle: one pattern tried at every position (the first line, or after a blank one)."""
    expected = []
    for m in re.finditer(r"(?:^|\n[ \t]*\n)[ \t]*([^\n]{3,})(?=\n[ \t]*\n|\Z)", value):
        line = m.group(1).rstrip()
        if len(line) <= 100 and not line.endswith((".", ",", ";")):
            expected.append((m.start(1), m.start(1) + len(line)))
    assert _headings(Text.of(value)) == expected
