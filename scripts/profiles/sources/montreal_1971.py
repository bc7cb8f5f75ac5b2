"""Montreal Convention 1971: Tractatenblad 2016, 55 (full party table, based on the three
depositaries' lists; rows read: Afghanistan to Burundi; 'T' = accession, 'R' = ratification,
acceptance or approval, 'VG' = continued bond, i.e. succession), checked against the ICAO status
list copy (docslib.org/doc/4479598, "Status: 188 Parties", undated; rows read to the Democratic
People's Republic of Korea; '(a)' accession, '(s)' succession). The ICAO list marks no suffix for ratification, so those rows carry it. Rows where the two disagree or a
name or date is lost in the copy are left out: Bulgaria (Trb 1973-02-22, ICAO day 28), China and
Costa Rica (garbled in the ICAO copy), Colombia (date garbled)."""

LIST = {
    "instrument": "MONTREAL_1971",
    "source": ("Tractatenblad 2016, 55, Montreal 1971 party table (https://zoek.officielebekendmakingen.nl/trb-2016-55.html) ; "
               "ICAO status list of the Montreal Convention 1971 (copy at https://docslib.org/doc/4479598, 188 Parties, undated)"),
    "as_of": None,
    "rows": """
ALB - 1997-10-21 accession
DZA - 1995-10-06 accession
AND - 2006-05-22 accession
AGO - 1998-03-12 accession
ATG - 1985-07-22 accession
ARG 1971-09-23 1973-11-26 ratification
ARM - 2002-09-10 accession
AZE - 2000-03-15 accession
BHS - 1984-12-27 accession
BHR - 1984-02-20 accession
BRB 1971-09-23 1976-08-06 ratification
BLR 1971-09-23 1973-01-31 ratification
BEL 1971-09-23 1976-08-13 ratification
BLZ - 1998-06-10 accession
BEN - 2004-04-19 accession
BTN - 1988-12-28 accession
BOL - 1979-07-18 accession
BIH - 1994-08-15 succession
BWA 1972-10-12 1978-12-28 ratification
BRN - 1986-04-16 accession
BFA - 1987-10-19 accession
BDI - 1999-02-11 accession
CPV - 1977-10-20 accession
KHM - 1996-11-08 accession
CMR - 1973-07-11 accession
CAF - 1991-07-01 accession
CHL - 1974-02-28 accession
COM - 1991-08-01 accession
COG 1971-09-23 1987-03-19 ratification
COK - 2005-04-14 accession
HRV - 1993-06-08 succession
CYP 1972-11-28 1973-07-27 ratification
CZE - 1994-11-14 succession
PRK - 1980-08-13 accession
""",
}
