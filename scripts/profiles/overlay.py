"""Hand-curated, sourced facts merged over the UNTC/UNODA tables.

Every fact here was read in the source named next to it (or is derived from
such a fact by a treaty rule, and then carries an `unverified` note saying so).
The generator (gen_profiles.py) applies these after building the entries from
the shared CSV files.

Per state, per instrument id, one of:
  {"op": "replace", "entry": {...}, "comments": [...]}
      the entry replaces whatever the UNTC/UNODA tables gave;
  {"op": "amend", "fields": {...}, "source": "...", "comments": [...]}
      fields added to the table-derived entry (e.g. reservations), source appended;
  {"op": "note", "comments": [...]}
      comment lines added above the table-derived entry (or, if the instrument
      has no entry, listed under "not recorded (unknown)").
Entry keys: signed, ratified, consent, known_until, reservations, source,
unverified (list of strings, each printed as a '# UNVERIFIED:' comment).
Dates are ISO strings.
"""

# ---------------------------------------------------------------- sources
TOKYO_ICAO = ("ICAO status list of the Tokyo Convention 1963 (copy at http://www.lawyersnjurists.com/convention/"
              "convention-on-offences-and-certain-other-acts-committed-on-board-aircraft-signed-at-tokyo-on-14-september-1963/)")
TOKYO_FI = ("ICAO data published in Finnish Treaty Series 1971/38 "
            "(https://finlex.fi/en/treaties/finnish-treaty-series/1971/38)")
TOKYO_NL_EIF = ("Dutch treaty database, Tokyo 1963 'Partijen en gegevens' (in-force date per party only): "
                "https://inview.nl/document/id5999ea94a0b6f34c3daf10fc40da19d3")
TOKYO_NL_1995 = "Tractatenblad 1995, 203 (https://zoek.officielebekendmakingen.nl/dossier/trb-1995-203.html)"
HAGUE_ICAO = ("ICAO status list of the Hague Convention 1970 (copy at https://docslib.org/doc/10924803; "
              "text partly garbled)")
HAGUE_NL_EIF = ("Dutch treaty database, Hague 1970 'Partijen en gegevens' (in-force date per party): "
                "https://inview.nl/document/id5a3100b06ec089189481c87a2a6d0c82")
MONT_NL = "Tractatenblad 2016, 55, Montreal 1971 party table (https://zoek.officielebekendmakingen.nl/trb-2016-55.html)"
MONT_ICAO = "ICAO status list of the Montreal Convention 1971 (copy at https://docslib.org/doc/4479598)"
SUA_NL05 = "Tractatenblad 2005, 182, SUA 1988 party table (https://zoek.officielebekendmakingen.nl/trb-2005-182.html)"
SUA_NL11 = "Tractatenblad 2011, 128, SUA 1988 party table (https://zoek.officielebekendmakingen.nl/trb-2011-128.html)"
SUA_NL_EIF = ("Dutch treaty database, SUA 1988 parties (in-force date per party): "
              "https://inview.nl/document/id9de7b4a8ceb8f76c789347d73945d9f0")
CPPNM_IAEA95 = ("IAEA INFCIRC/274/Rev.1/Add.5, CPPNM status list as of 1995-09-01 "
                "(http://iaea.org/Publications/Documents/Infcircs/Others/inf274r1a5.shtml)")
CPPNM_WIKI = ("Wikipedia (2024-01 mirror) 'Convention on Physical Protection of Nuclear Material', table of States "
              "declaring themselves not bound by art. 17(2) with deposit and withdrawal dates "
              "(https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/Convention_on_Physical_Protection_of_Nuclear_Material)")
CPPNM_WIKI_NOTE = ("confidence: low-medium (Wikipedia-derived table, column 'Accession date' = date of deposit; "
                   "type of instrument not given; not checked against the IAEA status list)")
BEIJING_WIKI = ("Wikipedia 'Beijing Convention' as of end Oct 2016 (mirrors http://www.wikimili.com/en/Beijing_Convention, "
                "https://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq.ipfs.dweb.link/wiki/Beijing_Convention.html)")
NL_BC_DECL = "https://verdragen.nl/en/Treaty/Details/012483_b (Dutch treaty database: Beijing Convention declarations)"
NL_BP_DECL = "https://treatydatabase.overheid.nl/en/Verdrag/Details/012486_b (Dutch treaty database: Beijing Protocol declarations)"
AACO_MP14 = "https://aaco.org/media-center/news/aeropolitical/montreal-protocol-2014-enters-into-force"
UNODC_ALL19 = ("https://unodc.org/unodc/en/terrorism/latest-news/"
               "2021_cuba-becomes-party-to-all-19-international-legal-instruments.html")

