"""Entities as linked nodes: persons under every name variant, posts over time, the gazetteer's
organisations with their outward ids and history, policies with their legal acts.

The letters are invented, small and written for one variant each; every check goes through the
built graph, the way a user's SPARQL query would.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import RDFS, Graph, URIRef

import kg
from kg.extract.names import compatible, fuller_name, name_parts, specificity
from kg.lexicon import gazetteer
from kg.rdf.across import PersonSeen, Renamer, Summary, renamed_sorted, resolve_persons
from kg.rdf.oxigraph import literal, nt_iri, nt_terms, nt_triple
from tests.conftest import ROOT, select

MINISTER = """Ministerie van Sociale Zaken en Werkgelegenheid

> Retouradres Postbus 90801 2509 LV Den Haag

De Voorzitter van de Tweede Kamer
der Staten-Generaal
Postbus 20018
2500 EA Den Haag

Datum {date}
Betreft {subject}

Geachte voorzitter,

{body}

De Minister van Sociale Zaken en Werkgelegenheid,

{signer}
"""


def letter(date: str, body: str, signer: str = "J.A. Vijlbrief", subject: str = "Brief") -> str:
    return MINISTER.format(date=date, body=body, signer=signer, subject=subject)


def build(tmp_path: Path, **letters: str) -> Graph:
    for name, text in letters.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return kg.build([tmp_path]).graph


def persons(graph: Graph, surname: str) -> list[str]:
    return sorted(
        name
        for (name,) in select(
            graph,
            f"""SELECT ?name WHERE {{ ?p a kg:Person ; rdfs:label ?name
                  FILTER(CONTAINS(LCASE(STR(?name)), LCASE("{surname}"))) }}""",
        )
    )


# --- persons ----------------------------------------------------------------------------------


def test_short_names_in_a_file_are_the_full_name_it_gives(tmp_path: Path) -> None:
    body = (
        "Minister Vijlbrief heeft met de heer Spekman gesproken. Dhr. Hans Spekman van de "
        "FNV was daarbij. Vijlbrief en de heer Spekman spreken elkaar weer in juni."
    )
    graph = build(tmp_path, a=letter("3 maart 2025", body))
    assert persons(graph, "Vijlbrief") == ["J.A. Vijlbrief"]
    assert persons(graph, "Spekman") == ["Hans Spekman"]


def test_a_minister_named_by_surname_in_one_letter_is_the_signatory_of_another(
    tmp_path: Path,
) -> None:
    graph = build(
        tmp_path,
        signed=letter("3 maart 2025", "Hierbij informeer ik u."),
        mentioned=letter(
            "4 maart 2025", "Het overleg met minister Vijlbrief volgt.", signer="K.H. Ollongren"
        ),
    )
    assert persons(graph, "Vijlbrief") == ["J.A. Vijlbrief"]
    rows = select(
        graph,
        """SELECT ?quote WHERE { ?letter kg:mentions ?p . ?p rdfs:label "J.A. Vijlbrief" .
             ?e rdf:subject ?letter ; rdf:object ?p ; kg:quote ?quote }""",
    )
    assert rows == [("minister Vijlbrief",)]


def test_a_shared_surname_alone_never_merges_two_people(tmp_path: Path) -> None:
    graph = build(
        tmp_path,
        one=letter("3 maart 2025", "Hierbij.", signer="P. de Jong"),
        two=letter("4 maart 2025", "Hierbij.", signer="Q. de Jong"),
        three=letter("5 maart 2025", "Minister De Jong gaf antwoord.", signer="K.H. Ollongren"),
        four=letter("6 maart 2025", "De Jong heeft het rapport.", signer="K.H. Ollongren"),
    )
    # Two ministers De Jong: "minister De Jong" could be either and stays apart.
    assert persons(graph, "de Jong") == ["De Jong", "P. de Jong", "Q. de Jong"]


def test_a_surname_without_a_shared_post_or_organisation_is_not_merged(tmp_path: Path) -> None:
    graph = build(
        tmp_path,
        signed=letter("3 maart 2025", "Hierbij informeer ik u."),
        other=letter("4 maart 2025", "Kamerlid Vijlbrief vroeg ernaar.", signer="K.H. Ollongren"),
    )
    assert persons(graph, "Vijlbrief") == ["J.A. Vijlbrief", "Vijlbrief"]


def test_honorifics_are_data_not_part_of_the_name(tmp_path: Path) -> None:
    text = letter("3 maart 2025", "Hierbij.", signer="mr. drs. A.B. de Vries")
    graph = build(tmp_path, a=text)
    rows = select(
        graph,
        """SELECT ?name ?honorific WHERE { ?p a kg:Person ; rdfs:label ?name ;
             kg:honorific ?honorific }""",
    )
    assert rows == [("A.B. de Vries", "mr. drs.")]


NAMES = st.sampled_from(
    ["Vijlbrief", "J.A. Vijlbrief", "J. Vijlbrief", "H. Vijlbrief", "Hans Vijlbrief",
     "Van der Staaij", "C.G. van der Staaij", "Jan de Graaf", "P. de Graaf", "De Graaf"]
)  # fmt: skip


@given(NAMES, NAMES)
def test_compatibility_is_symmetric_and_needs_one_surname(a: str, b: str) -> None:
    assert compatible(a, b) == compatible(b, a)
    if compatible(a, b):
        assert name_parts(a).key == name_parts(b).key


@given(NAMES, st.sets(NAMES))
def test_a_fuller_name_is_always_compatible_and_never_shorter(name: str, others: set[str]) -> None:
    chosen = fuller_name(name, others)
    assert chosen == name or (compatible(name, chosen) and chosen in others)
    assert len(name_parts(chosen).initials) >= len(name_parts(name).initials)


# --- posts over time --------------------------------------------------------------------------


def test_tenures_record_the_first_and_last_letter_seen(tmp_path: Path) -> None:
    graph = build(
        tmp_path,
        early=letter("3 maart 2025", "Hierbij."),
        late=letter("14 november 2025", "Hierbij."),
        middle=letter("1 juli 2025", "Hierbij."),
    )
    rows = select(
        graph,
        """SELECT ?post ?first ?last (COUNT(?letter) AS ?letters) WHERE {
             ?t a kg:Tenure ; kg:holder/rdfs:label "J.A. Vijlbrief" ;
                kg:heldPost/rdfs:label ?post ; kg:firstSeen ?first ; kg:lastSeen ?last ;
                kg:seenIn ?letter } GROUP BY ?post ?first ?last""",
    )
    assert rows == [
        ("Minister van Sociale Zaken en Werkgelegenheid", "2025-03-03", "2025-11-14", "3")
    ]


def test_signing_on_behalf_of_a_minister_and_as_acting(tmp_path: Path) -> None:
    text = letter("3 maart 2025", "Hierbij.").replace(
        "De Minister van Sociale Zaken en Werkgelegenheid,\n\nJ.A. Vijlbrief",
        "De Minister van Sociale Zaken en Werkgelegenheid,\nnamens deze,\n\n"
        "De wnd. directeur-generaal Werk,\n\nA.B. Jansen",
    )
    graph = build(tmp_path, a=text)
    rows = select(
        graph,
        """SELECT ?name ?post ?org ?principal ?acting WHERE {
             ?letter a kg:Letter ; kg:sender ?p . ?p rdfs:label ?name .
             ?t kg:holder ?p ; kg:heldPost ?post_ ; kg:onBehalfOf/rdfs:label ?principal ;
                kg:acting ?acting . ?post_ rdfs:label ?post ; kg:postIn/rdfs:label ?org }""",
    )
    assert rows == [
        (
            "A.B. Jansen",
            "Directeur-generaal Werk",
            "Ministerie van Sociale Zaken en Werkgelegenheid",
            "Minister van Sociale Zaken en Werkgelegenheid",
            "true",
        )
    ]


# --- organisations ----------------------------------------------------------------------------


def test_ministries_link_to_tooi_and_bodies_to_wikidata(tmp_path: Path) -> None:
    body = "De Tweede Kamer en de OESO zijn gehoord."
    graph = build(tmp_path, a=letter("3 maart 2025", body))
    rows = select(
        graph,
        """SELECT ?name ?same WHERE { ?o a kg:Organisation ; rdfs:label ?name ;
             <http://www.w3.org/2002/07/owl#sameAs> ?same } ORDER BY ?name ?same""",
    )
    assert rows == [
        ("Ministerie van Sociale Zaken en Werkgelegenheid",
         "https://identifier.overheid.nl/tooi/id/ministerie/mnre1073"),
        ("Organisatie voor Economische Samenwerking en Ontwikkeling",
         "http://www.wikidata.org/entity/Q41550"),
        ("Tweede Kamer der Staten-Generaal", "http://www.wikidata.org/entity/Q233262"),
    ]  # fmt: skip


