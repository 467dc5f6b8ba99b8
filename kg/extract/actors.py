"""Actors: signatories with their posts, addressees as written, and persons named in the text."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile

from kg.cleaning import Text
from kg.lexicon import LEXICON, RETURN_ADDRESS, gazetteer
from kg.records import Mention, Person, Post, Recipient, Signatory
from kg.scanning import Anchored, LineStart

_TITLES = "|".join(map(re.escape, LEXICON.post_titles))
_CANONICAL_TITLE = {title.casefold(): title for title in LEXICON.post_titles}
_POST = re.compile(
    rf"(?:(?:de|het)\s+)?(?P<title>{_TITLES})(?![\w-])"
    rf"(?:\s+(?P<prep>van|voor)\s+(?P<rest>\S.*?)|\s+(?P<unit>[A-Z][\w-]*(?:\s+\w[\w-]*){{0,4}}))?\s*,?",
    re.I,
)
_ACTING = re.compile(r"\b(?:wnd\.|waarnemend(?:e)?)\s*", re.I)
_ON_BEHALF = re.compile(r"\s*(?:namens\s+dezen?|n\.d\.),?\s*", re.I)

_PARTICLE = r"(?:van|de|der|den|ter|ten|te|in\s't|op\s't|'t|von|du|la|le)"
_INITIALS = r"(?:[A-Z][a-z]?\.[ ]?)+"
_CAPITALISED = r"[A-Z][a-zà-ÿ'’]+(?:-(?:(?:van|de|der|den|ter|ten)\s)*[A-Z][a-zà-ÿ'’]+)*"
_SURNAME = rf"(?:{_PARTICLE}\s+)*{_CAPITALISED}"
_NAME = rf"(?:{_INITIALS}{_SURNAME}|{_CAPITALISED}(?:\s+{_CAPITALISED})?\s+{_SURNAME})"
_ACADEMIC = r"(?:(?:mr|drs|dr|prof|ir|ing)\.\s*)+"
NAME_LINE = re.compile(rf"\s*(?P<honorific>{_ACADEMIC})?(?P<name>{_NAME})\s*")
_SIGNATURE_POST = re.compile(
    rf"\s*(?:[Dd]e|DE)\s+(?:(?:wnd\.|waarnemend(?:e)?)\s+)?(?:{_TITLES})(?![\w])", re.I
)
# The lines a signature may start on: "de" (in any case) between white space.
_SIGNATURE_LINE = LineStart(r"[^\S\n]*[Dd][Ee][^\S\n]")

_HONORIFIC = "|".join(map(re.escape, sorted(LEXICON.honorifics, key=len, reverse=True)))
_FOR_ATTENTION = re.compile(
    rf"\s*(?:t\.a\.v\.|ter attentie van)\s*(?:(?P<honorific>{_HONORIFIC})\s+)?(?P<rest>.+)", re.I
)
_POSTCODE = re.compile(r"\b\d{4}\s?[A-Z]{2}\b")
_STREET = re.compile(r"[A-Z][\w.'-]*(?:\s[\w.'-]+)*\s\d+\s?[a-zA-Z]?(?:[-/]\d+)?")
_POSTBUS = re.compile(r"\s*(?:Postbus|Antwoordnummer)\s+\d+", re.I)


@lru_cache(maxsize=4096)  # (a ministry's posts sign letter after letter)
def parse_post(text: str) -> Post | None:
    """A post as written: "De Minister van Sociale Zaken en Werkgelegenheid," ->
    Post("Minister van Sociale Zaken en Werkgelegenheid", "Minister", Ministerie van ...)."""
    text = " ".join(text.split()).strip(" ,")
    m = _POST.fullmatch(text)
    if not m:
        return None
    title = _CANONICAL_TITLE[m.group("title").casefold()]
    prep, rest, unit = m.group("prep"), m.group("rest"), m.group("unit")
    if unit and title in LEXICON.ministry_posts:
        return None  # "Minister Vijlbrief" is a person named by a title, not a post
    label = f"{title} {prep.lower()} {rest}" if prep else f"{title} {unit}" if unit else title
    organisation = LEXICON.organisation_of_post.get(label)
    if organisation is None and prep:
        if title in LEXICON.ministry_posts and prep.lower() == "van":
            organisation = f"Ministerie van {rest}"
        elif title not in LEXICON.ministry_posts:
            organisation = re.sub(r"^(?:de|het)\s+", "", rest)
    return Post(label, title, gazetteer().organisation(organisation) if organisation else None)


@lru_cache(maxsize=4096)
def parse_person(text: str) -> Person | None:
    """A name, its honorific kept apart: "dhr. Hans Spekman" -> Person("Hans Spekman", "dhr.")."""
    m = re.fullmatch(rf"\s*(?:(?P<honorific>{_HONORIFIC})\s+)?(?P<rest>.+?)\s*", text, re.I)
    if not m:
        return None
    name = NAME_LINE.fullmatch(m.group("rest"))
    if not name:
        return None
    honorifics = " ".join(filter(None, [m.group("honorific"), name.group("honorific")]))
    return Person(" ".join(name.group("name").split()), honorifics.strip() or None)


@dataclass(frozen=True)
class SignatureMatch:
    """A signatory and where the signature stands in the cleaned text."""

    signatory: Signatory
    start: int
    end: int


def find_signatures(text: Text) -> list[SignatureMatch]:
    """Signatures: one or more post lines ending in a comma, then the name.

        De Minister-president, Minister van Algemene Zaken,
        R.A.A. Jetten

    is one person with two posts. "wnd." before a title marks an acting holder; a signature
    "namens deze," signs on behalf of the post above it:

        De Minister van Sociale Zaken en Werkgelegenheid,
        namens deze,
        De directeur-generaal Werk,
        A.B. Jansen
    """
    value = text.value
    lines = list(text.lines())
    found: list[SignatureMatch] = []
    principal: tuple[Post, int] | None = None  # the post signed for, and where its lines start
    i = 0
    starts = [start for start, _ in lines]
    for candidate in (bisect_left(starts, s) for s in _SIGNATURE_LINE.starts(value)):
        if candidate < i or not _SIGNATURE_POST.match(value, *lines[candidate]):
            continue
        i = candidate
        last = i
        while not value[slice(*lines[last])].rstrip().endswith(",") and last < i + 2:
            if last + 1 >= len(lines) or not value[slice(*lines[last + 1])].strip():
                break
            last += 1
        name_line = last + 1
        while (
            name_line < len(lines)
            and name_line <= last + 3
            and not value[slice(*lines[name_line])].strip()
        ):
            name_line += 1
        post_text = " ".join(value[lines[k][0] : lines[k][1]].strip() for k in range(i, last + 1))
        person = (
            parse_person(value[slice(*lines[name_line])])
            if name_line < len(lines) and post_text.endswith(",")
            else None
        )
        acting = bool(_ACTING.search(post_text))
        posts = _posts(_ACTING.sub("", post_text))
        if (
            person is None
            and posts
            and name_line < len(lines)
            and _ON_BEHALF.fullmatch(value, *lines[name_line])
        ):
            principal = (posts[0], lines[i][0])
            i = name_line + 1
            continue
        if person is None or not posts:
            continue
        start, end = lines[i][0], lines[name_line][1]
        on_behalf_of = None
        if principal is not None:
            on_behalf_of, start = principal
            posts = tuple(_within(post, on_behalf_of) for post in posts)
        quote = value[start:end]
        signatory = Signatory(person, posts, text.span(start, end), quote, acting, on_behalf_of)
        found.append(SignatureMatch(signatory, start, end))
        principal = None
        i = name_line + 1
    return found


def _within(post: Post, principal: Post) -> Post:
    """A post signing on behalf of another belongs to its organisation when it names none."""
    if post.organisation is not None:
        return post
    return Post(post.label, post.title, principal.organisation)


def _posts(text: str) -> tuple[Post, ...]:
    """Posts separated by commas: "De Minister-president, Minister van Algemene Zaken"."""
    parts = [part.strip() for part in re.split(r",\s*(?=[A-Za-z])", text.strip(" ,"))]
    posts: list[Post] = []
    for part in parts:
        post = parse_post(part)
        if post is None:
            if not posts:
                return ()
            # A comma inside a post's name ("Minister van Onderwijs, Cultuur en Wetenschap").
            merged = parse_post(f"{posts[-1].label}, {part}")
            if merged is None:
                return ()
            posts[-1] = merged
        else:
            posts.append(post)
    return tuple(posts)


def find_recipients(text: Text, end: int) -> tuple[Recipient, ...]:
    """The addressee block of a letterhead (text[:end]): the lines after "> Retouradres ..." or the
    lines starting with "Aan", up to the first line of the postal address."""
    value = text.value
    lines = list(takewhile(lambda line: line[1] <= end, text.lines()))  # (in order)
    block = _address_block(value, lines)
    if not block:
        return ()
    names: list[tuple[int, int]] = []
    for start, stop in block:
        line = value[start:stop]
        if _POSTCODE.search(line) or _POSTBUS.match(line) or _STREET.fullmatch(line.strip()):
            break
        names.append((start, stop))
    if not names:
        return ()
    attention = [line for line in names if _FOR_ATTENTION.match(value, *line)]
    addressee = [line for line in names if line not in attention]
    return _recipient(text, addressee, attention)


def _address_block(value: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of the address block: after the return address, or starting with "Aan"."""
    start = None
    for k, line in enumerate(lines):
        if RETURN_ADDRESS.pattern.match(value, *line):
            start = k + 1
            break
        if re.match(r"\s*Aan\s+\S", value[slice(*line)]):
            start = k
            break
    if start is None:
        return []
    while start < len(lines) and not value[slice(*lines[start])].strip():
        start += 1
    block = []
    for line in lines[start:]:
        if not value[slice(*line)].strip():
            break
        block.append(line)
    return block