MP14_INITIAL = [
    f"MONTREAL_PROT_2014: listed by AACO ({AACO_MP14}) among the 22 States between which the",
    "  Protocol applied at its entry into force on 2020-01-01; under art. XVIII(1) (first day of the second",
    "  month after the 22nd deposit, made in November 2019) its deposit was on or before 2019-11-30.",
    "  Deposit date not found -> key omitted (unknown); the schema cannot express 'deposited by D'.",
]


def cppnm_wiki(date, withdrawn=None):
    res = {"article": "art. 17(2)", "made": date}
    if withdrawn:
        res["withdrawn"] = withdrawn
    return {"op": "replace",
            "entry": {"ratified": date, "reservations": [res],
                      "source": CPPNM_WIKI},
            "comments": [CPPNM_WIKI_NOTE,
                         "reservation = declaration not to be bound by art. 17(2) (dispute settlement), per the same table"]}


def eif_derived(days, article, eif, src):
    return (f"deposit date DERIVED: in force for the State on {eif} ({src}) minus {days} days "
            f"({article}); the deposit date itself was not read in a source")


OVERLAY = {
    # ------------------------------------------------------------------ AFRICA
    "CIV": {
        "MONTREAL_1971": {"op": "replace", "entry": {
            "ratified": "1973-01-09", "consent": "accession", "source": MONT_ICAO}},
        "CPPNM_1980": {"op": "replace", "entry": {"known_until": "1995-09-01", "source": CPPNM_IAEA95},
                       "comments": ["not in the IAEA status list as of 1995-09-01 (neither signature nor deposit)"]},
        "BEIJING_CONV_2010": {"op": "note", "comments": [
            f"BEIJING_CONV_2010: party by end Oct 2016 per {BEIJING_WIKI};",
            f"  declarations dated 2015-03-20 in {NL_BC_DECL}. Deposit date not read -> omitted (unknown)."]},
        "BEIJING_PROT_2010": {"op": "note", "comments": [
            f"BEIJING_PROT_2010: declarations dated 2015-03-20 in {NL_BP_DECL}.",
            "  Deposit date not read -> omitted (unknown)."]},
        "MONTREAL_PROT_2014": {"op": "note", "comments": MP14_INITIAL},
    },
    "EGY": {
        "CPPNM_1980": {"op": "replace", "entry": {"known_until": "1995-09-01", "source": CPPNM_IAEA95},
                       "comments": ["not in the IAEA status list as of 1995-09-01 (neither signature nor deposit)"]},
        "MONTREAL_PROT_2014": {"op": "note", "comments": MP14_INITIAL},
    },
    "MLI": {
        "SUA_1988": {"op": "replace", "entry": {
            "ratified": "2002-04-29", "consent": "accession", "source": SUA_NL05},
            "comments": ["in force for Mali 2002-07-28 per the same table"]},
        "BEIJING_CONV_2010": {"op": "note", "comments": [
            f"BEIJING_CONV_2010: party by end Oct 2016 per {BEIJING_WIKI} (low confidence);",
            "  deposit date not read -> omitted (unknown)."]},
    },
    "MOZ": {
        "SUA_1988": {"op": "replace", "entry": {
            "ratified": "2003-01-08", "consent": "accession", "source": SUA_NL05},
            "comments": ["in force for Mozambique 2003-04-08 per the same table"]},
        "CPPNM_1980": cppnm_wiki("2003-03-03"),
        "MONTREAL_PROT_2014": {"op": "note", "comments": MP14_INITIAL},
    },
    "NGA": {
        "TOKYO_1963": {"op": "replace", "entry": {
            "signed": "1965-06-29", "ratified": "1970-04-07", "source": TOKYO_FI},
            "comments": ["Finnish list gives signature and deposit of instrument; type not stated"]},
        "MONTREAL_PROT_2014": {"op": "replace", "entry": {
            "known_until": "2019-10-31",
            "source": "https://www.independent.ng/fg-deposits-aviation-law-instruments-of-ratification-with-icao/ ; "
                      "https://atwonline.com/safety/icao-s-disruptive-passenger-rules-take-effect-jan-1 ; " + AACO_MP14},
            "comments": [
                "Nigeria's instrument of ratification was the 22nd deposit and brought the Protocol into force on",
                "2020-01-01 (ICAO Secretary General, quoted by independent.ng and atwonline 2019-12-03).",
                "Under art. XVIII(1) (first day of the second month after the 22nd deposit) the deposit was made",
                "in November 2019; the day is NOT known. The schema needs a full date for `ratified`, so the",
                "entry records only the certain consequence: no deposit as of 2019-10-31 (unknown afterwards).",
                "The deposit itself (November 2019, ratification) cannot be expressed without a day."]},
    },
    "SOM": {
        "UNCAC": {"op": "replace", "entry": {
            "ratified": "2021-07-12", "consent": "accession",
            "source": "https://thecheernews.com/un-highlights-importance-of-accountable-institutions-during-international-anti-corruption-day/amp",
            "unverified": ["deposit date DERIVED: the source (UNSOM SRSG statement) says Somalia became a State Party "
                           "on 2021-08-11; minus 30 days (UNCAC art. 68(2)) = 2021-07-12. Accession type per the "
                           "shared research notes; UNTC entry not read"]},
            "comments": ["UNTC MTDSG XVIII-14 as of 2014-07-10: Somalia not a participant"]},
        "UNTOC": {"op": "note", "comments": [
            "Later: 'The Federal Government of Somalia has formally acceded to UNTOC' (https://allafrica.com/stories/202411250052.html,",
            "2024-11-25, signing ceremony in Mogadishu). UN deposit date NOT known -> entry stays as of the UNTC snapshot."]},
        "FINANCING_1999": {"op": "note", "comments": [
            "Later (low confidence): a Wikipedia-derived page written after 2024-01-31 lists Somalia among States that have",
            "not ratified (https://wikisum.wiki/wiki/International_Convention_for_the_Suppression_of_the_Financing_of_Terrorism);",
            "not used to extend known_until."]},
        "ILLICIT_TRAFFIC_1988": {"op": "note", "comments": [
            "Later (low confidence): a Wikipedia mirror lists Somalia among UN members not party as of June 2020",
            "(https://wiki.richxsearch.com/view_html.php?q=United_Nations_Convention_Against_Illicit_Traffic_in_Narcotic_Drugs_and_Psychotropic_Substances);",
            "not used to extend known_until."]},
    },
    "TCD": {
        "TOKYO_1963": {"op": "replace", "entry": {
            "ratified": "1970-06-30", "consent": "accession", "source": TOKYO_ICAO + " ; " + TOKYO_FI},
            "comments": ["ICAO list: deposit 1970-06-30, effective 1970-09-28, no signature; Finnish list marks it 'lk' (instrument of accession)"]},
        "MONTREAL_1971": {"op": "replace", "entry": {
            "signed": "1971-09-23", "ratified": "1972-07-12", "consent": "ratification", "source": MONT_ICAO}},
        "UNCAC": {"op": "replace", "entry": {
            "ratified": "2018-06-26", "consent": "accession",
            "source": "https://www.unodc.org/westandcentralafrica/en/2019-01-30-chad-workshop-on-the-convention.html ; "
                      "https://www.unodc.org/westandcentralafrica/en/2018-10-22-tchad-ratification-uncac.html"},
            "comments": ["UNODC: 'Chad acceded to the Convention on 26 June 2018'; UNTC XVIII-14 as of 2014-07-10: not a participant"]},
        "FINANCING_1999": {"op": "note", "comments": [
            "Later (low confidence): listed as not having ratified on a Wikipedia-derived page written after 2024-01-31",
            "(https://wikisum.wiki/wiki/International_Convention_for_the_Suppression_of_the_Financing_of_Terrorism); not used."]},
    },
    "ZAF": {
        "CPPNM_1980": {"op": "note", "comments": [
            f"CPPNM_1980: listed with an art. 17(2) declaration in {CPPNM_WIKI}, but the date is cut off in the",
            "  copy read -> omitted (unknown)."]},
    },
    # ------------------------------------------------------------ ASIA_PACIFIC
    "AFG": {
        "TOKYO_1963": {"op": "replace", "entry": {"ratified": "1977-04-15", "source": TOKYO_ICAO},
                       "comments": ["ICAO list: deposit 1977-04-15, effective 1977-07-14 (no signature listed; type not stated);",
                                    "in force 1977-07-14 also per " + TOKYO_NL_EIF]},
        "HAGUE_1970": {"op": "replace", "entry": {
            "signed": "1970-12-16", "ratified": "1979-08-29", "consent": "ratification", "source": HAGUE_ICAO},
            "comments": ["in force 1979-09-28 per " + HAGUE_NL_EIF + " (= deposit + 30 days, art. 13(4))"]},
        "MONTREAL_1971": {"op": "replace", "entry": {
            "ratified": "1984-09-26", "consent": "accession", "source": MONT_ICAO + " ; " + MONT_NL}},
        "SUA_1988": {"op": "replace", "entry": {
            "ratified": "2003-09-23", "consent": "accession", "source": SUA_NL05 + " ; " + SUA_NL11},
            "comments": ["in force 2003-12-22 per the same tables"]},
        "CPPNM_1980": {"op": "replace", "entry": {"known_until": "1995-09-01", "source": CPPNM_IAEA95},
                       "comments": ["not in the IAEA status list as of 1995-09-01 (neither signature nor deposit)"]},
        "UNTOC_TIP": {"op": "note", "comments": [
            "Later: the Permanent Mission of Afghanistan (Vienna) wrote in Nov 2015 of 'the accession last August' to the",
            "TIP Protocol (http://www.afghanistan-vienna.org/2015/11/25/). Month-only and ambiguous as to the year of",
            "deposit -> not used; entry stays as of the UNTC snapshot."]},
    },
    "BGD": {
        "TOKYO_1963": {"op": "replace", "entry": {"ratified": "1978-07-25", "source": TOKYO_ICAO},
                       "comments": ["ICAO list: deposit 1978-07-25, effective 1978-10-23 (type not stated);",
                                    "in force 1978-10-23 also per " + TOKYO_NL_EIF]},
        "HAGUE_1970": {"op": "replace", "entry": {
            "ratified": "1978-06-28", "consent": "accession", "source": HAGUE_ICAO + " ; " + HAGUE_NL_EIF},
            "comments": ["ICAO copy: '- 28 June 1978 (a)' in the row between Bahrain and Barbados (name lost in the copy);",
                         "Dutch database: in force for Bangladesh 1978-07-28 (= +30 days, art. 13(4)), consistent"]},
        "MONTREAL_1971": {"op": "replace", "entry": {
            "ratified": "1978-06-28", "consent": "accession", "source": MONT_ICAO + " ; " + MONT_NL}},
        "SUA_1988": {"op": "replace", "entry": {
            "ratified": "2005-06-09", "source": SUA_NL_EIF,
            "unverified": [eif_derived(90, "SUA art. 18(2)", "2005-09-07", "Dutch treaty database")]}},
        "CPPNM_1980": {"op": "replace", "entry": {"known_until": "1995-09-01", "source": CPPNM_IAEA95},
                       "comments": ["not in the IAEA status list as of 1995-09-01 (neither signature nor deposit)"]},
        "UNCAC": {"op": "amend", "fields": {"reservations": ["art. 66(2)"]},
                  "source": "https://treaties.un.org/pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-14&chapter=18&clang=_en (declarations and reservations)",
                  "comments": ["UNTC: 'Pursuant to Article 66, paragraph 3 of the Convention, People's Republic of Bangladesh does not",
                               "consider itself bound by the provisions of Article 66, paragraph 2' (made upon accession, per the UNTC note",
                               "that declarations/reservations were made upon deposit unless otherwise indicated)"]},
        "UNTOC_TIP": {"op": "replace", "entry": {
            "ratified_by": "2020-07-30", "known_until": "2019-09-15", "consent": "accession",
            "source": "UNTC MTDSG XVIII-12-a as of 2014-01-27 (github:zmjones/untreaties@003ce13): not a participant ; "
                      "http://www.newagebd.net/article/84700/us-encourages-bangladesh-to-accede-to-palermo-protocol (2019-09-16) ; "
                      "https://www.observerbd.com/news.php?id=268008 (2020-07-30, quoting the US TIP report 2020) ; "
                      "https://news.trust.org/item/20190904153724-4juav/ (2019-09-04)"},
            "comments": [
                "Not a participant in the UNTC table of 2014-01-27; the Protocol closed for signature in December 2002, so no",
                "signature. 2019-09-01 the Government announced it would accede (trust.org); 2019-09-15 the US embassy 'commended",
                "Bangladesh for its intention to accede' ('if Bangladesh accedes it would be the 174th country', newagebd): no",
                "deposit as of that date. The US TIP report 2020 (quoted by observerbd, 2020-07-30) lists 'acceding to the 2000 UN",
                "TIP Protocol' among Bangladesh's 2019 efforts: deposited on or before 2020-07-30 (day not sourced; the article",
                "date is used as the bound). Medium confidence: newspapers, not the depositary."]},
    },
    "IDN": {
        "CPPNM_1980": cppnm_wiki("1986-11-05"),
    },
    "IND": {
        "CPPNM_1980": cppnm_wiki("2002-03-12"),
    },
    "JPN": {
        "UNTOC": {"op": "replace", "entry": {
            "signed": "2000-12-12", "ratified": "2017-07-11",
            "source": "signature: UNTC MTDSG XVIII-12 as of 2014-01-27 (github:zmjones/untreaties@003ce13); deposit: "
                      "https://www.lexology.com/library/detail.aspx?g=5149f586-be38-49c8-b62d-9f7204bcfae8 ; "
                      "https://www.un.emb-japan.go.jp/itpr_en/saito100417.html",
            "unverified": ["type of instrument: lexology says 'ratified'; not read in the UNTC (consent left out)"]},
            "comments": ["lexology: 'On 11 July 2017, Japan ratified the UN Convention against Transnational Organised Crime'"]},
        "UNCAC": {"op": "replace", "entry": {
            "signed": "2003-12-09", "ratified": "2017-07-11", "consent": "acceptance",
            "source": "signature: UNTC MTDSG XVIII-14 as of 2014-07-10 (github:zmjones/untreaties@003ce13); deposit: "
                      "https://www.lexology.com/library/detail.aspx?g=5149f586-be38-49c8-b62d-9f7204bcfae8"},
            "comments": ["lexology: 'On the same day [2017-07-11], Japan also submitted to the UN an instrument of acceptance of the UNCAC'"]},
        "UNTOC_TIP": {"op": "note", "comments": [
            "Later: Japan's UN mission (statement of 2017-10-04, https://www.un.emb-japan.go.jp/itpr_en/saito100417.html):",
            "'this summer, Japan became a party to the UNTOC, its supplementary Protocols and UNCAC'. Neither the date nor",
            "which Protocols is stated -> not used; entry stays as of the UNTC snapshot (unknown after it)."]},
        "UNTOC_SOM": {"op": "note", "comments": [
            "Later: same 2017-10-04 statement of Japan's UN mission (see UNTOC_TIP); date not stated -> not used."]},
        "UNTOC_FIREARMS": {"op": "note", "comments": [
            "Participation after the snapshot not established in this research."]},
        "SUA_1988": {"op": "replace", "entry": {
            "ratified": "1998-04-24", "consent": "accession", "source": SUA_NL05},
            "comments": ["in force for Japan 1998-07-23 per the same table"]},
    },
    "KAZ": {
        "SUA_1988": {"op": "replace", "entry": {
            "ratified": "2003-11-24", "consent": "accession", "source": SUA_NL05},
            "comments": ["in force 2004-02-22 per the same table; national accession law No. 390 of 2003-02-27",
                         "(zakonpravo.kz) covers SUA 1988 and SUA PROT 1988"]},
        "SUA_PROT_1988": {"op": "note", "comments": [
            "SUA_PROT_1988: national accession law No. 390 of 2003-02-27 (zakonpravo.kz, together with SUA 1988);",
            "  IMO deposit date not read -> omitted (unknown)."]},
        "TOKYO_1963": {"op": "note", "comments": [
            "TOKYO_1963: national ratification law No. 198-VI of 2018-12-08 (Tokyo 1963 + Montreal Protocol 2014,",
            "  https://zakonpravo.kz/en/on-the-ratification-of-the-convention-on-crimes-and-certain-other-acts-committed-on-board-aircraft-and-the-protocol-amending-the-convention-on-crimes-and-certain-other-acts-committed-on-board-aircraft);",
            "  ICAO deposit date not read -> omitted (unknown)."]},
        "HAGUE_1970": {"op": "note", "comments": [
            "HAGUE_1970: national ratification law No. 199-VI of 2018-12-08 (Hague 1970 + Beijing Protocol 2010,",
            "  https://zakonpravo.kz/en/on-ratification-of-the-convention-for-the-suppression-of-unlawful-seizure-of-aircraft-and-the-protocol-supplementing-the-convention-for-the-suppression-of-unlawful-seizure-of-aircraft);",
            "  deposit date not read -> omitted (unknown)."]},
        "BEIJING_PROT_2010": {"op": "note", "comments": [
            "BEIJING_PROT_2010: national ratification law No. 199-VI of 2018-12-08 (see HAGUE_1970); deposit date not read."]},
        "MONTREAL_PROT_2014": {"op": "note", "comments": MP14_INITIAL + [
            "  National ratification law No. 198-VI of 2018-12-08 (see TOKYO_1963)."]},
    },
    "MMR": {
        "SUA_1988": {"op": "replace", "entry": {
            "ratified": "2003-09-19", "consent": "accession", "source": SUA_NL05},
            "comments": ["in force 2003-12-18 per the same table"]},
        "CPPNM_1980": cppnm_wiki("2016-12-06"),
    },
    "PAK": {
        "CPPNM_1980": cppnm_wiki("2000-09-12"),
        "UNTOC_TIP": {"op": "replace", "entry": {
            "known_until": "2022-10-29",
            "source": "UNTC MTDSG XVIII-12-a as of 2014-01-27 (github:zmjones/untreaties@003ce13) ; "
                      "https://www.thenews.com.pk/print/1004566-laws-protocols-and-trafficking (2022-10-29)"},
            "comments": ["not a participant in the UNTC table as of 2014-01-27; The News (2022-10-29): Pakistan 'has not yet",
                         "signed or ratified the Protocol' (medium confidence: newspaper, not the depositary)"]},
    },
    "PHL": {
        "TOKYO_1963": {"op": "replace", "entry": {
            "signed": "1963-09-14", "ratified": "1965-11-26", "source": TOKYO_FI},
            "comments": ["Finnish list gives signature and deposit of instrument; type not stated"]},
        "SUA_1988": {"op": "replace", "entry": {
            "signed": "1988-03-10", "ratified": "2004-01-06", "consent": "ratification", "source": SUA_NL05},
            "comments": ["in force 2004-04-05 per the same table"]},
    },
    # ---------------------------------------------------------- EASTERN_EUROPE
    "POL": {
        "TOKYO_1963": {"op": "replace", "entry": {
            "ratified": "1971-03-19", "consent": "accession", "source": TOKYO_FI},
            "comments": ["Finnish list: 'lk' (instrument of accession), marked as made with declarations/reservations (text not read)"]},
        "CPPNM_1980": cppnm_wiki("1983-10-05", withdrawn="1997-06-18"),
    },
    "RUS": {
        "TOKYO_1963": {"op": "replace", "entry": {
            "ratified": "1988-02-03", "consent": "accession", "source": TOKYO_NL_1995},
            "comments": ["accession deposited by the USSR ('de Sowjet Unie', footnotes 2 and 4 of the table: declarations, text",
                         "not read); the Russian Federation continues the USSR's participation"]},
        "CPPNM_1980": cppnm_wiki("1983-05-25", withdrawn="2007-07-22"),
    },
    "UKR": {
        "TOKYO_1963": {"op": "replace", "entry": {
            "ratified": "1988-02-29", "consent": "accession", "source": TOKYO_NL_1995},
            "comments": ["accession deposited by the Ukrainian SSR (footnotes 2 and 5 of the table: declarations, text not read)"]},
    },
    # --------------------------------------------------------------------- LAC
    "BRA": {
        "TOKYO_1963": {"op": "replace", "entry": {
            "signed": "1969-02-28", "ratified": "1970-01-14", "consent": "ratification", "source": TOKYO_ICAO},
            "comments": ["ICAO list: signature 1969-02-28, deposit 1970-01-14, effective 1970-04-14",
                         "(the Finnish list of 1971 shows only the signature; the ICAO list is preferred)"]},
        "HAGUE_1970": {"op": "replace", "entry": {
            "signed": "1970-12-16", "ratified": "1972-01-14", "consent": "ratification",
            "source": HAGUE_ICAO + " ; " + HAGUE_NL_EIF,
            "unverified": ["month and year of deposit DERIVED: the ICAO copy shows '16 December 1970 14' (month/year lost); "
                           "Dutch database: in force 1972-02-13 = deposit + 30 days (art. 13(4)) -> 1972-01-14, consistent with day 14"]}},
        "MONTREAL_1971": {"op": "replace", "entry": {
            "signed": "1971-09-23", "ratified": "1972-07-24", "consent": "ratification", "source": MONT_NL}},
        "CPPNM_1980": {"op": "replace", "entry": {
            "signed": "1981-05-15", "ratified": "1985-10-17", "consent": "ratification", "source": CPPNM_IAEA95}},
    },
    "COL": {
        "TOKYO_1963": {"op": "replace", "entry": {
            "ratified": "1973-07-06", "source": TOKYO_NL_EIF,
            "unverified": [eif_derived(90, "Tokyo art. 21(2)/22(2)", "1973-10-04", "Dutch treaty database"),
                           "signature not recorded: the 1971 Finnish list shows a date '8.11.1968' for Colombia (column unclear)"]}},
        "HAGUE_1970": {"op": "replace", "entry": {
            "signed": "1970-12-16", "ratified": "1973-07-03", "consent": "ratification",
            "source": HAGUE_ICAO + " ; " + HAGUE_NL_EIF,
            "unverified": ["month and year of deposit DERIVED: the ICAO copy shows '16 December 1970 3' (month/year lost); "
                           "Dutch database: in force 1973-08-02 = deposit + 30 days (art. 13(4)) -> 1973-07-03, consistent with day 3"]}},
        "MONTREAL_1971": {"op": "note", "comments": [
            "MONTREAL_1971: the ICAO copy reads 'Colombia 4 (a)' (accession, date garbled) -> omitted (unknown)."]},
        "CPPNM_1980": {"op": "replace", "entry": {"known_until": "1995-09-01", "source": CPPNM_IAEA95},
                       "comments": ["not in the IAEA status list as of 1995-09-01 (neither signature nor deposit)"]},
    },
    "CUB": {
        "TOKYO_1963": {"op": "replace", "entry": {
            "ratified": "2001-02-12", "source": TOKYO_NL_EIF,
            "unverified": [eif_derived(90, "Tokyo art. 22(2)", "2001-05-13", "Dutch treaty database")]}},
        "HAGUE_1970": {"op": "replace", "entry": {
            "ratified": "2001-11-27", "consent": "accession", "reservations": ["art. 12"],
            "source": HAGUE_ICAO + " ; " + HAGUE_NL_EIF + " ; " + NL_BP_DECL},
            "comments": ["ICAO copy: '(3) - 27 November 2001 (a)' in the row between Croatia and Cyprus (name lost in the copy);",
                         "Dutch database: in force for Cuba 2001-12-27 (= +30 days), consistent.",
                         "Reservation: Cuba's Beijing Protocol declaration 'repeats the reservation made on the 4th of October 2001",
                         "in relation to Article 12' of the Hague Convention (dispute settlement); recorded as made at deposit"]},
        "MONTREAL_1971": {"op": "replace", "entry": {
            "ratified": "2001-10-31", "consent": "accession", "source": MONT_ICAO}},
        "SUA_1988": {"op": "replace", "entry": {
            "ratified": "2001-11-20", "consent": "accession", "source": SUA_NL05 + " ; " + SUA_NL_EIF},
            "comments": ["in force 2002-02-18 per both"]},
        "CPPNM_1980": cppnm_wiki("1997-09-26"),
        "BEIJING_CONV_2010": {"op": "note", "comments": [
            f"BEIJING_CONV_2010: party by end Oct 2016 per {BEIJING_WIKI} (low confidence); deposit date not read."]},
        "BEIJING_PROT_2010": {"op": "note", "comments": [
            f"BEIJING_PROT_2010: Cuban declaration dated 2012-12-20 in {NL_BP_DECL};",
            "  deposit date not read -> omitted (unknown)."]},
    },
    "DOM": {
        "TOKYO_1963": {"op": "replace", "entry": {
            "ratified": "1970-12-03", "consent": "accession", "source": TOKYO_FI},
            "comments": ["Finnish list: 'Dominikaaninen Tasavalta 3.12.1970 lk' (instrument of accession)"]},
        "SUA_1988": {"op": "replace", "entry": {
            "ratified": "2008-07-03", "source": SUA_NL_EIF,
            "unverified": [eif_derived(90, "SUA art. 18(2)", "2008-10-01", "Dutch treaty database")]}},
        "CPPNM_1980": {"op": "replace", "entry": {
            "signed": "1980-03-03", "known_until": "1995-09-01", "source": CPPNM_IAEA95},
            "comments": ["IAEA list as of 1995-09-01: signature only"]},
        "BEIJING_CONV_2010": {"op": "note", "comments": [
            f"BEIJING_CONV_2010: party by end Oct 2016 per {BEIJING_WIKI} (low confidence); deposit date not read."]},
        "MONTREAL_PROT_2014": {"op": "note", "comments": MP14_INITIAL},
    },
    "MEX": {
        "TOKYO_1963": {"op": "replace", "entry": {
            "signed": "1968-12-24", "ratified": "1969-03-18", "source": TOKYO_FI},
            "comments": ["Finnish list gives signature and deposit of instrument; type not stated"]},
    },
    "PER": {
        "CPPNM_1980": cppnm_wiki("1995-01-11"),
    },
    # -------------------------------------------------------------------- WEOG
    "AUS": {
        "TOKYO_1963": {"op": "replace", "entry": {
            "ratified": "1970-06-22", "consent": "accession",
            "source": TOKYO_ICAO + " ; https://www.legislation.gov.au/Details/C1970A00017"},
            "comments": ["ICAO list: deposit 1970-06-22, effective 1970-09-20, no signature; Act No. 17 of 1970: 'desirable",
                         "that Australia accede to the Convention'"]},
        "HAGUE_1970": {"op": "replace", "entry": {
            "ratified": "1972-11-09", "source": HAGUE_NL_EIF + " ; " + HAGUE_ICAO,
            "unverified": [eif_derived(30, "Hague art. 13(4)", "1972-12-09", "Dutch treaty database") +
                           "; the garbled ICAO copy shows a deposit day 9",
                           "signature (if any) not recorded: the ICAO copy is garbled for Australia"]}},
        "MONTREAL_1971": {"op": "replace", "entry": {
            "signed": "1972-10-12", "ratified": "1973-07-12", "consent": "ratification", "source": MONT_NL},
            "comments": ["in force 1973-08-11 per the same table"]},
        "SUA_1988": {"op": "replace", "entry": {
            "ratified": "1993-02-19", "consent": "accession", "source": SUA_NL11},
            "comments": ["in force 1993-05-20 per the same table"]},
        "CPPNM_1980": {"op": "replace", "entry": {
            "signed": "1984-02-22", "ratified": "1987-09-22", "consent": "ratification", "source": CPPNM_IAEA95}},
    },
    "CAN": {
        "TOKYO_1963": {"op": "replace", "entry": {
            "signed": "1964-11-04", "ratified": "1969-11-07", "consent": "ratification",
            "source": TOKYO_ICAO + " ; " + TOKYO_FI},
            "comments": ["ICAO list: effective 1970-02-05"]},
        "HAGUE_1970": {"op": "replace", "entry": {
            "signed": "1970-12-16", "ratified": "1972-06-20", "consent": "ratification",
            "source": HAGUE_ICAO + " ; " + HAGUE_NL_EIF,
            "unverified": ["month and year of deposit DERIVED: the ICAO copy shows '16 December 1970 20' (month/year lost); "
                           "Dutch database: in force 1972-07-20 = deposit + 30 days (art. 13(4)) -> 1972-06-20, consistent with day 20"]}},
        "CPPNM_1980": {"op": "replace", "entry": {
            "signed": "1980-09-23", "ratified": "1986-03-21", "consent": "ratification", "source": CPPNM_IAEA95}},
    },
    "DEU": {
        "TOKYO_1963": {"op": "replace", "entry": {
            "signed": "1963-09-14", "ratified": "1969-12-16", "source": TOKYO_FI},
            "comments": ["Federal Republic of Germany; Finnish list gives signature and deposit of instrument; type not stated"]},
        "SUA_1988": {"op": "replace", "entry": {
            "ratified": "1990-11-06", "consent": "accession", "source": SUA_NL05},
            "comments": ["type 'T' (toetreding = accession) as listed; in force 1992-03-01 per the same table"]},
        "CPPNM_1980": {"op": "replace", "entry": {
            "signed": "1980-06-13", "ratified": "1991-09-06", "consent": "ratification", "source": CPPNM_IAEA95}},
        "UNCAC": {"op": "replace", "entry": {
            "signed": "2003-12-09", "ratified": "2014-11-12", "consent": "ratification",
            "source": "signature: UNTC MTDSG XVIII-14 as of 2014-07-10 (github:zmjones/untreaties@003ce13); deposit: "
                      "https://de.zxc.wiki/wiki/UN-Konvention_gegen_Korruption ; "
                      "https://www.transparency.de/aktuelles/detail/article/deutschland-hat-un-konvention-gegen-korruption-ratifiziert/"},
            "comments": ["de.wikipedia mirror: 'Germany: Ratification (November 12, 2014)'; Transparency International Germany,",
                         "press release of 2014-11-14, says the deposit was made 'today' (173rd party): 1-2 day discrepancy, the",
                         "earlier date is used"]},
    },
    "FRA": {
        "TOKYO_1963": {"op": "replace", "entry": {
            "signed": "1969-07-11", "ratified": "1970-09-11", "source": TOKYO_FI},
            "comments": ["Finnish list gives signature and deposit of instrument; type not stated"]},
        "CPPNM_1980": {"op": "replace", "entry": {
            "signed": "1980-06-13", "ratified": "1991-09-06", "consent": "approval",
            "reservations": ["art. 17(2)"], "source": CPPNM_IAEA95 + " ; " + CPPNM_WIKI},
            "comments": ["IAEA: 'approved', marked as made with reservations/declarations; Wikipedia table: declaration not to",
                         "be bound by art. 17(2) at deposit (1991-09-06), not withdrawn"]},
    },
    "NLD": {
        "TOKYO_1963": {"op": "replace", "entry": {
            "signed": "1967-06-09", "ratified": "1969-11-14", "source": TOKYO_FI},
            "comments": ["Finnish list: marked as made with declarations/reservations (text not read); type not stated"]},
        "SUA_1988": {"op": "replace", "entry": {
            "signed": "1989-01-23", "ratified": "1992-03-05", "consent": "ratification", "source": SUA_NL05},
            "comments": ["for the Netherlands (Europe); Aruba 2004-12-15; in force 1992-06-03 per the same table"]},
    },
    "TUR": {
        "BEIJING_CONV_2010": {"op": "replace", "entry": {
            "known_until": "2018-04-30",
            "source": "https://www.icao.int/Newsroom/Pages/Beijing-Convention-to-enter-into-force-on-1-July-2018.aspx"},
            "comments": [
                "ICAO: 'Pursuant to its recent ratification by the Government of Turkey ... will enter into force on 1 July'",
                "(2018); Turkey's was the 22nd instrument. Under art. 22(1) (first day of the second month after the 22nd",
                "deposit) the deposit was made in May 2018; the day is NOT known (ICAO ceremony 2018-06-14). The entry",
                "records only the certain consequence: no deposit as of 2018-04-30 (unknown afterwards)."]},
        "MONTREAL_PROT_2014": {"op": "note", "comments": MP14_INITIAL},
    },
}
