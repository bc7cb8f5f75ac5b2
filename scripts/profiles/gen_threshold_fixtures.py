#!/usr/bin/env python3
"""Generate the threshold entry-into-force fixtures (fixtures/threshold/<INSTRUMENT>/<ISO3>.yaml).

For each instrument below that enters into force "N days after the Nth deposit", write one
minimal, real profile per early depositor, read from the UN Treaty Collection participant
lists (snapshot 2014-2015): the first N+3 depositors in order of consent date (ties by
participant name), plus -- when none of those is one -- the first depositor whose own
in-force date (deposit + the later-party delay) falls after the general entry into force
computed from the Nth deposit, so that the tests can pin the "later party" rule too.

Each profile lists that one instrument only (state, name, sources, and the instrument's
signature, deposit, consent type and source). The tests (tests/fixtures/threshold_entry_into_force_test.cpp)
load a rule file with only the threshold rule (no declared `in_force DATE`) and check that
Pacta computes the real, sourced entry-into-force date from these deposits.

Standard library only; deterministic (same input, same bytes). Stale *.yaml files in an
instrument's folder are removed.

Input (read-only, not copied into the project):
  <data>/participants_untc_2014-2015.csv   UNTC (MTDSG) participant tables, scrape
                                           github:zmjones/untreaties@003ce1309cc2a27a5a3909f39b7e6634550bf173
<data> defaults to the first existing of <repo>/../shared/data/treaties and
/work/shared/data/treaties; override with --data DIR.

Usage: python3 scripts/profiles/gen_threshold_fixtures.py [--data DIR] [--out DIR]
"""

import argparse
import csv
import datetime as dt
import os
import sys

sys.dont_write_bytecode = True  # keep scripts/profiles free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

from states import STATES  # noqa: E402

CSV_NAME = "participants_untc_2014-2015.csv"

# The instruments, their threshold rule and the real, sourced entry into force (the expected
# value the tests pin; see the rule files in tests/fixtures/threshold/ for the articles).
#   id: (MTDSG no., N deposits, days after the Nth deposit, days after a later deposit,
#        real general entry into force, its source)
INSTRUMENTS = {
    "UNTOC": ("XVIII-12", 40, 90, 30, "2003-09-29",
              "UNTOC art. 38(1); UNIS/CP/439 (40th instrument deposited 2003-07-01)"),
    "UNCAC": ("XVIII-14", 30, 90, 30, "2005-12-14",
              "UNCAC art. 68(1); legacarta.intracen.org"),
    "ICSANT_2005": ("XVIII-15", 22, 30, 30, "2007-07-07",
                    "ICSANT art. 25(1); UNIS/SGSM/014 (2007-07-06)"),
    "BOMBINGS_1997": ("XVIII-9", 22, 30, 30, "2001-05-23",
                      "Terrorist Bombings Convention art. 22(1); oecd-nea.org"),
    "FINANCING_1999": ("XVIII-11", 22, 30, 30, "2002-04-10",
                       "Terrorist Financing Convention art. 26(1); UNTC chapter XVIII; legal.un.org AVL"),
    "HOSTAGES_1979": ("XVIII-5", 22, 30, 30, "1983-06-03",
                      "Hostages Convention art. 18(1); UNTS No. 21931"),
    "IPP_1973": ("XVIII-7", 22, 30, 30, "1977-02-20",
                 "IPP Convention art. 17(1); UNTC MTDSG XVIII-7; Czechoslovak decree 131/1978 Sb."),
}