def test_a_renamed_ministry_is_its_own_node_with_what_it_became(tmp_path: Path) -> None:
    text = letter("3 maart 2020", "Hierbij.")
    text = text.replace("Sociale Zaken en Werkgelegenheid", "Economische Zaken en Klimaat")
    graph = build(tmp_path, a=text)
    rows = select(
        graph,
        """PREFIX org: <http://www.w3.org/ns/org#>
           PREFIX dcterms: <http://purl.org/dc/terms/>
           SELECT ?date ?before ?after WHERE {
             ?letter kg:senderOrganisation ?ezk .
             ?change org:originalOrganization|org:resultingOrganization ?ezk ;
                     dcterms:date ?date ;
                     org:originalOrganization/rdfs:label ?before ;
                     org:resultingOrganization/rdfs:label ?after }
           ORDER BY ?date ?after""",
    )
    assert rows == [
        ("2017-10-26", "Ministerie van Economische Zaken", "Ministerie van Economische Zaken en Klimaat"),
        ("2017-10-26", "Ministerie van Economische Zaken", "Ministerie van Landbouw, Natuur en Voedselkwaliteit"),
        ("2024-07-02", "Ministerie van Economische Zaken en Klimaat", "Ministerie van Economische Zaken"),
        ("2024-07-02", "Ministerie van Economische Zaken en Klimaat", "Ministerie van Klimaat en Groene Groei"),
    ]  # fmt: skip


