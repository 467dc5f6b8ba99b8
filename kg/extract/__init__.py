"""Extraction: from the cleaned text of one file to typed `Letter` records.

Each step is a pure function of text in kg/extract/<step>.py; this module only runs them in order:
segments -> letterhead -> running headers and footnotes -> signatories, citations, policies,
organisations and persons -> which letter encloses which -> each person under the fullest name
the file gives them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.cleaning import Text, clean, remove_running_headers, split_footnotes
from kg.extract.actors import find_persons, find_signatures, organisation_names, parse_post
from kg.extract.citations import find_citations, find_unresolved
from kg.extract.letterhead import Letterhead, parse_letterhead
from kg.extract.names import resolve_persons
from kg.extract.organisations import find_organisations
from kg.extract.policies import find_policies, policies_about
from kg.extract.publication import NOT_LETTERS, find_publication
from kg.extract.segments import Segment, annex_title, split_segments
from kg.lexicon import LEXICON
from kg.readers import SourceText
from kg.records import (
    Document,
    Letter,
    Located,
    Mention,
    Organisation,
    Person,
    Publication,
    PublicationKind,
    Signatory,
)

__all__ = ["extract_document", "extract_letters"]


def extract_document(source: SourceText) -> Document:
    """Everything in one read file: its letters, and its own official identity."""
    publication = source.publication or find_publication(source.text, source.source.file_name)
    if publication is None:
        return Document(source.source, extract_letters(source.text))
    if publication.kind is PublicationKind.ANSWERS:
        return Document(source.source, (_answers(source.text, publication),), publication)
    if publication.document_type in NOT_LETTERS:
        return Document(source.source, (), publication)
    letters = extract_letters(source.text)
    if letters and not letters[0].is_annex:
        letters = (replace(letters[0], published_as=publication.identifier), *letters[1:])
    return Document(source.source, letters, publication)


def _answers(source: str, publication: Publication) -> Letter:
    """Answers to written questions, read as one letter from the answering minister."""
    text = clean(Text.of(source))
    header = publication.answer_header or ""
    start = max(text.value.find(header), 0)
    span, quote = text.span(start, start + len(header)), text.value[start : start + len(header)]
    head = Letterhead(
        body_start=0,
        date=Located(publication.date, span, quote) if publication.date else None,
        subject=Located(publication.subject, span, quote) if publication.subject else None,
    )
    letter = _letter(0, Segment(text, is_annex=False), head)
    post = parse_post(publication.answered_as) if publication.answered_as else None
    if publication.answered_by is None:
        return letter
    signatory = Signatory(Person(publication.answered_by), (post,) if post else (), span, quote)
    organisation = post.organisation if post else None
    question = publication.title or ""
    asked = text.value.find(question)
    questioners = tuple(
        Mention(Person(name), text.span(asked, asked + len(question)), question)
        for name in publication.submitters
        if asked >= 0
    )
    persons = tuple(m for m in letter.persons if m.entity.name != publication.answered_by)
    answers = replace(
        letter,
        signatories=(signatory,),
        persons=questioners + persons,
        sender_organisation=Located(organisation, span, quote) if organisation else None,
        published_as=publication.identifier,
    )
    return resolve_persons((answers,))[0]


_HEADING_MAX = 100


def extract_letters(source: str) -> tuple[Letter, ...]:
    """Every letter and annex in the decoded text of one file."""
    segments = split_segments(clean(Text.of(source)))
    letters: list[Letter] = []
    heads: list[Letterhead] = []
    for index, segment in enumerate(segments):
        head = _letterhead(segment)
        letters.append(_letter(index, segment, head))
        heads.append(head)
    return resolve_persons(_link(letters, heads, segments))


def _letterhead(segment: Segment) -> Letterhead:
    if not segment.is_annex:
        return parse_letterhead(segment.text)
    start, end = annex_title(segment.text)
    title = " ".join(segment.text.value[start:end].split())
    quote = segment.text.value[start:end]
    return Letterhead(body_start=end, subject=Located(title, segment.text.span(start, end), quote))


def _letter(index: int, segment: Segment, head: Letterhead) -> Letter:
    text = remove_running_headers(segment.text, head.body_start)
    body, footnotes = split_footnotes(text.slice(head.body_start, len(text)))
    footnote_texts = [note for _, note in footnotes]
    citations = find_citations(body) + [
        c for note, note_text in footnotes for c in find_citations(note_text, note.number)
    ]
    unresolved = find_unresolved(body, citations) + [
        raw for note, note_text in footnotes for raw in find_unresolved(note_text, citations)
    ]
    subject = _subject_text(segment.text, head)
    policy_parts = [(body, _headings(body)), *((note, []) for note in footnote_texts)]
    if subject is not None:
        policy_parts.insert(0, (subject, [(0, len(subject))]))
    policies = find_policies(policy_parts)
    organisations = [m for t in (body, *footnote_texts) for m in find_organisations(t)]
    signatories = tuple(s.signatory for s in find_signatures(body))
    known = organisation_names()
    persons = [  # a signature is not a mention
        m
        for t in (body, *footnote_texts)
        for m in find_persons(t, known)
        if not any(s.span.start <= m.span.start < s.span.end for s in signatories)
    ]
    return Letter(
        index=index,
        is_annex=segment.is_annex,
        span=segment.text.span(0, len(segment.text)),
        date=head.date,
        subject=head.subject,
        our_reference=head.our_reference,
        your_reference=head.your_reference,
        enclosures=head.enclosures,
        sender_organisation=head.sender_organisation,
        signatories=signatories,
        recipients=head.recipients,
        citations=tuple(citations),
        unresolved=tuple(unresolved),
        policies=tuple(policies),
        about=policies_about(policies, citations),
        organisations=tuple(organisations),
        persons=tuple(persons),
        footnotes=tuple(note for note, _ in footnotes),
    )


def _subject_text(text: Text, head: Letterhead) -> Text | None:
    """The subject line as a `Text`: policies named in it are what the letter is about."""
    if head.subject is None:
        return None
    start = text.value.find(head.subject.quote)
    return text.slice(start, start + len(head.subject.quote)) if start >= 0 else None


# A line standing alone: at the start of the text, or after a blank line (found from its line
# break, at memory speed), and before a blank line or the end.
_LINE_ALONE = r"[ \t]*([^\n]{3,})(?=\n[ \t]*\n|\Z)"
_FIRST_LINE_ALONE = re.compile(_LINE_ALONE)
_LINE_ALONE_AFTER_BLANK = re.compile(r"\n[ \t]*\n" + _LINE_ALONE)


def _headings(text: Text) -> list[tuple[int, int]]:
    """Ranges of lines standing alone between blank lines, short and without a final full stop."""
    ranges = []
    first = _FIRST_LINE_ALONE.match(text.value)
    after = _LINE_ALONE_AFTER_BLANK.finditer(text.value, first.end() if first else 0)
    for m in [first, *after] if first else after:
        line = m.group(1).rstrip()
        if len(line) <= _HEADING_MAX and not line.endswith((".", ",", ";")):
            ranges.append((m.start(1), m.start(1) + len(line)))
    return ranges


def _link(
    letters: list[Letter], heads: list[Letterhead], segments: list[Segment]
) -> tuple[Letter, ...]:
    """Who encloses whom, and a sender organisation for letters whose letterhead names none.

    An annex belongs to the letter before it. Letters after the first are enclosed by it when it
    announces enclosures (a Bijlage(n) field, "hierbij zend ik u ...").
    """
    cover = next((i for i, letter in enumerate(letters) if not letter.is_annex), None)
    linked = []
    for i, letter in enumerate(letters):
        enclosed_by = None
        if letter.is_annex:
            enclosed_by = next((j for j in range(i - 1, -1, -1) if not letters[j].is_annex), None)
        elif (
            cover is not None
            and i != cover
            and _announces_enclosures(segments[cover], heads[cover])
        ):
            enclosed_by = cover
        sender = letter.sender_organisation
        if sender is None and not letter.is_annex:
            sender = _inherited_sender(letters, heads, i, cover)
        if enclosed_by != letter.enclosed_by or sender is not letter.sender_organisation:
            letter = replace(letter, enclosed_by=enclosed_by, sender_organisation=sender)
        linked.append(letter)
    return tuple(linked)


def _inherited_sender(
    letters: list[Letter], heads: list[Letterhead], i: int, cover: int | None
) -> Located[Organisation] | None:
    """The cover letter's organisation when both share a return address, else the signatory's."""
    if (
        cover is not None
        and cover != i
        and heads[i].return_address
        and heads[i].return_address == heads[cover].return_address
    ):
        return letters[cover].sender_organisation
    for signatory in letters[i].signatories:
        for post in signatory.posts:
            if post.organisation is not None:
                return Located(post.organisation, signatory.span, signatory.quote)
    return None


def _announces_enclosures(segment: Segment, head: Letterhead) -> bool:
    body = segment.text.value[head.body_start :].casefold()
    return head.enclosures is not None or any(p in body for p in LEXICON.enclosure_phrases)
