"""Hague Convention 1970: complement statement, Wikipedia article "Hague Hijacking Convention"
(revision stating "As of 2013, the convention has 185 state parties"), read in the IPFS mirror
https://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq.ipfs.dweb.link/wiki/Beijing_Protocol.html
(a redirect page that carries the Hague article; same text at https://wikimili.com/en/Hague_Hijacking_Convention,
names stripped there). It reads: "The convention has 185 state parties, which includes 183 UN members plus
the Cook Islands and Niue. The 10 UN member states that are not parties to the treaty are: Burundi, East
Timor, Eritrea, Kiribati, Federated States of Micronesia, San Marino, Solomon Islands, Somalia, South Sudan,
Tuvalu. Of these 10 states, the convention has been signed but not ratified by Burundi."

Not the depositary (UK, US, Russia) and no deposit dates: used only where no dated row exists (ICAO
list rows in hague_1970.py and the overlay win). Complete for the UN Member States, Cook Islands and
Niue (183 + 2 = 185 parties, the 10 others named); silent on the Holy See and Palestine (left as they are).

How it is recorded (DERIVED, never earlier than what it derives from):
- a party "as of 2013" deposited on or before the time of the statement, some day in 2013, so on or
  before 2013-12-31: `ratified_by: 2013-12-31` (no deposit day);
- a non-party "as of 2013" had not deposited (nor, except Burundi, signed) up to some day in 2013, so
  not up to 2013-01-01: `known_until: 2013-01-01`;
- Burundi signed on a day not legible in the copies read: left out (unknown).
A later revision (https://owiki.org/wiki/Beijing_Protocol, "As of 2025 ... 187 state parties, which
includes 185 UN members ... The 8 UN member states that are not parties", names stripped) says two of
the ten joined later; which two is not read.
Kazakhstan is skipped (see `skip`): its 2018 national law is titled as a ratification of this Convention.
Consistency with the depositary rows already recorded: every State with a dated Hague deposit in
hague_1970.py or the overlay is among the 185 parties, and none of the ten non-parties has one (checked
by the generator)."""

LIST = {
    "instrument": "HAGUE_1970",
    "kind": "complement",
    "source": ("Wikipedia 'Hague Hijacking Convention', state as of 2013 (185 parties = 183 UN members + Cook Islands "
               "+ Niue; the 10 other UN members named), IPFS mirror https://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq"
               ".ipfs.dweb.link/wiki/Beijing_Protocol.html and https://wikimili.com/en/Hague_Hijacking_Convention; "
               "not the depositary; DERIVED bound, see scripts/profiles/sources/hague_1970_wiki2013.py"),
    "as_of": "2013",
    # who the statement covers: every UN Member State, Cook Islands, Niue (not VAT, PSE)
    "scope_excludes": ["VAT", "PSE"],
    "parties_ratified_by": "2013-12-31",
    "nonparties_known_until": "2013-01-01",
    "nonparties": "TLS ERI KIR FSM SMR SLB SOM SSD TUV",
    "nonparties_unknown": "BDI",   # signed, date not read
    # conflicting sources: left as before (unknown, or the UNODC all-19 bound)
    "skip": {
        "KAZ": ("Kazakh Law No. 199-VI of 2018-12-08 is titled as ratifying the Hague Convention together with "
                "the Beijing Protocol (zakonpravo.kz, see overlay); whether Kazakhstan was a party before 2018 is "
                "not settled by a depositary source, so the 2013 statement is not applied"),
    },
}