def _recipient(
    text: Text, addressee: list[tuple[int, int]], attention: list[tuple[int, int]]
) -> tuple[Recipient, ...]:
    value = text.value
    written = " ".join(value[slice(*line)].strip() for line in addressee)
    written = re.sub(r"^Aan\s+", "", written)
    post = parse_post(written) if written else None
    organisation = (
        post.organisation if post else (gazetteer().organisation(written) if written else None)
    )
    person = None
    for line in attention:
        m = _FOR_ATTENTION.match(value, *line)
        assert m is not None
        person = parse_person(m.group("rest"))
        if person is not None:
            person = Person(person.name, m.group("honorific") or person.honorific, organisation)
        elif post is None:
            post = parse_post(m.group("rest"))
    lines = addressee + attention
    start, end = min(s for s, _ in lines), max(e for _, e in lines)
    return (Recipient(text.span(start, end), value[start:end], post, organisation, person),)


# --- persons mentioned in the text ------------------------------------------------------------

_MENTION_TITLES = "|".join(
    [
        "minister",
        "staatssecretaris",
        "premier",
        "minister-president",
        "directeur-generaal",
        "commissaris",
        "Kamerlid",
        "lid",
    ]
)
_SURNAME_ONLY = rf"(?:(?:Van|De|Ter|Ten|Den|Von)\s+(?:(?:der|den|de)\s+)?)?{_CAPITALISED}"
# After a title the particle may be lower case: "minister van Engelshoven" (but "minister van
# Defensie" is a post, told apart in find_persons).
_TITLED_SURNAME = (
    rf"(?:(?:[Vv]an|[Dd]e|[Tt]er|[Tt]en|[Dd]en|[Vv]on)\s+(?:(?:der|den|de)\s+)?)?{_CAPITALISED}"
)
_PERSON_MENTION = Anchored(
    re.compile(
        rf"\b(?:(?P<honorific>(?i:{_HONORIFIC}))\s+(?P<full>{_NAME}|{_SURNAME_ONLY})"
        rf"|(?P<title>(?i:{_MENTION_TITLES}))\s+(?P<surname>{_TITLED_SURNAME})(?![ \t]+[A-Z]))"
        r"(?![\w-])"
    ),
    tuple(w.lower() for w in (*LEXICON.honorifics, *_MENTION_TITLES.split("|"))),
    0,
    ignore_case=True,
)
# Members named with a motion: "de motie-Van der Staaij", "motie Stoffer/Markuszower".
_MOTION_BY = Anchored(
    re.compile(
        rf"\b[Mm]otie[- ](?:van (?:het lid|de leden) )?"
        rf"(?P<names>{_SURNAME_ONLY}(?:(?:/| en ){_SURNAME_ONLY})*)"
    ),
    ("otie",),
    1,
)


