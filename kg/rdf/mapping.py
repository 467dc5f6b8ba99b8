"""The one place where records become triples: every predicate the graph uses is chosen here.

Each extracted statement also gets a kg:Evidence node (rdf:subject, rdf:predicate, rdf:object)
with the source file and the character span it was read from.

A letter cites, and is about, what its annexes cite and are about: the annex is part of it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Hashable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox
from rdflib import OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG

from kg.collector import collector_paused
from kg.lexicon import Change, gazetteer
from kg.rdf import Triples, iris
from kg.rdf.across import (
    ACROSS_DOCUMENTS_GRAPH,
    PersonSeen,
    Renamer,
    Summary,
    TenureSeen,
    Vote,
    reduce,
)
from kg.rdf.namespace import CELEX, ID, KG, KST
from kg.rdf.oxigraph import literal, nt_integer, nt_iri, nt_triple, parse_lines
from kg.rdf.spill import SpilledTriples, pack, unpack
from kg.records import (
    Citation,
    CitationKind,
    Document,
    Kamerstuk,
    Letter,
    Organisation,
    Person,
    Policy,
    Post,
    Publication,
    Signatory,
    Source,
    Span,
)

PREFIXES = {
    "kg": KG._NS,
    "id": ID,
    "kst": KST,
    "celex": CELEX,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "skos": SKOS,
    "foaf": FOAF,
    "org": ORG,
    "owl": OWL,
    "dcterms": DCTERMS,
    "prov": PROV,
    "schema": SDO,
}
_OFFICIAL_CLASSES = {
    CitationKind.GAZETTE: KG.GazettePublication,
    CitationKind.HANDELINGEN: KG.HandelingenItem,
    CitationKind.ANSWERS: KG.ParliamentaryAnswers,
}
_IS_A, _EVIDENCE = nt_iri(RDF.type), nt_iri(KG.Evidence)
_LABEL, _FOOTNOTE = nt_iri(RDFS.label), nt_iri(KG.footnote)
_EVIDENCE_PREDICATES = tuple(
    map(
        nt_iri, (RDF.subject, RDF.predicate, RDF.object, KG.derivedFrom, KG.start, KG.end, KG.quote)
    )
)
_CHAMBERS = {"I": "Eerste Kamer der Staten-Generaal", "II": "Tweede Kamer der Staten-Generaal"}


def new_graph() -> Graph:
    graph = Graph(bind_namespaces="core")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph


@dataclass(frozen=True)
class MappedDocument:
    """One source document's triples (without the names of nodes other documents may name
    too), and the `Summary` of what the cross-document step needs from it. Plain data: made in
    a worker, sent to the builder."""

    source: URIRef
    triples: Triples
    summary: Summary


def map_document(document: Document) -> MappedDocument:
    """A document's triples: the same whatever the other documents of the build."""
    return _DocumentMapper().map(document)


class GraphBuilder:
    """Collects mapped documents into one graph; `named()` runs the cross-document step
    (kg.rdf.across).

    Each document's triples are kept apart (`parts`, one per source document, for named graphs
    and incremental stores), without the names of nodes other documents may name too; those are
    voted on: a node named differently in different letters (a policy spelt two ways) gets the
    name it is given most often, so that the result does not depend on the order of the input.
    The votes of all documents are summed as they come (`votes`); each document's `Summary`
    keeps the persons and tenures it saw, so that persons named briefly can be merged into their
    full name where the letters agree.
    """

    def __init__(self, parts: MutableMapping[URIRef, Triples] | None = None) -> None:
        self.parts: MutableMapping[URIRef, Triples] = {} if parts is None else parts
        self.summaries: dict[URIRef, Summary] = {}
        self.votes: Counter[Vote] = Counter()
        # One object for each person and tenure many documents see (each arrives as its own copy)
        self._persons: dict[PersonSeen, PersonSeen] = {}
        self._tenures: dict[TenureSeen, TenureSeen] = {}

    def add(self, document: Document | MappedDocument) -> None:
        """Add a document. One with the same content as a document added before replaces its
        triples (they differ only in the file name) and brings no votes (they are the same)."""
        mapped = document if isinstance(document, MappedDocument) else map_document(document)
        self._summarise(mapped.source, mapped.summary)
        self.parts[mapped.source] = mapped.triples

    def add_packed(self, source: URIRef, packed: bytes, summary: Summary) -> None:
        """`add` for a mapped document whose triples a worker packed (kg.rdf.spill.pack): kept
        as they came when the builder keeps its documents' triples in SpilledTriples."""
        self._summarise(source, summary)
        if isinstance(self.parts, SpilledTriples):
            self.parts.put_packed(source, packed)
        else:
            self.parts[source] = unpack(packed)

    def _summarise(self, source: URIRef, summary: Summary) -> None:
        if source not in self.summaries:
            self.votes.update(summary.votes)
        self.summaries[source] = Summary(
            persons=[self._persons.setdefault(p, p) for p in summary.persons],
            tenures=[self._tenures.setdefault(t, t) for t in summary.tenures],
        )

    def named(self) -> NamedGraphs:
        """The graph as named graphs: one per source document (persons merged across them), and
        one of the cross-document facts (labels, tenure dates)."""
        return across_documents(self.parts, self.summaries, self.votes)

    def finish(self) -> Graph:
        """The union graph."""
        return self.named().union()


