#!/usr/bin/env python3
"""Deterministic benchmark workload for Pacta: a rule set and N member-state profiles.

    python3 bench/generate.py build/bench-data                  # 20,000 profiles x 1,000 obligations
    python3 bench/generate.py --profiles 2000 --obligations 300 /tmp/small

Writes (and never touches anything outside OUT):

    OUT/rules/declarations.pacta   instruments (conventions and protocols), mechanisms,
                                   reports, groups and sets
    OUT/rules/obligations.pacta    M obligations, seven kinds in turn (below)
    OUT/profiles/part-NN/XXX.yaml  the profiles (docs/PROFILES.md), in shards
    OUT/manifest.json              the parameters, counts and byte totals

Obligation kinds, in turn (obligation i has kind i % 7, and its id says which):

    RAT     require ratified(I)                            [applies when member(G)]
    PARTY   applies when signed(I) | submitted(N)          require party(I)
    ALL     applies when member(G)                         require ratified(all of S)
    ATLEAST                                                require party(at least K of S)
    PARENT  applies when ratified(P)                       require ratified(PARENT(P))
    JOIN    applies when member(G)                         require joined(M) before DATE
    ANNUAL  applies when party(I)                          require submitted(R) every year due 06-30 since party(I)

State codes are three capital letters and unique per run (docs/PROFILES.md), so one run holds
at most 26^3 = 17,576 profiles: the profiles are split into shards (--shard-size, default
10,000) with codes unique within each shard. Check one shard per `pacta check` run.

--bound-deposits F writes a share F of the deposits as `ratified_by: YYYY-12-31` (a deposit
known only by a bound); the default, 0, leaves the output byte-identical to earlier versions.

Python 3 standard library only. The output depends only on the arguments (same seed, same
bytes).
"""

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sys

REGIONS = ["AFRICA", "ASIA_PACIFIC", "EEG", "GRULAC", "WEOG"]
OTHER_GROUPS = ["G20", "G77", "EU", "OECD", "AU", "ASEAN", "LAC", "SIDS", "LDC", "COMMONWEALTH", "OIC"]
CONSENTS = ["ratification", "ratification", "ratification", "accession", "accession", "acceptance", "approval",
            "succession"]
ARTICLES = ["art. 35(2)", "art. 66(2)", "art. 17(2)", "art. 20(2)", "art. 24(2)"]
AS_OF = dt.date(2025, 1, 1)
FIRST = dt.date(1960, 1, 1)
LAST = dt.date(2025, 12, 31)
MAX_CODES = 26 ** 3


def day(d):
    return d.isoformat()


def rand_date(rng, lo, hi):
    """A uniform date in [lo, hi] (datetime.date)."""
    if hi < lo:
        hi = lo
    return dt.date.fromordinal(rng.randint(lo.toordinal(), hi.toordinal()))


def add_days(d, n):
    return min(LAST, d + dt.timedelta(days=n))


def state_code(j):
    a, r = divmod(j, 26 * 26)
    b, c = divmod(r, 26)
    return chr(65 + a) + chr(65 + b) + chr(65 + c)


class World:
    """The declarations: who supplements whom, which report belongs to which instrument."""

    def __init__(self, rng, n_conventions, n_protocols, n_mechanisms, n_reports, n_notifications, n_sets):
        self.instruments = []  # dicts: id, adopted, in_force, rule, state_delay, parent
        n = n_conventions + n_protocols
        for k in range(n):
            iid = "I%03d" % (k + 1)
            adopted = rand_date(rng, dt.date(1960, 1, 1), dt.date(2015, 12, 31))
            inst = {"id": iid, "adopted": adopted, "parent": None, "in_force": None, "rule": None, "state_delay": None}
            if k >= n_conventions:
                parent = self.instruments[rng.randrange(n_conventions)]
                inst["parent"] = parent["id"]
                inst["adopted"] = adopted = rand_date(rng, parent["adopted"], dt.date(2018, 12, 31))
            style = rng.random()
            if style < 0.55:  # declared date, plus the rule it came from
                inst["in_force"] = add_days(adopted, rng.randint(200, 1800))
                inst["rule"] = (rng.choice([30, 60, 90]), rng.choice([20, 22, 30, 40]))
            elif style < 0.85:  # declared date only
                inst["in_force"] = add_days(adopted, rng.randint(100, 2500))
            else:  # rule only: computed from the loaded profiles' deposits
                inst["rule"] = (rng.choice([30, 90]), rng.choice([10, 22, 40]))
            if rng.random() < 0.6:
                inst["state_delay"] = rng.choice([30, 30, 90])
            self.instruments.append(inst)
        self.conventions = [i for i in self.instruments if i["parent"] is None]
        self.protocols = [i for i in self.instruments if i["parent"] is not None]
        self.by_id = {i["id"]: i for i in self.instruments}

        self.mechanisms = []
        for k in range(n_mechanisms):
            self.mechanisms.append({"id": "M%03d" % (k + 1), "started": rand_date(rng, dt.date(1990, 1, 1), dt.date(2020, 12, 31))})

        # Annual reports, each owed under one instrument (in turn over the instruments), and
        # one-off notifications.
        self.reports = []
        for k in range(n_reports):
            inst = self.instruments[(k * 7) % n]
            self.reports.append({"id": "R%03d" % (k + 1), "instrument": inst["id"]})
        self.notifications = ["N%03d" % (k + 1) for k in range(n_notifications)]

        self.groups = REGIONS + OTHER_GROUPS
        self.sets = []
        ids = [i["id"] for i in self.instruments]
        for k in range(n_sets):
            members = sorted(rng.sample(ids, rng.randint(3, 9)))
            self.sets.append({"id": "S%03d" % (k + 1), "members": members})


