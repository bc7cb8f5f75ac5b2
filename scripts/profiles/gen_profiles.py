#!/usr/bin/env python3
"""Generate member-state profiles (fixtures/profiles/<ISO3>.yaml) from the
shared treaty-status data and a hand-curated overlay of later sourced facts.

Standard library only.

Inputs (read-only, never copied into the project):
  <data>/participants_untc_2014-2015.csv      UNTC participant tables (zmjones/untreaties scrape)
  <data>/participants_icsant_unoda_2018-07.csv ICSANT participants as of 2018-07-10 (UNODA harvest)
  <data>/raw/unoda_ohnemax_2018/treatydata.json (only to see which UNODA country pages exist)
  scripts/profiles/states.py, scripts/profiles/sources/*.py (depositary lists), scripts/profiles/overlay.py

<data> defaults to the first existing of <repo>/../shared/data/treaties and
/work/shared/data/treaties; override with --data DIR.

Usage: python3 scripts/profiles/gen_profiles.py [--data DIR] [--out DIR]
"""

import argparse
import csv
import datetime as dt
import html
import json
import os
import sys

sys.dont_write_bytecode = True  # keep scripts/profiles free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

from states import STATES, ORGANISATIONS, GROUPS_SOURCE, GROUP_NOTES, ALL19, ALL19_SOURCE  # noqa: E402
from overlay import OVERLAY, CPPNM_WIKI  # noqa: E402
import importlib  # noqa: E402

# Depositary lists / treaty-series tables (scripts/profiles/sources/*.py), applied before the
# overlay: a list row fills an instrument that has no entry yet; the overlay wins over a list.
SOURCE_MODULES = ["tokyo_1963", "hague_1970", "montreal_1971", "sua_1988_trb", "cppnm_1980_iaea1995"]
# Complement statements ("N parties; the States not parties are: ..."), applied after the row lists and
# before the overlay (which wins; its dated entries are checked against them): they fill only
# instruments still without an entry, with a DERIVED `ratified_by` bound for
# the parties and `known_until` for the named non-parties (see each module's docstring).
COMPLEMENT_MODULES = ["hague_1970_wiki2013"]


def load_lists(isos):
    """instr -> {iso: (entry, comments)} from the source modules."""
    out = {}
    for m in SOURCE_MODULES:
        L = importlib.import_module("sources." + m).LIST
        instr = L["instrument"]
        rows = out.setdefault(instr, {})
        for line in L["rows"].strip().splitlines():
            iso, sig, dep, typ = line.split()
            if iso not in isos or iso in rows:
                sys.exit(f"gen_profiles: sources/{m}: unknown or duplicate state {iso}")
            e = {"source": L["source"]}
            if sig != "-":
                e["signed"] = sig
            e["ratified"] = dep
            if typ != "-":
                e["consent"] = typ
            res = L.get("reservations", {}).get(iso)
            if res:
                rv = {"article": "art. 17(2)", "made": res[0]}
                if res[1]:
                    rv["withdrawn"] = res[1]
                e["reservations"] = [rv]
                e["source"] += " ; " + CPPNM_WIKI
            rows[iso] = (e, [f"from the list in scripts/profiles/sources/{m}.py"])
        for line in L.get("signed_only", "").strip().splitlines():
            iso, sig = line.split()
            if iso not in isos or iso in rows:
                sys.exit(f"gen_profiles: sources/{m}: unknown or duplicate state {iso}")
            rows[iso] = ({"signed": sig, "known_until": L["signed_only_known_until"], "source": L["source"]},
                         [f"signatory only as of {L['signed_only_known_until']} (scripts/profiles/sources/{m}.py); later unknown"])
    return out


