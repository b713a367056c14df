#!/usr/bin/env python3
"""One story whose first article is one paragraph of N sentences, for the
cost of `concord quotes`, `compare` and `summarize` when nothing breaks a
long text into paragraphs (docs/benchmarks.md, "One long paragraph").

    bench/datasets/long_paragraph.py N OUT.jsonl

Writes two JSON Lines articles of one story: article "a", N sentences
joined by single spaces (no line break anywhere), and a short article "b".
The sentences come from a dozen templates: a person who does something
(with a title: "Mayor", "Sen.", "Sen. Ada Okafor, R-Ariz."), a pronoun
quote ('"...," he said.'), a named quote ('"...," said Ada Okafor.'), an
organisation's quote ('"...," the Harbor Authority said.'), a surname with
a title ("Ms. Okafor said ..."), a title or a state and party for a
speaker ('"...," the mayor said.', '"...," the Arizona Republican
said.'). The people are
made up (a common given name and an invented surname, seeded), a new one
every few sentences and the recent ones named again, so the number of
names and of people grows with N. Invented text.
"""
import json
import random
import sys

MEN = ["James", "Robert", "David", "Thomas", "Daniel", "Mark", "Paul", "Steven"]
WOMEN = ["Mary", "Linda", "Susan", "Karen", "Nancy", "Laura", "Sarah", "Emily"]
ORGS = ["Harbor Authority", "City Council", "Port Commission", "Transit Board",
        "Water District"]
SAYINGS = [
    "The plan will cost more than the city can pay",
    "We have waited long enough for the bridge",
    "Nobody asked the people who live by the water",
    "The money is there if the council wants it",
    "I think the vote will be close",
    "This is not the end of the story",
]
ROLES = ["Mayor", "Sen.", "Commissioner"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    wanted, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(27)

    def surname() -> str:
        return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou")
                       for _ in range(3)).capitalize()

    people = []  # (given, surname, pronoun, title)

    def person():
        if not people or rng.random() < 0.25:
            male = rng.random() < 0.5
            given = rng.choice(MEN if male else WOMEN)
            people.append((given, surname(), "he" if male else "she",
                           "Mr." if male else "Ms."))
        return people[-1 - rng.randrange(min(len(people), 6))]

    sentences = []
    while len(sentences) < wanted:
        given, last, pronoun, title = person()
        saying = rng.choice(SAYINGS)
        org = rng.choice(ORGS)
        kind = len(sentences) % 12
        if kind == 0:
            s = (f"{rng.choice(ROLES)} {given} {last} spoke to reporters at the harbor on "
                 f"{rng.choice(DAYS)}.")
        elif kind == 1:
            s = f'"{saying}," {pronoun} said.'
        elif kind == 2:
            s = f'"{saying}," said {given} {last}, a member of the {org}.'
        elif kind == 3:
            s = f'"{saying}," the {org} said in a statement.'
        elif kind == 4:
            s = f"{title} {last} said the vote would come next week."
        elif kind == 5:
            s = f'"{saying}," {pronoun} told reporters.'
        elif kind == 6:
            s = f"The {org} of Port Lindell declined to comment on the plan."
        elif kind == 7:
            s = f"{last} pointed to the budget."
        elif kind == 8:
            s = f'"{saying}," {pronoun} wrote.'
        elif kind == 9:
            s = f'"{saying}," the mayor said.'
        elif kind == 10:
            s = f"Sen. {given} {last}, R-Ariz., voted for the plan."
        else:
            s = f'"{saying}," the Arizona Republican said.'
        sentences.append(s)
    articles = [{"id": "a", "source": "A", "text": " ".join(sentences)},
                {"id": "b", "source": "B",
                 "text": "The council will vote on the harbor bridge plan next week. "
                         '"The money is there," the Harbor Authority said.'}]
    with open(out, "w", encoding="utf-8") as f:
        for article in articles:
            f.write(json.dumps(article) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
