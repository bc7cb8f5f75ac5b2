"""SUA 1988: Dutch Treaty Series (Tractatenblad) 2005, 182, party table (parties since
Trb. 1992, 75 and 1993, 29: an update list, not the full table), and Tractatenblad 2011, 128
(full table, rows read: Afghanistan to Australia). Type 'T' (toetreding) = accession; 'R'
(bekrachtiging, aanvaarding of goedkeuring) = ratification, acceptance or approval, so the
type is left out. Two-digit years as printed (88 = 1988; 90-99 = 1990s; 00-09 = 2000s)."""

LIST = {
    "instrument": "SUA_1988",
    "source": ("Tractatenblad 2005, 182, SUA 1988 party table (https://zoek.officielebekendmakingen.nl/trb-2005-182.html) ; "
               "Tractatenblad 2011, 128 (https://zoek.officielebekendmakingen.nl/trb-2011-128.html)"),
    "as_of": None,
    "rows": """
ALB - 2002-06-19 accession
DZA - 1998-02-11 accession
AND - 2006-07-17 accession
ATG - 2009-10-12 accession
ARG 1988-03-10 1993-08-17 -
ARM - 2005-06-08 accession
AZE - 2004-01-26 accession
BRB - 1994-05-06 accession
BLR - 2002-12-04 accession
BOL - 2002-02-13 accession
BIH - 2003-07-28 accession
BWA - 2000-09-14 accession
BFA - 2004-01-15 accession
CRI 1988-03-10 2003-03-25 -
CYP - 2000-02-02 accession
DMA - 2001-08-31 accession
ECU - 2003-03-10 accession
SLV - 2000-12-07 accession
GNQ - 2004-01-15 accession
EST - 2002-02-15 accession
GMB - 1991-11-01 accession
GHA - 2002-11-01 accession
GRD - 2002-01-09 accession
GUY - 2003-01-02 accession
ISL - 2002-05-28 accession
IND - 1999-10-15 accession
YEM - 2000-06-30 accession
CPV - 2003-01-03 accession
KEN - 2002-01-21 accession
KWT - 2003-06-30 accession
LVA - 2002-12-04 accession
LBN - 1994-12-16 accession
LBY - 2002-08-08 accession
LIE - 2002-11-08 accession
LTU - 2003-01-30 accession
MLT - 2001-11-20 accession
MHL - 1994-11-29 accession
MEX - 1994-05-13 accession
FSM - 2003-02-10 accession
MCO - 2002-01-25 accession
UZB - 2000-09-25 accession
""",
}
