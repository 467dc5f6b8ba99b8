"""Organisations named in the text: known ones by any alias, ministries, and defined acronyms.

"de Internationale Arbeidsorganisatie (IAO)", "IAO", "ILO" -> one organisation (gazetteer)
"Ministerie van Infrastructuur en Waterstaat"             -> known or new organisation
"Stichting Voortgezet Onderwijs Zeeuws-Vlaanderen (SVOZV)" -> new organisation, acronym SVOZV
"""

from __future__ import annotations

import re
from functools import cache

from kg.cleaning import Text
from kg.lexicon import LEXICON, gazetteer
from kg.records import Mention, Organisation

_WORD = r"[A-Z][\w]*(?:-[A-Za-z]\w*)*"
_MINISTRY = re.compile(rf"\bMinisterie\s+van\s+{_WORD}(?:,?\s+(?:en\s+)?{_WORD})*")
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
_DEFINED = re.compile(
    rf"(?P<name>{_WORD}(?:(?:\s+(?:van|voor|de|het|en|der))*\s+{_WORD}){{0,6}})"
    r"\s*\((?P<acronym>[A-Z][A-Za-z]{1,9})\)"
)


@cache
def _known_pattern() -> re.Pattern[str]:
    names = sorted(gazetteer().organisations, key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, names))})(?![\w])")


def find_organisations(text: Text) -> list[Mention[Organisation]]:
    """Every organisation mention in the text, longest match first where they overlap."""
    known = gazetteer()
    found: list[tuple[int, int, Organisation]] = []
    defined: dict[str, Organisation] = {}
    for m in _DEFINED.finditer(text.value):
        words = m.group("name").split()
        while words and (words[0].casefold() in LEXICON.sentence_starters or words[0].islower()):
            words.pop(0)
        name = " ".join(words)
        if (
            m.group("acronym") in known.organisations
            or name in known.organisations
            or not any(h in word for word in name.casefold().split() for h in _HEADS)
        ):
            continue
        organisation = Organisation(name, acronym=m.group("acronym"))
        defined[m.group("acronym")] = organisation
        start = m.start("name") + m.group("name").find(name.split()[0])
        found.append((start, m.end("name"), organisation))
    for m in _MINISTRY.finditer(text.value):
        found.append((m.start(), m.end(), known.organisation(" ".join(m.group().split()))))
    for m in _known_pattern().finditer(text.value):
        found.append((m.start(), m.end(), known.organisations[m.group()]))
    if defined:
        acronyms = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, defined))})(?![\w])")
        found += [(m.start(), m.end(), defined[m.group()]) for m in acronyms.finditer(text.value)]
    mentions: list[Mention[Organisation]] = []
    taken: list[tuple[int, int]] = []
    for start, end, organisation in sorted(found, key=lambda f: (-(f[1] - f[0]), f[0])):
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        mentions.append(Mention(organisation, text.span(start, end), text.value[start:end]))
    return sorted(mentions, key=lambda m: m.span)
