"""The one place where records become triples: every predicate the graph uses is chosen here.

Each extracted statement also gets a kg:Evidence node (rdf:subject, rdf:predicate, rdf:object)
with the source file and the character span it was read from.

A letter cites, and is about, what its annexes cite and are about: the annex is part of it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG

from kg.lexicon import gazetteer
from kg.rdf import iris
from kg.rdf.namespace import CELEX, ID, KG, KST
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
}
_OFFICIAL_CLASSES = {
    CitationKind.GAZETTE: KG.GazettePublication,
    CitationKind.HANDELINGEN: KG.HandelingenItem,
    CitationKind.ANSWERS: KG.ParliamentaryAnswers,
}
_CHAMBERS = {"I": "Eerste Kamer der Staten-Generaal", "II": "Tweede Kamer der Staten-Generaal"}


def new_graph() -> Graph:
    graph = Graph(bind_namespaces="core")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph


class GraphBuilder:
    """Adds documents to one graph; `finish()` gives every node exactly one label.

    Each document's triples are kept apart (`parts`, one per source document, for named graphs
    and incremental stores), without labels: a node named differently in different letters (a
    policy spelt two ways) gets the name it is given most often, the first in sort order on a
    tie, so that the result does not depend on the order of the input. `votes` counts, per
    document, how often it gives each name.
    """

    def __init__(self) -> None:
        self.graph = new_graph()
        self.parts: dict[URIRef, Graph] = {}
        self.votes: dict[URIRef, Counter[tuple[URIRef, Literal]]] = {}
        self._part = new_graph()
        self._votes: Counter[tuple[URIRef, Literal]] = Counter()

    def add(self, document: Document) -> None:
        source = iris.source_iri(document.source)
        self._part, self._votes = new_graph(), Counter()
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
                self._part.add((parent, KG.hasAnnex if letter.is_annex else KG.encloses, node))
            # An annex's citations and policies are its letter's too.
            targets = [node, parent] if letter.is_annex and parent is not None else [node]
            for target in targets:
                for citation in letter.citations:
                    self._citation(target, citation, source)
                self._policies(target, letter, source)
        self.parts[source] = self._part
        self.votes[source] = self._votes
        self.graph += self._part

    def finish(self) -> Graph:
        """The union graph, with the chosen labels."""
        self.graph += self.labels()
        return self.graph

    def labels(self) -> Graph:
        """One rdfs:label (and skos:prefLabel for policies) for every node, by the votes."""
        return choose_labels(self.votes.values(), self.graph)

    def dataset(self) -> Dataset:
        """The graph as named graphs: one per source document, and one of the chosen labels."""
        return to_dataset(self.parts.items(), self.labels())

    # --- nodes --------------------------------------------------------------------------------

    def _label(self, node: URIRef, text: str, language: str | None = "nl") -> None:
        self._votes[(node, Literal(text, lang=language))] += 1

    def _source(self, node: URIRef, source: Source) -> None:
        self._part.add((node, RDF.type, KG.SourceDocument))
        self._part.add((node, KG.fileName, Literal(source.file_name)))
        self._part.add((node, KG.sha256, Literal(source.sha256)))
        self._label(node, source.file_name, None)

    def _letter(self, node: URIRef, letter: Letter, source: URIRef, info: Source) -> None:
        add = self._part.add
        add((node, RDF.type, KG.Annex if letter.is_annex else KG.Letter))
        add((node, KG.derivedFrom, source))
        add((node, KG.start, Literal(letter.span.start, datatype=XSD.integer)))
        add((node, KG.end, Literal(letter.span.end, datatype=XSD.integer)))
        self._label(node, _letter_label(letter, info))
        if letter.date:
            self._fact(
                node,
                KG.date,
                Literal(letter.date.value, datatype=XSD.date),
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
                self._fact(node, predicate, Literal(field.value), source, field.span, field.quote)
        if letter.published_as:
            add((node, KG.publishedAs, iris.official_iri(letter.published_as)))
        if letter.sender_organisation:
            organisation = self._organisation(letter.sender_organisation.value)
            located = letter.sender_organisation
            self._fact(
                node, KG.senderOrganisation, organisation, source, located.span, located.quote
            )
            if not letter.signatories and not letter.is_annex:
                self._fact(node, KG.sender, organisation, source, located.span, located.quote)
        for signatory in letter.signatories:
            person = self._person(signatory.person)
            self._fact(node, KG.sender, person, source, signatory.span, signatory.quote)
            for post in signatory.posts:
                self._fact(
                    person, KG.holds, self._post(post), source, signatory.span, signatory.quote
                )
        for recipient in letter.recipients:
            if recipient.post:
                addressee = self._post(recipient.post)
                self._fact(node, KG.recipient, addressee, source, recipient.span, recipient.quote)
            elif recipient.organisation:
                addressee = self._organisation(recipient.organisation)
                self._fact(node, KG.recipient, addressee, source, recipient.span, recipient.quote)
            if recipient.person:
                person = self._person(recipient.person)
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
                self._person(person_mention.entity),
                source,
                person_mention.span,
                person_mention.quote,
            )

    def _person(self, person: Person) -> URIRef:
        node = iris.person_iri(person)
        self._part.add((node, RDF.type, KG.Person))
        self._part.add((node, RDF.type, FOAF.Person))
        self._label(node, person.name, None)
        if person.honorific:
            self._part.add((node, KG.honorific, Literal(person.honorific)))
        if person.organisation:
            self._part.add((node, ORG.memberOf, self._organisation(person.organisation)))
        return node

    def _organisation(self, organisation: Organisation) -> URIRef:
        node = iris.organisation_iri(organisation)
        self._part.add((node, RDF.type, KG.Organisation))
        self._part.add((node, RDF.type, ORG.Organization))
        self._label(node, organisation.name)
        if organisation.acronym:
            self._part.add((node, KG.acronym, Literal(organisation.acronym)))
        for alias in organisation.aliases:
            self._part.add((node, SKOS.altLabel, Literal(alias, lang="nl")))
        return node

    def _post(self, post: Post) -> URIRef:
        node = iris.post_iri(post)
        self._part.add((node, RDF.type, KG.Post))
        self._part.add((node, RDF.type, ORG.Post))
        self._part.add((node, KG.postTitle, Literal(post.title)))
        self._label(node, post.label)
        if post.organisation:
            self._part.add((node, KG.postIn, self._organisation(post.organisation)))
        return node

    def _policy(self, policy: Policy) -> URIRef:
        node = iris.policy_iri(policy)
        add = self._part.add
        add((node, RDF.type, KG.Policy))
        add((node, RDF.type, SKOS.Concept))
        add((node, SKOS.inScheme, self._policy_scheme()))
        add((node, KG.policyKind, Literal(policy.kind.value)))
        self._label(node, policy.label)
        if policy.acronym:
            add((node, KG.acronym, Literal(policy.acronym)))
        for alias in policy.aliases:
            add((node, SKOS.altLabel, Literal(alias, lang="nl")))
        if policy.celex:
            add((node, KG.legalAct, self._eu_act(f"CELEX:{policy.celex}")))
        return node

    def _policy_scheme(self) -> URIRef:
        node = iris.policy_scheme_iri()
        self._part.add((node, RDF.type, SKOS.ConceptScheme))
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
            if citation.motion_by:
                self._part.add((target, RDF.type, KG.Motion))
                for name in citation.motion_by:
                    self._part.add((target, KG.submitter, self._person(Person(name))))
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
            self._part.add((target, RDF.type, KG.WebDocument))
            self._label(target, citation.identifier, None)
        self._fact(node, KG.cites, target, source, citation.span, citation.raw, citation.footnote)

    def _identified(self, node: URIRef, kind: URIRef, identifier: str) -> None:
        """A cited document known by its official identifier."""
        self._part.add((node, RDF.type, kind))
        self._part.add((node, KG.identifier, Literal(identifier)))
        self._label(node, identifier, None)

    def _publication(self, publication: Publication, source: URIRef) -> None:
        """A document's own official identity: its Kamerstuk, or its answers to questions."""
        if publication.kamerstuk is not None:
            node = self._kamerstuk(publication.kamerstuk)
            if publication.document_type == "Motie":
                self._part.add((node, RDF.type, KG.Motion))
        else:
            node = iris.official_iri(publication.identifier)
            self._part.add((node, RDF.type, KG.ParliamentaryAnswers))
            self._part.add((node, KG.identifier, Literal(publication.identifier)))
            self._label(node, publication.identifier, None)
        add = self._part.add
        add((node, KG.derivedFrom, source))
        if publication.document_type:
            add((node, KG.documentType, Literal(publication.document_type)))
        if publication.title:
            add((node, DCTERMS.title, Literal(publication.title, lang="nl")))
        if publication.date:
            add((node, KG.date, Literal(publication.date, datatype=XSD.date)))
        for name in publication.submitters:
            add((node, KG.submitter, self._person(Person(name))))

    def _kamerstuk(self, paper: Kamerstuk) -> URIRef:
        node = iris.official_iri(paper.identifier)
        dossier = iris.dossier_iri(paper.dossier)
        add = self._part.add
        add((node, RDF.type, KG.Kamerstuk))
        add((node, KG.identifier, Literal(paper.identifier)))
        add((node, KG.documentNumber, Literal(paper.number)))
        add((node, KG.dossier, dossier))
        self._label(node, paper.identifier, None)
        if paper.session_year:
            add((node, KG.sessionYear, Literal(paper.session_year)))
        if paper.chamber:
            chamber = gazetteer().organisation(_CHAMBERS[paper.chamber])
            add((node, KG.chamber, self._organisation(chamber)))
        add((dossier, RDF.type, KG.Dossier))
        add((dossier, KG.identifier, Literal(paper.dossier)))
        self._label(dossier, f"Kamerstukdossier {paper.dossier}")
        return node

    def _eu_act(self, identifier: str) -> URIRef:
        node = iris.celex_iri(identifier)
        self._part.add((node, RDF.type, KG.EULegalAct))
        self._part.add((node, KG.identifier, Literal(identifier)))
        self._label(node, identifier, None)
        return node

    # --- evidence -----------------------------------------------------------------------------

    def _fact(
        self,
        subject: URIRef,
        predicate: URIRef,
        value: URIRef | Literal,
        source: URIRef,
        span: Span,
        quote: str,
        footnote: int | None = None,
    ) -> None:
        """Add a statement and the evidence for it."""
        add = self._part.add
        add((subject, predicate, value))
        evidence = iris.evidence_iri(subject, predicate, value, source, span.start, span.end)
        add((evidence, RDF.type, KG.Evidence))
        add((evidence, RDF.subject, subject))
        add((evidence, RDF.predicate, predicate))
        add((evidence, RDF.object, value))
        add((evidence, KG.derivedFrom, source))
        add((evidence, KG.start, Literal(span.start, datatype=XSD.integer)))
        add((evidence, KG.end, Literal(span.end, datatype=XSD.integer)))
        add((evidence, KG.quote, Literal(quote)))
        if footnote is not None:
            add((evidence, KG.footnote, Literal(footnote, datatype=XSD.integer)))
        self._label(evidence, f"Bewijsplaats {span.start}-{span.end}")