# Known discrepancies between the snapshot and the real entry into force, written into the
# generated files and the README (the tests assert the computed, not the real, date).
DISCREPANCIES = {
    "IPP_1973": (
        "The snapshot does NOT reproduce the real entry into force (1977-02-20 = 30 days after a\n"
        "22nd deposit on 1977-01-21): the current participant list shows successor States with\n"
        "their later succession dates (Czech Republic 1993 d, Slovakia 1993 d, Serbia 2001 d, ...)\n"
        "instead of their predecessors' 1970s deposits. Czechoslovakia, for one, was bound from\n"
        "1977-02-20 itself (decree 131/1978 Sb.), so its deposit was among the first 22; the former\n"
        "Yugoslavia and the German Democratic Republic probably too (UNVERIFIED). Counting only the\n"
        "States listed today, the 22nd deposit is Malawi's (1977-03-14), and Pacta computes\n"
        "1977-04-13."
    ),
}

# UNTC participant name -> ISO 3166-1 alpha-3. Every participant of the CSV (all 15
# instruments) is listed, so a new fixture never meets an unmapped name. Checked against
# scripts/profiles/states.py at run time (same code for the same UNTC name).
#
# Not listed, on purpose: "European Union". It is not a State (its profile is
# fixtures/profiles/EU.yaml, `kind: organisation`, code EU), and its instrument does not count
# towards the threshold (Pacta leaves organisations' deposits out; tests/eval/organisations_test.cpp): a regional economic integration organization may become a
# party (UNTOC art. 36(2), UNCAC art. 67(2)), but "any instrument deposited by a regional
# economic integration organization shall not be counted as additional to those deposited by
# member States of such organization" (UNTOC art. 38(1), UNCAC art. 68(1)).
SKIPPED = {"European Union"}