def test_organisations_not_in_the_gazetteer_are_marked(tmp_path: Path) -> None:
    body = "De Stichting Voortgezet Onderwijs Zeeuws-Vlaanderen (SVOZV) en de FNV zijn gehoord."
    graph = build(tmp_path, a=letter("3 maart 2025", body))
    rows = dict(
        select(
            graph,
            """SELECT ?name ?known WHERE { ?o a kg:Organisation ; rdfs:label ?name ;
                 kg:inGazetteer ?known }""",
        )
    )
    assert rows["Stichting Voortgezet Onderwijs Zeeuws-Vlaanderen"] == "false"
    assert rows["FNV"] == rows["Ministerie van Sociale Zaken en Werkgelegenheid"] == "true"


def test_the_gazetteer_is_consistent() -> None:
    """Unique keys, no alias naming two organisations, changes between known organisations."""
    data = tomllib.loads((ROOT / "kg" / "data" / "organisations.toml").read_text("utf-8"))
    keys = [entry["key"] for entry in data["organisation"]]
    assert len(keys) == len(set(keys))
    names = [n for entry in data["organisation"] for n in (entry["name"], *entry["aliases"])]
    assert len(names) == len(set(names)), "an alias names two organisations"
    for change in data["change"]:
        assert set(change["from"]) | set(change["to"]) <= set(keys)
    for entry in data["organisation"]:
        if entry.get("dissolved"):
            assert entry["founded"] < entry["dissolved"]