def find_persons(text: Text, organisations: set[str]) -> list[Mention[Person]]:
    """Persons named with an honorific or a title ("dhr. Houngbo", "Directeur-Generaal Houngbo",
    "minister van Engelshoven"), and the members named with a motion ("motie-Van der Staaij")."""
    found = []
    for m in _PERSON_MENTION.finditer(text.value):
        name = m.group("full") or m.group("surname")
        if name in organisations or name.split()[-1] in organisations or name in LEXICON.months:
            continue
        if m.group("surname") and _is_ministry(name):
            continue  # "minister van Defensie": a post
        honorific = m.group("honorific")
        title = None if honorific else m.group("title").casefold()
        person = Person(" ".join(name.split()), honorific, title=title)
        found.append(Mention(person, text.span(*m.span()), m.group()))
    for m in _MOTION_BY.finditer(text.value):
        for written in re.finditer(rf"{_SURNAME_ONLY}", m.group("names")):
            start = m.start("names") + written.start()
            person = Person(" ".join(written.group().split()), title="lid")
            span = text.span(start, start + len(written.group()))
            found.append(Mention(person, span, written.group()))
    return sorted(found, key=lambda mention: mention.span)


def _is_ministry(name: str) -> bool:
    """ "van Defensie", "van Sociale": the first word of a ministry's name after "van"."""
    words = name.split()
    return words[0].casefold() == "van" and words[-1] in _MINISTRY_WORDS


_MINISTRY_WORDS = frozenset(
    {"Justitie", "Onderwijs", "Economische", "Landbouw", "Verkeer", "Volkshuisvesting"}
    | {
        name.removeprefix("Ministerie van ").split()[0].strip(",")
        for name in gazetteer().organisations
        if name.startswith("Ministerie van ")
    }
)


def organisation_names() -> set[str]:
    """Every name the gazetteer knows for an organisation: not to be taken for a person's name."""
    return set(gazetteer().organisations)
