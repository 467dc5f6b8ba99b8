"""The kamergraaf vocabulary as a closed namespace: a term missing from the ontology is an error.

tests/test_ontology.py checks that this class and the ontology file define the same terms.
"""

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace
from rdflib.term import URIRef

ID = Namespace("https://w3id.org/kamergraaf/id/")
KST = Namespace("https://zoek.officielebekendmakingen.nl/")
CELEX = Namespace("http://publications.europa.eu/resource/celex/")


class KG(DefinedNamespace):
    """https://w3id.org/kamergraaf/def#"""

    _fail = True
    _NS = Namespace("https://w3id.org/kamergraaf/def#")

    # Classes
    Letter: URIRef
    Annex: URIRef
    Person: URIRef
    Organisation: URIRef
    Post: URIRef
    Policy: URIRef
    CitableDocument: URIRef
    Kamerstuk: URIRef
    Motion: URIRef
    Amendment: URIRef
    ParliamentaryAnswers: URIRef
    GazettePublication: URIRef
    HandelingenItem: URIRef
    CourtDecision: URIRef
    Legislation: URIRef
    Dossier: URIRef
    EULegalAct: URIRef
    WebDocument: URIRef
    SourceDocument: URIRef
    Evidence: URIRef
    Tenure: URIRef

    # Object properties
    sender: URIRef
    recipient: URIRef
    senderOrganisation: URIRef
    about: URIRef
    mentions: URIRef
    cites: URIRef
    encloses: URIRef
    hasAnnex: URIRef
    holds: URIRef
    postIn: URIRef
    dossier: URIRef
    publishedAs: URIRef
    submitter: URIRef
    chamber: URIRef
    legalAct: URIRef
    derivedFrom: URIRef
    holder: URIRef
    heldPost: URIRef
    seenIn: URIRef
    onBehalfOf: URIRef

    # Datatype properties
    date: URIRef
    subject: URIRef
    ourReference: URIRef
    yourReference: URIRef
    enclosureNote: URIRef
    identifier: URIRef
    sessionYear: URIRef
    documentNumber: URIRef
    documentType: URIRef
    postTitle: URIRef
    honorific: URIRef
    acronym: URIRef
    policyKind: URIRef
    fileName: URIRef
    sha256: URIRef
    start: URIRef
    end: URIRef
    quote: URIRef
    footnote: URIRef
    acting: URIRef
    firstSeen: URIRef
    lastSeen: URIRef
    inGazetteer: URIRef
    organisationKind: URIRef


# Each term is also a class attribute, found without DefinedNamespace's __getattr__ (which costs a
# microsecond, and the mapping looks up hundreds of terms per letter); a name that is not a term
# still fails there.
for _term in KG.__annotations__:
    setattr(KG, _term, KG._NS[_term])
