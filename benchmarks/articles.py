"""Generated news pages for the benchmarks: many stories, each told by several outlets over a few days, with
recurring people and places, dates written as pages write them, figures that move between reports, and the
clutter scraped pages carry (menus, share buttons, "Read also" links, newsletters, view counters).

The stories are invented (fictional countries, people and firms) and made from sentence patterns with a seeded
random choice, so a corpus is the same on every machine and none of it is a copy of the seeds.

    python benchmarks/articles.py 200 /tmp/corpus      # writes 200 .txt pages
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

COUNTRIES = {
    "Tarsia": ("Ostrel", "Tarsian"),
    "Varnia": ("Kellbrook", "Varnian"),
    "Kestria": ("Lesk", "Kestrian"),
    "Brenna": ("Dunmoor", "Brennan"),
    "Norlund": ("Halvik", "Norlundic"),
    "Solmar": ("Port Azur", "Solmaran"),
    "Ardesia": ("Veyra", "Ardesian"),
    "Quellin": ("Marrowgate", "Quellish"),
}
CITIES = ["Ostrel", "Kellbrook", "Lesk", "Dunmoor", "Halvik", "Port Azur", "Veyra", "Marrowgate", "Tamsk", "Oranby"]
FIRST = ["Elin", "Marek", "Sofia", "Tomas", "Irena", "Dario", "Lena", "Pavel", "Noor", "Anton", "Greta", "Ivo"]
LAST = ["Saar", "Kovac", "Lindqvist", "Moreau", "Halden", "Brandt", "Okafor", "Vetrov", "Castell", "Ruiz", "Amsel"]
ROLES = ["Foreign Minister", "Prime Minister", "Defence Minister", "Finance Minister", "President", "Trade Minister"]
OUTLETS = [
    "Meridian Wire",
    "The Northern Ledger",
    "Harbour Post",
    "Capital Courier",
    "Daily Lantern",
    "Financial Courier",
    "Coastal Times",
    "Continental Review",
]
FIRMS = ["Halden Steel", "Azur Shipping", "Veyra Telecom", "Brightmoor Energy", "Kestrel Air", "Norvik Mining"]
UNIONS = ["dockers' union", "rail workers' union", "teachers' federation", "nurses' association"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
MONTHS += ["November", "December"]
STORMS = ["Odalys", "Berit", "Caspian", "Mireille", "Tovar"]
TOPICS = ["energy prices", "border crossings", "fishing rights", "rail links", "grain exports", "a gas pipeline"]
CLUTTER = [
    "Share on Facebook",
    "Share on X",
    "ADVERTISEMENT",
    "Listen to this article",
    "We use cookies to improve your experience. Accept all cookies",
    "Print",
]


@dataclass
class Person:
    name: str
    role: str
    country: str


@dataclass
class Story:
    kind: str
    day: date
    place: str
    country: str
    people: list[Person]
    figure: int
    other: str


def _people(rng: random.Random) -> list[Person]:
    """A cast that recurs across stories: each country's office holders."""
    cast = []
    for country in COUNTRIES:
        for role in rng.sample(ROLES, 3):
            cast.append(Person(f"{rng.choice(FIRST)} {rng.choice(LAST)}", role, country))
    return cast


def _story(rng: random.Random, cast: list[Person], start: date, span_days: int) -> Story:
    country = rng.choice(list(COUNTRIES))
    people = [*rng.sample([p for p in cast if p.country == country], 2), rng.choice(cast)]
    kind = rng.choice(["visit", "quake", "strike", "rates", "court", "deal", "storm", "election"])
    return Story(
        kind=kind,
        day=start + timedelta(days=rng.randrange(span_days)),
        place=rng.choice([COUNTRIES[country][0], *CITIES[:4]]),
        country=country,
        people=people,
        figure=rng.randrange(12, 900),
        other=rng.choice([c for c in COUNTRIES if c != country]),
    )


def _when(day: date, published: date) -> str:
    """The event's day as a report written on ``published`` says it."""
    if day == published:
        return f"on {WEEKDAYS[day.weekday()]}"
    if (published - day).days < 6:
        return f"on {WEEKDAYS[day.weekday()]}"
    return f"on {MONTHS[day.month - 1]} {day.day}"


def _lead(s: Story, when: str, figure: int, rng: random.Random) -> list[str]:
    host, guest = s.people[0], s.people[2]
    demonym = COUNTRIES[s.country][1]
    firm, union = rng.choice(FIRMS), rng.choice(UNIONS)
    leads = {
        "visit": [
            f"{guest.country}'s {guest.role} {guest.name} arrived in {s.place} {when} for talks with "
            f"{host.role} {host.name} on trade and border security.",
            f"The two sides signed {figure % 9 + 2} agreements, including one on grain transit, officials said.",
        ],
        "quake": [
            f"A magnitude {5 + figure % 30 / 10:.1f} earthquake struck near {s.place} {when}, killing at least "
            f"{figure} people and damaging hundreds of homes.",
            f"Rescue teams were still searching collapsed buildings, {host.role} {host.name} said.",
        ],
        "strike": [
            f"Members of the {demonym} {union} walked out in {s.place} {when}, halting work at dozens of sites "
            f"in a dispute over pay.",
            f"The union said {figure * 10:,} members had joined the strike.",
        ],
        "rates": [
            f"The central bank of {s.country} raised its main interest rate by {figure % 4 + 1} quarter points "
            f"to {3 + figure % 20 / 10:.1f}% {when}, surprising analysts.",
            f"{host.role} {host.name} said the decision would help defend the currency.",
        ],
        "court": [
            f"The supreme court of {s.country} ruled {when} that the sale of the {s.place} port to {firm} was "
            f"unlawful and must be reversed.",
            f"{firm} said it would appeal and that {figure} jobs depended on the project.",
        ],
        "deal": [
            f"{firm} agreed {when} to buy a rival in {s.other} for {figure / 10:.1f} billion kestas, the largest "
            f"takeover in the region this year.",
            f"{host.role} {host.name} welcomed the deal, saying it would bring investment to {s.place}.",
        ],
        "storm": [
            f"Storm {rng.choice(STORMS)} made landfall near {s.place} {when}, forcing {figure * 100:,} people to "
            f"leave their homes as rivers burst their banks.",
            f"At least {figure % 40 + 2} people were killed, the {demonym} civil protection agency said.",
        ],
        "election": [
            f"The party of {host.role} {host.name} won {30 + figure % 25}% of the vote in a regional election "
            f"in {s.place} {when}, according to preliminary results.",
            f"Turnout was {40 + figure % 30}%, the electoral commission said.",
        ],
    }
    return leads[s.kind]