class _DocumentMapper:
    """Maps one document: every predicate the graph uses is chosen here."""

    def __init__(self) -> None:
        self._part: Triples = set()
        self._summary = Summary()
        self._date: dt.date | None = None

    def map(self, document: Document) -> MappedDocument:
        source = iris.source_iri(document.source)
        self._source(source, document.source)
        nodes = {
            letter.index: iris.segment_iri(document.source, letter.index, letter.is_annex)
            for letter in document.letters
        }
        if document.publication is not None:
            self._publication(document.publication, source)
        for letter in document.letters:
            node = nodes[letter.index]
            parent = nodes[letter.enclosed_by] if letter.enclosed_by is not None else None
            self._letter(node, letter, source, document.source)
            if parent is not None:
                self._add(parent, KG.hasAnnex if letter.is_annex else KG.encloses, node)
            # An annex's citations and policies are its letter's too.
            targets = [node, parent] if letter.is_annex and parent is not None else [node]
            for target in targets:
                for citation in letter.citations:
                    self._citation(target, citation, source)
                self._policies(target, letter, source)
        return MappedDocument(source, self._part, self._summary)

    # --- nodes --------------------------------------------------------------------------------

    def _add(self, subject: URIRef, predicate: URIRef, value: URIRef | ox.Literal) -> None:
        self._part.add(nt_triple(subject, predicate, value))

    def _label(self, node: URIRef, text: str, language: str | None = "nl") -> None:
        """A name for a node other documents may name too: voted on across documents."""
        self._summary.votes[(node, text, language or "")] += 1

    def _own_label(self, node: URIRef, text: str, language: str | None = "nl") -> None:
        """The name of a node only this document has (its source, letters, evidence)."""
        self._add(node, RDFS.label, literal(text, language))

    def _source(self, node: URIRef, source: Source) -> None:
        self._add(node, RDF.type, KG.SourceDocument)
        self._add(node, KG.fileName, literal(source.file_name))
        self._add(node, KG.sha256, literal(source.sha256))
        self._own_label(node, source.file_name, None)

    def _letter(self, node: URIRef, letter: Letter, source: URIRef, info: Source) -> None:
        add = self._add
        add(node, RDF.type, KG.Annex if letter.is_annex else KG.Letter)
        add(node, KG.derivedFrom, source)
        add(node, KG.start, literal(letter.span.start))
        add(node, KG.end, literal(letter.span.end))
        self._own_label(node, _letter_label(letter, info))
        self._date = letter.date.value if letter.date else None
        if letter.date:
            self._fact(
                node,
                KG.date,
                literal(letter.date.value),
                source,
                letter.date.span,
                letter.date.quote,
            )
        for predicate, field in (
            (KG.subject, letter.subject),
            (KG.ourReference, letter.our_reference),
            (KG.yourReference, letter.your_reference),
            (KG.enclosureNote, letter.enclosures),
        ):
            if field:
                self._fact(node, predicate, literal(field.value), source, field.span, field.quote)
        if letter.published_as:
            add(node, KG.publishedAs, iris.official_iri(letter.published_as))
        if letter.sender_organisation:
            organisation = self._organisation(letter.sender_organisation.value)
            located = letter.sender_organisation
            self._fact(
                node, KG.senderOrganisation, organisation, source, located.span, located.quote
            )
            if not letter.signatories and not letter.is_annex:
                self._fact(node, KG.sender, organisation, source, located.span, located.quote)
        for signatory in letter.signatories:
            context = {post.title.casefold() for post in signatory.posts}
            context |= {_org_context(post.organisation) for post in signatory.posts}
            person = self._person(signatory.person, context)
            self._fact(node, KG.sender, person, source, signatory.span, signatory.quote)
            for post in signatory.posts:
                held = self._post(post)
                self._fact(person, KG.holds, held, source, signatory.span, signatory.quote)
                self._tenure(person, held, post.label, node, signatory)
        for recipient in letter.recipients:
            if recipient.post:
                addressee = self._post(recipient.post)
                self._fact(node, KG.recipient, addressee, source, recipient.span, recipient.quote)
            elif recipient.organisation:
                addressee = self._organisation(recipient.organisation)
                self._fact(node, KG.recipient, addressee, source, recipient.span, recipient.quote)
            if recipient.person:
                person = self._person(
                    recipient.person, {_org_context(recipient.person.organisation)}
                )
                self._fact(node, KG.recipient, person, source, recipient.span, recipient.quote)
        for mention in letter.organisations:
            self._fact(
                node,
                KG.mentions,
                self._organisation(mention.entity),
                source,
                mention.span,
                mention.quote,
            )
        for person_mention in letter.persons:
            self._fact(
                node,
                KG.mentions,
                self._person(person_mention.entity, _title_context(person_mention.entity)),
                source,
                person_mention.span,
                person_mention.quote,
            )

    def _person(self, person: Person, context: set[str] | None = None) -> URIRef:
        """A person node; `context` (post titles, organisations) lets the cross-document step
        merge "minister Vijlbrief" into "J.A. Vijlbrief" (kg.rdf.across)."""
        node = iris.person_iri(person)
        seen = frozenset(context or ()) - {""}
        self._summary.persons.append(PersonSeen(node, person.name, seen))
        self._add(node, RDF.type, KG.Person)
        self._add(node, RDF.type, FOAF.Person)
        self._label(node, person.name, None)
        if person.honorific:
            self._add(node, KG.honorific, literal(person.honorific))
        if person.organisation:
            self._add(node, ORG.memberOf, self._organisation(person.organisation))
        return node

    def _tenure(
        self, person: URIRef, post: URIRef, post_label: str, letter: URIRef, signatory: Signatory
    ) -> None:
        """Who held which post as seen in a letter; first and last dates come across documents."""
        node = iris.tenure_iri(person, post)
        add = self._add
        add(node, RDF.type, KG.Tenure)
        add(node, KG.holder, person)
        add(node, KG.heldPost, post)
        add(node, KG.seenIn, letter)
        if signatory.acting:
            add(node, KG.acting, literal(True))
        if signatory.on_behalf_of is not None:
            add(node, KG.onBehalfOf, self._post(signatory.on_behalf_of))
        self._label(node, f"{signatory.person.name}, {post_label}")
        self._summary.tenures.append(TenureSeen(node, person, post, self._date))

    def _organisation(self, organisation: Organisation, history: bool = True) -> URIRef:
        """An organisation; with `history`, the changes it went through or came from too."""
        return self._made_once(_DocumentMapper._map_organisation, organisation, history)

    def _made_once(self, make: Callable[..., URIRef], *arguments: Hashable) -> URIRef:
        """The node `make(mapper, *arguments)` maps, with its statements and names. They depend
        on nothing else, and the same organisations and policies come back mention after
        mention, letter after letter: they are made once (_statements)."""
        node, lines, votes = _statements(make, *arguments)
        self._part.update(lines)
        for vote, count in votes:
            self._summary.votes[vote] += count
        return node

    def _map_organisation(self, organisation: Organisation, history: bool) -> URIRef:
        node = iris.organisation_iri(organisation)
        add = self._add
        add(node, RDF.type, KG.Organisation)
        add(node, RDF.type, ORG.Organization)
        self._label(node, organisation.name)
        if organisation.acronym:
            add(node, KG.acronym, literal(organisation.acronym))
        for alias in organisation.aliases:
            add(node, SKOS.altLabel, literal(alias, "nl"))
        entry = gazetteer().entries.get(organisation.key) if organisation.key else None
        add(node, KG.inGazetteer, literal(entry is not None))
        if entry is None:
            return node
        add(node, KG.organisationKind, literal(entry.kind))
        for name in entry.english:
            add(node, SKOS.altLabel, literal(name, "en"))
        if entry.tooi:
            add(node, OWL.sameAs, iris.tooi_iri(entry.tooi))
        if entry.version_of:
            add(node, PROV.specializationOf, iris.tooi_iri(entry.version_of))
        if entry.wikidata:
            add(node, OWL.sameAs, iris.wikidata_iri(entry.wikidata))
        if entry.founded:
            add(node, SDO.foundingDate, literal(entry.founded))
        if entry.dissolved:
            add(node, SDO.dissolutionDate, literal(entry.dissolved))
        for change in gazetteer().changes_of(entry.key) if history else ():
            self._change(change)
        return node

    def _change(self, change: Change) -> None:
        """A ministry renamed or split: an org:ChangeEvent from the ministries before to after."""
        event = iris.change_iri(change.key)
        add = self._add
        add(event, RDF.type, ORG.ChangeEvent)
        add(event, DCTERMS.date, literal(change.date))
        names = {}
        for predicate, keys in (
            (ORG.originalOrganization, change.before),
            (ORG.resultingOrganization, change.after),
        ):
            for key in keys:
                organisation = gazetteer().by_key(key)
                names[key] = organisation.name
                add(event, predicate, self._organisation(organisation, history=False))
        before = " en ".join(names[key] for key in change.before)
        after = " en ".join(names[key] for key in change.after)
        self._label(event, f"{before} wordt {after} ({change.date.isoformat()})")

    def _post(self, post: Post) -> URIRef:
        node = iris.post_iri(post)
        self._add(node, RDF.type, KG.Post)
        self._add(node, RDF.type, ORG.Post)
        self._add(node, KG.postTitle, literal(post.title))
        self._label(node, post.label)
        if post.organisation:
            self._add(node, KG.postIn, self._organisation(post.organisation))
        return node

    def _policy(self, policy: Policy) -> URIRef:
        return self._made_once(_DocumentMapper._map_policy, policy)

    def _map_policy(self, policy: Policy) -> URIRef:
        node = iris.policy_iri(policy)
        add = self._add
        add(node, RDF.type, KG.Policy)
        add(node, RDF.type, SKOS.Concept)
        add(node, SKOS.inScheme, self._policy_scheme())
        add(node, KG.policyKind, literal(policy.kind.value))
        self._label(node, policy.label)
        if policy.acronym:
            add(node, KG.acronym, literal(policy.acronym))
        for alias in policy.aliases:
            add(node, SKOS.altLabel, literal(alias, "nl"))
        if policy.celex:
            add(node, KG.legalAct, self._eu_act(f"CELEX:{policy.celex}"))
        if policy.bwb:
            law = iris.bwb_iri(policy.bwb)
            self._identified(law, KG.Legislation, policy.bwb)
            add(node, KG.legalAct, law)
        return node

    def _policy_scheme(self) -> URIRef:
        node = iris.policy_scheme_iri()
        self._add(node, RDF.type, SKOS.ConceptScheme)
        self._label(node, "Beleid in de brieven van de overheid")
        return node

    def _policies(self, node: URIRef, letter: Letter, source: URIRef) -> None:
        about = {policy.key for policy in letter.about}
        for mention in letter.policies:
            predicate = KG.about if mention.entity.key in about else KG.mentions
            self._fact(
                node, predicate, self._policy(mention.entity), source, mention.span, mention.quote
            )

    def _citation(self, node: URIRef, citation: Citation, source: URIRef) -> None:
        if citation.kind is CitationKind.KAMERSTUK:
            assert citation.kamerstuk is not None, "a Kamerstuk citation carries its paper"
            target = self._kamerstuk(citation.kamerstuk)
            if citation.instrument:
                kind = KG.Amendment if citation.instrument == "amendement" else KG.Motion
                self._add(target, RDF.type, kind)
                for name in citation.submitted_by:
                    self._add(target, KG.submitter, self._person(Person(name), {"member"}))
        elif citation.kind is CitationKind.EU_ACT:
            target = self._eu_act(citation.identifier)
        elif citation.kind in _OFFICIAL_CLASSES:
            target = iris.official_iri(citation.identifier)
            self._identified(target, _OFFICIAL_CLASSES[citation.kind], citation.identifier)
        elif citation.kind is CitationKind.ECLI:
            target = iris.ecli_iri(citation.identifier)
            self._identified(target, KG.CourtDecision, citation.identifier)
        elif citation.kind is CitationKind.BWB:
            target = iris.bwb_iri(citation.identifier)
            self._identified(target, KG.Legislation, citation.identifier)
        else:
            target = iris.web_iri(citation.identifier)
            self._add(target, RDF.type, KG.WebDocument)
            self._label(target, citation.identifier, None)
        self._fact(node, KG.cites, target, source, citation.span, citation.raw, citation.footnote)

    def _identified(self, node: URIRef, kind: URIRef, identifier: str) -> None:
        """A cited document known by its official identifier."""
        self._add(node, RDF.type, kind)
        self._add(node, KG.identifier, literal(identifier))
        self._label(node, identifier, None)

    def _publication(self, publication: Publication, source: URIRef) -> None:
        """A document's own official identity: its Kamerstuk, or its answers to questions."""
        if publication.kamerstuk is not None:
            node = self._kamerstuk(publication.kamerstuk)
            if publication.document_type == "Motie":
                self._add(node, RDF.type, KG.Motion)
        else:
            node = iris.official_iri(publication.identifier)
            self._add(node, RDF.type, KG.ParliamentaryAnswers)
            self._add(node, KG.identifier, literal(publication.identifier))
            self._label(node, publication.identifier, None)
        add = self._add
        add(node, KG.derivedFrom, source)
        if publication.document_type:
            add(node, KG.documentType, literal(publication.document_type))
        if publication.title:
            add(node, DCTERMS.title, literal(publication.title, "nl"))
        if publication.date:
            add(node, KG.date, literal(publication.date))
        for name in publication.submitters:
            add(node, KG.submitter, self._person(Person(name), {"member"}))

    def _kamerstuk(self, paper: Kamerstuk) -> URIRef:
        node = iris.official_iri(paper.identifier)
        dossier = iris.dossier_iri(paper.dossier)
        add = self._add
        add(node, RDF.type, KG.Kamerstuk)
        add(node, KG.identifier, literal(paper.identifier))
        add(node, KG.documentNumber, literal(paper.number))
        add(node, KG.dossier, dossier)
        self._label(node, paper.identifier, None)
        if paper.session_year:
            add(node, KG.sessionYear, literal(paper.session_year))
        if paper.chamber:
            chamber = gazetteer().organisation(_CHAMBERS[paper.chamber])
            add(node, KG.chamber, self._organisation(chamber))
        add(dossier, RDF.type, KG.Dossier)
        add(dossier, KG.identifier, literal(paper.dossier))
        self._label(dossier, f"Kamerstukdossier {paper.dossier}")
        return node

    def _eu_act(self, identifier: str) -> URIRef:
        node = iris.celex_iri(identifier)
        self._add(node, RDF.type, KG.EULegalAct)
        self._add(node, KG.identifier, literal(identifier))
        eli = iris.eli_iri(identifier)
        if eli is not None:
            self._add(node, OWL.sameAs, eli)
        self._label(node, identifier, None)
        return node

    # --- evidence -----------------------------------------------------------------------------

    def _fact(
        self,
        subject: URIRef,
        predicate: URIRef,
        value: URIRef | ox.Literal,
        source: URIRef,
        span: Span,
        quote: str,
        footnote: int | None = None,
    ) -> None:
        """Add a statement and the evidence for it (its lines written here: a letter has dozens)."""
        if isinstance(value, ox.Literal):
            term, lexical = str(value), value.value
        else:
            term, lexical = nt_iri(value), value
        terms = (nt_iri(subject), nt_iri(predicate), term)
        node = f"<{iris.evidence_iri(subject, predicate, lexical, source, span.start, span.end)}>"
        start, end = nt_integer(span.start), nt_integer(span.end)
        values = (*terms, nt_iri(source), start, end, str(literal(quote)))
        part = self._part
        part.add(f"{terms[0]} {terms[1]} {term} .")
        part.add(f"{node} {_IS_A} {_EVIDENCE} .")
        part.update(
            [f"{node} {p} {v} ." for p, v in zip(_EVIDENCE_PREDICATES, values, strict=True)]
        )
        if footnote is not None:
            part.add(f"{node} {_FOOTNOTE} {nt_integer(footnote)} .")
        # (digits and ASCII: the literal as Oxigraph writes it)
        part.add(f'{node} {_LABEL} "Bewijsplaats {span.start}-{span.end}"@nl .')


