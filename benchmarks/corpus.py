"""A synthetic corpus of ministry letters, deterministic by seed, with the structure of real ones:
letterhead (return address, addressee, reference, date, subject), body paragraphs naming
policies, organisations and persons, footnotes with Kamerstuk, Staatsblad and EU citations,
one to three signatories, and sometimes an enclosed letter to a union.

    python -m benchmarks.corpus OUT_DIR 1000 [--seed 1]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

MINISTRIES = [
    ("Sociale Zaken en Werkgelegenheid", "Postbus 90801 2509 LV Den Haag"),
    ("Financiën", "Postbus 20201 2500 EE Den Haag"),
    ("Onderwijs, Cultuur en Wetenschap", "Postbus 16375 2500 BJ Den Haag"),
    ("Volksgezondheid, Welzijn en Sport", "Postbus 20350 2500 EJ Den Haag"),
    ("Binnenlandse Zaken en Koninkrijksrelaties", "Postbus 20011 2500 EA Den Haag"),
    ("Infrastructuur en Waterstaat", "Postbus 20901 2500 EX Den Haag"),
]
SURNAMES = [
    "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
    "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
]  # fmt: skip
POLICIES = [
    "Participatiewet", "Algemene Ouderdomswet", "Werkloosheidswet", "Klimaatakkoord",
    "Nationaal Programma Armoede en Schulden", "Wet minimumloon en minimumvakantiebijslag",
    "Verordening (EG) nr. 883/2004", "Richtlijn (EU) 2022/2041", "Onderwijsakkoord",
    "Hoofdlijnenakkoord Ouderenzorg", "Wet op het primair onderwijs", "Zorgverzekeringswet",
]  # fmt: skip
ORGANISATIONS = [
    "FNV", "CNV", "VCP", "VNO-NCW", "MKB-Nederland", "Raad van State", "Algemene Rekenkamer",
    "Sociaal-Economische Raad", "Europese Commissie", "UWV", "Centraal Planbureau", "OESO",
]  # fmt: skip
FILLER = (
    "Het kabinet hecht aan een zorgvuldige uitvoering en blijft hierover in gesprek met de "
    "betrokken partijen. De uitvoeringsorganisaties zijn gevraagd om de gevolgen voor burgers "
    "en werkgevers in kaart te brengen, zodat de Kamer voor de zomer een volledig beeld heeft. "
)
MONTHS = [
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
]  # fmt: skip


def person(rng: random.Random) -> str:
    initials = "".join(f"{rng.choice('ABCDEFGHJKLMNPRSTW')}." for _ in range(rng.randint(1, 3)))
    return f"{initials} {rng.choice(SURNAMES)}"


def letter(rng: random.Random, index: int, size: int) -> str:
    """One letter (sometimes with an enclosed letter) of about `size` characters."""
    ministry, postbus = rng.choice(MINISTRIES)
    year = rng.randint(2016, 2026)
    date = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {year}"
    policies = rng.sample(POLICIES, 3)
    organisations = rng.sample(ORGANISATIONS, 3)
    signers = [person(rng) for _ in range(rng.choice((1, 1, 2, 3)))]
    notes = [
        f"Kamerstukken II, {year - 1}/{str(year)[2:]}, {rng.randint(21, 36)} "
        f"{rng.randint(100, 999)}, nr. {rng.randint(1, 900)}.",
        f"Stb. {year - 1}, {rng.randint(1, 600)}.",
        f"Kamerstuk {rng.randint(21000, 36900)}-{rng.randint(1, 300)}.",
    ]
    paragraphs = [
        f"Met deze brief informeer ik uw Kamer over de {policies[0]}. Ik heb hierover gesproken "
        f"met de {organisations[0]} en het {organisations[1]}.¹",
        f"De {policies[1]} en het {policies[2]} vragen om samenhang.² Minister "
        f"{signers[0].split(' ', 1)[1]} heeft dit eerder toegezegd.³",
    ]
    body = []
    while sum(map(len, body)) + sum(map(len, paragraphs)) < size - 800:
        body.append(FILLER * rng.randint(1, 3))
    text = "\n\n".join([paragraphs[0], *body, paragraphs[1]])
    signatures = "\n\n".join(
        f"De Minister van {ministry},\n\n{signer}" if k == 0 else
        f"De Staatssecretaris van {ministry},\n\n{signer}"
        for k, signer in enumerate(signers)
    )  # fmt: skip
    footnotes = "\n".join(f"{n} {note}" for n, note in zip("¹²³", notes, strict=True))
    cover = f"""Ministerie van {ministry}

> Retouradres {postbus}

De Voorzitter van de Tweede Kamer
der Staten-Generaal
Postbus 20018
2500 EA Den Haag

Onze referentie
{year}-{index:010d}

Datum {date}
Betreft {policies[0]}

Geachte voorzitter,

{text}

{footnotes}

{signatures}
"""
    if rng.random() < 0.2:
        cover += f"""


> Retouradres {postbus}

{organisations[0]}
t.a.v. de heer {person(rng)}
Postbus 1
1000 AA Amsterdam

Datum {date}
Betreft Reactie op uw brief over de {policies[0]}

Geachte heer,

Dank voor uw brief over de {policies[0]}.

Met vriendelijke groet,

De Minister van {ministry},

{signers[0]}
"""
    return cover


def generate(directory: Path, count: int, seed: int = 1, size: int = 10_000) -> list[Path]:
    """Write `count` letters of about `size` characters into `directory`."""
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = directory / f"letter-{index:06d}.txt"
        path.write_text(letter(rng, index, size), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
    generate(Path(sys.argv[1]), int(sys.argv[2]), seed)


if __name__ == "__main__":
    main()