ISO3 = {
    "Afghanistan": "AFG",
    "Albania": "ALB",
    "Algeria": "DZA",
    "Andorra": "AND",
    "Angola": "AGO",
    "Antigua and Barbuda": "ATG",
    "Argentina": "ARG",
    "Armenia": "ARM",
    "Australia": "AUS",
    "Austria": "AUT",
    "Azerbaijan": "AZE",
    "Bahamas": "BHS",
    "Bahrain": "BHR",
    "Bangladesh": "BGD",
    "Barbados": "BRB",
    "Belarus": "BLR",
    "Belgium": "BEL",
    "Belize": "BLZ",
    "Benin": "BEN",
    "Bhutan": "BTN",
    "Bolivia (Plurinational State of)": "BOL",
    "Bosnia and Herzegovina": "BIH",
    "Botswana": "BWA",
    "Brazil": "BRA",
    "Brunei Darussalam": "BRN",
    "Bulgaria": "BGR",
    "Burkina Faso": "BFA",
    "Burundi": "BDI",
    "Cabo Verde": "CPV",
    "Cambodia": "KHM",
    "Cameroon": "CMR",
    "Canada": "CAN",
    "Central African Republic": "CAF",
    "Chad": "TCD",
    "Chile": "CHL",
    "China": "CHN",
    "Colombia": "COL",
    "Comoros": "COM",
    "Congo": "COG",
    "Cook Islands": "COK",
    "Costa Rica": "CRI",
    "Croatia": "HRV",
    "Cuba": "CUB",
    "Cyprus": "CYP",
    "Czech Republic": "CZE",
    "Côte d'Ivoire": "CIV",
    "Democratic People's Republic of Korea": "PRK",
    "Democratic Republic of the Congo": "COD",
    "Denmark": "DNK",
    "Djibouti": "DJI",
    "Dominica": "DMA",
    "Dominican Republic": "DOM",
    "Ecuador": "ECU",
    "Egypt": "EGY",
    "El Salvador": "SLV",
    "Equatorial Guinea": "GNQ",
    "Eritrea": "ERI",
    "Estonia": "EST",
    "Ethiopia": "ETH",
    "Fiji": "FJI",
    "Finland": "FIN",
    "France": "FRA",
    "Gabon": "GAB",
    "Gambia": "GMB",
    "Georgia": "GEO",
    "Germany": "DEU",
    "Ghana": "GHA",
    "Greece": "GRC",
    "Grenada": "GRD",
    "Guatemala": "GTM",
    "Guinea": "GIN",
    "Guinea-Bissau": "GNB",
    "Guyana": "GUY",
    "Haiti": "HTI",
    "Holy See": "VAT",
    "Honduras": "HND",
    "Hungary": "HUN",
    "Iceland": "ISL",
    "India": "IND",
    "Indonesia": "IDN",
    "Iran (Islamic Republic of)": "IRN",
    "Iraq": "IRQ",
    "Ireland": "IRL",
    "Israel": "ISR",
    "Italy": "ITA",
    "Jamaica": "JAM",
    "Japan": "JPN",
    "Jordan": "JOR",
    "Kazakhstan": "KAZ",
    "Kenya": "KEN",
    "Kiribati": "KIR",
    "Kuwait": "KWT",
    "Kyrgyzstan": "KGZ",
    "Lao People's Democratic Republic": "LAO",
    "Latvia": "LVA",
    "Lebanon": "LBN",
    "Lesotho": "LSO",
    "Liberia": "LBR",
    "Libya": "LBY",
    "Liechtenstein": "LIE",
    "Lithuania": "LTU",
    "Luxembourg": "LUX",
    "Madagascar": "MDG",
    "Malawi": "MWI",
    "Malaysia": "MYS",
    "Maldives": "MDV",
    "Mali": "MLI",
    "Malta": "MLT",
    "Marshall Islands": "MHL",
    "Mauritania": "MRT",
    "Mauritius": "MUS",
    "Mexico": "MEX",
    "Micronesia (Federated States of)": "FSM",
    "Monaco": "MCO",
    "Mongolia": "MNG",
    "Montenegro": "MNE",
    "Morocco": "MAR",
    "Mozambique": "MOZ",
    "Myanmar": "MMR",
    "Namibia": "NAM",
    "Nauru": "NRU",
    "Nepal": "NPL",
    "Netherlands": "NLD",
    "New Zealand": "NZL",
    "Nicaragua": "NIC",
    "Niger": "NER",
    "Nigeria": "NGA",
    "Niue": "NIU",
    "Norway": "NOR",
    "Oman": "OMN",
    "Pakistan": "PAK",
    "Palau": "PLW",
    "Panama": "PAN",
    "Papua New Guinea": "PNG",
    "Paraguay": "PRY",
    "Peru": "PER",
    "Philippines": "PHL",
    "Poland": "POL",
    "Portugal": "PRT",
    "Qatar": "QAT",
    "Republic of Korea": "KOR",
    "Republic of Moldova": "MDA",
    "Romania": "ROU",
    "Russian Federation": "RUS",
    "Rwanda": "RWA",
    "Samoa": "WSM",
    "San Marino": "SMR",
    "Sao Tome and Principe": "STP",
    "Saudi Arabia": "SAU",
    "Senegal": "SEN",
    "Serbia": "SRB",
    "Seychelles": "SYC",
    "Sierra Leone": "SLE",
    "Singapore": "SGP",
    "Slovakia": "SVK",
    "Slovenia": "SVN",
    "Solomon Islands": "SLB",
    "Somalia": "SOM",
    "South Africa": "ZAF",
    "Spain": "ESP",
    "Sri Lanka": "LKA",
    "St. Kitts and Nevis": "KNA",
    "St. Lucia": "LCA",
    "St. Vincent and the Grenadines": "VCT",
    "State of Palestine": "PSE",
    "Sudan": "SDN",
    "Suriname": "SUR",
    "Swaziland": "SWZ",  # Eswatini since 2018; ISO 3166-1 alpha-3 unchanged
    "Sweden": "SWE",
    "Switzerland": "CHE",
    "Syrian Arab Republic": "SYR",
    "Tajikistan": "TJK",
    "Thailand": "THA",
    "The former Yugoslav Republic of Macedonia": "MKD",  # North Macedonia since 2019
    "Timor-Leste": "TLS",
    "Togo": "TGO",
    "Tonga": "TON",
    "Trinidad and Tobago": "TTO",
    "Tunisia": "TUN",
    "Turkey": "TUR",  # Türkiye since 2022
    "Turkmenistan": "TKM",
    "Uganda": "UGA",
    "Ukraine": "UKR",
    "United Arab Emirates": "ARE",
    "United Kingdom of Great Britain and Northern Ireland": "GBR",
    "United Republic of Tanzania": "TZA",
    "United States of America": "USA",
    "Uruguay": "URY",
    "Uzbekistan": "UZB",
    "Vanuatu": "VUT",
    "Venezuela (Bolivarian Republic of)": "VEN",
    "Viet Nam": "VNM",
    "Yemen": "YEM",
    "Zambia": "ZMB",
    "Zimbabwe": "ZWE",
}

