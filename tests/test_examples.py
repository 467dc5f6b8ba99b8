"""Acceptance: the facts a careful reader takes from the two bundled example letters."""

from __future__ import annotations

import pytest
from rdflib import Graph

from tests.conftest import select

PAUL_FILE = "000_a3579bbfb314e289.txt"
VIJLBRIEF_FILE = "003_e4bfe05c462bed1b.txt"


def letters_of(graph: Graph, file_name: str) -> list[tuple[str, ...]]:
    return select(
        graph,
        f"""SELECT ?letter ?date ?ref WHERE {{
              ?letter a kg:Letter ; kg:derivedFrom/kg:fileName "{file_name}" .
              OPTIONAL {{ ?letter kg:date ?date }} OPTIONAL {{ ?letter kg:ourReference ?ref }}
            }} ORDER BY ?ref""",
    )


def test_paul_letter_is_one_letter_of_2_february_2026(examples_graph: Graph) -> None:
    rows = letters_of(examples_graph, PAUL_FILE)
    assert [(date, ref) for _, date, ref in rows] == [("2026-02-02", "")]


def test_paul_letter_sender_and_recipient(examples_graph: Graph) -> None:
    rows = select(
        examples_graph,
        f"""SELECT ?sender ?post ?org ?recipient ?recipientOrg WHERE {{
              ?letter a kg:Letter ; kg:derivedFrom/kg:fileName "{PAUL_FILE}" ;
                      kg:sender ?s ; kg:recipient ?r .
              ?s rdfs:label ?sender ; kg:holds ?p . ?p rdfs:label ?post ; kg:postIn/rdfs:label ?org .
              ?r a kg:Post ; rdfs:label ?recipient ; kg:postIn/rdfs:label ?recipientOrg .
            }}""",
    )
    assert rows == [
        (
            "M.L.J. Paul",
            "Minister van Sociale Zaken en Werkgelegenheid",
            "Ministerie van Sociale Zaken en Werkgelegenheid",
            "Voorzitter van de Tweede Kamer der Staten-Generaal",
            "Tweede Kamer der Staten-Generaal",
        )
    ]


def test_paul_letter_or_its_annotated_agenda_cites(examples_graph: Graph) -> None:
    cited = {
        row[0]
        for row in select(
            examples_graph,
            f"""SELECT ?id WHERE {{
                  ?letter a kg:Letter ; kg:derivedFrom/kg:fileName "{PAUL_FILE}" ; kg:cites ?doc .
                  ?doc kg:identifier ?id }}""",
        )
    }
    assert {
        "kst-29861-158",
        "kst-21501-31-669",
        "kst-31765-943",
        "kst-29544-1304",
        "CELEX:32022L2041",
    } <= cited


def test_annotated_agenda_is_an_annex_of_the_letter_not_a_letter(examples_graph: Graph) -> None:
    rows = select(
        examples_graph,
        f"""SELECT ?subject WHERE {{
              ?letter a kg:Letter ; kg:hasAnnex ?annex .
              ?annex a kg:Annex ; kg:subject ?subject ; kg:derivedFrom/kg:fileName "{PAUL_FILE}" ;
                     kg:cites <https://zoek.officielebekendmakingen.nl/kst-29861-158> .
            }}""",
    )
    assert len(rows) == 1
    assert rows[0][0].startswith("GEANNOTEERDE AGENDA INFORMELE RAAD WERKGELEGENHEID EN SOCIAAL")


def test_paul_letter_policies(examples_graph: Graph) -> None:
    about = select(
        examples_graph,
        f"""SELECT ?label ?name WHERE {{
              ?letter a kg:Letter ; kg:derivedFrom/kg:fileName "{PAUL_FILE}" ; kg:about ?policy .
              ?policy rdfs:label ?label .
              OPTIONAL {{ ?policy skos:altLabel ?name }}
            }}""",
    )
    names = {label for label, _ in about} | {name for _, name in about}
    assert "Verordening (EG) nr. 883/2004" in names
    assert "Richtlijn Toereikende Europese Minimumlonen" in names
    assert "Europese Anti-Armoedestrategie" in names
    assert "Hoofdlijnenakkoord Ouderenzorg" in names


def test_acronyms_resolve_to_their_policy(examples_graph: Graph) -> None:
    rows = select(
        examples_graph,
        """SELECT ?label ?acronym WHERE { ?p a kg:Policy ; rdfs:label ?label ; kg:acronym ?acronym }
           ORDER BY ?acronym""",
    )
    assert ("Europese Anti-Armoedestrategie", "EAAS") in rows
    assert ("Hoofdlijnenakkoord Ouderenzorg", "HLO") in rows
    # One node per policy however it is spelt: AntiArmoedestrategie, anti-armoedestrategie, EAAS.
    spellings = select(
        examples_graph,
        """SELECT ?p WHERE { ?p a kg:Policy ; rdfs:label ?l FILTER(CONTAINS(LCASE(?l), "armoedestrategie")) }""",
    )
    assert len(spellings) == 1


def test_vijlbrief_file_holds_four_letters_of_26_may_2026(examples_graph: Graph) -> None:
    rows = letters_of(examples_graph, VIJLBRIEF_FILE)
    assert [(date, ref) for _, date, ref in rows] == [
        ("2026-05-26", "2026-0000185362"),
        ("2026-05-26", "2026-0000185371"),
        ("2026-05-26", "2026-0000185373"),
        ("2026-05-26", "2026-0000185488"),
    ]


