"""Typed records: what the extractors find, before anything becomes a triple.

Every record that comes from the text carries a `Span`: character offsets into the decoded source
file, so that each fact in the graph can point back to its evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, order=True)
class Span:
    """Characters [start, end) of the decoded source text."""

    start: int
    end: int


@dataclass(frozen=True)
class Located(Generic[T]):
    """A value with the span of source text it was read from, and the quoted text itself."""

    value: T
    span: Span
    quote: str


@dataclass(frozen=True)
class Organisation:
    """An organisation as named in a letter; `key` is its gazetteer key when it is known there."""

    name: str
    key: str | None = None
    acronym: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Person:
    """A natural person; honorifics (dhr., mevrouw, dr.) are kept out of the name."""

    name: str
    honorific: str | None = None
    organisation: Organisation | None = None
    title: str | None = None  # the title a mention names them by: "minister Vijlbrief"


@dataclass(frozen=True)
class Post:
    """A post as written: "Minister van Financiën", title "Minister", of that ministry."""

    label: str
    title: str
    organisation: Organisation | None


@dataclass(frozen=True)
class Signatory:
    """One person signing a letter, with every post they signed as."""

    person: Person
    posts: tuple[Post, ...]
    span: Span
    quote: str
    acting: bool = False  # "wnd.": standing in for the holder of the post
    on_behalf_of: Post | None = None  # "De Minister van ..., namens deze, <this post>"


@dataclass(frozen=True)
class Recipient:
    """The addressee as written: a post, an organisation, a person ("FNV t.a.v. dhr. ...")."""

    span: Span
    quote: str
    post: Post | None = None
    organisation: Organisation | None = None
    person: Person | None = None


class CitationKind(StrEnum):
    KAMERSTUK = "kamerstuk"
    EU_ACT = "eu-act"
    GAZETTE = "gazette"  # Staatsblad, Staatscourant, Tractatenblad: stb-2020-118
    HANDELINGEN = "handelingen"  # h-tk-20232024-45-7
    ANSWERS = "aanhangsel"  # ah-tk-20192020-89: answers to written questions
    ECLI = "ecli"  # ECLI:NL:HR:2020:1
    BWB = "bwb"  # BWBR0005416: a Dutch law or regulation in wetten.overheid.nl
    URL = "url"


@dataclass(frozen=True)
class Kamerstuk:
    """A parliamentary paper: kst-<dossier>-<number>, e.g. dossier "21501-31", number "669"."""

    dossier: str
    number: str
    chamber: str | None = None  # "I" (Eerste Kamer) or "II" (Tweede Kamer)
    session_year: str | None = None  # "2024-2025"

    @property
    def identifier(self) -> str:
        return f"kst-{self.dossier}-{self.number}"

    @staticmethod
    def dossier_id(written: str) -> str:
        """A dossier as officielebekendmakingen writes it in ids: "36 410 XII" -> "36410-XII",
        "21 501-31" -> "21501-31", "31.700XII" -> "31700-XII"."""
        m = re.fullmatch(r"\s*(\d{2})[\s.]?(\d{3})\s*[-–]?\s*(\w*)\s*", written)
        if not m:
            return re.sub(r"\s+", "", written)
        return f"{m.group(1)}{m.group(2)}" + (f"-{m.group(3)}" if m.group(3) else "")


@dataclass(frozen=True)
class Citation:
    """A reference to a citable document, with its raw text and the footnote it stands in."""

    kind: CitationKind
    identifier: str  # "kst-29861-158", "CELEX:32022L2041" or the URL
    raw: str
    span: Span
    footnote: int | None = None
    kamerstuk: Kamerstuk | None = None
    submitted_by: tuple[str, ...] = ()  # members named as submitters: "motie Stoffer/Markuszower"
    instrument: str | None = None  # "motie" or "amendement", when the text says which


class PolicyKind(StrEnum):
    LAW = "law"
    EU_REGULATION = "eu-regulation"
    EU_DIRECTIVE = "eu-directive"
    PROGRAMME = "programme"
    AGREEMENT = "agreement"
    STRATEGY = "strategy"
    POLICY = "policy"


@dataclass(frozen=True)
class Policy:
    """A policy; `key` identifies it across letters whatever name a letter uses."""

    key: str
    label: str
    kind: PolicyKind
    acronym: str | None = None
    celex: str | None = None
    bwb: str | None = None  # BWBR0002221: a Dutch law in wetten.overheid.nl
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention(Generic[T]):
    """An entity named in the text; `salient` when named in the subject or a heading."""

    entity: T
    span: Span
    quote: str
    salient: bool = False


@dataclass(frozen=True)
class Footnote:
    number: int
    text: str
    span: Span


@dataclass(frozen=True)
class Letter:
    """One letter, or one annex (a document sent with a letter that is not a letter itself)."""

    index: int
    is_annex: bool
    span: Span
    date: Located[dt.date] | None = None
    subject: Located[str] | None = None
    our_reference: Located[str] | None = None
    your_reference: Located[str] | None = None
    enclosures: Located[str] | None = None
    sender_organisation: Located[Organisation] | None = None
    signatories: tuple[Signatory, ...] = ()
    recipients: tuple[Recipient, ...] = ()
    citations: tuple[Citation, ...] = ()
    policies: tuple[Mention[Policy], ...] = ()
    about: tuple[Policy, ...] = ()
    organisations: tuple[Mention[Organisation], ...] = ()
    persons: tuple[Mention[Person], ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    unresolved: tuple[str, ...] = ()  # citation-like text that no official id could be made of
    enclosed_by: int | None = None  # index of the cover letter, for enclosed letters and annexes
    published_as: str | None = None  # the official id when the letter is itself published


class PublicationKind(StrEnum):
    KAMERSTUK = "kamerstuk"
    ANSWERS = "answers"  # Aanhangsel van de Handelingen: answers to written questions


@dataclass(frozen=True)
class Publication:
    """What the official metadata says of a published document (officielebekendmakingen.nl).

    A motion is a Kamerstuk with submitters and no letter; answers to written questions are one
    document from the answering minister; a letter published as a Kamerstuk keeps that identity.
    """

    identifier: str  # "kst-32545-143", "ah-tk-20202021-3235"
    kind: PublicationKind
    document_type: str | None = None  # "Motie", "Brief", "Antwoord"
    title: str | None = None
    date: dt.date | None = None
    kamerstuk: Kamerstuk | None = None
    submitters: tuple[str, ...] = ()  # members who tabled a motion or asked the questions
    answered_by: str | None = None  # "Koolmees"
    answered_as: str | None = None  # "Minister van Sociale Zaken en Werkgelegenheid"
    answer_header: str | None = None  # the text that says so, as it stands in the document
    subject: str | None = None


@dataclass(frozen=True)
class Source:
    """An input file: its name, the hash of its bytes, and the reader that decoded it."""

    file_name: str
    sha256: str
    reader: str
    pages: int | None = None


@dataclass(frozen=True)
class Document:
    """Everything extracted from one source file."""

    source: Source
    letters: tuple[Letter, ...]
    publication: Publication | None = None