def load_complements(isos):
    """[(module, LIST)] for the complement statements, checked."""
    out = []
    for m in COMPLEMENT_MODULES:
        L = importlib.import_module("sources." + m).LIST
        if L.get("kind") != "complement":
            sys.exit(f"gen_profiles: sources/{m}: not a complement list")
        for key in ("nonparties", "nonparties_unknown"):
            for iso in L.get(key, "").split():
                if iso not in isos:
                    sys.exit(f"gen_profiles: sources/{m}: unknown state {iso}")
        for iso in L.get("scope_excludes", []):
            if iso not in isos:
                sys.exit(f"gen_profiles: sources/{m}: unknown state {iso}")
        out.append((m, L))
    return out


def fill_complements(iso, entries, complements):
    """Fill instruments without an entry (after the row lists, before the overlay) from the
    complement statements; States named in `skip` (conflicting sources) are left as they are."""
    for m, L in complements:
        instr = L["instrument"]
        if instr in entries or iso in L.get("scope_excludes", []) or iso in L.get("skip", {}):
            continue
        if iso in L.get("nonparties_unknown", "").split():
            continue
        if iso in L["nonparties"].split():
            entries[instr] = ({"known_until": L["nonparties_known_until"], "source": L["source"]},
                              [f"not a party as of {L['as_of']} (scripts/profiles/sources/{m}.py): no deposit "
                               f"(nor signature) up to {L['nonparties_known_until']}; later unknown"])
        else:
            b = L["parties_ratified_by"]
            entries[instr] = ({"ratified_by": b, "source": L["source"]},
                              [f"a party as of {L['as_of']} (scripts/profiles/sources/{m}.py): deposited on or "
                               f"before {b} (DERIVED bound; deposit day not read)"])


def check_complements(iso, entries, complements):
    """After the overlay: every dated entry must agree with the complement statements."""
    for m, L in complements:
        instr = L["instrument"]
        if iso in L.get("scope_excludes", []) or iso in L.get("skip", {}) or instr not in entries:
            continue
        if iso in L.get("nonparties_unknown", "").split():
            continue
        e = entries[instr][0]
        if iso in L["nonparties"].split():
            if "ratified" in e and e["ratified"] <= L["nonparties_known_until"]:
                sys.exit(f"gen_profiles: {iso} {instr}: deposit {e['ratified']} but a non-party in sources/{m}")
        else:
            if "ratified" in e and e["ratified"] > L["parties_ratified_by"]:
                sys.exit(f"gen_profiles: {iso} {instr}: deposit {e['ratified']} after the bound of sources/{m}")
            if "ratified" not in e and "ratified_by" not in e:
                sys.exit(f"gen_profiles: {iso} {instr}: no deposit recorded, but a party in sources/{m}")

# All instrument ids, in the order used in the profiles.
TERRORISM_19 = [
    "TOKYO_1963", "HAGUE_1970", "MONTREAL_1971", "IPP_1973", "HOSTAGES_1979", "CPPNM_1980",
    "AIRPORTS_1988", "SUA_1988", "SUA_PROT_1988", "MEX_1991", "BOMBINGS_1997", "FINANCING_1999",
    "ICSANT_2005", "CPPNM_AMEND_2005", "SUA_2005", "SUA_PROT_2005", "BEIJING_CONV_2010",
    "BEIJING_PROT_2010", "MONTREAL_PROT_2014",
]
CRIME_DRUGS = [
    "UNTOC", "UNTOC_TIP", "UNTOC_SOM", "UNTOC_FIREARMS", "UNCAC",
    "SINGLE_1961", "PROTOCOL_1972", "PSYCHOTROPIC_1971", "ILLICIT_TRAFFIC_1988",
]
ALL_INSTRUMENTS = TERRORISM_19 + CRIME_DRUGS
# The instruments whose final clauses admit regional economic integration organisations (declared
# `open_to_organisations` in rules/): UNTOC art. 36(2), TIP art. 16(2), SOM art. 21(2), Firearms
# art. 17(2), UNCAC art. 67(2), 1988 Convention arts. 26(c), 27. An organisation's profile lists
# only these; the others are settled by the rule set (it can never join them), not left unknown.
OPEN_TO_ORGANISATIONS = ["UNTOC", "UNTOC_TIP", "UNTOC_SOM", "UNTOC_FIREARMS", "UNCAC", "ILLICIT_TRAFFIC_1988"]

