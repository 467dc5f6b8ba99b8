"""The data files in kg/data/, loaded once: Dutch letter vocabulary and the gazetteers."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from kg.records import Organisation, Policy, PolicyKind
from kg.scanning import LineStart


def _load(name: str) -> dict[str, Any]:
    return tomllib.loads(resources.files("kg").joinpath("data", name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Lexicon:
    """The words of Dutch letters that extractors key on (kg/data/dutch.toml)."""

    months: dict[str, int]
    fields: dict[str, tuple[str, ...]]
    running_header_labels: tuple[str, ...]
    salutations: tuple[str, ...]
    return_address: tuple[str, ...]
    enclosure_phrases: tuple[str, ...]
    sentence_starters: frozenset[str]
    not_in_law_title: frozenset[str]
    honorifics: tuple[str, ...]
    ministry_posts: tuple[str, ...]
    other_posts: tuple[str, ...]
    organisation_of_post: dict[str, str]

    @property
    def post_titles(self) -> tuple[str, ...]:
        """Every post title, longest first so that "Minister-president" wins over "Minister"."""
        return tuple(sorted((*self.ministry_posts, *self.other_posts), key=len, reverse=True))


def _lexicon() -> Lexicon:
    data = _load("dutch.toml")
    months = {name: number for number, name in enumerate(data["months"], start=1)}
    months.update(data["month_abbreviations"])
    letter, posts = data["letter"], data["posts"]
    return Lexicon(
        months=months,
        fields={name: tuple(labels) for name, labels in data["fields"].items()},
        running_header_labels=tuple(letter["running_header_labels"]),
        salutations=tuple(letter["salutations"]),
        return_address=tuple(letter["return_address"]),
        enclosure_phrases=tuple(letter["enclosure_phrases"]),
        sentence_starters=frozenset(letter["sentence_starters"]),
        not_in_law_title=frozenset(letter["not_in_law_title"]),
        honorifics=tuple(letter["honorifics"]),
        ministry_posts=tuple(posts["ministry"]),
        other_posts=tuple(posts["other"]),
        organisation_of_post=dict(posts["organisation_of"]),
    )


LEXICON = _lexicon()

# An acronym defined in brackets: "(EAAS)", "(hierna: EAAS)", "(hierna: het NPAS)".
ACRONYM_DEFINITION = r"\((?:hierna\s*:?\s*(?:de\s+|het\s+)?)?(?P<acronym>[A-Z][A-Za-z0-9]{1,9})\)"

# Lines that open a letter's parts, for the extractors that segment and read letterheads.
SALUTATION = LineStart(r"[ \t]*(?:" + "|".join(map(re.escape, LEXICON.salutations)) + r")\b")
RETURN_ADDRESS = LineStart(
    r"[ \t]*>?[ \t]*(?:" + "|".join(map(re.escape, LEXICON.return_address)) + r")\b(?P<address>.*)",
    re.I,
)


@dataclass(frozen=True)
class OrganisationEntry:
    """What the gazetteer knows of an organisation beyond its names (kg/data/organisations.toml)."""

    key: str
    kind: str
    english: tuple[str, ...] = ()
    tooi: str | None = None  # "ministerie/mnre1073"
    version_of: str | None = None  # the TOOI code of today's organisation this was a version of
    wikidata: str | None = None  # "Q233262"
    founded: dt.date | None = None
    dissolved: dt.date | None = None


@dataclass(frozen=True)
class Change:
    """Ministries renamed, split or merged on a date: the keys before and after."""

    date: dt.date
    before: tuple[str, ...]
    after: tuple[str, ...]

    @property
    def key(self) -> str:
        return f"{'-'.join(self.before)}-{self.date.isoformat()}"


@dataclass(frozen=True)
class Gazetteer:
    """Known organisations and policies by every name they go by (kg/data/*.toml)."""

    organisations: dict[str, Organisation]  # name or alias -> organisation
    keyed: dict[str, Organisation]  # key -> organisation
    entries: dict[str, OrganisationEntry]  # key -> what else is known
    changes: tuple[Change, ...]
    policies: dict[str, Policy]  # label, alias or acronym -> policy
    policies_by_celex: dict[str, Policy]

    def organisation(self, name: str) -> Organisation:
        """The known organisation of that name, or a new, unknown one."""
        return self.organisations.get(name) or Organisation(name=name)

    def by_key(self, key: str) -> Organisation:
        return self.keyed[key]

    def changes_of(self, key: str) -> tuple[Change, ...]:
        """The changes an organisation went through or came from."""
        return tuple(c for c in self.changes if key in c.before or key in c.after)


def compact(name: str) -> str:
    """A name without case, hyphens or spaces, to match it however it is written or broken:
    compact("Data Governance Act") == compact("data-governance act") == "datagovernanceact"."""
    return re.sub(r"[\s-]+", "", name.casefold())


def is_acronym(alias: str) -> bool:
    """ "SZW", "JenV", "AOb", "EL&I", "MiCA": one short word with two capitals or more. An
    acronym is found only as written; other names of the gazetteers in any case."""
    return len(alias) <= 8 and " " not in alias and sum(c.isupper() for c in alias) >= 2


@cache
def gazetteer() -> Gazetteer:
    data = _load("organisations.toml")
    organisations: dict[str, Organisation] = {}
    entries: dict[str, OrganisationEntry] = {}
    for entry in data["organisation"]:
        acronym = next(filter(is_acronym, entry["aliases"]), None)
        organisation = Organisation(
            name=entry["name"], key=entry["key"], acronym=acronym, aliases=tuple(entry["aliases"])
        )
        for name in (entry["name"], *entry["aliases"]):
            organisations[name] = organisation
        entries[entry["key"]] = OrganisationEntry(
            key=entry["key"],
            kind=entry["kind"],
            english=tuple(entry.get("english", ())),
            tooi=entry.get("tooi"),
            version_of=entry.get("version_of"),
            wikidata=entry.get("wikidata"),
            founded=entry.get("founded"),
            dissolved=entry.get("dissolved"),
        )
    changes = tuple(
        Change(change["date"], tuple(change["from"]), tuple(change["to"]))
        for change in data.get("change", ())
    )
    policies: dict[str, Policy] = {}
    by_celex: dict[str, Policy] = {}
    for entry in _load("policies.toml")["policy"]:
        policy = Policy(
            key=entry["key"],
            label=entry["label"],
            kind=PolicyKind(entry["kind"]),
            acronym=entry.get("acronym"),
            celex=entry.get("celex"),
            bwb=entry.get("bwb"),
            aliases=tuple(entry["aliases"]),
        )
        for name in (entry["label"], *entry["aliases"], *filter(None, [policy.acronym])):
            policies[name] = policy
        if policy.celex:
            by_celex[policy.celex] = policy
    keyed = {o.key: o for o in organisations.values() if o.key is not None}
    return Gazetteer(organisations, keyed, entries, changes, policies, by_celex)
