"""Tokyo Convention 1963: ICAO status list (copies at https://docslib.org/doc/2906494, "Status: 187
Parties", and http://www.lawyersnjurists.com/convention/convention-on-offences-and-certain-other-acts-committed-on-board-aircraft-signed-at-tokyo-on-14-september-1963/,
"Status: 185 Parties"; both undated, same rows). Rows read: Afghanistan to China. The list gives
signature, deposit of the instrument of "ratification, accession or succession" (type not marked)
and effective date; '-' = no signature. Bahamas and Bosnia and Herzegovina have effective dates
before their deposits (succession); the type is still left out."""

LIST = {
    "instrument": "TOKYO_1963",
    "source": ("ICAO status list of the Tokyo Convention 1963 (copies at https://docslib.org/doc/2906494, 187 Parties, and "
               "http://www.lawyersnjurists.com/convention/convention-on-offences-and-certain-other-acts-committed-on-board-aircraft-signed-at-tokyo-on-14-september-1963/, 185 Parties; undated)"),
    "as_of": None,
    "rows": """
ALB - 1997-12-01 -
DZA - 1995-10-12 -
AND - 2006-05-17 -
AGO - 1998-02-24 -
ATG - 1985-07-19 -
ARG - 1971-07-23 -
ARM - 2003-01-23 -
AUT - 1974-02-07 -
AZE - 2004-02-05 -
BHS - 1975-06-12 -
BHR - 1984-02-09 -
BRB 1969-06-25 1972-04-04 -
BLR - 1988-02-03 -
BEL 1968-12-20 1970-08-06 -
BLZ - 1998-05-19 -
BEN - 2004-03-30 -
BTN - 1989-01-25 -
BOL - 1979-07-05 -
BIH - 1995-03-07 -
BWA - 1979-01-16 -
BRN - 1986-05-23 -
BGR - 1989-09-28 -
BFA 1963-09-14 1969-06-06 -
BDI - 1971-07-14 -
CPV - 1989-10-04 -
KHM - 1996-10-22 -
CMR - 1988-03-24 -
CAF - 1991-06-11 -
CHL - 1974-01-24 -
CHN - 1978-11-14 -
""",
}