# UN-deposited instruments covered by the UNTC tables: id -> (MTDSG no., zmjones file)
UNTC = {
    "IPP_1973": ("XVIII-7", "18-7"),
    "HOSTAGES_1979": ("XVIII-5", "18-5"),
    "BOMBINGS_1997": ("XVIII-9", "18-9"),
    "FINANCING_1999": ("XVIII-11", "18-11"),
    "ICSANT_2005": ("XVIII-15", "18-15"),
    "UNTOC": ("XVIII-12", "18-12"),
    "UNTOC_TIP": ("XVIII-12-a", "18-12-a"),
    "UNTOC_SOM": ("XVIII-12-b", "18-12-b"),
    "UNTOC_FIREARMS": ("XVIII-12-c", "18-12-c"),
    "UNCAC": ("XVIII-14", "18-14"),
    "SINGLE_1961": ("VI-15", "6-15"),
    "PSYCHOTROPIC_1971": ("VI-16", "6-16"),
    "PROTOCOL_1972": ("VI-17", "6-17"),
    "ILLICIT_TRAFFIC_1988": ("VI-19", "6-19"),
}
ZMJ = "github:zmjones/untreaties@003ce1309cc2a27a5a3909f39b7e6634550bf173"
UNODA = "github:ohnemax/treatyratification@555020d324023db62da6fab4a798b803a985510a"
CONSENT = {
    "ratification": "ratification", "accession": "accession", "acceptance": "acceptance",
    "approval": "approval", "succession": "succession", "formal_confirmation": "confirmation",
}
UNCAC_GENERAL_EIF = dt.date(2005, 12, 14)   # UNCAC art. 68(1); shared catalog (legacarta.intracen.org)
# The Implementation Review Mechanism was established by CoSP resolution 3/1, adopted at the third
# session, "held in Doha, Qatar, from 9 to 13 November 2009" (UNODC page of the session's resolutions;
# report CAC/COSP/2009/15). The day of adoption was not read, so the last day of the session is used as
# the earliest date a State can be said to take part: a derived joining date is never earlier than it.
# (The Implementation Review Group first met 28 June - 2 July 2010: draft resolution of CoSP 4, 2011.)
IRM_START = dt.date(2009, 11, 13)
IRM_START_SOURCE = ("https://unodc.org/unodc/en/treaties/CAC/CAC-COSP-session3-resolutions.html "
                    "(third session, Doha, 9-13 November 2009, adopted resolution 3/1); "
                    "CAC/COSP/2009/15 (https://paperzz.com/doc/8083211)")
IRM_SOURCE = ("DERIVED, not read in a source: membership follows from UNCAC party status under CoSP resolution 3/1 "
              "(every State party takes part in the Implementation Review Mechanism); joined = the later of the "
              "date UNCAC entered into force for the State (deposit + 30 days, art. 68(2), not before 2005-12-14) "
              "and 2009-11-13, the last day of the session that established the Mechanism (" + IRM_START_SOURCE + ")")


def untc_source(instr, snap):
    mtdsg, f = UNTC[instr]
    return (f"UNTC MTDSG {mtdsg}, participant table as of {snap} "
            f"(scrape {ZMJ} treaties/{f}.csv)")