# UNTC consent types (README of the data: a, A, AA, d, c) -> the profile schema's `consent`.
CONSENT = {
    "ratification": "ratification",
    "acceptance": "acceptance",
    "approval": "approval",
    "accession": "accession",
    "succession": "succession",
    "formal_confirmation": "confirmation",
}


def fail(msg):
    sys.exit("gen_threshold_fixtures: " + msg)


def check_codes():
    """Same UNTC name, same code as scripts/profiles/states.py; codes unique and well formed."""
    for iso3, _display, _group, untc, _unoda in STATES:
        if ISO3.get(untc) != iso3:
            fail("states.py maps %r to %s, this table to %s" % (untc, iso3, ISO3.get(untc)))
    seen = {}
    for name, code in ISO3.items():
        if len(code) != 3 or not code.isascii() or not code.isupper() or not code.isalpha():
            fail("bad ISO3 code %r for %r" % (code, name))
        if code in seen:
            fail("%s used for both %r and %r" % (code, seen[code], name))
        seen[code] = name


def display_names():
    """The display name of states.py where it has one (e.g. Türkiye), else the UNTC name."""
    return {untc: display for _iso3, display, _group, untc, _unoda in STATES}


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def day(iso):
    return dt.date.fromisoformat(iso)


def select(rows, n, delay, state_delay):
    """The first n+3 depositors (consent date, then name), plus the first later party."""
    deposits = [r for r in rows if r["consent_date"] and r["participant"] not in SKIPPED]
    for r in deposits:
        if r["participant"] not in ISO3:
            fail("no ISO3 code for UNTC participant %r" % r["participant"])
    deposits.sort(key=lambda r: (r["consent_date"], r["participant"]))
    if len(deposits) < n:
        fail("only %d deposits" % len(deposits))
    chosen = deposits[:n + 3]
    eif = day(deposits[n - 1]["consent_date"]) + dt.timedelta(days=delay)

    def own(r):
        return day(r["consent_date"]) + dt.timedelta(days=state_delay)

    if not any(own(r) > eif for r in chosen):
        later = next((r for r in deposits[n + 3:] if own(r) > eif), None)
        if later is not None:
            chosen.append(later)
    return deposits, chosen, eif