@pytest.mark.parametrize(
    ("written", "key"),
    [("IAO", "ilo"), ("ILO", "ilo"), ("International Labour Organization", None),
     ("OESO", "oecd"), ("EZK", "ezk"), ("KGG", "kgg"), ("VVD", "vvd")],
)  # fmt: skip
def test_gazetteer_aliases(written: str, key: str | None) -> None:
    assert gazetteer().organisation(written).key == key


# --- policies ---------------------------------------------------------------------------------


def test_the_policy_gazetteer_is_consistent() -> None:
    """Unique keys and names; an EU act's CELEX number is well formed and says the kind the
    entry gives (R a regulation, L a directive)."""
    data = tomllib.loads((ROOT / "kg" / "data" / "policies.toml").read_text("utf-8"))
    entries = data["policy"]
    assert len({e["key"] for e in entries}) == len(entries)
    names = [n for e in entries for n in (e["label"], *e["aliases"], *e.get("acronym", "").split())]
    assert len(names) == len(set(names)), "a name names two policies"
    kinds = {"R": "eu-regulation", "L": "eu-directive"}
    for entry in filter(lambda e: "celex" in e, entries):
        assert re.fullmatch(r"3(19[5-9]\d|20\d\d)[RL]\d{4}", entry["celex"]), entry
        assert entry["kind"] == kinds[entry["celex"][5]], entry


def test_laws_link_to_their_bwb_id_and_eu_acts_to_their_eli(tmp_path: Path) -> None:
    body = (
        "De Participatiewet en de AOW worden gewijzigd. Ook Verordening (EG) nr. 883/2004 "
        "speelt een rol bij de Participatiewet."
    )
    graph = build(tmp_path, a=letter("3 maart 2025", body, subject="Wijziging Participatiewet"))
    rows = select(
        graph,
        """SELECT ?policy ?act ?same WHERE { ?p a kg:Policy ; rdfs:label ?policy ; kg:legalAct ?act
             OPTIONAL { ?act <http://www.w3.org/2002/07/owl#sameAs> ?same } } ORDER BY ?policy""",
    )
    assert rows == [
        ("Algemene Ouderdomswet", "https://wetten.overheid.nl/BWBR0002221", ""),
        ("Participatiewet", "https://wetten.overheid.nl/BWBR0015703", ""),
        ("Verordening (EG) nr. 883/2004",
         "http://publications.europa.eu/resource/celex/32004R0883",
         "http://data.europa.eu/eli/reg/2004/883/oj"),
    ]  # fmt: skip
    about = select(graph, "SELECT ?l WHERE { ?letter kg:about/rdfs:label ?l }")
    assert about == [("Participatiewet",)]


def test_acronyms_defined_with_hierna_resolve_later_uses(tmp_path: Path) -> None:
    body = (
        "De Europese Anti-Armoedestrategie (hierna: EAAS) en het Nationaal Programma Armoede "
        "en Schulden (hierna: het NPAS) zijn besproken. De EAAS en het NPAS lopen door."
    )
    graph = build(tmp_path, a=letter("3 maart 2025", body))
    rows = select(
        graph,
        """SELECT ?policy (COUNT(?e) AS ?mentions) WHERE {
             ?letter a kg:Letter ; kg:about|kg:mentions ?p . ?p rdfs:label ?policy .
             ?e rdf:subject ?letter ; rdf:object ?p } GROUP BY ?policy ORDER BY ?policy""",
    )
    assert rows == [
        ("Europese Anti-Armoedestrategie", "3"),
        ("Nationaal Programma Armoede en Schulden", "3"),
    ]


