"""Organisations named in the text: known ones by any alias, ministries, and defined acronyms.

"de Internationale Arbeidsorganisatie (IAO)", "IAO", "ILO" -> one organisation (gazetteer)
"Ministerie van Infrastructuur en Waterstaat"             -> known or new organisation
"Stichting Voortgezet Onderwijs Zeeuws-Vlaanderen (SVOZV)" -> new organisation, acronym SVOZV
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg.cleaning import Text
from kg.extract.citations import eu_acts
from kg.extract.spans import Disjoint
from kg.lexicon import ACRONYM_DEFINITION, LEXICON, gazetteer
from kg.records import Mention, Organisation
from kg.scanning import Anchored, Headed, WrittenWords, any_word_of

_WORD = r"[A-Z][\w]*(?:-[A-Za-z]\w*)*"
_MINISTRY = Anchored(
    re.compile(rf"\bMinisterie\s+van\s+{_WORD}(?:,?\s+(?:en\s+)?{_WORD})*"),
    ("Ministerie",),
    0,
)
_HEADS = (
    "organisatie",
    "commissie",
    "raad",
    "stichting",
    "bond",
    "federatie",
    "vereniging",
    "inspectie",
    "autoriteit",
    "dienst",
    "bureau",
    "college",
    "centrum",
    "instituut",
    "agentschap",
    "bank",
    "fonds",
    "vakcentrale",
    "universiteit",
)
_CAPITAL = r"[A-Z][\w'’]*(?:-[A-Za-z][\w]*)*"
# Capitalised names with an organisation word in them: "Landelijke Geschillencommissie",
# "Lodewijk College", "Medisch Centrum van de Vrije Universiteit", "VO-raad". The first capital
# comes before the check that no letter or hyphen precedes it, so that `re` skips to capitals.
_NAMED = Headed(
    re.compile(
        rf"[A-Z](?<![\w-][A-Z]){_CAPITAL.removeprefix('[A-Z]')}"
        rf"(?:(?:[ \t]+(?:van|voor|de|het|der))*[ \t]+{_CAPITAL}){{0,6}}(?![\w-])"
    ),
    _HEADS,
    r"[\w'’-]",
)
# Local and regional government by the place: "gemeente Terneuzen", "provincie Zeeland".
_PLACE = Anchored(
    re.compile(r"\b(?:gemeente|provincie|waterschap)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?"),
    ("gemeente", "provincie", "waterschap"),
    0,
)
_DEFINED = re.compile(
    rf"(?P<name>{_WORD}(?:(?:\s+(?:van|voor|de|het|en|der))*\s+{_WORD}){{0,6}})"
    r"\s*" + ACRONYM_DEFINITION
)
# Committees of the chambers: "de vaste commissie voor Sociale Zaken en Werkgelegenheid".
_COMMITTEE = Anchored(
    re.compile(
        rf"\b(?:vaste\s+|algemene\s+)?commissie\s+voor\s+(?:de\s+|het\s+)?{_WORD}"
        rf"(?:,?\s+(?:en\s+|de\s+|het\s+|van\s+)*{_WORD})*"
    ),
    ("vaste", "algemene", "commissie"),
    0,
)


@cache
def _known_names() -> WrittenWords:
    return WrittenWords(gazetteer().organisations)


def find_organisations(text: Text) -> list[Mention[Organisation]]:
    """Every organisation mention in the text, longest match first where they overlap."""
    known = gazetteer()
    found: list[tuple[int, int, Organisation]] = []
    defined: dict[str, Organisation] = {}
    for m in _definitions(text.value):
        words = m.group("name").split()
        while words and (words[0].casefold() in LEXICON.sentence_starters or words[0].islower()):
            words.pop(0)
        name = " ".join(words)
        if m.group("acronym") in known.organisations:
            continue
        if name in known.organisations:  # a known organisation, by an acronym of the letter's own
            defined[m.group("acronym")] = known.organisations[name]
            continue
        if not any(h in word for word in name.casefold().split() for h in _HEADS):
            continue
        organisation = Organisation(name, acronym=m.group("acronym"))
        defined[m.group("acronym")] = organisation
        start = m.start("name") + m.group("name").find(name.split()[0])
        found.append((start, m.end("name"), organisation))
    for m in _MINISTRY.finditer(text.value):
        found.append((m.start(), m.end(), known.organisation(" ".join(m.group().split()))))
    acts = [m.span() for m in eu_acts(text.value)]  # the "EU" of "Richtlijn (EU) ..."
    known_spans = [
        (start, end)
        for start, end in _known_names().spans(text.value)
        if not any(s <= start and end <= e for s, e in acts)
    ]
    found += [
        (start, end, known.organisations[text.value[start:end]]) for start, end in known_spans
    ]
    for start, end in _named(text.value):  # never around or across a known name
        if not any(s < end and start < e for s, e in known_spans):
            found.append((start, end, Organisation(" ".join(text.value[start:end].split()))))
    for m in _COMMITTEE.finditer(text.value):
        found.append((m.start(), m.end(), Organisation(" ".join(m.group().split()))))
    for m in _PLACE.finditer(text.value):
        found.append((m.start(), m.end(), Organisation(" ".join(m.group().split()))))
    if defined:
        acronyms = re.compile(rf"{any_word_of(defined)}(?![\w])")
        found += [(m.start(), m.end(), defined[m.group()]) for m in acronyms.finditer(text.value)]
    mentions: list[Mention[Organisation]] = []
    taken = Disjoint()
    for start, end, organisation in sorted(found, key=lambda f: (-(f[1] - f[0]), f[0])):
        if not taken.take(start, end):
            continue
        mentions.append(Mention(organisation, text.span(start, end), text.value[start:end]))
    return sorted(mentions, key=lambda m: m.span)


_BRACKET = re.compile(ACRONYM_DEFINITION)
_NAME_CHARACTERS = re.compile(r"[\w\s-]*")
_CAPITAL_LETTER = re.compile("[A-Z]")


def _definitions(value: str) -> Iterator[re.Match[str]]:
    """The matches of `_DEFINED.finditer(value)`, tried only before an acronym's bracket: the
    name and the space before the bracket hold letters, digits, white space and hyphens only,
    so a match starts at a capital in the run of those before the bracket (read backwards)."""
    backwards = value[::-1]
    tried = 0  # every start before it was tried, or lies inside a match
    for bracket in _BRACKET.finditer(value):
        end = bracket.start()
        if end < tried:
            continue
        before = _NAME_CHARACTERS.match(backwards, len(value) - end)
        start = max(tried, end - (before.end() - before.start() if before else 0))
        for capital in _CAPITAL_LETTER.finditer(value, start, end):
            if m := _DEFINED.match(value, capital.start()):
                yield m
                tried = m.end()
                break


def _named(value: str) -> list[tuple[int, int]]:
    """Spans of capitalised names with an organisation word in them, of two words or more, or one
    hyphenated compound ("VO-raad"); words that never start or end a name are left out."""
    spans = []
    for m in _NAMED.finditer(value):
        words = [(w.start(), w.end(), w.group()) for w in re.finditer(r"\S+", m.group())]
        while words and words[0][2].casefold() in LEXICON.sentence_starters:
            words.pop(0)
        while words and words[-1][2].casefold() in LEXICON.sentence_starters:
            words.pop()
        if not words or not any(_is_head(w) for _, _, w in words):
            continue
        if len(words) == 1 and "-" not in words[0][2]:
            continue
        spans.append((m.start() + words[0][0], m.start() + words[-1][1]))
    return spans


def _is_head(word: str) -> bool:
    return word.casefold().endswith(_HEADS)