def write_declarations(world, path, seed):
    out = ["# GENERATED by bench/generate.py (seed %d): benchmark workload, do not edit or commit." % seed, ""]
    for inst in world.instruments:
        kind = "Protocol" if inst["parent"] else "Convention"
        out.append('instrument %s "Synthetic %s %s" {' % (inst["id"], kind, inst["id"]))
        if inst["parent"]:
            out.append("  supplements %s" % inst["parent"])
        out.append("  adopted %s" % day(inst["adopted"]))
        if inst["in_force"]:
            out.append("  in_force %s" % day(inst["in_force"]))
        if inst["rule"]:
            out.append("  in_force %d days after %d deposits" % inst["rule"])
        if inst["state_delay"]:
            out.append("  in_force_for_state %d days after deposit" % inst["state_delay"])
        out.append('  source "synthetic %s, art. %d"' % (inst["id"], 30 + int(inst["id"][1:]) % 20))
        out.append("}")
    out.append("")
    for m in world.mechanisms:
        out.append('mechanism %s "Synthetic review mechanism %s" { started %s }' % (m["id"], m["id"], day(m["started"])))
    out.append("")
    for r in world.reports:
        out.append('report %s "Annual report under %s"' % (r["id"], r["instrument"]))
    for n in world.notifications:
        out.append('report %s "One-off notification %s"' % (n, n))
    out.append("")
    for g in world.groups:
        out.append('group %s "%s"' % (g, g.replace("_", " ").title()))
    out.append("")
    for s in world.sets:
        out.append("set %s = { %s }" % (s["id"], ", ".join(s["members"])))
    out.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


KINDS = ["RAT", "PARTY", "ALL", "ATLEAST", "PARENT", "JOIN", "ANNUAL"]


