"""CPPNM 1980: IAEA INFCIRC/274/Rev.1/Add.5, status list as of 1 September 1995 (rows read:
Antigua and Barbuda to Hungary). Deposits (with signature where shown) only; the list is complete
as of 1995-09-01, but that date is long past, so absences are not recorded except for the States
the first generation of profiles already recorded. Succession: the date is the notification.
Reservations (declarations not to be bound by art. 17(2)) from the Wikipedia table the overlay
also uses (see overlay.CPPNM_WIKI)."""

LIST = {
    "instrument": "CPPNM_1980",
    "source": ("IAEA INFCIRC/274/Rev.1/Add.5, CPPNM status list as of 1995-09-01 "
               "(http://iaea.org/Publications/Documents/Infcircs/Others/inf274r1a5.shtml)"),
    "as_of": None,
    "rows": """
ATG - 1993-08-04 accession
ARG 1986-02-28 1989-04-06 ratification
ARM - 1993-08-24 accession
AUT 1980-03-03 1988-12-22 ratification
BLR - 1993-09-09 succession
BEL 1980-06-13 1991-09-06 ratification
BGR 1981-06-23 1984-04-10 ratification
CHL - 1994-04-27 accession
CHN - 1989-01-10 accession
HRV - 1992-09-29 succession
CZE - 1993-03-24 succession
DNK 1980-06-13 1991-09-06 ratification
EST - 1994-05-09 accession
FIN 1981-06-25 1989-09-22 acceptance
GRC 1980-03-03 1991-09-06 ratification
GTM 1980-03-12 1985-04-23 ratification
HUN 1980-06-17 1984-05-04 ratification
""",
    # art. 17(2) declarations: (made, withdrawn or None), Wikipedia table (overlay.CPPNM_WIKI)
    "reservations": {
        "ARG": ("1989-04-06", None), "BLR": ("1993-09-09", None), "BGR": ("1984-04-10", "1994-05-11"),
        "CHN": ("1989-01-10", None), "GTM": ("1985-04-23", None), "HUN": ("1984-05-04", "1989-11-30"),
    },
    "signed_only_known_until": "1995-09-01",
    "signed_only": """
ECU 1986-06-26
HTI 1980-04-09
""",
}
