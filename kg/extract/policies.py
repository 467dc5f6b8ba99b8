"""Policies: laws, EU regulations and directives, programmes, agreements and strategies.

Three ways to find them, in this order of trust:
1. the gazetteer (kg/data/policies.toml), by any of its names or acronyms;
2. EU acts by number: "Verordening 883/2004", "Richtlijn (EU) 2022/2041", "Richtlijn 2006/123/EG";
3. capitalised names built on a policy word: "Hoofdlijnenakkoord Ouderenzorg (HLO)",
   "Nationaal Programma Armoede en Schulden", "Europese Anti-Armoedestrategie". An acronym in
   brackets after such a name makes later uses of the acronym count as mentions too.

A letter is *about* a policy when it names it in its subject or a heading, names it at least
twice, or names it once and cites its legal act (a footnote with its CELEX number); otherwise the
letter only *mentions* it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache, lru_cache

from kg.cleaning import Text
from kg.extract.citations import eu_act, eu_acts
from kg.extract.spans import Disjoint
from kg.lexicon import ACRONYM_DEFINITION, LEXICON, compact, gazetteer, is_acronym
from kg.records import Citation, CitationKind, Mention, Policy, PolicyKind
from kg.scanning import Anchored, Headed, Spelled

_KIND_OF_HEAD = {
    "wet": PolicyKind.LAW,
    "besluit": PolicyKind.LAW,
    "regeling": PolicyKind.LAW,
    "akkoord": PolicyKind.AGREEMENT,
    "pact": PolicyKind.AGREEMENT,
    "verdrag": PolicyKind.AGREEMENT,
    "convenant": PolicyKind.AGREEMENT,
    "strategie": PolicyKind.STRATEGY,
    "programma": PolicyKind.PROGRAMME,
    "actieplan": PolicyKind.PROGRAMME,
    "plan": PolicyKind.PROGRAMME,
    "richtlijn": PolicyKind.EU_DIRECTIVE,
    "verordening": PolicyKind.EU_REGULATION,
    "krediet": PolicyKind.PROGRAMME,
    "subsidie": PolicyKind.PROGRAMME,
    "toeslag": PolicyKind.POLICY,
}
_HEADS = tuple(_KIND_OF_HEAD)
_WORD = r"[A-Z][\w]*(?:-[A-Za-z]\w*)*-?"
_JOIN = r"(?:en|van|voor|de|het|tegen|op|inzake|ter)"
# Capitalised phrases that hold a policy word (no joining word holds one).
_NAME = Headed(re.compile(rf"{_WORD}(?:\s+(?:{_JOIN}\s+)*{_WORD})*"), _HEADS, r"[\w-]")
_ADJECTIVE = re.compile(r"(?:e|aal|ief|isch|eel|nal|end|ig|lijk|baar)$")
# Law titles are lower case after "Wet": "Wet herstel kinderopvangtoeslag", "Wet op het primair
# onderwijs". A title ends before a verb or pronoun, and never on a joining word.
_LAW = Anchored(
    re.compile(
        r"\b(?P<kind>Wet|Besluit)\s+(?P<title>(?:[a-zà-ÿ0-9][\w-]*[ \t\n]+){0,7}[a-zà-ÿ0-9][\w-]*)"
    ),
    ("Wet", "Besluit"),
    0,
)
_TITLE_JOINS = {"op", "het", "de", "van", "en", "in", "tot", "naar", "inzake", "voor", "ter", "met"}
_DEFINITION = re.compile(ACRONYM_DEFINITION)
_ACRONYM = re.compile(r"\s*" + ACRONYM_DEFINITION)


def find_policies(parts: Sequence[tuple[Text, Sequence[tuple[int, int]]]]) -> list[Mention[Policy]]:
    """Every mention of a policy in the parts of a letter (subject, body, footnotes).

    Each part comes with its salient ranges (the subject line, headings): mentions there mark
    what the letter is about.
    """
    candidates: dict[str, Policy] = {}  # key of each name as written -> the policy
    names: list[str] = []
    for text, _ in parts:
        for named in _named(text.value):
            names.append(named.label)
            key = compact(named.label)
            policy = candidates.get(key) or _gazetteer_by_compact().get(key, named)
            if named.acronym and not policy.acronym:
                policy = replace(policy, acronym=named.acronym)
            candidates[key] = policy
    for key in list(candidates):  # "Besluit ... zelfstandigen" is "Besluit ... zelfstandigen 2004"
        if key[-4:].isdigit() and key[:-4] in candidates:
            candidates[key[:-4]] = candidates[key]
    acronyms = {p.acronym: p for p in candidates.values() if p.acronym}
    pattern = _variants(names, acronyms)
    mentions: list[Mention[Policy]] = []
    for text, salient in parts:
        taken, headings = Disjoint(), Disjoint()
        for s, e in salient:
            headings.take(s, e)
        for start, end, policy in _all_matches(text.value, pattern, candidates, acronyms):
            if not taken.take(start, end):
                continue
            is_salient = headings.contains(start, end)
            mentions.append(
                Mention(policy, text.span(start, end), text.value[start:end], is_salient)
            )
    return sorted(mentions, key=lambda m: (m.span, m.entity.key))


def policies_about(
    mentions: Iterable[Mention[Policy]], citations: Iterable[Citation]
) -> tuple[Policy, ...]:
    """The policies a letter is about, by the rule in the module docstring."""
    mentions = list(mentions)
    counts = Counter(m.entity.key for m in mentions)
    # Formally cited: in a footnote or by a link, not merely named by its number in the text.
    cited = {
        c.identifier
        for c in citations
        if c.kind is CitationKind.EU_ACT and (c.footnote is not None or c.raw.startswith("http"))
    }
    about = {
        m.entity.key: m.entity
        for m in mentions
        if m.salient or counts[m.entity.key] >= 2 or f"CELEX:{m.entity.celex}" in cited
    }
    return tuple(about[key] for key in sorted(about))


def _all_matches(
    value: str,
    variants: Spelled | None,
    candidates: dict[str, Policy],
    acronyms: dict[str, Policy],
) -> list[tuple[int, int, Policy]]:
    """(start, end, policy) of every match, longest first so that overlaps go to the longest."""
    known = gazetteer()
    found: list[tuple[int, int, Policy]] = []
    for m in eu_acts(value):
        if policy := _eu_act(m):
            found.append((m.start(), m.end(), policy))
    for start, end in _gazetteer_names().spans(value):
        text = value[start:end]
        found.append(
            (start, end, known.policies.get(text) or _gazetteer_by_compact()[compact(text)])
        )
    if variants is not None:
        for start, end in variants.spans(value):
            text = value[start:end]
            found.append((start, end, acronyms.get(text) or candidates[compact(text)]))
    return sorted(found, key=lambda f: (-(f[1] - f[0]), f[0]))


def _named(value: str) -> Iterable[Policy]:
    """Policies named by a capitalised phrase built on a policy word, or a law's title."""
    for m in _NAME.finditer(value):
        words = m.group().split()
        count = len(words)
        while words and words[0].casefold() in LEXICON.sentence_starters:
            words.pop(0)
        before = value[max(0, m.start() - 40) : m.start()].split()
        mid_sentence = len(words) < count or bool(before and before[-1][:1].islower())
        head = _head_index(words, mid_sentence)
        if head is None:
            continue
        words = words[head[1] :]
        words = _first_of_two(words)
        while words and words[-1].casefold() in LEXICON.sentence_starters:
            words.pop()
        if len(words) < 2 and head[0] == words[0].casefold():
            continue  # a bare "Wet" or "Richtlijn" is not a name
        if len(words) == 1 and re.match(r"(?:[A-Z]{2,}|[A-Z][a-z]{1,2})-", words[0]):
            continue  # "BBZ-krediet", "WIA-uitkering": a use of a policy, not a name
        label = " ".join(words)
        end = m.start() + m.group().rfind(words[-1]) + len(words[-1])
        acronym = _ACRONYM.match(value, end)
        defined = acronym.group("acronym") if acronym else None
        yield Policy(
            _key(label),
            label,
            _KIND_OF_HEAD[head[0]],
            defined if defined and defined[0] == label[0] else None,
        )
    for definition in _DEFINITION.finditer(value):
        short = definition.group("acronym")
        window = value[max(0, definition.start() - 300) : definition.start()].split()
        long_form = _long_form(short, window[-min(len(short) + 5, 2 * len(short)) :])
        heads = [
            h
            for w in (long_form or "").split()
            for h in _HEADS
            if w.casefold().rstrip("-").endswith(h)
        ]
        if long_form and heads:
            yield Policy(_key(long_form), long_form, _KIND_OF_HEAD[heads[0]], short)
    for m in _LAW.finditer(value):
        words = m.group("title").split()
        stop = next((i for i, w in enumerate(words) if w in LEXICON.not_in_law_title), len(words))
        words = words[:stop]
        while words and words[-1] in _TITLE_JOINS:
            words.pop()
        if words:
            label = f"{m.group('kind')} {' '.join(words)}"
            yield Policy(_key(label), label, PolicyKind.LAW)


