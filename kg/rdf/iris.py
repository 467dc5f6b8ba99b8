"""Deterministic IRIs: the same thing always gets the same IRI, whatever run or machine made it.

id:source/<first 16 hex of the file's SHA-256>      a source file, by content
id:letter/<source>-<n>, id:annex/<source>-<n>       the n-th segment of that file
id:person/j-a-vijlbrief, id:organisation/fnv, id:post/minister-van-..., id:policy/...
https://zoek.officielebekendmakingen.nl/kst-29861-158   a Kamerstuk keeps its official IRI
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

from kg.rdf.namespace import CELEX, ID, KST
from kg.records import Organisation, Person, Policy, Post, Source

_MAX_SLUG = 80
_BARE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def slug(text: str) -> str:
    """A readable, IRI-safe key: slug("Minister van Sociale Zaken") -> "minister-van-sociale-zaken".

    Text without any letter or digit, and text too long to read, get a hash instead, so two
    different texts never share a slug by accident of truncation.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if not words or len(words) > _MAX_SLUG:
        digest = hashlib.sha1(text.encode()).hexdigest()[:12]
        return f"{words[: _MAX_SLUG - 13].rstrip('-')}-{digest}".lstrip("-")
    return words


def source_iri(source: Source) -> URIRef:
    return ID[f"source/{source.sha256[:16]}"]


def segment_iri(source: Source, index: int, is_annex: bool) -> URIRef:
    return ID[f"{'annex' if is_annex else 'letter'}/{source.sha256[:16]}-{index}"]


def person_iri(person: Person) -> URIRef:
    return ID[f"person/{slug(person.name)}"]


def organisation_iri(organisation: Organisation) -> URIRef:
    return ID[f"organisation/{organisation.key or slug(organisation.name)}"]


def post_iri(post: Post) -> URIRef:
    return ID[f"post/{slug(post.label)}"]


def policy_iri(policy: Policy) -> URIRef:
    return ID[f"policy/{slug(policy.key)}"]


def is_policy_iri(node: URIRef) -> bool:
    return node.startswith(ID["policy/"])


def policy_scheme_iri() -> URIRef:
    return ID["policies"]


def official_iri(identifier: str) -> URIRef:
    """A document by its page on zoek.officielebekendmakingen.nl: kst-29861-158, stb-2020-118."""
    return KST[identifier]


def dossier_iri(dossier: str) -> URIRef:
    return ID[f"dossier/{slug(dossier)}"]


def celex_iri(identifier: str) -> URIRef:
    """CELEX:32022L2041 -> http://publications.europa.eu/resource/celex/32022L2041."""
    return CELEX[quote(identifier.removeprefix("CELEX:"), safe="")]


def ecli_iri(ecli: str) -> URIRef:
    """A court decision by its ECLI, at the deeplink service of rechtspraak.nl."""
    return URIRef(f"https://deeplink.rechtspraak.nl/uitspraak?id={quote(ecli, safe=':')}")


def bwb_iri(bwb: str) -> URIRef:
    """A law or regulation by its BWB id, at wetten.overheid.nl."""
    return URIRef(f"https://wetten.overheid.nl/{quote(bwb, safe='')}")


def eli_iri(celex: str) -> URIRef | None:
    """The ELI of an EU regulation, directive or decision: CELEX:32004R0883 ->
    http://data.europa.eu/eli/reg/2004/883/oj; None for other CELEX sectors and types."""
    m = re.fullmatch(r"(?:CELEX:)?3(\d{4})([RLD])0*(\d+)", celex)
    if not m:
        return None
    kind = {"R": "reg", "L": "dir", "D": "dec"}[m.group(2)]
    return URIRef(f"http://data.europa.eu/eli/{kind}/{m.group(1)}/{m.group(3)}/oj")


def tooi_iri(code: str) -> URIRef:
    """A government organisation in TOOI: "ministerie/mnre1073"."""
    return URIRef(f"https://identifier.overheid.nl/tooi/id/{code}")


def wikidata_iri(item: str) -> URIRef:
    return URIRef(f"http://www.wikidata.org/entity/{item}")


def tenure_iri(person: URIRef, post: URIRef) -> URIRef:
    """One node per person and post: id:tenure/<person>--<post>."""
    return ID[f"tenure/{person.rsplit('/', 1)[-1]}--{post.rsplit('/', 1)[-1]}"]


def change_iri(key: str) -> URIRef:
    """A change of organisations (renamed, split, merged): id:change/ezk-2024-07-02."""
    return ID[f"change/{key}"]


def web_iri(url: str) -> URIRef:
    """A URL as an IRI: what an IRI may not hold is percent-encoded (spaces, brackets, quotes, a
    second "#", a "%" that starts no escape), so every IRI parses wherever it is loaded."""
    base, hash_mark, fragment = url.partition("#")

    def escape(part: str, safe: str) -> str:
        part = _BARE_PERCENT.sub("%25", part)
        return quote(part, safe=safe)

    iri = escape(base, ":/?@!$&'()*+,;=%~-._")
    return URIRef(iri + hash_mark + escape(fragment, ":/?@!$&'()*+,;=%~-._") if hash_mark else iri)


EVIDENCE = ID["evidence/"]
"""What every evidence node's IRI starts with."""


def evidence_iri(*parts: object) -> str:
    """The IRI of the evidence for a statement, from its parts (subject, predicate, value,
    source, span): a digest, which N-Triples writes as it is (a letter has hundreds)."""
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:20]
    return f"{EVIDENCE}{digest}"