def test_cover_letter_encloses_the_three_union_letters(examples_graph: Graph) -> None:
    rows = select(
        examples_graph,
        """SELECT ?coverRef ?ref ?org ?person ?honorific WHERE {
             ?cover kg:ourReference ?coverRef ; kg:encloses ?letter .
             ?letter kg:ourReference ?ref ; kg:recipient ?o, ?p .
             ?o a kg:Organisation ; rdfs:label ?org .
             ?p a kg:Person ; rdfs:label ?person ; kg:honorific ?honorific .
           } ORDER BY ?ref""",
    )
    assert rows == [
        ("2026-0000185488", "2026-0000185362", "FNV", "Hans Spekman", "dhr."),
        ("2026-0000185488", "2026-0000185371", "CNV", "Hans van den Heuvel", "dhr."),
        ("2026-0000185488", "2026-0000185373", "VCP", "Nic van Holstein", "dhr."),
    ]


def test_cover_letter_from_vijlbrief_to_the_eerste_kamer(examples_graph: Graph) -> None:
    rows = select(
        examples_graph,
        """SELECT ?sender ?recipient ?org ?subject WHERE {
             ?letter kg:ourReference "2026-0000185488" ; kg:sender/rdfs:label ?sender ;
                     kg:subject ?subject ; kg:recipient ?r .
             ?r rdfs:label ?recipient ; kg:postIn/rdfs:label ?org .
           }""",
    )
    assert rows == [
        (
            "J.A. Vijlbrief",
            "Voorzitter van de Eerste Kamer der Staten-Generaal",
            "Eerste Kamer der Staten-Generaal",
            "Brief reactie ultimatum vakbeweging d.d. 11 mei 2026",
        )
    ]


def test_each_union_letter_signed_by_four_ministers_and_cites_the_motion(
    examples_graph: Graph,
) -> None:
    for ref in ("2026-0000185362", "2026-0000185371", "2026-0000185373"):
        signed = select(
            examples_graph,
            f"""SELECT ?name ?post WHERE {{
                  ?letter kg:ourReference "{ref}" ; kg:sender ?p ;
                          kg:cites <https://zoek.officielebekendmakingen.nl/kst-36848-57> .
                  ?p rdfs:label ?name ; kg:holds/rdfs:label ?post }} ORDER BY ?name ?post""",
        )
        assert signed == [
            ("A.A. Aartsen", "Minister van Werk en Participatie"),
            ("H.G. Herbert", "Minister van Economische Zaken en Klimaat"),
            ("J.A. Vijlbrief", "Minister van Sociale Zaken en Werkgelegenheid"),
            ("R.A.A. Jetten", "Minister van Algemene Zaken"),
            ("R.A.A. Jetten", "Minister-president"),
        ]


ENTITIES = [
    ("kg:Person", "Vijlbrief"),
    ("kg:Person", "Jetten"),
    ("kg:Person", "Aartsen"),
    ("kg:Person", "Herbert"),
    ("kg:Organisation", "FNV"),
    ("kg:Organisation", "CNV"),
    ("kg:Organisation", "VCP"),
    ("kg:Organisation", "IAO"),
    ("kg:Organisation", "Internationale Arbeidsorganisatie"),
    ("kg:Organisation", "Europese Commissie"),
    ("kg:Policy", "883/2004"),
]


@pytest.mark.parametrize(("kind", "name"), ENTITIES, ids=[name for _, name in ENTITIES])
def test_one_node_per_entity_however_often_and_however_named(
    examples_graph: Graph, kind: str, name: str
) -> None:
    """Every node of the kind whose names, or any quote it was read from, contain the name."""
    nodes = select(
        examples_graph,
        f"""SELECT DISTINCT ?node WHERE {{
              ?node a {kind} .
              {{ ?node rdfs:label|skos:altLabel|kg:acronym ?name }}
              UNION {{ ?evidence rdf:object ?node ; kg:quote ?name }}
              FILTER(CONTAINS(STR(?name), "{name}"))
            }}""",
    )
    assert len(nodes) == 1, (name, nodes)


def test_houngbo_is_mentioned_once_as_one_person(examples_graph: Graph) -> None:
    rows = select(
        examples_graph,
        """SELECT DISTINCT ?person WHERE { ?doc kg:mentions ?person . ?person a kg:Person ;
             rdfs:label "Houngbo" }""",
    )
    assert len(rows) == 1


def test_footnote_citations_keep_their_footnote_and_raw_text(examples_graph: Graph) -> None:
    rows = select(
        examples_graph,
        """SELECT ?footnote ?quote WHERE {
             ?e a kg:Evidence ; rdf:predicate kg:cites ; kg:footnote ?footnote ; kg:quote ?quote ;
                rdf:subject ?doc ; rdf:object <https://zoek.officielebekendmakingen.nl/kst-29861-158> .
             ?doc a kg:Annex }""",
    )
    assert rows == [("1", "Kamerstukken II, 2024/25, 29 861, nr. 158")]


def test_the_cited_motion_is_a_motion_with_its_submitters(examples_graph: Graph) -> None:
    rows = select(
        examples_graph,
        """SELECT ?name WHERE { <https://zoek.officielebekendmakingen.nl/kst-36848-57> a kg:Motion ;
             kg:submitter/rdfs:label ?name } ORDER BY ?name""",
    )
    assert rows == [("Markuszower",), ("Stoffer",)]