@lru_cache(maxsize=8192)
def _statements(
    make: Callable[..., URIRef], *arguments: Hashable
) -> tuple[URIRef, frozenset[str], tuple[tuple[Vote, int], ...]]:
    """The node `make(mapper, *arguments)` maps in a mapper of its own, its statements and the
    names it is given."""
    mapper = _DocumentMapper()
    node = make(mapper, *arguments)
    return node, frozenset(mapper._part), tuple(mapper._summary.votes.items())


@dataclass
class NamedGraphs:
    """A build's triples as named graphs: each source document's (persons merged across
    documents), and the facts found across documents (kg.rdf.across). Each document's graph is
    made when it is asked for, from its triples as extracted, so that they can stay on disk."""

    parts: Mapping[URIRef, Triples]
    """Each document's triples as extracted, before persons are merged across documents."""
    summaries: Mapping[URIRef, Summary]
    renames: Mapping[URIRef, URIRef]
    packed_derived: bytes
    """The cross-document facts, packed (kg.rdf.spill.pack): they are read once or twice, and
    an archive has millions."""

    def __post_init__(self) -> None:
        self._rename = Renamer(self.renames)

    @property
    def derived(self) -> Triples:
        """The cross-document facts (labels, tenure dates)."""
        return unpack(self.packed_derived)

    def part(self, name: URIRef) -> Triples:
        """A document's named graph."""
        return self._rename(self.parts[name], self.summaries[name])

    def packed_graphs(self) -> Iterator[tuple[URIRef, bytes, dict[str, str]]]:
        """Every named graph in IRI order, as extracted and packed (kg.rdf.spill.pack), with the
        nodes to rename in it (kg.rdf.across.renamed_sorted makes the graph of those)."""
        parts = self.parts
        for name in sorted([*parts, ACROSS_DOCUMENTS_GRAPH]):
            if name == ACROSS_DOCUMENTS_GRAPH:
                yield name, self.packed_derived, {}
            else:
                packed = (
                    parts.packed(name) if isinstance(parts, SpilledTriples) else pack(parts[name])
                )
                yield name, packed, self._rename.named_in(self.summaries[name])

    def graphs(self) -> Iterator[tuple[URIRef, Triples]]:
        """(name, graph) of every named graph, in name order, the cross-document one last."""
        for name in sorted(self.parts):
            yield name, self.part(name)
        yield ACROSS_DOCUMENTS_GRAPH, self.derived

    def union(self) -> Graph:
        """All the triples in one rdflib graph."""
        graph = new_graph()
        lines = {line for _, part in self.graphs() for line in part}
        graph.addN((*triple, graph) for triple in parse_lines(lines))
        return graph

    def dataset(self) -> Dataset:
        """The named graphs as an rdflib Dataset."""
        dataset = Dataset()
        for prefix, namespace in PREFIXES.items():
            dataset.bind(prefix, namespace, override=True)
        for name, part in self.graphs():
            named = dataset.graph(name)
            named.addN((*triple, named) for triple in parse_lines(part))
        return dataset