def find_data_dir(arg):
    cands = [arg] if arg else [os.path.join(os.path.dirname(REPO), "shared", "data", "treaties"),
                                "/work/shared/data/treaties"]
    for c in cands:
        if c and os.path.isfile(os.path.join(c, "participants_untc_2014-2015.csv")):
            return c
    sys.exit("gen_profiles: shared treaty data not found (tried: %s); use --data DIR" % ", ".join(cands))


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def load(data):
    untc = {}
    snaps = {}
    with open(os.path.join(data, "participants_untc_2014-2015.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            untc[(r["instrument_id"], r["participant"])] = r
            snaps.setdefault(r["instrument_id"], set()).add(r["snapshot_date"])
    for k, v in snaps.items():
        if len(v) != 1:
            sys.exit(f"gen_profiles: {k} has several snapshot dates {v}")
    snaps = {k: next(iter(v)) for k, v in snaps.items()}
    icsant = {}
    with open(os.path.join(data, "participants_icsant_unoda_2018-07.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            icsant[html.unescape(r["participant"])] = r
    pages = set()
    raw = os.path.join(data, "raw", "unoda_ohnemax_2018", "treatydata.json")
    if os.path.isfile(raw):
        with open(raw, encoding="utf-8") as f:
            pages = {html.unescape(k) for k in json.load(f)}
    return untc, snaps, icsant, pages


def from_untc(untc, snaps, instr, name):
    """Entry from a UNTC table, or None if the table is not loaded."""
    snap = snaps[instr]
    r = untc.get((instr, name))
    e = {"source": untc_source(instr, snap)}
    comments = []
    if r is None:
        e["known_until"] = snap
        comments.append(f"not a participant in the UNTC table as of {snap}: no signature, no deposit; later unknown")
    else:
        if r["signature_date"]:
            e["signed"] = r["signature_date"]
        if r["consent_date"]:
            e["ratified"] = r["consent_date"]
            e["consent"] = CONSENT[r["consent_type"]]
        else:
            e["known_until"] = snap
            comments.append(f"signatory only in the UNTC table as of {snap}; later unknown")
    return e, comments


def build_icsant(untc, snaps, icsant, pages, name, unoda_name):
    """ICSANT: UNODA harvest as of 2018-07-10 where the country page exists, else UNTC 2014-07-10."""
    u_entry, u_comments = from_untc(untc, snaps, "ICSANT_2005", name)
    key = unoda_name or name
    r = icsant.get(key)
    if r is None and key not in pages:
        return u_entry, u_comments + ["no UNODA country page in the 2018 harvest; UNTC data used"]
    src = (f"UNODA Disarmament Treaties Database, ICSANT, country page as of 2018-07-10 (harvest {UNODA} "
           f"treatydata.json); UNTC MTDSG XVIII-15 as of {snaps['ICSANT_2005']} ({ZMJ} treaties/18-15.csv)")
    e = {"source": src}
    comments = []
    if r is None:
        e["known_until"] = "2018-07-10"
        comments.append("UNODA country page of 2018-07-10 lists no ICSANT action (no signature, no deposit); later unknown")
    else:
        if r["signature_date"]:
            e["signed"] = r["signature_date"]
        if r["consent_date"]:
            e["ratified"] = r["consent_date"]
            e["consent"] = CONSENT[r["consent_type"]]
        else:
            e["known_until"] = "2018-07-10"
            comments.append("signatory only as of 2018-07-10 (UNODA); later unknown")
    # consistency with UNTC (2014-07-10)
    for k in ("signed", "ratified", "consent"):
        if k in u_entry and u_entry.get(k) != e.get(k):
            comments.append(f"NOTE: UNTC 2014 gives {k}={u_entry[k]} but UNODA 2018 gives {e.get(k)}")
    if "ratified" in e and "ratified" not in u_entry:
        comments.append(f"deposit postdates the UNTC table of {snaps['ICSANT_2005']} (not a participant there)")
    return e, comments


def single_1961_extra(untc, instr, name, entry):
    """Comments linking VI-15/VI-17 with VI-18 (Single Convention as amended)."""
    r18 = untc.get(("SINGLE_1961_AS_AMENDED", name))
    if r18 is None:
        return [], entry
    comments = []
    if instr == "SINGLE_1961" and "ratified" not in entry and r18["raw_consent"]:
        # Accession to the Convention as amended only (UNTC VI-18, 3rd column): a deposit to the 1961 Convention.
        date = r18["consent_date"]
        ctype = CONSENT.get(r18["consent_type"], None)
        entry = {"ratified": date, "source": f"UNTC MTDSG VI-18 as of {r18['snapshot_date']} ({ZMJ} treaties/6-18.csv)"}
        if ctype:
            entry["consent"] = ctype
        comments.append("became party to the Single Convention as amended by the 1972 Protocol (UNTC VI-18, "
                        f"'{r18['raw_consent']}'); not listed in VI-15")
    if instr == "PROTOCOL_1972" and "ratified" not in entry and r18["raw_consent"]:
        comments.append(f"UNTC VI-18 lists a participation in the Single Convention as amended by '{r18['raw_consent']}'"
                        " (accession to the amended Convention, not a deposit under the 1972 Protocol)")
    return comments, entry


def add_days(d, n):
    return (dt.date.fromisoformat(d) + dt.timedelta(days=n)).isoformat()


def emit_entry(lines, instr, e, comments):
    for c in comments:
        lines.append(f"  # {c}")
    for u in e.get("unverified", []):
        lines.append(f"  # UNVERIFIED: {u}")
    lines.append(f"  {instr}:")
    for k in ("signed", "ratified", "ratified_by", "consent", "known_until"):
        if k in e:
            lines.append(f"    {k}: {e[k]}")
    if "reservations" in e:
        items = []
        for rv in e["reservations"]:
            if isinstance(rv, str):
                items.append(q(rv))
            else:
                parts = [f"article: {q(rv['article'])}"]
                for k in ("made", "withdrawn"):
                    if k in rv:
                        parts.append(f"{k}: {rv[k]}")
                items.append("{ " + ", ".join(parts) + " }")
        lines.append("    reservations: [" + ", ".join(items) + "]")
    lines.append(f"    source: {q(e['source'])}")


def build_state(iso, name, group, untc_name, unoda_name, untc, snaps, icsant, pages, lists, complements, conflicts,
                organisation=False):
    ov = OVERLAY.get(iso, {})
    entries = {}      # instr -> (entry, comments)
    instruments = OPEN_TO_ORGANISATIONS if organisation else ALL_INSTRUMENTS
    for instr in instruments:
        if instr == "ICSANT_2005":
            entries[instr] = build_icsant(untc, snaps, icsant, pages, untc_name, unoda_name)
        elif instr in UNTC:
            e, c = from_untc(untc, snaps, instr, untc_name)
            if instr in ("SINGLE_1961", "PROTOCOL_1972"):
                extra, e = single_1961_extra(untc, instr, untc_name, e)
                c = c + extra
            entries[instr] = (e, c)
    for instr, rows in lists.items():
        if iso in rows and instr not in entries and instr in instruments:
            e, c = rows[iso]
            entries[instr] = (dict(e), list(c))
    if not organisation:  # the complement statements are about States (UN Members, COK, NIU)
        fill_complements(iso, entries, complements)
    notes_unknown = []
    for instr, o in ov.items():
        if o["op"] == "replace" and iso in lists.get(instr, {}) and "ratified" in lists[instr][iso][0]:
            le, oe = lists[instr][iso][0], o["entry"]
            for k in ("signed", "ratified"):
                if le.get(k) != oe.get(k):
                    conflicts.append(f"{iso} {instr} {k}: list {le.get(k)} overlay {oe.get(k)}")
        if instr not in instruments:
            sys.exit(f"gen_profiles: overlay {iso}: unknown instrument {instr}")
        if o["op"] == "replace":
            old = entries.get(instr)
            c = list(o.get("comments", []))
            if old is not None and old[0].get("source", "").startswith("UNTC") and "UNTC" not in o["entry"]["source"]:
                c.append("replaces the UNTC table entry: " + old[0]["source"])
            entries[instr] = (dict(o["entry"]), c)
        elif o["op"] == "amend":
            # add fields (e.g. reservations) to the table-derived entry; its source is extended
            if instr not in entries:
                sys.exit(f"gen_profiles: overlay {iso} {instr}: amend without a table entry")
            e, c = entries[instr]
            e = dict(e)
            for k, v in o["fields"].items():
                e[k] = v
            e["source"] = e["source"] + " ; " + o["source"]
            entries[instr] = (e, c + list(o.get("comments", [])))
        elif o["op"] == "note":
            if instr in entries:
                e, c = entries[instr]
                entries[instr] = (e, c + list(o["comments"]))
            else:
                notes_unknown.extend(o["comments"])
        else:
            sys.exit(f"gen_profiles: overlay {iso} {instr}: bad op {o['op']}")

    if not organisation:
        check_complements(iso, entries, complements)
    if any(i not in instruments for i in entries):
        sys.exit(f"gen_profiles: {iso}: an entry for an instrument it cannot join")

    # UNODC's "party to all 19 in YEAR" bounds every deposit by YEAR-12-31 (UNODC counts
    # deposits): recorded as `ratified_by` where no deposit day is sourced.
    if iso in ALL19:
        bound = f"{ALL19[iso]}-12-31"
        for instr in TERRORISM_19:
            e, c = entries.get(instr, ({}, []))
            if "ratified" in e or e.get("ratified_by", "9999") <= bound:
                continue
            e = dict(e)
            e["ratified_by"] = bound
            e["source"] = " ; ".join(x for x in (e.get("source"), ALL19_SOURCE) if x)
            entries[instr] = (e, list(c) + [f"deposited on or before {bound}: UNODC, party to all 19 in {ALL19[iso]} (day not sourced)"])

    # validation of dates and field combinations
    for instr, (e, _) in entries.items():
        for k in ("signed", "ratified", "ratified_by", "known_until"):
            if k in e:
                dt.date.fromisoformat(e[k])
        if "consent" in e and e["consent"] not in CONSENT.values():
            sys.exit(f"gen_profiles: {iso} {instr}: bad consent {e['consent']}")
        if "signed" in e and "ratified" in e and e["signed"] > e["ratified"]:
            sys.exit(f"gen_profiles: {iso} {instr}: signed after ratified")
        if "ratified" in e and "known_until" in e:
            sys.exit(f"gen_profiles: {iso} {instr}: ratified together with known_until")

    missing = [i for i in instruments if i not in entries]
    all_sources = []
    for instr in instruments:
        if instr in entries:
            for s in entries[instr][0]["source"].split(" ; "):
                if s not in all_sources:
                    all_sources.append(s)

    L = []
    what = "regional economic integration organisation" if organisation else "member-state"
    L.append(f"# {iso}.yaml - {what} profile of {name} (schema: docs/PROFILES.md, v1).")
    L.append("#")
    L.append("# GENERATED FILE - do not edit by hand: edit scripts/profiles/overlay.py, sources/*.py or states.py and run")
    L.append("#   python3 scripts/profiles/gen_profiles.py")
    L.append("# Generated from the shared treaty-status data (shared/data/treaties, not copied into the project):")
    L.append("#   participants_untc_2014-2015.csv  - UN Treaty Collection (MTDSG) participant tables, scrape")
    L.append(f"#       {ZMJ};")
    L.append("#       as-of date per instrument: " + ", ".join(
        f"{i} {snaps[i]}" for i in instruments if i in UNTC and i != "ICSANT_2005"))
    if not organisation:
        L.append(f"#   participants_icsant_unoda_2018-07.csv - ICSANT participants as of 2018-07-10 (UNODA, {UNODA})")
    L.append("#   plus depositary-list rows (scripts/profiles/sources/*.py) and the hand-curated later/sourced")
    L.append("#   facts in scripts/profiles/overlay.py.")
    L.append("#")
    L.append("# Reading the entries: `known_until: D` = no signature/deposit beyond those listed as of D, unknown after D.")
    L.append("# An entry with `ratified` and no known_until asserts the deposit and (by the schema) no denunciation.")
    L.append("# Limitation: the sources used give no reservations/declarations except where listed, but the schema reads a")
    L.append("# listed instrument without `reservations` as 'no reservation' (see fixtures/profiles/README.md).")
    L.append("#")
    L.append("# Sources cited in this file:")
    for s in all_sources:
        L.append(f"#   - {s}")
    if not organisation:
        L.append(f"#   - groups: {GROUPS_SOURCE}")
    if not organisation and any(i == "UNCAC" and "ratified" in entries[i][0] for i in entries):
        L.append("#   - mechanisms: UNCAC CoSP resolution 3/1 (derived, see UNCAC_IRM)")
    L.append("")
    if organisation:
        L.append("# An organisation: only the instruments open to organisations are listed (OPEN_TO_ORGANISATIONS in")
        L.append("# scripts/profiles/gen_profiles.py; `open_to_organisations` in rules/); the rule set settles the others")
        L.append("# (an organisation can never join them). Its deposits do not count toward an entry into force.")
    L.append(f"state: {iso}")
    if organisation:
        L.append("kind: organisation")
    L.append(f"name: {q(name)}")
    gnote = GROUP_NOTES.get(iso)
    if gnote:
        L.append(f"# {gnote}")
    L.append(f"groups: [{group or ''}]")
    L.append("sources:")
    L.append(f"  - {q('UN Treaty Collection (MTDSG chapters VI and XVIII) via ' + ZMJ + ', as of 2014-01-27..2015-03-14 (per instrument)')}")
    if not organisation:
        L.append(f"  - {q('UNODA Disarmament Treaties Database (ICSANT) via ' + UNODA + ', as of 2018-07-10')}")
    if ov or not organisation:
        L.append(f"  - {q('later sourced events: see each entry (scripts/profiles/overlay.py)')}")
    if not organisation:
        L.append(f"  - {q('groups: ' + GROUPS_SOURCE)}")
    L.append("instruments:")
    for block, ids in (("19 universal legal instruments against terrorism", TERRORISM_19),
                       ("UNTOC and Protocols, UNCAC, drug control conventions", CRIME_DRUGS)):
        if not any(i in instruments for i in ids):
            L.append(f"  # ---- {block}: none is open to organisations (settled by the rule set) ----")
            continue
        L.append(f"  # ---- {block} ----")
        for instr in ids:
            if instr in entries:
                e, c = entries[instr]
                emit_entry(L, instr, e, c)
    L.append("  # ---- not recorded (no state-level data in the sources used) -> unknown ----")
    if missing:
        L.append("  # " + ", ".join(missing))
    else:
        L.append("  # (none)")
    for c in notes_unknown:
        L.append(f"  # {c}")
    if iso in ALL19:
        y = ALL19[iso]
        omitted19 = [i for i in TERRORISM_19 if "ratified" not in entries[i][0]]
        L.append(f"  # UNODC ({ALL19_SOURCE}):")
        L.append(f"  #   {name} became party to all 19 universal instruments against terrorism in {y}, i.e. (UNODC counts")
        L.append(f"  #   deposits) it had deposited consent to each of them on or before {y}-12-31. The instruments")
        L.append("  #   without a sourced deposit day carry `ratified_by` that bound:")
        L.append("  #   " + (", ".join(omitted19) or "(none)"))

    # mechanisms (derived from UNCAC party status)
    ue = entries.get("UNCAC", ({}, []))[0]
    if organisation:
        # The derivation from party status (CoSP res. 3/1) does not hold for the EU: it stayed out of the
        # Review Mechanism for years and was first reviewed in 2020-2023 (fixtures/profiles/README.md); no
        # joining day was read, and a mechanism entry cannot say "not joined up to D", so nothing is recorded.
        L.append("# mechanisms: UNCAC_IRM is NOT derived for the EU: it stayed out of the Review Mechanism for years")
        L.append("# (eucrim.eu, 'The European Union and the UN Convention against Corruption') and was first reviewed")
        L.append("# from 2020 on (COM(2020) 793 of 2020-12-14; European Commission news of 2023-11-17: country visit")
        L.append("# 13-14 Nov 2023, self-assessment Sept 2022); no joining day was read -> not recorded (unknown)")
        L.append("# reports, events: no data in the sources used -> not recorded (unknown)")
    elif "ratified" in ue:
        eif = max(dt.date.fromisoformat(add_days(ue["ratified"], 30)), UNCAC_GENERAL_EIF)
        d = max(eif, IRM_START).isoformat()
        src = IRM_SOURCE
        L.append("mechanisms:")
        if ue.get("unverified"):
            L.append("  # UNVERIFIED: rests on the UNCAC deposit date above, itself derived (see UNCAC)")
        L.append(f"  # DERIVED (not read in a source): membership follows from UNCAC party status (CoSP res. 3/1);")
        L.append(f"  # UNCAC in force for the State on {eif.isoformat()}; the Mechanism was established at CoSP 3 (Doha,")
        L.append("  # 9-13 Nov 2009), so `joined` is never earlier than 2009-11-13. Other mechanisms: no state-level")
        L.append("  # data -> not recorded.")
        L.append("  UNCAC_IRM:")
        L.append(f"    joined: {d}")
        L.append(f"    source: {q(src)}")
    else:
        L.append("# mechanisms, reports, events: no state-level data in the sources used -> not recorded (unknown)")
    if "ratified" in ue and not organisation:
        L.append("# reports, events: no state-level data in the sources used -> not recorded (unknown)")
    return "\n".join(L) + "\n", entries, missing


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", help="shared/data/treaties directory")
    ap.add_argument("--out", default=os.path.join(REPO, "fixtures", "profiles"))
    ap.add_argument("--stats", action="store_true", help="print fact counts")
    a = ap.parse_args()
    data = find_data_dir(a.data)
    untc, snaps, icsant, pages = load(data)
    names = {n for (_, n) in untc}
    os.makedirs(a.out, exist_ok=True)
    lists = load_lists({row[0] for row in STATES})
    complements = load_complements({row[0] for row in STATES})
    conflicts = []
    stats = {"states": 0, "organisations": 0, "entries": 0, "deposits": 0, "deposits_bounded": 0, "signatory_only": 0, "not_participant": 0,
             "unverified": 0, "irm": 0, "omitted": 0}
    parties = [(iso, name, group, untc_name, unoda_name, False) for iso, name, group, untc_name, unoda_name in STATES]
    parties += [(code, name, None, untc_name, None, True) for code, name, untc_name in ORGANISATIONS]
    for iso, name, group, untc_name, unoda_name, organisation in parties:
        if untc_name is not None and untc_name not in names:
            sys.exit(f"gen_profiles: {untc_name} not found in the UNTC tables")
        text, entries, missing = build_state(iso, name, group, untc_name, unoda_name, untc, snaps, icsant, pages,
                                            lists, complements, conflicts, organisation)
        with open(os.path.join(a.out, f"{iso}.yaml"), "w", encoding="utf-8") as f:
            f.write(text)
        stats["organisations" if organisation else "states"] += 1
        stats["entries"] += len(entries)
        stats["omitted"] += len(missing)
        for e, _ in entries.values():
            if "ratified" in e:
                stats["deposits"] += 1
            elif "ratified_by" in e:
                stats["deposits_bounded"] += 1
            elif "signed" in e:
                stats["signatory_only"] += 1
            else:
                stats["not_participant"] += 1
            if e.get("unverified"):
                stats["unverified"] += 1
        if not organisation and "ratified" in entries.get("UNCAC", ({}, []))[0]:
            stats["irm"] += 1
    if a.stats:
        for c in conflicts:
            print("list/overlay difference (overlay used):", c)
        for k, v in stats.items():
            print(f"{k}: {v}")
    print(f"gen_profiles: wrote {stats['states'] + stats['organisations']} profiles to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