LABELS_GRAPH = ID["graph/labels"]


def to_dataset(parts: Iterable[tuple[URIRef, Graph]], labels: Graph) -> Dataset:
    """Named graphs: each source document's triples under the source's IRI, the labels apart."""
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, override=True)
    for name, part in (*parts, (LABELS_GRAPH, labels)):
        named = dataset.graph(name)
        for triple in part:
            named.add(triple)
    return dataset


def choose_labels(votes: Iterable[Counter[tuple[URIRef, Literal]]], graph: Graph) -> Graph:
    """The most given name of each node (the first in sort order on a tie), as a graph of labels;
    `graph` tells which nodes are policies, which get a skos:prefLabel too."""
    total: defaultdict[URIRef, Counter[Literal]] = defaultdict(Counter)
    for counter in votes:
        for (node, label), count in counter.items():
            total[node][label] += count
    labels = new_graph()
    for node, counts in total.items():
        label = min(counts, key=lambda lit: (-counts[lit], str(lit), lit.language or ""))
        labels.add((node, RDFS.label, label))
        if (node, RDF.type, KG.Policy) in graph:
            labels.add((node, SKOS.prefLabel, label))
    return labels


def _letter_label(letter: Letter, source: Source) -> str:
    """ "Reactie brief ultimatum d.d. 11 mei 2026 (2026-05-26)", or where the letter stands."""
    kind = "Bijlage" if letter.is_annex else "Brief"
    when = f" ({letter.date.value.isoformat()})" if letter.date else ""
    if letter.subject:
        return f"{letter.subject.value}{when}"
    return f"{kind} {letter.index + 1} in {source.file_name}{when}"
