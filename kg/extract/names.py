"""Person names: their parts, when two ways of writing a name can be one person, and resolving
the short forms of a file ("minister Vijlbrief", "de heer Spekman") to the full name it gives.

    "J.A. Vijlbrief"  -> initials "JA", surname "Vijlbrief"
    "Hans Spekman"    -> given "Hans", initials "H", surname "Spekman"
    "Van der Staaij"  -> surname only

Two names are compatible when their surnames are equal (case aside) and neither's initials
contradict the other's. A short name is only ever replaced by the one compatible full name of the
same file: two people who merely share a surname are never merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from kg.records import Letter, Mention, Person, Recipient, Signatory

_PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "von", "du", "la", "le", "'t"}


@dataclass(frozen=True)
class NameParts:
    initials: str  # "JA" for "J.A.", "H" for "Hans"; "" when only the surname is written
    given: str | None
    surname: str  # as written, particles included: "van der Staaij"

    @property
    def key(self) -> str:
        """The surname folded for comparison: "Van der Staaij" and "van der Staaij" are one."""
        return " ".join(self.surname.split()).casefold()

    @property
    def is_short(self) -> bool:
        return not self.initials


@cache
def name_parts(name: str) -> NameParts:
    """The parts of a name as the extractors write it (honorifics already removed)."""
    words = name.split()
    initials = ""
    while words and re.fullmatch(r"(?:[A-Z][a-z]?\.)+", words[0]):
        initials += "".join(re.findall(r"[A-Z]", words.pop(0)))
    given = None
    if not initials and len(words) > 1 and words[0].casefold() not in _PARTICLES:
        given = words.pop(0)
        initials = given[0]
    return NameParts(initials, given, " ".join(words))


def compatible(a: str, b: str) -> bool:
    """Whether two written names can be one person: same surname, initials not contradicting."""
    pa, pb = name_parts(a), name_parts(b)
    if pa.key != pb.key:
        return False
    if pa.given and pb.given and pa.given != pb.given:
        return False
    return pa.initials.startswith(pb.initials) or pb.initials.startswith(pa.initials)


def specificity(name: str) -> tuple[int, int, str]:
    """How much a name says: more initials, then a given name; the name itself breaks ties."""
    parts = name_parts(name)
    return (len(parts.initials), len(parts.given or ""), name)


def fuller_name(name: str, candidates: set[str]) -> str:
    """The fullest of `candidates` compatible with `name`, when that choice is unambiguous.

    Unambiguous: every compatible candidate is compatible with the fullest one ("H. Spekman" and
    "Hans Spekman" are one; "J. de Graaf" and "P. de Graaf" leave "De Graaf" as it is).
    """
    matches = [c for c in candidates if c != name and compatible(name, c)]
    if not matches:
        return name
    best = max(matches, key=specificity)
    if specificity(best) <= specificity(name):
        return name
    if all(compatible(best, other) for other in matches):
        return best
    return name


def resolve_persons(letters: tuple[Letter, ...]) -> tuple[Letter, ...]:
    """Every person of a file under the fullest name the file gives them."""
    names = {s.person.name for letter in letters for s in letter.signatories}
    names |= {r.person.name for letter in letters for r in letter.recipients if r.person}
    names |= {m.entity.name for letter in letters for m in letter.persons}
    by_surname: dict[str, set[str]] = {}
    for name in names:  # only names with one surname can be one person: compared within blocks
        by_surname.setdefault(name_parts(name).key, set()).add(name)
    full = {name: fuller_name(name, by_surname[name_parts(name).key]) for name in names}

    if all(full[name] == name for name in names):
        return letters

    def person(p: Person) -> Person:
        return p if full[p.name] == p.name else replace(p, name=full[p.name])

    def signatory(s: Signatory) -> Signatory:
        return replace(s, person=person(s.person))

    def recipient(r: Recipient) -> Recipient:
        return replace(r, person=person(r.person)) if r.person else r

    def mention(m: Mention[Person]) -> Mention[Person]:
        return replace(m, entity=person(m.entity))

    return tuple(
        replace(
            letter,
            signatories=tuple(map(signatory, letter.signatories)),
            recipients=tuple(map(recipient, letter.recipients)),
            persons=tuple(map(mention, letter.persons)),
        )
        for letter in letters
    )
