"""Citations: Kamerstukken, EU acts by CELEX and URLs, resolved to official ids, never invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

import kg
from kg.cleaning import Text, clean
from kg.cli import app
from kg.extract import citations
from kg.extract.citations import find_citations, find_unresolved
from kg.records import CitationKind


def ids(text: str) -> list[str]:
    return [c.identifier for c in find_citations(Text.of(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kamerstukken II, 2024/25, 29 861, nr. 158.", "kst-29861-158"),
        ("Kamerstukken II, 2022–23, 21 501-31, nr. 669", "kst-21501-31-669"),
        ("motie Stoffer/Markuszower, Kamerstuk II 2025/26, 36848, nr. 57.", "kst-36848-57"),
        ("(Kamerstukken II 2009/10, 32 123 XVI, nr. 30)", "kst-32123-XVI-30"),
        ("Kamerstukken II 2024/25, 36 600 IXB, nr. 7", "kst-36600-IXB-7"),
        ("Kamerstukken I, 2019-2020, 35 300, nr. 12", "kst-35300-12"),
        ("Kamerstukken II, 2024/25, 29\u00a0861, nr. 158", "kst-29861-158"),
        ("Kamerstukken II,\n2024/25, 29 861,\nnr. 158", "kst-29861-158"),
    ],
)
def test_kamerstuk_forms(text: str, expected: str) -> None:
    assert ids(text.replace("\u00a0", " ")) == [expected]


def test_kamerstuk_details() -> None:
    (citation,) = find_citations(Text.of("zie Kamerstukken II, 2022–23, 21 501-31, nr. 669."))
    assert citation.kind is CitationKind.KAMERSTUK
    assert citation.kamerstuk is not None
    assert (citation.kamerstuk.dossier, citation.kamerstuk.number) == ("21501-31", "669")
    assert (citation.kamerstuk.chamber, citation.kamerstuk.session_year) == ("II", "2022-2023")
    assert citation.raw == "Kamerstukken II, 2022–23, 21 501-31, nr. 669"
    assert (citation.span.start, citation.span.end) == (4, 4 + len(citation.raw))


def test_celex_in_eur_lex_url() -> None:
    url = "https://eur-lex.europa.eu/legal-content/NL/TXT/HTML/?uri=CELEX:32022L2041"
    (citation,) = find_citations(Text.of(f"5 {url}\n"))
    assert (citation.kind, citation.identifier, citation.raw) == (
        CitationKind.EU_ACT,
        "CELEX:32022L2041",
        url,
    )


def test_urls_lose_trailing_punctuation() -> None:
    assert ids("Zie https://www.stvda.nl/nl/publicaties/advies.") == [
        "https://www.stvda.nl/nl/publicaties/advies"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Postbus 90801 2509 LV Den Haag",
        "Onze referentie 2026-0000185488",
        "T 070 333 44 44",
        "12–13 februari 2026",
        "€ 1.234",
        "dossier (36537)",
        "Kamerstukken II, 2024/25, 29 861",  # no document number: no id
        "Motie#21",
        "2024-01-01, 2026-0000185488, 06-12345678",
        "Kamerstuk 36537",  # a dossier, no document
    ],
)
def test_negatives_yield_no_id(text: str) -> None:
    assert ids(text) == []


@given(
    chamber=st.sampled_from(["I", "II"]),
    year=st.one_of(st.none(), st.integers(1995, 2030)),
    dossier=st.integers(10000, 99999),
    sub=st.one_of(st.none(), st.integers(1, 99), st.sampled_from(["VII", "XVI", "IXB", "A"])),
    number=st.integers(1, 2999),
    spaced=st.booleans(),
    label=st.sampled_from(["Kamerstukken", "Kamerstuk"]),
)
def test_generated_kamerstuk_citations_round_trip(
    chamber: str,
    year: int | None,
    dossier: int,
    sub: int | str | None,
    number: int,
    spaced: bool,
    label: str,
) -> None:
    written = f"{dossier // 1000} {dossier % 1000:03d}" if spaced else str(dossier)
    if sub is not None:
        written += f"-{sub}" if isinstance(sub, int) else f" {sub}"
    session = f", {year}/{(year + 1) % 100:02d}," if year else ""  # (the year may be left out)
    text = f"Zie {label} {chamber}{session} {written}, nr. {number}."
    expected = f"kst-{dossier}{'' if sub is None else f'-{sub}'}-{number}"
    assert ids(text) == [expected]


@given(
    label=st.sampled_from(["Kamerstukken I 2022/23,", "EK", "(EK,", "Eerste Kamer,"]),
    dossier=st.integers(10000, 39999),
    letters=st.lists(
        st.sampled_from(["A", "B", "C", "H", "K", "AA", "AB"]), min_size=1, max_size=4, unique=True
    ),
    comma=st.booleans(),
)
def test_generated_eerste_kamer_letters_round_trip(
    label: str, dossier: int, letters: list[str], comma: bool
) -> None:
    """Eerste Kamer papers by their letters: "36 067, H, J en K"; without a comma after the
    dossier only two letters are both papers, "36 067 H en K" (one letter alone may be the
    dossier's own, and "36 600 B, C en D" are papers C and D of dossier 36 600 B)."""
    listed = " en ".join([", ".join(letters[:-1]), letters[-1]] if len(letters) > 1 else letters)
    comma = comma or len(letters) != 2
    text = f"{label} {dossier // 1000} {dossier % 1000:03d}{',' if comma else ''} {listed})"
    if label == "EK" and not comma:
        text = text[:-1]
    assert ids(text) == sorted(f"kst-{dossier}-{letter}" for letter in letters)  # (one span)


@given(st.text(alphabet=st.sampled_from(list("Kamerstuk nr.0123456789 ,/-II()")), max_size=400))
def test_random_text_never_crashes(value: str) -> None:
    for citation in find_citations(Text.of(value)):
        assert citation.identifier.startswith("kst-")
        assert 0 <= citation.span.start < citation.span.end <= len(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kamerstukken 11, 2022-2023, 31.700XII, nr. 3", ["kst-31700-XII-3"]),  # OCR "11" for II
        ("TK 2007-2008, 19 700 hoofdstuk XV, nr. 4", ["kst-19700-XV-4"]),
        ("Tweede Kamer, vergaderjaar 2007-2008, 31 700-IIB, nr.3", ["kst-31700-IIB-3"]),
        (
            "Kamerstukken II 2024/25, 36 200 VII, nrs. 520 en 548",
            ["kst-36200-VII-520", "kst-36200-VII-548"],
        ),
        ("Kamerstukken I 2023/24, 36 410, nrs. 1–3", ["kst-36410-1", "kst-36410-2", "kst-36410-3"]),
        ("de motie-Piri (36200-VI, nr. 30)", ["kst-36200-VI-30"]),
        ("Handelingen II 2023/24, nr. 45, item 7", ["h-tk-20232024-45-7"]),
        ("Aanhangsel Handelingen II 2019/20, nr. 89", ["ah-tk-20192020-89"]),
        ("zie ECLI:NL:HR:2020:1234.", ["ECLI:NL:HR:2020:1234"]),
        ("zie ECLI:NL:HR:2020:1.", ["ECLI:NL:HR:2020:1"]),  # a one-digit case number
        ("ECLI:NL:HR:2023:18210 februari 2023", ["ECLI:NL:HR:2023:182"]),  # a date glued on
        ("ECLI:NL:HR:2023:1825 februari 2023", []),  # 182 + 5 februari, or 18 + 25 februari?
        ("ECLI:NL:HR:2023:182 10 februari 2023", ["ECLI:NL:HR:2023:182"]),
        ("Stb. 2011, 35 en stb. 2012, 3", ["stb-2011-35", "stb-2012-3"]),
        ("de Algemene wet bestuursrecht (BWBR0005537)", ["BWBR0005537"]),
        ("Kamerstukken II 1993/94, 23 908 (R1519), nr. 131", ["kst-23908-131"]),  # Rijkswet
        ("Kamerstukken I 2019/20, 35 300, C.", ["kst-35300-C"]),  # Eerste Kamer letters
        ("Kamerstukken I 2022/23, 36 200 VII, nr. AA", ["kst-36200-VII-AA"]),
        ("Kamerstukken I 2023/24, 36 600 B, K", ["kst-36600-B-K"]),
        ("Kamerstukken II 2019/20, 35 300, C.", []),  # the Tweede Kamer numbers its papers
        (
            "Kamerstukken I 2022/23, 36 600 B en 36 600 C, nr. 6",
            ["kst-36600-B-6", "kst-36600-C-6"],
        ),
        (
            "Kamerstukken II 2020/21, 35 570, nr. 4, p. 12, en nr. 6",
            ["kst-35570-4", "kst-35570-6"],
        ),
        ("Kamerstukken II 2024/25, 29 861, nr. 158, blz. 3-4", ["kst-29861-158"]),
        ("de motie-Marijnissen c.s. (Kamerstuk 35510-21)", ["kst-35510-21"]),
        ("Nummer KST36200A95 Kenmerk 36200 A, nr. 95", ["kst-36200-A-95"] * 2),
        (
            "Nummer | KST357463 |\nKenmerk | 35746, nr. 3 |",
            ["kst-35746-3"] * 2,
        ),  # the publisher's code
        # digits alone where the text names the dossier elsewhere: the prefix numbers other
        # documents too (EU Monitor's new numbers, a printer's footer)
        ("Nummer KST1202079\nKenmerk 32140, nr. AH", ["kst-32140-AH"]),
        ("KST109350 0607tkkst31110-1 ISSN 0921 - 7371", []),
        ("Nummer | KST357463 |", []),
        ("KST2150131669", []),  # 21 501 has numbered sub-dossiers: ambiguous, not read
        ("Kenmerk | 35746, nr. 3 |", ["kst-35746-3"]),
        ("de motie-Van Kesteren (35300-VI, letter Y)", ["kst-35300-VI-Y"]),
        ("(35300-VI, Y)", []),  # a letter without the Eerste Kamer or the word "letter"
        (
            "moties over de oorlog, 35925-VI, letter T, en over eerherstel, 35925-VI, letter U, met",
            [
                "kst-35925-VI-T",
                "kst-35925-VI-U",
            ],
        ),
        ("de brief van 12 november 2021 (35925 VII / 35925 IV, A) inzake", ["kst-35925-VII-A"]),
        ("de 12345, letterlijk", []),
        ("de motie van het lid Janssen c.s. (Kamerstuk 35 526, L) over", ["kst-35526-L"]),
        ("Nummer KST3552660\nReference 35526, nr. 60\n", ["kst-35526-60"] * 2),
        (
            "Dit verslag is onder nr. 60 toegevoegd aan wetsvoorstel 35526 - Tijdelijke wet",
            ["kst-35526-60"],
        ),
        ("onder nr. 3 toegevoegd aan dossier 21501-32 Landbouw", ["kst-21501-32-3"]),
        (
            "moties opnieuw aan te houden: 35925-32; 35570-XIV-46; 31700-IIB-5; 33750-XIII-80.",
            ["kst-35925-32", "kst-35570-XIV-46", "kst-31700-IIB-5", "kst-33750-XIII-80"],
        ),
        ("postcode 2509-LV-12 en 12345-XYZ-3", []),  # not a budget chapter
        ("motie opnieuw aan te houden: 29544, nr. 959.", ["kst-29544-959"]),
        # a page's cells joined: the name glued to the word before, the number to the next
        ("Algemene ZakenStaatscourant 2011, 6602Interne regelingen", ["stcrt-2011-6602"]),
        ("Ministerie van Verkeer en WaterstaatStaatsblad 1998, 643AMvB", ["stb-1998-643"]),
        ("xStb 2011, 35; Stcrt. 2023, 32413a; ZakenStcrt 2011, 66", []),
        (
            "Door Stb. 2005/553 is de titel gewijzigd (Stb. 2006/55).",
            ["stb-2005-553", "stb-2006-55"],
        ),
        (
            "vervallen: 36200-VI, nrs. 3 en 4; 21 501-32, nr. 1740; 36600 B, nr. 6.",
            ["kst-36200-VI-3", "kst-36200-VI-4", "kst-21501-32-1740", "kst-36600-B-6"],
        ),
        ("afgevoerd: 2015Z07370; 33750; 2014Z18272.", []),  # cases and a bare dossier
        # the publisher's header row, its cells joined or not
        ("Tweede Kamer der Staten-Generaal | 2011-2012 | 33003 nr. 83 |", ["kst-33003-83"]),
        ("Tweede Kamer der Staten-Generaal2016-201734700 nr. 19", ["kst-34700-19"]),
        ("Eerste Kamer der Staten-Generaal | 2022-2023 | 36200 VII nr. A |", ["kst-36200-VII-A"]),
        ("Tweede Kamer der Staten-Generaal | 2011-2012 | 33003 |", []),  # no document number
        # and of the Handelingen
        ("Tweede Kamer der Staten-Generaal2018-2019nr. 86, item 22", ["h-tk-20182019-86-22"]),
        ("Eerste Kamer der Staten-Generaal | 2022-2023 | nr. 30, item 5 |", ["h-ek-20222023-30-5"]),
        ("Tweede Kamer der Staten-Generaal2006-2007nr. 68", []),  # no item
        # tkconv's line for a paper
        ("Onderdeel van kamerstukdossier 27879 -78 Versterking", ["kst-27879-78"]),
        ("Onderdeel van kamerstukdossier 21501 08-928 Milieuraad.", ["kst-21501-08-928"]),
        ("Onderdeel van kamerstukdossier 27879 Versterking", []),
        ("foreseen in Regulation (EU) No 1169/2011", ["CELEX:32011R1169"]),
        (
            "Regulation (EC) No 883/2004 and Directive 91/533/EEC",
            ["CELEX:32004R0883", "CELEX:31991L0533"],
        ),
        (
            "Directive 2006/123/EC, Decision No 1247/2002/EC",
            ["CELEX:32006L0123", "CELEX:32002D1247"],
        ),
        ("the Decision 2004/123 of the board", []),  # a decision without an EU system
        ("verordening (EG) Nr. 924/2009", ["CELEX:32009R0924"]),
        ("als bedoeld in Verordening (EG) nr 1493/99, van oorsprong", ["CELEX:31999R1493"]),
        ("Staatsblad van 2019, nummer 143", ["stb-2019-143"]),
        (
            "(Stb. 2026, 7 en 168; Stcrt. 2026, 31362)",
            ["stb-2026-168", "stb-2026-7", "stcrt-2026-31362"],
        ),
        ("Stb. 2026, 7 en 8 mei", ["stb-2026-7"]),  # a date
        ("| Stcrt. 2026 nr. **14650** (avv-besluit) |", ["stcrt-2026-14650"]),  # Markdown's bold
        ("Kamerstukken II 2019/20, 29 754, nr. 520¹ en verder", ["kst-29754-520"]),
        ("Handelingen II 2019-2020, 90, item 12", ["h-tk-20192020-90-12"]),  # "nr." left out
        ("Aanhangsel Handelingen II 2019/20, 89", []),  # a number alone: a page?
        ("Kamerstuk 35 300-XV-88", ["kst-35300-XV-88"]),  # compact, the dossier spaced
        ("zie Kamerstuk 21 501-20 over de Europese Raad", []),  # a sub-dossier
        ("zie Kamerstuk 21501-20 over de Europese Raad", []),  # (all its papers are in one)
        # several items, meetings and Aanhangsel numbers; two dossiers under one label
        (
            "Handelingen II 2020/21, nr. 45, item 12 en nr. 46, items 3 en 4.",
            ["h-tk-20202021-45-12", "h-tk-20202021-46-3", "h-tk-20202021-46-4"],
        ),
        ("Handelingen II 2020/21, nr. 45, items 12 en 13 mei 2021", ["h-tk-20202021-45-12"]),
        (
            "Aanhangsel Handelingen II 2019/20, nrs. 89 en 90",
            ["ah-tk-20192020-89", "ah-tk-20192020-90"],
        ),
        ("Aanhangsel Handelingen II 2019/20, nr. 89, 2020", ["ah-tk-20192020-89"]),
        (
            "Kamerstukken II 2019/20, 35 300, nr. 5 en 35 301, nr. 6",
            ["kst-35300-5", "kst-35301-6"],
        ),
        # decisions before 2009, common positions of the CFSP, recommendations, two systems
        ("Beschikking 2000/520/EG van de Commissie", ["CELEX:32000D0520"]),
        ("Beschikking nr. 1719/2006/EG", ["CELEX:32006D1719"]),
        ("gemeenschappelijk standpunt 2008/944/GBVB", ["CELEX:32008E0944"]),
        ("Council Common Position 2008/944/CFSP", ["CELEX:32008E0944"]),
        ("Besluit (GBVB) 2022/266 van de Raad", ["CELEX:32022D0266"]),
        ("Aanbeveling (EU) 2021/1004", ["CELEX:32021H1004"]),
        ("Verordening (EU, Euratom) 2018/1046", ["CELEX:32018R1046"]),
        ("Beschikking 2000/520 en Aanbeveling 2021/1004", []),  # no system: anything
        # round 39: a type's words broken over lines, the number in brackets, in German
        ("bij Gemeenschappelijk\n\nStandpunt 2008/944/GBVB van de Raad", ["CELEX:32008E0944"]),
        ("Dit Gemeenschappelijk Standpunt (2008/944/CFSP; bijgevoegd)", ["CELEX:32008E0944"]),
        ("Im Gemeinsamen Standpunkt 2008/944/GASP des Rates", ["CELEX:32008E0944"]),
        ("Verordening (883/2004)", []),  # in brackets only with its system after
        # a CELEX number written as the identifier it is; in a URL, the URL's
        ("Zie CELEX:32016R0679 en celex:32019L1937.", ["CELEX:32016R0679", "CELEX:32019L1937"]),
        ("(CELEX 32004L0038)", ["CELEX:32004L0038"]),
        (
            "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32016R0679",
            ["CELEX:32016R0679"],
        ),
        # round 35: implementing and delegated regulations abbreviated, their system written
        ("2. UV (EU) 2024/2690 considerans (3)", ["CELEX:32024R2690"]),
        ("de onderaannemings-RTS (GV (EU) 2025/532)", ["CELEX:32025R0532"]),
        ("UV 2024/2690", []),  # no system: "UV" is anything
        ("de coördinatieverordening (Vo. (EG) nr. 883/2004)", ["CELEX:32004R0883"]),
        ("de UV-lamp (EU) 2024/2690", []),
        # round 33: two numbers of one year in the Staatsblad
        ("PiB fase 1 (Stb. 2025, 312/313)", ["stb-2025-312", "stb-2025-313"]),
        ("Stb. 2005/553 en Stcrt. 2025/39783", ["stb-2005-553", "stcrt-2025-39783"]),
        # round 32: an act's number after its year; neither number a year; "nr." left out
        ("vervangen door Verordening (EG) 2003/343 (Dublinverordening)", ["CELEX:32003R0343"]),
        ("Verordening (EG) nr. 1234/5678", []),
        (
            "tot wijziging van de Verordeningen (EG) nr. 1/2005 en (EG) nr. 1234/5678",
            ["CELEX:32005R0001"],
        ),
        ("(Kamerstuk 22 112, 2962)", ["kst-22112-2962"]),
        ("Kamerstuk 22 112, 2962 en verder", []),  # no closing bracket: unsure
        # round 31: a number without "nr." where a fully labelled citation ends
        ("(Kamerstukken II, vergaderjaar 2010–2011, 24 077, 259)).", ["kst-24077-259"]),
        ("zie Kamerstukken I 2008/09, 31 700 VI, 12; en verder", ["kst-31700-VI-12"]),
        ("(Kamerstukken II 2019/20, 35 300, 2020)", []),  # a year
        ("Kamerstukken II 2010/11, 24 077, 259, p. 5", []),  # the citation goes on: unsure
        ("(Richtlijnen 2009/72/EG en 2009/73/EG)", ["CELEX:32009L0072", "CELEX:32009L0073"]),
        # round 30: types in capitals, implementing and framework decisions, third-pillar acts
        ("UITVOERINGSBESLUIT (EU) 2015/1918 VAN DE COMMISSIE", ["CELEX:32015D1918"]),
        ("REGULATION (EU) 2016/679 OF THE EUROPEAN PARLIAMENT", ["CELEX:32016R0679"]),
        ("tot intrekking van Besluit nr. 2007/125/JBZ van de Raad", ["CELEX:32007D0125"]),
        ("Kaderbesluit 2008/977/JBZ van de Raad", ["CELEX:32008F0977"]),
        ("Framework Decision 2008/977/JHA", ["CELEX:32008F0977"]),
        ("het Uitvoeringsbesluit 2015/12 van de minister", []),  # a decision: its system written
        (  # two-digit years in a list
            "de Richtlijnen 89/608/EEG, 1999/74/EG en 97/78/EG van de Raad",
            ["CELEX:31989L0608", "CELEX:31999L0074", "CELEX:31997L0078"],
        ),
        ("Richtlijn 2006/123/EG en 98/34/EG", ["CELEX:32006L0123", "CELEX:31998L0034"]),
        (
            "tot intrekking van de Verordeningen (EEG) nr. 2392/86 en (EG) nr.1290/2005",
            ["CELEX:31986R2392", "CELEX:32005R1290"],
        ),
        ("richtlijn (EU) 2016/1148 (Cybersecuritywet)", ["CELEX:32016L1148"]),
        ("Uitvoeringsverordening (EU) 2019/947", ["CELEX:32019R0947"]),
        ("de EU-Verordening (EU) 2019/1020", ["CELEX:32019R1020"]),
        ("Gedelegeerde Verordening (EU) 2024 1398 Verlenging", ["CELEX:32024R1398"]),
        ("Besluit (EU) 2019/236 van de Commissie", ["CELEX:32019D0236"]),
        ("BESLUIT (EU) 2019/236 VAN DE COMMISSIE", ["CELEX:32019D0236"]),
        ("aangevuld met Besluit nr. 1247/2002/EG.", ["CELEX:32002D1247"]),
        ("het Besluit 2004/123 van de minister", []),  # a Dutch decree: no EU system
        ("de verordening 2019/12 van de gemeente", []),  # lower case without a system
        ("Verordening (EG) 883 2004", []),  # no slash: only year first
        ("Kamerstuk 21501-32-1740 en 21501-32-1741", ["kst-21501-32-1740", "kst-21501-32-1741"]),
        ("Zij krijgt nr. 124 (33009).", ["kst-33009-124"]),
        ("https://zoek.officielebekendmakingen.nl/kst-21501-31-669.html", ["kst-21501-31-669"]),
        ("https://zoek.officielebekendmakingen.nl/stb-2020-118.pdf", ["stb-2020-118"]),
        (
            "https://repository.overheid.nl/frbr/officielepublicaties/kst/36200/kst-36200-VII-5/1"
            "/pdf/kst-36200-VII-5.pdf",
            ["kst-36200-VII-5"],
        ),
        ("https://zoek.officielebekendmakingen.nl/h-tk-20232024-45-7", ["h-tk-20232024-45-7"]),
        ("https://wetten.overheid.nl/BWBR0015703/2024-01-01", ["BWBR0015703"]),
        ("https://wetten.overheid.nl/jci1.3:c:BWBR0002638&artikel=8", ["BWBR0002638"]),
        ("http://data.europa.eu/eli/reg/2004/883/oj", ["CELEX:32004R0883"]),
        ("http://data.europa.eu/eli/dir/2022/2041/oj", ["CELEX:32022L2041"]),
        # round 12: a motion's compact number, "e.a.", quotes, "TK" after Handelingen
        (
            "in voetnoten: `Motie 36410-111`, `Amendement 36067-97`",
            ["kst-36410-111", "kst-36067-97"],
        ),
        ("(Kamerstukken I 2004/05, 29 762 e.a., D)", ["kst-29762-D"]),
        ("die verwijzingen “21 501-32, nr. 1703” eigenlijk", ["kst-21501-32-1703"]),
        ("Aanhangsel Handelingen TK 2025-2026, nr. 2359", ["ah-tk-20252026-2359"]),
        ("Handelingen EK 2023/24, nr. 12, item 3", ["h-ek-20232024-12-3"]),
        # the header of written questions answered (Aanhangsel), as its PDF prints it
        (
            "Tweede Kamer der Staten-Generaal2\nVergaderjaar 2022–2023  Aanhangsel van de "
            "Handelingen \nVragen gesteld door de leden der Kamer, met de daarop door de \n"
            "regering gegeven antwoorden  \n3649  \nVragen van het lid Bromet",
            ["ah-tk-20222023-3649"],
        ),
        ("Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 2Antwoord 7", []),  # a page footer
        # round 13: a paper without a label anywhere, a joint dossier by the first, a date after
        ('name: "31066, nr. 1474 - Belastingdienst"', ["kst-31066-1474"]),
        (
            '"31 293/31 289, nr. 390" en "31 293 / 31 289, nr. 408"',
            ["kst-31293-390", "kst-31293-408"],
        ),
        ("kamerstukken II, 2008/09, 31 726, nr. 3, 7 oktober 2008:", ["kst-31726-3"]),
        ("Postbus 20401, nr. 3", []),
        ("artikel 12345, nr. 3 en postcode 12345, nr. 4", []),  # a bare paper follows no word
        # round 14: the next dossier is no further number, a sub-dossier's paper, English
        ("(Kamerstukken 35925-X nr. 93 en 36360-X nr. 1)", ["kst-35925-X-93", "kst-36360-X-1"]),
        (
            "Kamerstuk 21501-20, nr. 1234 en 21501-20, nr. 1240",
            ["kst-21501-20-1234", "kst-21501-20-1240"],
        ),
        ("the delegated regulation (EU) 2022/973 applies", ["CELEX:32022R0973"]),
        ("the regulation 2019/12 of the board", []),  # lower case without a system
        # round 15: a compound's directive, EUR-Lex's own ELI address, English "and"
        (
            "de Habitatrichtlijn 92/43/EEG en de EU-verfrichtlijn 2004/42/EG",
            ["CELEX:31992L0043", "CELEX:32004L0042"],
        ),
        # a directive in lower case, with or without its system, when its year comes first
        ("de kaderrichtlijn 2000/60 water", ["CELEX:32000L0060"]),
        ("richtlijn 2004/18 en richtlijn 89/665", ["CELEX:32004L0018", "CELEX:31989L0665"]),
        ("de richtlijn 12/3 van de beroepsvereniging", []),
        ("https://eur-lex.europa.eu/eli/reg/2021/1230/oj", ["CELEX:32021R1230"]),
        ("Kamerstukken II 2016/17, 34372, nrs. 14 and 13", ["kst-34372-13", "kst-34372-14"]),
        # a paper's id without its dossier makes no paper ("kst--1268678" was made of it)
        (
            "https://zoek.officielebekendmakingen.nl/kst-1268678.html",
            ["https://zoek.officielebekendmakingen.nl/kst-1268678.html"],
        ),
        # more acts after one, each with its system or suffix
        ("Richtlijn 2006/123/EG en 2005/36/EG", ["CELEX:32006L0123", "CELEX:32005L0036"]),
        (
            "Regulation (EU) 2016/679 and (EU) 2018/1725",
            ["CELEX:32016R0679", "CELEX:32018R1725"],
        ),
        ("Verordening (EU) 2016/679 en 2018/1725", ["CELEX:32016R0679"]),  # a number alone
        # pages, years and dates after a number are no further papers
        ("Kamerstukken II 2019/20, 35 300, nr. 3, blz. 12 en 14.", ["kst-35300-3"]),
        ("Kamerstuk 35 300, nr. 3 en 4, p. 7 en 8", ["kst-35300-3", "kst-35300-4"]),
        ("Kamerstuk 35 300, nr. 12, 2019.", ["kst-35300-12"]),
        ("Kamerstuk 21501-02, nrs. 3000 en 3001", ["kst-21501-02-3000", "kst-21501-02-3001"]),
        # a URL ends at a closing bracket it did not open
        (
            "[regelrecht](https://github.com/MinBZK/regelrecht)-engine",
            ["https://github.com/MinBZK/regelrecht"],
        ),
        (
            "zie https://nl.wikipedia.org/wiki/Wet_(1994) hier",
            ["https://nl.wikipedia.org/wiki/Wet_(1994)"],
        ),
        # round 72: square brackets too (a template's placeholder in a newsletter's address)
        ("[zie https://x.nl/a].", ["https://x.nl/a"]),
        ("https://x.nl/a?id=[ID]]", ["https://x.nl/a?id=[ID]"]),
        ("https://x.nl/a?id=[ID].", ["https://x.nl/a?id=[ID]"]),
        # round 16: a compound plural before a list; braces end a URL, and open a template
        (
            "aanbestedingsrichtlijnen 2014/23/EU, 2014/24/EU en 2014/25/EU",
            ["CELEX:32014L0023", "CELEX:32014L0024", "CELEX:32014L0025"],
        ),
        ("\\url{https://x.nl/a}", ["https://x.nl/a"]),
        ('"https://data.rechtspraak.nl/uitspraken/content?id={ecli}"', []),
        # round 17: Eerste Kamer papers by several letters, and with a label but no year
        ("(EK, 36 067 H en K)", ["kst-36067-H", "kst-36067-K"]),
        ("(EK, 36 067, H)", ["kst-36067-H"]),
        (
            "Kamerstukken I 2022/23, 36 067, H, J en K",
            ["kst-36067-H", "kst-36067-J", "kst-36067-K"],
        ),
        ("Kamerstukken I 2019/20, 35 300, C en A.B. Jansen", ["kst-35300-C"]),
        ("EK 36 600 B", []),  # a fund's dossier, or its paper B: not said
        ("EK 36 600 B en C, nr. 6", []),  # two dossiers' paper 6, not papers B and C
        ("(EK, 36 600 B, C en D)", []),  # papers C and D of 36 600 B, or B, C and D: not said
        # round 18: an old Eerste Kamer number, an ECLI as rechtspraak.nl abbreviates it, French
        ("| Eerste Kamer der Staten-Generaal | 2001-2002 | 28201 nr. 235a |", ["kst-28201-235a"]),
        (
            "Samenhang met HR:2025:404 en HR:2025:405",
            ["ECLI:NL:HR:2025:404", "ECLI:NL:HR:2025:405"],
        ),
        ("om 12:20:30 uur, HRM:2025:404", []),
        ("le règlement (CE) no 1107/2009", ["CELEX:32009R1107"]),
        # round 20: "nr" without its full stop, a label in capitals, a date in English after
        ("(Kamerstuk 25 295 nr 1180 Audit)", ["kst-25295-1180"]),
        ("(KAMERSTUK 25 295 NR 1180)", ["kst-25295-1180"]),
        ("(Kamerstuk 27 529, nr. 356, 20 January 2026)", ["kst-27529-356"]),
        ("artikel 3 nr 5 van de wet", []),
        # round 21: a joint paper of two dossiers joined by "en", cited by the first
        ("(Kamerstukken 26 643 en 34 843, nr. 1069)", ["kst-26643-1069"]),
        ("Kamerstukken II 2019/20, 26 643 en 34 843, nr. 1069", ["kst-26643-1069"]),
        ("Kamerstukken 35 300 en 36 000", []),
        # round 23: the Belgian Staatsblad, and a date after a gazette's name
        ("Belgisch Staatsblad 2026-05-12, publicatie 2026xxxxx", []),
        ("Staatsblad 2026-05-12", []),
        # the system first in a compound
        ("EU-verordening 2017/948", ["CELEX:32017R0948"]),
        ("EG-verordening 2018/1999", ["CELEX:31999R2018"]),
        ("WOZ-beschikking 2025", []),
        # round 25: a gazette's written id is one citation, not also a gazette's; EUR-Lex's ELI
        # addresses of implementing and delegated acts
        (
            "(`stb-2026-94`, `stcrt-2025-12`, `trb-2020-1`)",
            ["stb-2026-94", "stcrt-2025-12", "trb-2020-1"],
        ),
        ("https://eur-lex.europa.eu/eli/reg_impl/2021/882/oj", ["CELEX:32021R0882"]),
        ("http://data.europa.eu/eli/dir_del/2023/2775/oj", ["CELEX:32023L2775"]),
        # round 26: a chamber without a year
        ("(Kamerstukken II 33902, nr. 3)", ["kst-33902-3"]),
        ("TK 36 200 VIII, nr. 5", ["kst-36200-VIII-5"]),
        ("de Tweede Kamer 12 345 keer, nr. 3", []),
        # rounds 40 and 42: openkamer's line for a paper, under its source's
        (
            "Bron: https://zoek.officielebekendmakingen.nl/kst-35394-48.html\nID: 35394-48\n",
            ["kst-35394-48", "kst-35394-48"],
        ),
        (
            "Bron: https://zoek.officielebekendmakingen.nl/kst-35394-47.html\nID: 35394-48",
            ["kst-35394-47"],
        ),
        ("Klantgegevens.html\nID: 35394-48", []),
        (
            "Bron: https://zoek.officielebekendmakingen.nl/kst-36374-5.html\nID: 36374-(R2187)-5",
            ["kst-36374-5", "kst-36374-5"],
        ),
        # ranges in words, as letters write them
        (
            "(Kamerstuk 31 839, nrs. 951 t/m 953)",
            ["kst-31839-951", "kst-31839-952", "kst-31839-953"],
        ),
        ("Kamerstuk 35 300-XV, nrs. 11 tot en met 12", ["kst-35300-XV-11", "kst-35300-XV-12"]),
        ("Kamerstuk 31 839, nr. 12 t/m 2019", ["kst-31839-12"]),
        ("Kamerstuk 21 501-20, nrs. 1900 en 1901", ["kst-21501-20-1900", "kst-21501-20-1901"]),
        ("Kamerstukken II 2022/23, 29544-1120", ["kst-29544-1120"]),  # (compact after the session)
        ("Kamerstukken II 2022/23, 21501-20", []),
        ("Staatsblad van het Koninkrijk der Nederlanden 2019, 230", ["stb-2019-230"]),
        ("motie nr. 84 (35 510)", ["kst-35510-84"]),
        ("ECLI:NL:RVS:2019:\n1603", ["ECLI:NL:RVS:2019:1603"]),  # (broken after a colon)
        ("Richtlijn (EU) 2019/\n1152", ["CELEX:32019L1152"]),  # (broken after the slash)
        ("de motie nr. 84 (zie bijlage)", []),
        ("Kamerstuk 35 334-190", ["kst-35334-190"]),  # (spaced, compact)
        ("Kamerstuk 21 501-20", []),  # (a sub-dossier)
        ("kamerstuknummer 35334-190", ["kst-35334-190"]),
        ("Kamerstuk 29 544, nr. 12 en 2019", ["kst-29544-12"]),  # (a year after "nr.")
        (
            "Handelingen II 2022/23, nr. 104, items 7 t/m 9",
            ["h-tk-20222023-104-7", "h-tk-20222023-104-8", "h-tk-20222023-104-9"],
        ),
        ("Handelingen II 2022/23, nr. 104, item 7 en 8 leden", ["h-tk-20222023-104-7"]),
        (
            "Aanhangsel Handelingen II 2019/20, nrs. 2345 t/m 2346",
            ["ah-tk-20192020-2345", "ah-tk-20192020-2346"],
        ),
        ("Handelingen van de Tweede Kamer 2022/23, nr. 104, item 7", ["h-tk-20222023-104-7"]),
        # round 44: a fund's letter before the Eerste Kamer's paper, a shared number after a bare
        # label, the Leidraad's numbers in brackets, an act's short name after its full one
        ("(EK 36 600 B, A en EK 36 600 C, A)", ["kst-36600-B-A", "kst-36600-C-A"]),
        ("EK 35 300 VI, C", ["kst-35300-VI-C"]),
        ("(EK 36 600 C, A en B)", ["kst-36600-C-A", "kst-36600-C-B"]),
        ("(Kamerstukken 36 600 B en 36 600 C, nr. 6)", ["kst-36600-B-6", "kst-36600-C-6"]),
        (
            "Kamerstukken I 2000/2001, 26 855 (250, 250a); 2001/2002, 26 855 (16, 16a).",
            ["kst-26855-250", "kst-26855-250a", "kst-26855-16", "kst-26855-16a"],
        ),
        ("Kamerstukken II 2001/02, 28 000 (2001)", []),  # (a year in brackets)
        # rounds 237 to 256: a footnote's marker glued to the label on Boom's journal pages; the
        # act's year in its date before its title
        ("verkorten.1xKamerstukken I 2022/23, 33 118, EK, p. 3. Deze", ["kst-33118-EK"]),
        (
            "de Wet van 5 juli 1997 tot wijziging van Boek 1 van het Burgerlijk Wetboek in verband"
            " met het geregistreerde partnerschap (Stb. 324) in werking getreden",
            ["stb-1997-324"],
        ),
        (
            "bij de wet van 11 november 1999, houdende wijziging van de Wegenverkeerswet 1994 (Stb."
            " 504), tot onderdeel p",
            ["stb-1999-504"],
        ),
        ("de Wet van 5 juli 1997 tot wijziging (zie hierboven) van Boek 1 (Stb. 324)", []),
        ("de wet van 7 juni 2006. Daarna volgde (Stb. 330)", []),  # (another sentence)
        # rounds 217 to 236: a changed motion's former number; the paper a changed motion or
        # amendment replaces, in its heading's dossier
        ("Zij krijgt nr. 554, was nr. 553 (29398).", ["kst-29398-553", "kst-29398-554"]),
        # rounds 257 to 276: a sub-dossier after an en dash, a joint action of justice and home
        # affairs, the Staatscourant by its day of issue
        ("(EU-sociale zekerheidscoördinatie) (21 501–18, nr. 126).", ["kst-21501-18-126"]),
        (
            "tot intrekking van Gemeenschappelijk Optreden 97/700/JBZ\nvan de Raad",
            ["CELEX:31997F0700"],
        ),
        ("een gemeenschappelijk optreden 97/700 van de Raad", []),  # (JBZ or GBVB: not said)
        ("In de Staatscourant van 18 mei 2016 nummer 25446 is", ["stcrt-2016-25446"]),
        ("de Staatscourant van 18 mei 2016 20 regelingen", []),  # (no "nr." or "nummer")
        # rounds 411 to 420: a budget chapter of five letters, "XVIII" (and "XXIII")
        ("(kamerstuk 31 700 XVIII, nr. 85)", ["kst-31700-XVIII-85"]),
        ("Kamerstuk 36600-XXIII-5", ["kst-36600-XXIII-5"]),
        ("Kamerstuk 36 600-XXIII-5", ["kst-36600-XXIII-5"]),
        ("Nummer KST32123XVIII75", ["kst-32123-XVIII-75"]),
        ("(31 839 BRIEF, nr. 5)", []),  # (five capitals, not a chapter)
        # rounds 391 to 400: a page's abbreviations with their meaning written after them; "voor"
        # before a short title
        ("In Verordening (EGEuropese Gemeenschap ) 1935/2004 worden", ["CELEX:32004R1935"]),
        ("plastics (Verordening (EUEuropese unie) nr. 10/2011)", ["CELEX:32011R0010"]),
        ("Verordening (EGEuropese Unie) 1935/2004", []),  # (not what EG means)
        ("de Richtlijn voor geregenereerde cellulose 2007/42/EG.", ["CELEX:32007L0042"]),
        ("de richtlijn voor de periode 2021/2027", []),
        ("de richtlijn voor 2009/125/EG", []),  # (no title)
        # rounds 381 to 390: a gazette's number, then "en" and a number of another year
        (
            "klimaatverandering (Trb. 1998, 170 en 1999, 110) (27089, R1652).",
            ["trb-1998-170", "trb-1999-110"],
        ),
        ("Stb. 2011, 35 en 2010, 4", ["stb-2010-4", "stb-2011-35"]),
        ("Stcrt. 2020, 1234 en 2021, 5 mei", ["stcrt-2020-1234"]),  # a date
        # rounds 361 to 370: the Eerste Kamer's Handelingen space the brackets; the Staatsblad's
        # number, then its day of issue
        ("het Europees OM ( 33709 , letter AE ).", ["kst-33709-AE"]),
        ("( 36200-VI , nr. 30 )", ["kst-36200-VI-30"]),
        ("( 12345 , 6 )", []),
        ("Dit besluit is gepubliceerd in Staatsblad 291 van 17 juni 2011.", ["stb-2011-291"]),
        ("Stcrt. nr. 1234 van 3 mei 2019", ["stcrt-2019-1234"]),
        ("Belgisch Staatsblad 291 van 17 juni 2011", []),
        ("Stb. 291 van 17 juni", []),  # (no year)
        # rounds 361 to 370: an act by its type and date, its title, then its number alone in
        # brackets
        (
            "de verordening van 12 oktober 2017 betreffende nauwere samenwerking bij de instelling"
            ' van het Europees Openbaar Ministerie (\u201eEOM") (2017/1939). Zij',
            ["CELEX:32017R1939"],
        ),
        (
            "Richtlijn van het Europees Parlement en de Raad van 20 mei 2015 inzake de voorkoming"
            " van het gebruik van het financiële stelsel (2015/849)",
            ["CELEX:32015L0849"],
        ),
        ("Directive of 30 December 2019 on things (2020/12)", ["CELEX:32020L0012"]),
        ("Regulation of the Council of 3 May 2016 on things (2016/9)", ["CELEX:32016R0009"]),
        ("de richtlijn van 20 mei 2015 inzake de\nvoorkoming van (2015/849)", ["CELEX:32015L0849"]),
        ("de richtlijn van 20 mei 2015 inzake de\n\nvoorkoming van (2015/849)", []),
        ("de verordening van 12 oktober 2017 betreffende iets (2012/1939)", []),  # (another year)
        ("de verordening van 12 oktober 2014 betreffende iets (2014/1939)", []),  # (number/year)
        ("de Verordening van 12 oktober 2017 van de raad. Zie (2017/12)", []),  # (a sentence on)
        ("het besluit van 12 oktober 2017 betreffende iets (2017/1939)", []),
        # rounds 351 to 360: an act's name, then its acronym and number in brackets after a comma
        ("de Algemene verordening gegevensbescherming (AVG, 2016/679) en", ["CELEX:32016R0679"]),
        ("de AVG (AVG, 2016/680)", []),  # (another act's number)
        ("AVG, 2016/679 (", []),  # (no bracket before the name)
        # rounds 331 to 350: a joint paper the monitor lists under several dossiers, cited by the
        # one the publisher's code gives; that code with two letters; a bill's text as amended up
        # to a paper names the text's version, no paper cited
        (
            "onder nr. 753 toegevoegd aan dossier 27879 - Consument, dossier 24515 - Armoede"
            ", dossier 29023 - Zorg\nNummer KST24515753",
            ["kst-24515-753", "kst-24515-753"],
        ),
        (
            "onder nr. GA toegevoegd aan dossier 33118 - Omgevingsrecht en wetsvoorstel 34986 -"
            " Invoeringswet\nNummer KST33118GA",
            ["kst-33118-GA", "kst-33118-GA"],
        ),
        (  # (the listed dossier a budget chapter, as its code says)
            "onder nr. 53 toegevoegd aan dossier 30952 - Caribisch, dossier 33845 - Koninkrijk en"
            " wetsvoorstel 36200 IV - Begroting\nNummer KST36200IV53",
            ["kst-36200-IV-53", "kst-36200-IV-53"],
        ),
        (  # (another chapter's code: that paper alone)
            "onder nr. 53 toegevoegd aan dossier 30952 - Caribisch en wetsvoorstel 36200 IV -"
            " Begroting\nNummer KST36200VI53",
            ["kst-36200-VI-53"],
        ),
        ("onder nr. 7 toegevoegd aan dossier 27879 - Consument, dossier 24515 - Armoede", []),
        (
            "onder nr. 7 toegevoegd aan dossier 27879 - Consument, dossier 24515 - Armoede\n"
            "Nummer KST245158",  # (another paper's code: that paper alone)
            ["kst-24515-8"],
        ),
        ("Nummer KST33118GA", []),  # (fund G's paper A, or paper GA)
        ("32015, Bijgewerkt t/m nr. 8 (NvW d.d. 5 juli 2010)", []),
        ("Wpp art. 1 (Kamerstuk 36 742, bijgewerkt t/m nr. 20)", []),
        # rounds 309 to 320: English plurals in lower case; the monitor naming one dossier twice
        (
            "(Euro 7) and repealing regulations (EC) No 715/2007 and (EC) No 595/2009",
            ["CELEX:32007R0715", "CELEX:32009R0595"],
        ),
        ("amending directives 2009/28/EC and 2012/27/EU", ["CELEX:32009L0028", "CELEX:32012L0027"]),
        ("the regulations of the Union and directives in force", []),
        (
            "is onder nr. 26 toegevoegd aan wetsvoorstel 31579 - Dienstenwet i en dossier 31579 -",
            ["kst-31579-26"],
        ),
        (
            "onder nr. 5 toegevoegd aan wetsvoorstel 36200 IV - Z en dossier 36200 IV - Z",
            ["kst-36200-IV-5"],
        ),
        ("onder nr. 5 toegevoegd aan wetsvoorstel 36200 IV - Z en dossier 36200 VII - Z", []),
        # rounds 277 to 296: the label glued to its dossier; an Aanhangsel's header in cells
        ("inzake AOW-leeftijd in 2025 (Kamerstuk32 163, nr. 48);", ["kst-32163-48"]),
        ("zie Kamerstukken2019 en 2020", []),
        (
            "Tweede Kamer der Staten-Generaal | 2 |\nVergaderjaar 2024-2025 | Aanhangsel van de"
            " Handelingen |\nVragen gesteld door de leden der Kamer, met de daarop door de regering"
            " gegeven antwoorden |\n3034\nVragen van het lid",
            ["ah-tk-20242025-3034"],
        ),
        (
            "34 950 XII Jaarverslag en slotwet 2017\n\nNr. 21 GEWIJZIGDE MOTIE VAN HET LID VON"
            " MARTELS TER VERVANGING VAN DIE GEDRUKT ONDER NR. 16\n\nVoorgesteld 26 juni 2018",
            ["kst-34950-XII-16"],
        ),
        (
            "34 550 XVIIIVaststelling van de begrotingsstaten (XVIII) voor het jaar 2017\n\n"
            "Nr. 32GEWIJZIGDE MOTIE VAN HET LID DE VRIES TER VERVANGING VAN DIE GEDRUKT ONDER NR. 14",
            ["kst-34550-XVIII-14"],
        ),
        (
            "31 700 XII\nVaststelling van de begrotingsstaten\n\nnr. 35\nGEWIJZIGD AMENDEMENT VAN"
            " HET LID X TER VERVANGING VAN DAT GEDRUKT ONDER NR. 12\n",
            ["kst-31700-XII-12"],
        ),
        (
            "24 587 Justitiële Inrichtingen\n\nNr. 9 Gewijzigde motie van het lid X ter"
            " vervanging van die gedrukt onder nr. 8",
            ["kst-24587-8"],
        ),
        ("De motie ter vervanging van die gedrukt onder nr. 16 is aangenomen.", []),  # (no dossier)
        # rounds 197 to 216: the header row of a paper both chambers received, lettered and numbered
        (
            "Eerste en Tweede Kamer der Staten-Generaal | 2009-2010 | 32490 nr. A;1 |",
            ["kst-32490-1", "kst-32490-A"],
        ),
        ("32490 A;1", []),  # (a letter needs it said)
        # rounds 177 to 196: an act in lower case with no system, the EU legislator named after it
        (
            "de verordening 524/2013 van het Europees Parlement en de Raad betreffende",
            ["CELEX:32013R0524"],
        ),
        ("verordening 2017/1938 van de Raad", ["CELEX:32017R1938"]),
        ("besluit 2010/87 van de Europese Commissie", ["CELEX:32010D0087"]),
        ("de verordening 2019/12 van de Raad van State", []),
        (
            "verordening 2021/23 van het Europees Parlement en de Raad van 16 december 2020",
            ["CELEX:32021R0023"],
        ),
        ("Aanbeveling 2002/758 van de Commissie van 27 april 2022 over", []),  # (misprinted)
        ("de verordening 2019/12 van de raad", []),  # (a municipality's council)
        ("de verordening 2019/12 van de gemeente", []),
        # rounds 157 to 176: a CELEX number of one of several published the same day; a date
        # glued to an ECLI the text cites whole; an act's system as a word, a comma before it,
        # "No" in brackets, the slash spaced; items named in brackets after a plural, items
        # after titles; a title with "van" in it
        ("Document 52017XC0524(01)", ["CELEX:52017XC0524(01)"]),
        (
            "ECLI:NL:GHDHA:2025:1995 - Hof - 25 september 2025\nECLI:NL:GHDHA:2025:199525 september",
            ["ECLI:NL:GHDHA:2025:1995"] * 2,
        ),
        ("ECLI:NL:HR:2023:182 en ECLI:NL:HR:2023:1825 februari 2023", ["ECLI:NL:HR:2023:182"] * 2),
        ("Biociden Verordening EU nr. 528/2012 (van kracht", ["CELEX:32012R0528"]),
        ("de Verordening EU 2016/679", ["CELEX:32016R0679"]),
        ("de richtlijn EU 1152", []),
        ("In de antiwitwasverordening, (EU) 2024/1624 staan", ["CELEX:32024R1624"]),
        ("de verordening, 2019/12", []),
        (
            "the Delegated Regulation (No 2015/35) and Directive (No 2014/51/EU)",
            ["CELEX:32015R0035", "CELEX:32014L0051"],
        ),
        ("is de EU-Verordening (2019/1020) betreffende", ["CELEX:32019R1020"]),
        ("tot wijziging van Richtlijn 2002/ 22/EG inzake", ["CELEX:32002L0022"]),
        ("Verordening (EG) nr.1907 / 2006", ["CELEX:32006R1907"]),
        (
            "de verordeningen (EU) 2024/1624 (antiwitwasverordening, AMLR) en (EU) 2024/1620 (AMLA)",
            ["CELEX:32024R1624", "CELEX:32024R1620"],
        ),
        (
            "tot wijziging van de Richtlijnen 2002/21/EG inzake een gemeenschappelijk kader, "
            "2002/19/EG inzake de toegang en 2002/20/EG betreffende de machtiging",
            ["CELEX:32002L0021", "CELEX:32002L0019", "CELEX:32002L0020"],
        ),
        (
            "de Verordeningen (EG) nr. 1/2005 van de Raad en de Richtlijnen 98/58/EG, 1999/74/EG",
            ["CELEX:32005R0001", "CELEX:31998L0058", "CELEX:31999L0074"],
        ),
        (
            "Richtlijnen 2009/72/EG en 2009/73/EG. Zie 2010/31/EU",
            ["CELEX:32009L0072", "CELEX:32009L0073"],
        ),
        (
            "van de Richtlijn behandeling van stedelijk afvalwater (91/271/EEG)",
            ["CELEX:31991L0271"],
        ),
        ("de Europese Verordening Biociden 528/2012", ["CELEX:32012R0528"]),
        # rounds 137 to 156: the publisher's header of two papers published as one; an act
        # by its type, a title and its number; the system as a word before the type; a
        # footnote's number glued to the year
        (
            "Tweede Kamer der Staten-Generaal1998-199926463 nr. 1;2",
            ["kst-26463-1", "kst-26463-2"],
        ),
        ("Kamerstuk 29 861, nr. 5; 30 000, nr. 3", ["kst-29861-5", "kst-30000-3"]),
        (
            "De Europese Richtlijn Algemene Productveiligheid 2001/95/EG (‘de Richtlijn’)",
            ["CELEX:32001L0095"],
        ),
        ("de Europese Verordening Algemene Productveiligheid 2023/988.", ["CELEX:32023R0988"]),
        ("Nieuwe EU-Verordening Productveiligheid 2023/988", ["CELEX:32023R0988"]),
        ("de richtlijn Industriële emissies (nr. 2010/75/EU) in", ["CELEX:32010L0075"]),
        ("De richtlijn industriële Emissies (RIE-richtlijn) (2010/75/EU)", ["CELEX:32010L0075"]),
        ("de Richtlijn betaaldiensten (PSD) 2007/64/EG", ["CELEX:32007L0064"]),
        ("de Richtlijn betaaldiensten (PSD) 2007/64", []),  # (no system: a guideline's number?)
        ("de Verordening Jeugdhulp 2019/12", []),
        ("EU-richtlijn Vakantierooster 2020/2021", []),  # (a school year)
        ("de richtlijn is in 2019/2020 aangenomen", []),
        ("EU verordening 265/2008 Bekijk", ["CELEX:32008R0265"]),
        ("EU Richtlijn 2019/1152", ["CELEX:32019L1152"]),
        (
            "beschreven in Verordening (EG) nr. 1/20051 (hierna: de Verordening)",
            ["CELEX:32005R0001"],
        ),
        ("Verordening (EU) 2017/19381", []),  # (2017/1938 and footnote 1, or 2017/193 and 81?)
        (
            "HelmesBron: https://blog.formex-medical.nlDe Medical",
            ["https://blog.formex-medical.nl"],
        ),
        ("https://x.nl/aBc", ["https://x.nl/aBc"]),
        # round 87: the compact form with an en dash after a label (not before a dossier or year)
        ("(Kamerstuk 29665–421) (Kamerstuk 29 665, nr. 431)", ["kst-29665-421", "kst-29665-431"]),
        ("Kamerstuk 21501-32–1740", ["kst-21501-32-1740"]),
        ("Kamerstukken 36067–36068 en motie 36067–2023", []),
        # round 86: a joint paper's dossiers listed with semicolons, by the first
        ("Kenmerk 27529; 35824; 36121, nr. AF", ["kst-27529-AF"]),
        ("Kamerstuk 27529; 35824, nr. 12", ["kst-27529-12"]),
        # round 83: a Rijkswet's number spaced, and in openkamer's compact form
        ("doen (Kamerstuk 27 570 (R 1672), nr. 17).", ["kst-27570-17"]),
        ("Kamerstuk 27570-(R1672)-20\n\nVoorlichting", ["kst-27570-20"]),
        # round 82: decisions after their plural
        (
            "Het gaat onder meer om de besluiten 1999/307/EG, 1999/435/EG en 1999/436/EG.",
            ["CELEX:31999D0307", "CELEX:31999D0435", "CELEX:31999D0436"],
        ),
        ("de besluiten 2019/12 en 2019/13 van de raad", []),
        # round 81: a numbered amendment's dossier with its label and session in brackets
        (
            "door het aanvaarden van amendement nr. 7 (kamerstukken II 1997/98, 25 159) tijdelijk",
            ["kst-25159-7"],
        ),
        ("zie (kamerstukken II 1997/98, 25 159)", []),
        # round 79: "Kst." for Kamerstuk(ken)
        ("brief van 18 september 2020 (Kst. 28089, nr. 179)", ["kst-28089-179"]),
        ("Kst. II 2019/20, 35 300, nr. 3", ["kst-35300-3"]),
        ("de Kst. 28089 is", []),
        # round 78: a number's "nr." before the act's system
        (
            "implementatie van richtlijn nr. (EU) 2023/1791 van het Europees Parlement",
            ["CELEX:32023L1791"],
        ),
        ("Verordening nr. (EG) 883/2004", ["CELEX:32004R0883"]),
        ("richtlijn nr. (ABC) 2023/1791", []),
        # round 74: a dossier and its papers after "brief" or "brieven"
        (
            "vragen over brieven 27 858, nrs. 60–62, en 31 067, nr. 8 (27 858, nr. 63);",
            ["kst-27858-60", "kst-27858-61", "kst-27858-62", "kst-31067-8", "kst-27858-63"],
        ),
        ("de brief 29 861, nr. 12 over", ["kst-29861-12"]),
        # and after any word but those that number other things
        ("zie ook 29 861, nr. 158 over", ["kst-29861-158"]),
        ("met motie 36 410, nr. 12 is", ["kst-36410-12"]),
        ("De stukken 36 200 VII, nr. 5 en 36 410, nr. 12.", ["kst-36200-VII-5", "kst-36410-12"]),
        ("postbus 20401, nr. 3", []),
        # round 72: the Eerste Kamer site's title of a paper, after its bill's dotted dossier
        (
            "Implementatie herziening EU ETS (36.407); Memorie van toelichting (TK, 3)",
            ["kst-36407-3"],
        ),
        ("Wet X (35.300); Memorie van antwoord (EK, C)", ["kst-35300-C"]),
        ("(36407); Memorie van toelichting (TK, 3)", []),  # (the site writes the full stop)
        ("bedrag (12.345); zie\ntabel (TK, 3)", []),  # (one line)
        # round 68: English plurals; a URL cut short cites nothing but a CELEX number whole in it
        (
            "amending Directives\n(EU) 2022/2464 and (EU) 2024/1760 as regards",
            ["CELEX:32022L2464", "CELEX:32024L1760"],
        ),
        (
            "Directives 2006/43/EC, 2013/34/EU and (EU) 2022/2464",
            ["CELEX:32006L0043", "CELEX:32013L0034", "CELEX:32022L2464"],
        ),
        ("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=COM%3A2025%3A80%3AF… en", []),
        (
            "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A52025PC0081…",
            ["CELEX:52025PC0081"],
        ),
        ("zie https://zoek.officielebekendmakingen.nl/kst-22112-36… en", []),
        ("https://eur-lex.europa.eu/eli/reg/2023/15… en", []),
        ("https://wetten.overheid.nl/BWBR0005537/2024-01-01… en", ["BWBR0005537"]),
        # round 67: an act the gazetteer names, its system written first as in a compound
        ("De EU-Richtlijn Loontransparantie (EU) 2023/970 is", ["CELEX:32023L0970"]),
        ("De EU-Richtlijn Loontransparantie (EU) 2023/971 is", []),  # (not its number)
        # round 65: a joint paper the parliamentary monitor lists under each of its dossiers
        (
            "is onder nr. 753 toegevoegd aan dossier 27879 - Consument, dossier 24515 - Armoede.",
            [],
        ),
        ("is onder nr. 753 toegevoegd aan dossier 24515 - Armoede.", ["kst-24515-753"]),
        # round 61: tkconv's line for a paper of a budget chapter
        ("Onderdeel van kamerstukdossier 36200 IV-58 Vaststelling", ["kst-36200-IV-58"]),
        ("Onderdeel van kamerstukdossier 35925 XIII-84 Vaststelling", ["kst-35925-XIII-84"]),
        # round 60: a joint paper of two sub-dossiers of one dossier, by the first
        ("(Kamerstukken 21 501-08 en 21 501-33, nr. 908)", ["kst-21501-08-908"]),
        ("Kamerstukken II 2022/23, 21 501-08 en 21 501-33, nr. 908", ["kst-21501-08-908"]),
        ("(Kamerstukken 21 501 en 21 501, nr. 9)", []),
        # round 59: an Eerste Kamer paper's letter in the forms that name papers alone, after a
        # recent dossier alone in brackets, at a header row's end; a spaced dash after a label
        ("de motie Kox c.s. van de Eerste Kamer (35 431, D) en", ["kst-35431-D"]),
        ("(12 345, D)", []),  # (not a dossier of the last decades)
        ("(36 600 B, C)", []),  # (papers B and C, or fund B's paper C)
        ("(Kamerstukken I 35 300, C 12)", []),
        (
            "Eerste Kamer der Staten-Generaal2019-202035431 nr. F\n\n35 431 Tijdelijke regels",
            ["kst-35431-F"],
        ),
        ("Nummer KST36067H\nKenmerk 36067, nr. H", ["kst-36067-H", "kst-36067-H"]),
        ("KST36200AB", []),  # (fund A's paper B, or paper AB)
        ("is onder nr. H toegevoegd aan wetsvoorstel 36067 - Wet", ["kst-36067-H"]),
        ("(amendement 36067 – 61)", ["kst-36067-61"]),
        ("Kamerstukken 36067 - 36068", []),
        ("motie 36067 - 2023", []),
        ("36067 – 61", []),  # (no label)
        # round 58: the Eerste Kamer's paper number after its dotted dossier, without "nr."
        ("(21.501-33, 875)", ["kst-21501-33-875"]),
        ("(21.501-20, BZ)", ["kst-21501-20-BZ"]),
        ("(12.345, 678)", []),  # (not a dossier of the last decades)
        ("(21.501, 2019)", []),  # (a year)
        # round 57: an Aanhangsel's header row, under its columns
        (
            "VergaderjaarNummerDatum ontvangst\nTweede Kamer der Staten-Generaal2018-20193938\n",
            ["ah-tk-20182019-3938"],
        ),
        ("Tweede Kamer der Staten-Generaal2018-20193938", []),  # (no columns above: not said)
        # round 56: a footnote's number glued to an act's system; a directive abbreviated "Rl"
        ("Richtlijn nr. 2008/8/EG2; hierna: Rl.2008/8", ["CELEX:32008L0008", "CELEX:32008L0008"]),
        ("Richtlijn 2008/9/EG (hierna: Rl 2008/9)", ["CELEX:32008L0009", "CELEX:32008L0009"]),
        ("Rl 2008/8 alleen", []),  # (abbreviated, without the act cited in full)
        ("Richtlijn 2006/123/EG2019", []),
        # round 53: a listed act without its system, where the text cites it in full
        (
            "Richtlijnen 90/427/EEG en 2009/156/EG; (...) Richtlijnen 90/427/EEG en 2009/156",
            ["CELEX:31990L0427", "CELEX:32009L0156", "CELEX:31990L0427", "CELEX:32009L0156"],
        ),
        ("Richtlijnen 90/427/EEG en 2009/156 van de Raad", ["CELEX:31990L0427"]),
        ("Verordeningen (EG) nr. 1071/2009 en 2019/2020", ["CELEX:32009R1071"]),
        # round 52: a number cut short by a preview is no number
        ("(Kamerstuk 27 830, nr. 1…", []),
        ("(Kamerstuk 27 830, nr. 1...)", []),
        ("Kamerstukken II 2019/20, 27 830, nrs. 1 en 2…", ["kst-27830-1"]),
        ("Kamerstuk 27 830, nr. 1.", ["kst-27830-1"]),
        # round 45: an Eerste Kamer paper's letter after "nr."
        ("(33 328, nr. T)", ["kst-33328-T"]),
        ("(33 328, T)", ["kst-33328-T"]),  # (round 59: a recent dossier alone in brackets)
        ("Kamerstukken II 2001/02, 28 000 (Begroting)", []),
        (
            "Verordening (EU) 2016/2031 (...) als bedoeld in artikel 36 van verordening 2016/2031",
            ["CELEX:32016R2031", "CELEX:32016R2031"],
        ),
        (
            "Uitvoeringsbesluit (EU) 2019/1614 (...); de bijlage bij uitvoeringsbesluit 2019/1614",
            ["CELEX:32019D1614", "CELEX:32019D1614"],
        ),
        ("artikel 36 van verordening 2016/2031", []),  # (in lower case alone: no act)
        ("de bijlage bij uitvoeringsbesluit 2019/1614", []),
        ("Verordening (EU) 2016/679 en de subsidieverordening 2016/2017", ["CELEX:32016R0679"]),
        # round 43: the Eerste Kamer's own ways, a motion "op stuk"
        ("(35.526, BH)", ["kst-35526-BH"]),
        ("(35526, BH)", ["kst-35526-BH"]),  # (round 59: a recent dossier alone in brackets)
        ("(35526 25295, CG)", ["kst-35526-CG"]),
        ("haar motie op stuk 28973, nr. 102 opnieuw", ["kst-28973-102"]),
        ("x\n- 35526 / 25295, CF (betrokken commissies)", ["kst-35526-CF"]),
        ("x\n- 35526, CF (betrokken commissies)", []),
        ("de motie-Pia Dijkstra op stuk nr. 118", []),
        # round 42: a joint paper, its second dossier a Rijkswet
        ("(Kamerstukken 35 687 en 35 688 (R2151), nr. 14)", ["kst-35687-14"]),
        ("(35 687 en 35 688 (R2151), nr. 14)", ["kst-35687-14"]),
        ("(Kamerstukken 35 687 en 35 688 (R2151))", []),
        # round 27: EU acts named in German
        ("'Richtlinie (EU) 2023/970'", ["CELEX:32023L0970"]),
        ("Verordnung (EWG) Nr. 1408/71", ["CELEX:31971R1408"]),
        ("Beschluss 2019/2", []),
    ],
)
def test_more_citation_forms(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


def test_handelingen_without_item_gets_no_id_but_is_reported() -> None:
    text = Text.of("Handelingen II 1990/91, nr. 12, blz. 345")
    citations = find_citations(text)
    assert citations == []
    assert find_unresolved(text, citations) == ["Handelingen II 1990/91, nr. 12"]


def test_cite_reads_text_as_pasted_with_spans_in_it() -> None:
    pasted = "Zie Kamerstukken II 2019/20, 29\u00a0754, nr.\u00a0520 en Handelin-\ngen II 2019/20, nr. 90, item 12."
    found = kg.cite(pasted)
    assert [c.identifier for c in found] == ["kst-29754-520", "h-tk-20192020-90-12"]
    assert [pasted[c.span.start : c.span.end].split()[0] for c in found] == [
        "Kamerstukken",
        "Handelin-",
    ]


def test_kg_cite_prints_json_lines(tmp_path: Path) -> None:
    (tmp_path / "brief.txt").write_text(
        "Zie Kamerstukken II, 2024/25, 29 861, nr. 158.\n", encoding="utf-8"
    )
    for source in ("Zie Kamerstukken II, 2024/25, 29 861, nr. 158.", str(tmp_path / "brief.txt")):
        result = CliRunner().invoke(app, ["cite", source, "--json"])
        assert result.exit_code == 0
        (line,) = result.stdout.splitlines()
        assert json.loads(line) == {
            "id": "kst-29861-158",
            "kind": "kamerstuk",
            "raw": "Kamerstukken II, 2024/25, 29 861, nr. 158",
            "start": 4,
            "end": 45,
            "url": "https://zoek.officielebekendmakingen.nl/kst-29861-158",
        }
    piped = CliRunner().invoke(app, ["cite", "-"], input="Stb. 2011, 35")
    assert "stb-2011-35" in piped.stdout


@pytest.mark.parametrize(
    ("text", "motion"),
    [
        (
            "uitvoering aan de motie Stoffer/Markuszower, Kamerstuk II 2025/26, 36848, nr. 57.",
            ("Stoffer", "Markuszower"),
        ),
        ("de motie-Piri (36200-VI, nr. 30)", ("Piri",)),
        ("de motie van het lid Akerboom, 36 410 XIV, nr. 9, waarin", ("Akerboom",)),
        ("motie van het lid Marijnissen c.s. (Kamerstuk 35510-21)", ("Marijnissen",)),
        ("de motie-Piri (Kamerstuk 36200-VI, nr. 30)", ("Piri",)),
        (
            "de motie van de leden Omtzigt en Bikker (Kamerstukken II 2024/25, 31066, nr. 1402)",
            ("Omtzigt", "Bikker"),
        ),
        (
            "De motie Rog c.s. vraagt iets. Kamerstukken II 2024/25, 31066, nr. 1402",
            (),
        ),  # another sentence
    ],
)
def test_a_motion_named_before_its_kamerstuk(text: str, motion: tuple[str, ...]) -> None:
    (citation,) = find_citations(Text.of(text))
    assert citation.submitted_by == motion
    assert citation.instrument == ("motie" if motion else None)


def test_an_amendment_named_before_its_kamerstuk_is_an_amendment() -> None:
    (citation,) = find_citations(
        Text.of("het amendement-Van Dijk (Kamerstukken II 2023/24, 36 410, nr. 12) is aangenomen")
    )
    assert (citation.identifier, citation.instrument, citation.submitted_by) == (
        "kst-36410-12",
        "amendement",
        ("Van Dijk",),
    )


@pytest.mark.parametrize(
    "text",
    [
        "15Kamerstukken II 2024/25, 29 861, nr. 158.",  # a footnote number glued to the label
        "¹⁵Kamerstukken II 2024/25, 29 861, nr. 158.",
        "zie Kamer-\nstukken II 2024/25, 29 861, nr. 158.",
        "Kamer\u00adstukken II 2024/25, 29\n861, nr.\n158",  # soft hyphen, breaks anywhere
    ],
)
def test_pdf_artefacts_inside_a_citation(text: str) -> None:
    assert [c.identifier for c in find_citations(clean(Text.of(text)))] == ["kst-29861-158"]


@given(
    chamber=st.sampled_from([("II", "tk"), ("I", "ek")]),
    year=st.integers(1995, 2030),
    number=st.integers(1, 150),
    item=st.integers(1, 40),
)
def test_generated_handelingen_citations_round_trip(
    chamber: tuple[str, str], year: int, number: int, item: int
) -> None:
    text = f"Handelingen {chamber[0]} {year}/{(year + 1) % 100:02d}, nr. {number}, item {item}"
    assert ids(text) == [f"h-{chamber[1]}-{year}{year + 1}-{number}-{item}"]


@given(
    gazette=st.sampled_from([("Stb.", "stb"), ("Staatsblad", "stb"), ("Stcrt.", "stcrt")]),
    year=st.integers(1900, 2030),
    separator=st.sampled_from([", ", " ", "/", ", nr. "]),
    number=st.integers(1, 99999),
)
def test_generated_gazette_citations_round_trip(
    gazette: tuple[str, str], year: int, separator: str, number: int
) -> None:
    cited = f"{gazette[0]} {year}{separator}{number}"
    assert ids(f"Zie {cited}.") == [f"{gazette[1]}-{year}-{number}"]


# Each type of EU act and the sector of its CELEX number, as EUR-Lex numbers them.
EU_TYPES = [
    *(("Richtlijn", "L"), ("Verordening", "R"), ("Besluit", "D"), ("Beschikking", "D")),
    *(("Uitvoeringsverordening", "R"), ("Uitvoeringsbesluit", "D"), ("Kaderbesluit", "F")),
    *(("Gemeenschappelijk standpunt", "E"), ("Gemeenschappelijk Standpunt", "E")),
    *(("Aanbeveling", "H"), ("Recommendation", "H")),
    *(("Common position", "E"), ("Common Position", "E")),
    *(("Gemeinsamer Standpunkt", "E"), ("Gemeinsamen Standpunkt", "E")),
    *(("Directive", "L"), ("Regulation", "R"), ("Decision", "D"), ("Framework Decision", "F")),
    *(("Règlement", "R"), ("Décision", "D")),
    *(("Richtlinie", "L"), ("Verordnung", "R"), ("Beschluss", "D")),
]
# Joint actions, whose sector is their system's: justice and home affairs (F) or the CFSP (E).
JOINT_ACTIONS = ["Gemeenschappelijk optreden", "Gemeenschappelijk Optreden"]
JOINT_ACTIONS += ["Joint action", "Joint Action"]
JOINT_ACTION_SYSTEMS = [("JBZ", "F"), ("JHA", "F"), ("GBVB", "E"), ("CFSP", "E")]


def test_every_type_of_eu_act_is_generated_below() -> None:
    assert {name for name, _ in EU_TYPES} | set(JOINT_ACTIONS) == set(citations._EU_TYPES)


@given(
    name=st.sampled_from(JOINT_ACTIONS),
    system=st.sampled_from(JOINT_ACTION_SYSTEMS),
    year=st.integers(1993, 2009),
    number=st.integers(1, 999),
)
def test_generated_joint_actions_round_trip(
    name: str, system: tuple[str, str], year: int, number: int
) -> None:
    cited = f"{name} {year}/{number}/{system[0]}"
    assert ids(cited) == [f"CELEX:3{year}{system[1]}{number:04d}"]
    assert ids(f"{name} {year}/{number} van de Raad") == []  # (which, its system says)


@given(
    kind=st.sampled_from(EU_TYPES),
    capitals=st.booleans(),  # as in a title: "UITVOERINGSVERORDENING (EU) 2020/600"
    year=st.integers(2015, 2030),
    number=st.integers(1, 3000),
)
def test_generated_eu_acts_from_2015_round_trip(
    kind: tuple[str, str], capitals: bool, year: int, number: int
) -> None:
    name = kind[0].upper() if capitals else kind[0]
    assert ids(f"{name} (EU) {year}/{number}") == [f"CELEX:3{year}{kind[1]}{number:04d}"]


_EU_WORDS = ["Verordening", "richtlijn", "Besluit", "(EU)", "(EG)", "nr.", "/", " ", "2016"]


@given(st.lists(st.sampled_from([*_EU_WORDS, *"0123456789"]), max_size=80).map("".join))
def test_random_eu_act_text_never_crashes(value: str) -> None:
    for citation in find_citations(Text.of(value)):
        assert citation.identifier.startswith("CELEX:3")
        assert 0 <= citation.span.start < citation.span.end <= len(value)


@given(year=st.integers(1958, 2014), number=st.integers(1, 3000))
def test_generated_regulations_before_2015_are_number_over_year(year: int, number: int) -> None:
    assert ids(f"Verordening (EG) nr. {number}/{year}") == [f"CELEX:3{year}R{number:04d}"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de Data Governance Act (EU) 2022/868 regelt", ["CELEX:32022R0868"]),
        ("EU MDR 2017/745 verordeningen", ["CELEX:32017R0745"]),
        ("de AVG (EU) 2016/679", ["CELEX:32016R0679"]),
        ("de Cyber Resilience Act (EU) 2024/2847", ["CELEX:32024R2847"]),
        ("de Habitatrichtlijn 92/43/EEG", ["CELEX:31992L0043"]),  # (by its type, as before)
        ("/ AVG (EU) 2016/679", ["CELEX:32016R0679"]),  # (a slash before it)
        ("de Kaderrichtlijn Water (2000/60/EG)", ["CELEX:32000L0060"]),  # (in brackets, its system)
        ("In de (KRW; 2000/60/EG) en", ["CELEX:32000L0060"]),
        ("de AVG (2017/679)", []),
        ("MiCA (EU) 2023/1114; AMLD6 (EU) 2024/1640", ["CELEX:32023R1114", "CELEX:32024L1640"]),
        ("de mica 2023/1114", []),  # (an acronym is found as written)
        # the name with another act's number, or with no number, cites nothing
        ("de AVG 2017/679", []),
        ("de AVG, 2016/679", []),
        ("Data Act 2023/28540", []),
        ("de Dataverordening van 13 december 2023", []),
    ],
)
def test_an_eu_act_the_gazetteer_knows_cited_by_name_and_number(
    text: str, expected: list[str]
) -> None:
    assert ids(text) == expected


def test_an_act_named_and_numbered_with_its_type_is_one_citation() -> None:
    (citation,) = find_citations(Text.of("de AVG (Verordening (EU) 2016/679) en verder"))
    assert (citation.identifier, citation.raw) == ("CELEX:32016R0679", "Verordening (EU) 2016/679")
