"""Hague Convention 1970: ICAO status list copy (docslib.org/doc/10924803, "Status: 185 Parties",
undated; text partly garbled: several names and month/year fields are lost). Rows read to the
Democratic Republic of the Congo; only rows whose name and full date are legible are used
('(a)' accession, '(s)' succession, no suffix ratification). Left out as garbled: Andorra,
Argentina, Barbados, Belarus, Belgium, Benin, Burundi, Cambodia, Chad, Chile, China, Colombia,
Costa Rica, Côte d'Ivoire (day lost), Austria."""

LIST = {
    "instrument": "HAGUE_1970",
    "source": "ICAO status list of the Hague Convention 1970 (copy at https://docslib.org/doc/10924803, 185 Parties, undated; text partly garbled)",
    "as_of": None,
    "rows": """
ALB - 1997-10-21 accession
DZA - 1995-10-06 accession
AGO - 1998-03-12 accession
ATG - 1985-07-22 accession
ARM - 2002-09-10 accession
AZE - 2000-03-03 accession
BHS - 1976-08-11 succession
BHR - 1984-02-20 accession
BLZ - 1998-06-10 accession
BTN - 1988-12-28 accession
BOL - 1979-07-18 accession
BIH - 1994-08-15 succession
BWA - 1978-12-28 accession
BRN - 1986-04-16 accession
BGR 1970-12-16 1971-05-19 ratification
BFA - 1987-10-19 accession
CPV - 1977-10-20 accession
CMR - 1988-04-14 accession
CAF - 1991-07-01 accession
COM - 1991-08-01 accession
COG - 1989-11-24 accession
COK - 2005-04-14 accession
HRV - 1993-06-08 succession
CYP - 1972-07-05 accession
CZE - 1994-11-14 succession
PRK - 1983-04-28 accession
COD - 1977-07-06 accession
""",
}