def _first_of_two(words: list[str]) -> list[str]:
    """ "Participatiewet en de AOW" names two policies: the words before an "en" that is followed
    by another policy's name (known, or built on a policy word)."""
    for i, word in enumerate(words):
        if word != "en" or i == 0:
            continue
        rest = words[i + 1 :]
        while rest and rest[0] in ("de", "het"):
            rest = rest[1:]
        if rest and (" ".join(rest) in gazetteer().policies or _head_index(rest, True)):
            return words[:i]
    return words


def _long_form(acronym: str, words: list[str]) -> str | None:
    """The words an acronym stands for: its letters found right to left in the words before it,
    the first at the start of a word (Schwartz & Hearst, 2003). "Tijdelijke overbruggingsregeling
    zelfstandig ondernemers" for TOZO; "Europese AntiArmoedestrategie" for EAAS."""
    text = " ".join(words)
    position = len(text) - 1
    letters = [c.casefold() for c in acronym if c.isalnum()]
    for index in range(len(letters) - 1, -1, -1):
        while position >= 0 and (
            text[position].casefold() != letters[index]
            or (index == 0 and position > 0 and text[position - 1].isalnum())
        ):
            position -= 1
        if position < 0:
            return None
        position -= 1
    start = text.rfind(" ", 0, position + 1) + 1
    label = text[start:].strip(" ,;:")
    return label if label[:1].isupper() else None