def _body(s: Story, rng: random.Random, stories: list[Story]) -> list[str]:
    host, other = s.people[0], s.people[1]
    earlier = rng.choice(stories)
    lines = [
        f'"We will not stand aside," {other.name}, {s.country}\'s {other.role}, told reporters in {s.place}. '
        f'"This is a test for the whole region."',
        f"Critics in {s.other} said the government had been slow to respond, and opposition lawmakers called "
        f"for an inquiry.",
        f"Earlier this year, {earlier.people[0].name} and {earlier.people[2].name} met in {earlier.place} to "
        f"discuss {rng.choice(TOPICS)}.",
        f"The {COUNTRIES[s.country][1]} government has faced growing pressure over {rng.choice(TOPICS)} since "
        f"{MONTHS[(s.day.month + 9) % 12]}, when {earlier.people[1].name} warned of shortages.",
        f"According to figures published by the statistics office, output in {s.place} fell by "
        f"{rng.randrange(2, 19)}% last year, while unemployment rose to {rng.randrange(40, 120) / 10:.1f}%.",
        f"{host.name} spoke by telephone with {other.name} on {WEEKDAYS[(s.day.weekday() + 6) % 7]}, "
        f"according to a statement from the {host.role.lower()}'s office.",
        f"Analysts at {rng.choice(FIRMS)} said the events in {s.place} could weigh on the economy for months, "
        f"citing weaker exports and higher borrowing costs.",
        f'Residents described long queues at petrol stations and shops in {s.place}. "Nobody told us anything '
        f'until the evening," said one shop owner, who gave only his first name, {rng.choice(FIRST)}.',
        f"{host.name} is expected to address parliament next week, a spokesperson said.",
        f"Markets in {COUNTRIES[s.country][0]} were little changed after the news, with the main index "
        f"down {rng.randrange(1, 30) / 10:.1f}%.",
        f"Officials in {s.other} did not respond to a request for comment.",
    ]
    rng.shuffle(lines)
    return lines[: rng.randrange(5, len(lines) + 1)]


def article(s: Story, outlet: str, published: date, rng: random.Random, stories: list[Story]) -> str:
    """One page: site furniture, a headline, a byline with the page's date, a dateline lead, a body, a tail."""
    figure = s.figure + (published - s.day).days * rng.randrange(0, 40) if s.kind in ("quake", "storm") else s.figure
    lead, second = _lead(s, _when(s.day, published), figure, rng)
    head = lead.split(",")[0].split(" for ")[0].rstrip(".")
    dateline = f"{s.place.upper()}, {MONTHS[published.month - 1][:3]} {published.day} ({outlet}) - "
    other = rng.choice(stories)
    lines = ["Home", "World", rng.choice(["Business", "Politics", "Europe"]), "", head[:1].upper() + head[1:], ""]
    lines += [*rng.sample(CLUTTER, 2), ""]
    lines += [f"By {rng.choice(FIRST)} {rng.choice(LAST)} | {MONTHS[published.month - 1]} {published.day}, "]
    lines[-1] += f"{published.year}"
    lines += ["", dateline + lead, "", second, ""]
    for i, para in enumerate(_body(s, rng, stories)):
        lines += [para, ""]
        if i == 1:
            lines += [f"Read also: {_lead(other, 'on Monday', other.figure, rng)[0][:90]}", ""]
    lines += ["Sign up for our daily newsletter", f"{rng.randrange(200, 9000):,} views", f"© {published.year} {outlet}"]
    lines += ["", "Most read", _lead(rng.choice(stories), "on Friday", 40, rng)[0][:80]]
    return "\n".join(lines) + "\n"


def corpus(n: int, seed: int = 2025) -> list[tuple[str, str]]:
    """``n`` (file name, page text) pairs: about five outlets per story, stories spread over n/40 weeks."""
    rng = random.Random(seed)
    cast = _people(rng)
    span = max(7, n // 6)
    stories = [_story(rng, cast, date(2025, 3, 3), span) for _ in range(max(1, n // 5))]
    pages = []
    for i in range(n):
        s = stories[i % len(stories)]
        published = s.day + timedelta(days=rng.choice([0, 0, 0, 1, 2]))
        outlet = OUTLETS[(i // len(stories) + rng.randrange(3)) % len(OUTLETS)]
        slug = outlet.lower().replace(" ", "-")
        pages.append((f"{i:05d}_{slug}.txt", article(s, outlet, published, rng, stories)))
    return pages


def write_corpus(folder: Path, n: int, seed: int = 2025) -> Path:
    """Write ``n`` generated pages into ``folder`` (created); returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in corpus(n, seed):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


if __name__ == "__main__":
    write_corpus(Path(sys.argv[2]), int(sys.argv[1]))
