#!/usr/bin/env python3
"""Writes sample_ballots.csv: the scoring round of Dolní Habrov's development measures.

Deterministic (fixed seed). 290 participants score the 16 development measures of the sample
plan from 0 (not needed) to 5 (most needed); some leave items blank. The providers' side is
large and dominated by two organisations that sent many staff, as happens in practice; the
users are fewer. Counted head by head, the providers' favourites win; with the method's role
balancing (users, providers and commissioners carry equal weight, every provider organisation
equal standing) the users' priorities get their due. Run: python3 make_sample_ballots.py
"""
import csv
import random
from pathlib import Path

ITEMS = ["m2-1-1", "m2-1-2", "m2-2-1", "m2-3-1", "m2-3-2", "m2-4-1", "m3-1-1", "m3-1-2",
         "m3-2-1", "m3-2-2", "m3-2-3", "m4-1-1", "m4-1-2", "m4-2-1", "m4-2-2", "m4-3-1"]

# Mean score per item, by role (order of ITEMS).
MEANS = {
    "user":         [3.2, 4.5, 4.2, 4.3, 3.8, 3.9, 2.8, 2.6, 3.3, 3.6, 3.4, 3.0, 2.5, 4.7, 3.5, 1.8],
    "provider":     [4.3, 3.0, 4.4, 3.3, 3.0, 3.7, 4.0, 3.9, 4.2, 3.5, 3.8, 3.4, 3.0, 2.2, 2.8, 3.8],
    "commissioner": [2.5, 3.8, 3.6, 3.4, 3.0, 3.0, 3.0, 3.1, 3.0, 4.0, 3.5, 4.3, 4.0, 3.9, 4.1, 4.2],
    "public":       [3.0, 3.4, 3.5, 3.0, 2.6, 2.8, 3.3, 3.5, 2.9, 3.2, 3.1, 3.3, 3.6, 4.2, 3.0, 2.4],
    "coordinator":  [3.0, 3.5, 3.5, 3.5, 3.0, 3.5, 3.0, 3.0, 3.0, 3.5, 3.5, 4.0, 4.0, 3.5, 3.5, 4.5],
}

# Provider organisations (stakeholder ids of the sample plan's providers) with the staff they
# sent and the items their own services gain from.
PROVIDERS = [
    ("st-charita", 72, {"m2-1-2": 0.8, "m2-2-1": 0.3}),
    ("st-domov", 48, {"m2-1-1": 0.9}),
    ("st-diakonie", 8, {"m2-3-1": 0.6, "m2-3-2": 0.8}),
    ("st-cdz", 9, {"m2-4-1": 0.9, "m2-3-1": 0.5}),
    ("st-poradna", 6, {"m3-2-2": 0.9}),
    ("st-orion", 5, {"m3-2-3": 1.0}),
    ("st-auxilium", 7, {"m3-1-1": 0.9}),
    ("st-prevcentrum", 6, {"m3-1-2": 0.9}),
    ("st-slunicko", 5, {"m3-2-1": 0.9}),
    ("st-utociste", 5, {"m4-2-2": 0.9}),
    ("st-ps", 6, {"m2-2-1": 0.9}),
]
COMMISSIONERS = [("st-mesto", 9), ("st-lhotka", 2), ("st-habrovec", 2)]
# Users speak for themselves or through their associations.
USER_ORGANISATIONS = [("", 40), ("st-spolek-ozp", 7), ("st-klub-senioru", 7)]
PUBLIC = 45


def clamp(x):
    return max(0, min(5, round(x)))


def main():
    rng = random.Random(20260115)
    rows = []

    def ballot(pid, role, org, boosts=None):
        values = []
        for i, item in enumerate(ITEMS):
            if rng.random() < 0.05:
                values.append("")  # no answer
                continue
            mean = MEANS[role][i] + (boosts or {}).get(item, 0.0)
            values.append(str(clamp(rng.gauss(mean, 0.9))))
        rows.append([pid, role, org, "579999"] + values)

    n = 0
    for org, staff, boosts in PROVIDERS:
        for _ in range(staff):
            n += 1
            ballot(f"p{n:04d}", "provider", org, boosts)
    for org, people in COMMISSIONERS:
        for _ in range(people):
            n += 1
            ballot(f"p{n:04d}", "commissioner", org)
    for org, people in USER_ORGANISATIONS:
        for _ in range(people):
            n += 1
            ballot(f"p{n:04d}", "user", org)
    for _ in range(PUBLIC):
        n += 1
        ballot(f"p{n:04d}", "public", "")
    n += 1
    ballot(f"p{n:04d}", "coordinator", "st-mesto")
    rng.shuffle(rows)  # survey tools export in arrival order

    out = Path(__file__).with_name("sample_ballots.csv")
    with out.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["id", "role", "organisation", "territory"] + ITEMS)
        w.writerows(rows)
    print(f"{out}: {len(rows)} ballots")


if __name__ == "__main__":
    main()