def _head_index(words: list[str], mid_sentence: bool) -> tuple[str, int] | None:
    """The policy word in a phrase and the index of the first word of the name built on it.

    Before a bare policy word only adjectives may come ("Nationaal Programma", not
    "Kwartaalrapportage Herzieningsvoorstel Verordening"); before a compound one ("...akkoord")
    any capitalised word in the middle of a sentence ("het Corona Overbruggingskrediet"), but
    only adjectives at the start of a line or sentence, where nouns are capitalised anyway
    ("Uitvoering Klimaatakkoord", "Europese Anti-Armoedestrategie").
    """
    for i, word in enumerate(words):
        folded = word.casefold().rstrip("-")
        head = next(
            (h for h in _HEADS if folded == h or (folded.endswith(h) and len(folded) > len(h) + 2)),
            None,
        )
        if head is None:
            continue
        if mid_sentence and folded != head:
            return head, 0
        start = i
        while start > 0 and (
            _ADJECTIVE.search(words[start - 1])
            or words[start - 1].endswith("-")
            or (words[start - 1] == "en" and start > 1 and words[start - 2].endswith("-"))
        ):
            start -= 1
        return head, start
    return None


def _eu_act(m: re.Match[str]) -> Policy | None:
    """The policy of an EU regulation or directive named by its number: the gazetteer's, or a new
    one. A decision is no policy."""
    act = eu_act(m)
    if act.decision:
        return None
    known = gazetteer().policies_by_celex.get(act.celex)
    if known:
        return known
    kind = PolicyKind.EU_DIRECTIVE if act.directive else PolicyKind.EU_REGULATION
    return Policy(f"celex-{act.celex}", act.label, kind, celex=act.celex)


def _key(label: str) -> str:
    """A policy's key: names that differ only in case or hyphens are one policy.

    _key("Europese Anti-Armoedestrategie") == _key("Europese antiarmoedestrategie")
    == "europese-antiarmoedestrategie".
    """
    return "-".join(label.casefold().replace("-", "").split())


def _variants(names: Sequence[str], acronyms: dict[str, Policy]) -> Spelled | None:
    """Every spelling of the policies named in this letter, and their acronyms."""
    if not names:
        return None
    return _spelled(frozenset(map(compact, names)), frozenset(acronyms))


@lru_cache(maxsize=1024)
def _spelled(names: frozenset[str], acronyms: frozenset[str]) -> Spelled:
    return Spelled(names, acronyms, for_one_letter=True)


@cache
def _gazetteer_names() -> Spelled:
    """Every name of every policy in the gazetteer (acronyms as written)."""
    names = gazetteer().policies
    return Spelled([n for n in names if not is_acronym(n)], list(filter(is_acronym, names)))


@cache
def _gazetteer_by_compact() -> dict[str, Policy]:
    return {compact(name): p for name, p in gazetteer().policies.items() if not is_acronym(name)}