def write_obligations(world, path, n_obligations, rng, seed):
    out = ["# GENERATED by bench/generate.py (seed %d): benchmark workload, do not edit or commit." % seed, ""]
    severities = ["error", "error", "warning", "info"]
    for i in range(n_obligations):
        kind = KINDS[i % len(KINDS)]
        oid = "OB_%s_%04d" % (kind, i + 1)
        inst = rng.choice(world.instruments)["id"]
        group = rng.choice(world.groups)
        body = []
        if kind == "RAT":
            title = "States ratify %s" % inst
            if rng.random() < 0.5:
                body.append("applies  when member(%s)" % group)
            body.append("require  ratified(%s)" % inst)
        elif kind == "PARTY":
            title = "Signatories become parties to %s" % inst
            if rng.random() < 0.75:
                body.append("applies  when signed(%s)" % inst)
            else:
                body.append("applies  when submitted(%s)" % rng.choice(world.notifications))
            body.append("require  party(%s)" % inst)
        elif kind == "ALL":
            s = rng.choice(world.sets)
            title = "Members of %s ratify all of %s" % (group, s["id"])
            body.append("applies  when member(%s)" % group)
            body.append("require  ratified(all of %s)" % s["id"])
        elif kind == "ATLEAST":
            s = rng.choice(world.sets)
            k = rng.randint(1, len(s["members"]))
            title = "Party to at least %d of %s" % (k, s["id"])
            body.append("require  party(at least %d of %s)" % (k, s["id"]))
        elif kind == "PARENT":
            p = world.protocols[(i // len(KINDS)) % len(world.protocols)]
            title = "Parties to %s have ratified %s" % (p["id"], p["parent"])
            body.append("applies  when ratified(%s)" % p["id"])
            body.append("require  ratified(%s)" % p["parent"])
        elif kind == "JOIN":
            m = rng.choice(world.mechanisms)["id"]
            date = rand_date(rng, dt.date(2000, 1, 1), dt.date(2025, 12, 31))
            title = "Members of %s join %s" % (group, m)
            body.append("applies  when member(%s)" % group)
            body.append("require  joined(%s) before %s" % (m, day(date)))
        else:  # ANNUAL
            r = world.reports[(i // len(KINDS)) % len(world.reports)]
            title = "Annual report %s" % r["id"]
            body.append("applies  when party(%s)" % r["instrument"])
            body.append("require  submitted(%s) every year due 06-30 since party(%s)" % (r["id"], r["instrument"]))
        out.append('obligation %s "%s" {' % (oid, title))
        out.append('  source   "synthetic, %s"' % oid)
        out.append("  severity %s" % severities[i % len(severities)])
        out.extend("  " + b for b in body)
        out.append("}")
        out.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


def profile_text(world, rng, code, number, seed, bound_share=0.0):
    """One profile, following docs/PROFILES.md: flow and block styles mixed, some gaps."""
    eagerness = rng.uniform(0.25, 0.95)
    lines = ["# Synthetic profile %d (bench/generate.py, seed %d)." % (number, seed),
             "state: %s" % code,
             'name: "Synthetic State %05d"' % number]
    groups = [rng.choice(REGIONS)] + sorted(rng.sample(OTHER_GROUPS, rng.randint(0, 3)))
    lines.append("groups: [%s]" % ", ".join(groups))
    lines.append('sources: ["synthetic data, bench/generate.py"]')
    complete = [s for s, p in (("instruments", 0.3), ("mechanisms", 0.5), ("reports", 0.4)) if rng.random() < p]
    if complete:
        lines.append("complete: [%s]" % ", ".join(complete))

    deposits = {}  # instrument id -> deposit date, for protocols and reports
    lines.append("instruments:")
    for inst in world.instruments:
        if rng.random() > 0.55:
            continue  # not listed: unknown (or no, when the section is complete)
        iid = inst["id"]
        parent_deposit = deposits.get(inst["parent"]) if inst["parent"] else None
        p_deposit = eagerness if not inst["parent"] else (eagerness if parent_deposit else 0.05)
        roll = rng.random()
        if roll < 0.08:
            lines.append("  %s: none" % iid)
            continue
        fields = []
        lo = max(inst["adopted"], parent_deposit or FIRST)
        signed = None
        if rng.random() < 0.7:
            signed = rand_date(rng, inst["adopted"], min(LAST, add_days(inst["adopted"], 800)))
            fields.append(("signed", day(signed)))
        if rng.random() < p_deposit:
            deposit = rand_date(rng, max(lo, signed or lo), dt.date(2024, 12, 31))
            if bound_share and rng.random() < bound_share:
                # Known only by a bound: "a party by the end of that year" (ratified_by).
                deposit = dt.date(deposit.year, 12, 31)
                deposits[iid] = deposit
                fields.append(("ratified_by", day(deposit)))
                continue_fields = False
            else:
                deposits[iid] = deposit
                fields.append(("ratified", day(deposit)))
                continue_fields = True
            fields.append(("consent", rng.choice(CONSENTS)))
            if continue_fields and rng.random() < 0.02 and deposit < dt.date(2020, 1, 1):
                fields.append(("denounced", day(rand_date(rng, add_days(deposit, 1), LAST))))
            if rng.random() < 0.06:
                fields.append(("reservations", '["%s"]' % rng.choice(ARTICLES)))
        elif rng.random() < 0.3:
            fields.append(("known_until", day(rand_date(rng, dt.date(2010, 1, 1), dt.date(2020, 12, 31)))))
        if not fields:
            lines.append("  %s: {}" % iid)
        elif rng.random() < 0.5:
            lines.append("  %s: { %s }" % (iid, ", ".join("%s: %s" % f for f in fields)))
        else:
            lines.append("  %s:" % iid)
            lines.extend("    %s: %s" % f for f in fields)
            if rng.random() < 0.3:
                lines.append('    source: "UNTC MTDSG synthetic table, as of %s"' % day(rand_date(rng, dt.date(2014, 1, 1), dt.date(2024, 12, 31))))

    lines.append("mechanisms:")
    for m in world.mechanisms:
        if rng.random() > 0.5:
            continue
        if rng.random() < 0.25:
            lines.append("  %s: none" % m["id"])
            continue
        joined = rand_date(rng, m["started"], dt.date(2025, 6, 30))
        if rng.random() < 0.05:
            lines.append("  %s: { joined: %s, left: %s }" % (m["id"], day(joined), day(rand_date(rng, joined, LAST))))
        else:
            lines.append("  %s: { joined: %s }" % (m["id"], day(joined)))

    lines.append("reports:")
    for r in world.reports:
        deposit = deposits.get(r["instrument"])
        if deposit is None or rng.random() < 0.3:
            continue
        # Periods from the year after the deposit (the in-force year, roughly) to 2023, due 06-30
        # of the next year: mostly on time, some late, some missing.
        diligence = rng.uniform(0.8, 1.0)
        subs = []
        for period in range(deposit.year + 1, 2024):
            roll = rng.random()
            if roll < diligence:
                submitted = rand_date(rng, dt.date(period + 1, 1, 15), dt.date(period + 1, 6, 30))
            elif roll < diligence + (1 - diligence) / 2:
                submitted = rand_date(rng, dt.date(period + 1, 7, 1), dt.date(period + 1, 12, 31))
            else:
                continue
            subs.append((period, submitted))
        if not subs:
            lines.append("  %s: []" % r["id"])
        elif rng.random() < 0.5:
            lines.append("  %s:" % r["id"])
            lines.extend("    - { period: %d, submitted: %s }" % (p, day(s)) for p, s in subs)
        else:
            lines.append("  %s:" % r["id"])
            for p, s in subs:
                lines.append("    - period: %d" % p)
                lines.append("      submitted: %s" % day(s))
    for n in world.notifications:
        if rng.random() < 0.3:
            lines.append("  %s: [ { submitted: %s } ]" % (n, day(rand_date(rng, dt.date(1995, 1, 1), dt.date(2024, 12, 31)))))
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", help="output directory (created; its rules/, profiles/ and manifest.json are replaced)")
    ap.add_argument("--profiles", type=int, default=20000)
    ap.add_argument("--obligations", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=20250101)
    ap.add_argument("--shard-size", type=int, default=10000, help="profiles per shard, at most 17576")
    ap.add_argument("--conventions", type=int, default=90)
    ap.add_argument("--protocols", type=int, default=30)
    ap.add_argument("--mechanisms", type=int, default=40)
    ap.add_argument("--reports", type=int, default=40)
    ap.add_argument("--notifications", type=int, default=10)
    ap.add_argument("--sets", type=int, default=60)
    ap.add_argument("--bound-deposits", type=float, default=0.0,
                    help="share of deposits written as 'ratified_by: YYYY-12-31' (a bound; default 0)")
    a = ap.parse_args()
    if not 1 <= a.shard_size <= MAX_CODES:
        sys.exit("generate.py: --shard-size must be 1..%d (state codes are three capital letters)" % MAX_CODES)
    if a.profiles < 1 or a.obligations < 1 or a.conventions < 1 or a.protocols < 1:
        sys.exit("generate.py: counts must be positive")

    rng = random.Random(a.seed)
    world = World(rng, a.conventions, a.protocols, a.mechanisms, a.reports, a.notifications, a.sets)

    rules_dir = os.path.join(a.out, "rules")
    profiles_dir = os.path.join(a.out, "profiles")
    for d in (rules_dir, profiles_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    write_declarations(world, os.path.join(rules_dir, "declarations.pacta"), a.seed)
    write_obligations(world, os.path.join(rules_dir, "obligations.pacta"), a.obligations, random.Random(a.seed + 1), a.seed)

    total_bytes = 0
    shards = []
    for i in range(a.profiles):
        shard, j = divmod(i, a.shard_size)
        if j == 0:
            shards.append("part-%02d" % (shard + 1))
            os.makedirs(os.path.join(profiles_dir, shards[-1]))
        code = state_code(j)
        text = profile_text(world, random.Random(a.seed * 1000003 + i), code, i + 1, a.seed, a.bound_deposits).encode("utf-8")
        total_bytes += len(text)
        with open(os.path.join(profiles_dir, shards[-1], code + ".yaml"), "wb") as f:
            f.write(text)

    manifest = {
        "generator": "bench/generate.py",
        "seed": a.seed,
        "profiles": a.profiles,
        "obligations": a.obligations,
        "instruments": len(world.instruments),
        "mechanisms": len(world.mechanisms),
        "reports": len(world.reports) + len(world.notifications),
        "groups": len(world.groups),
        "sets": len(world.sets),
        "shard_size": a.shard_size,
        "shards": shards,
        "profile_bytes": total_bytes,
        "bound_deposits": a.bound_deposits,
        "as_of": AS_OF.isoformat(),
    }
    with open(os.path.join(a.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    print("generate.py: %d profiles (%.1f MB, %d shard(s)) x %d obligations in %s"
          % (a.profiles, total_bytes / 1e6, len(shards), a.obligations, a.out))


if __name__ == "__main__":
    main()