def profile_text(inst, meta, rank, row, n, eif, names):
    mtdsg, _n, _delay, _state_delay, real, _real_source = meta
    participant = row["participant"]
    iso3 = ISO3[participant]
    snapshot = row["snapshot_date"]
    scrape = row["source"].split(" (scrape of ")[0]  # github:zmjones/untreaties@<commit> treaties/<file>.csv
    table = "UNTC MTDSG %s, participant table as of %s (scrape %s)" % (mtdsg, snapshot, scrape)
    lines = [
        "# %s.yaml - %s: a threshold entry-into-force fixture (schema: docs/PROFILES.md, v1)." % (iso3, inst),
        "#",
        "# GENERATED FILE - do not edit by hand; run python3 scripts/profiles/gen_threshold_fixtures.py",
        "# Source: shared/data/treaties/%s (UN Treaty Collection, MTDSG %s, as of %s)," % (CSV_NAME, mtdsg, snapshot),
        "#   UNTC participant name: %s" % participant,
        "#   raw entry: signature %r, consent %r" % (row["raw_signature"], row["raw_consent"]),
        "# %s deposit in the snapshot (consent date, ties by name); entry into force needs %d." % (ordinal(rank), n),
    ]
    if rank > n + 3:
        own = day(row["consent_date"]) + dt.timedelta(days=meta[3])
        lines.append("# Not among the first %d: the first depositor bound after the general entry into force"
                     % (n + 3))
        lines.append("#   (deposit + %d days = %s, after %s), for the later-party rule." % (meta[3], own, eif))
    if rank == n:
        lines.append("# This is the %s deposit: general entry into force computed from it = %s (real: %s)."
                     % (ordinal(n), eif.isoformat(), real))
        if inst in DISCREPANCIES:
            lines += ["# KNOWN DISCREPANCY: " + l if i == 0 else "#   " + l
                      for i, l in enumerate(DISCREPANCIES[inst].split("\n"))]
    lines += [
        "# Only %s is listed: this folder is checked against tests/fixtures/threshold/%s.pacta." % (inst, inst),
        "",
        "state: %s" % iso3,
        "name: %s" % q(names.get(participant, participant)),
        "sources:",
        "  - %s" % q(table),
        "  - %s" % q("shared/data/treaties/%s (snapshot %s)" % (CSV_NAME, snapshot)),
        "instruments:",
        "  %s:" % inst,
    ]
    if row["signature_date"]:
        lines.append("    signed: %s" % row["signature_date"])
    consent = CONSENT.get(row["consent_type"])
    if consent is None:
        fail("%s %s: unexpected consent type %r" % (inst, participant, row["consent_type"]))
    lines += [
        "    ratified: %s" % row["consent_date"],
        "    consent: %s" % consent,
        "    source: %s" % q(table),
    ]
    return "\n".join(lines) + "\n"


def default_data():
    for d in (os.path.join(REPO, "..", "shared", "data", "treaties"), "/work/shared/data/treaties"):
        if os.path.isfile(os.path.join(d, CSV_NAME)):
            return os.path.normpath(d)
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=default_data(), help="shared/data/treaties directory")
    ap.add_argument("--out", default=os.path.join(REPO, "fixtures", "threshold"), help="output directory")
    args = ap.parse_args()
    if not args.data:
        fail("cannot find shared/data/treaties; pass --data DIR")
    check_codes()
    names = display_names()

    with open(os.path.join(args.data, CSV_NAME), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))

    for inst, meta in INSTRUMENTS.items():
        mtdsg, n, delay, state_delay, real, _real_source = meta
        inst_rows = [r for r in rows if r["instrument_id"] == inst]
        if not inst_rows or any(r["mtdsg_no"] != mtdsg for r in inst_rows):
            fail("%s: expected rows of MTDSG %s" % (inst, mtdsg))
        deposits, chosen, eif = select(inst_rows, n, delay, state_delay)
        rank_of = {id(r): i + 1 for i, r in enumerate(deposits)}

        folder = os.path.join(args.out, inst)
        os.makedirs(folder, exist_ok=True)
        for old in sorted(os.listdir(folder)):
            if old.endswith(".yaml"):
                os.remove(os.path.join(folder, old))
        for r in chosen:
            text = profile_text(inst, meta, rank_of[id(r)], r, n, eif, names)
            with open(os.path.join(folder, ISO3[r["participant"]] + ".yaml"), "w", encoding="utf-8", newline="\n") as out:
                out.write(text)

        nth = deposits[n - 1]
        verdict = "matches" if eif.isoformat() == real else "DIFFERS from"
        print("%-15s %2d profiles; %s deposit %s %s (%s) -> %s, %s the real %s"
              % (inst, len(chosen), ordinal(n), ISO3[nth["participant"]], nth["consent_date"],
                 nth["participant"], eif.isoformat(), verdict, real))
        if eif.isoformat() != real and inst not in DISCREPANCIES:
            fail("%s: computed %s, real %s, and no documented discrepancy" % (inst, eif, real))


if __name__ == "__main__":
    main()