def test_committees_of_the_chambers_are_organisations(tmp_path: Path) -> None:
    body = "Ik heb dit besproken met de vaste commissie voor Sociale Zaken en Werkgelegenheid."
    graph = build(tmp_path, a=letter("3 maart 2025", body))
    rows = select(
        graph,
        """SELECT ?name WHERE { ?letter kg:mentions ?o . ?o a kg:Organisation ;
             rdfs:label ?name ; kg:inGazetteer false }""",
    )
    assert rows == [("vaste commissie voor Sociale Zaken en Werkgelegenheid",)]


def _fuller_by_every_pair(persons: list[PersonSeen]) -> dict[URIRef, URIRef]:
    """resolve_persons as first written: every node against every node of its surname."""
    names = {p.node: p.name for p in persons}
    context = {p.node: p.context for p in persons}
    renames = {}
    for node, name in names.items():
        candidates = [
            other
            for other in names
            if specificity(names[other]) > specificity(name)
            and compatible(name, names[other])
            and context[node] & context[other]
        ]
        if candidates:
            best = max(candidates, key=lambda other: specificity(names[other]))
            if all(compatible(names[best], names[other]) for other in candidates):
                renames[node] = best
    final = {}
    for node in renames:
        target = node
        while target in renames:
            target = renames[target]
        final[node] = target
    return final


_WRITTEN_NAMES = st.builds(
    lambda initials, given, surname: " ".join(filter(None, [initials, given, surname])),
    st.sampled_from(["", "J.", "J.K.", "J.K.L.", "K.", "A.J."]),
    st.sampled_from(["", "Jan", "Karel"]),
    st.sampled_from(["Vos", "de Vries", "De Vries", "Mulder"]),
)


@given(
    st.lists(
        st.tuples(
            _WRITTEN_NAMES, st.frozensets(st.sampled_from(["minister", "org:x"]), min_size=1)
        ),
        max_size=25,
        unique_by=lambda seen: seen[0],
    )
)
def test_person_resolution_is_the_pairwise_rule(seen: list[tuple[str, frozenset[str]]]) -> None:
    """Looking only at names with related initials merges exactly what comparing every pair
    of names merges."""
    persons = [
        PersonSeen(URIRef(f"urn:p:{i}"), name, context) for i, (name, context) in enumerate(seen)
    ]
    assert resolve_persons(persons) == _fuller_by_every_pair(persons)


_NODES = [URIRef(f"https://w3id.org/kamergraaf/id/person/{name}") for name in "abcd"]
_VALUES = st.one_of(
    st.sampled_from(_NODES),
    st.text(alphabet=' .<>\\\n"abc:/', max_size=12).map(literal),
    st.sampled_from(_NODES).map(lambda node: literal(f"x\n{nt_iri(node)} .\n{nt_iri(node)} ")),
)


@given(
    st.lists(st.tuples(st.sampled_from(_NODES), _VALUES), max_size=12),
    # persons are renamed to the node they end as, which is not renamed (resolve_persons)
    st.dictionaries(st.sampled_from(_NODES[:2]), st.sampled_from(_NODES[2:]), max_size=2),
)
def test_renaming_a_document_renames_its_subjects_and_objects_only(
    statements: list[tuple[URIRef, URIRef | ox.Literal]], renames: dict[URIRef, URIRef]
) -> None:
    """Persons merged across documents are renamed in each document's text at once; that is the
    same as renaming each line's subject and object (literals that look like IRIs stay)."""
    lines = {nt_triple(subject, RDFS.label, value) for subject, value in statements}
    named = [node for statement in statements for node in statement if node in _NODES]
    summary = Summary(persons=[PersonSeen(node, "x", frozenset()) for node in named])
    terms = {nt_iri(old): nt_iri(new) for old, new in renames.items()}
    expected = set()
    for line in lines:
        subject, predicate, value = nt_terms(line)
        expected.add(f"{terms.get(subject, subject)} {predicate} {terms.get(value, value)} .")
    renamer = Renamer(renames)
    assert renamer(lines, summary) == expected
    assert renamed_sorted(sorted(lines), renamer.named_in(summary)) == sorted(expected)