def across_documents(
    parts: Mapping[URIRef, Triples],
    summaries: Mapping[URIRef, Summary],
    votes: Counter[Vote] | None = None,
) -> NamedGraphs:
    """Each source document's triples with persons merged across documents, and the facts
    found across them (kg.rdf.across); `votes` when the summaries' votes were summed already."""
    with collector_paused():
        # (sorted as plain strings: rdflib compares IRIs in Python)
        renames, derived = reduce([summaries[name] for name in sorted(summaries, key=str)], votes)
    return NamedGraphs(parts, summaries, renames, pack(derived))


def _org_context(organisation: Organisation | None) -> str:
    return f"org:{iris.organisation_iri(organisation)}" if organisation else ""


_SAME_TITLE = {"premier": "minister-president", "lid": "member", "kamerlid": "member"}


def _title_context(person: Person) -> set[str]:
    """ "minister Vijlbrief" -> {"minister"}; "het lid Grinwis" -> {"member"}."""
    if person.title is None:
        return set()
    return {_SAME_TITLE.get(person.title, person.title)}


def _letter_label(letter: Letter, source: Source) -> str:
    """ "Reactie brief ultimatum d.d. 11 mei 2026 (2026-05-26)", or where the letter stands."""
    kind = "Bijlage" if letter.is_annex else "Brief"
    when = f" ({letter.date.value.isoformat()})" if letter.date else ""
    if letter.subject:
        return f"{letter.subject.value}{when}"
    return f"{kind} {letter.index + 1} in {source.file_name}{when}"
