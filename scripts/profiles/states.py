"""The member states for which profiles are generated.

Each row: ISO 3166-1 alpha-3 code, display name, UN regional group id, the
participant name used in the UN Treaty Collection (UNTC) tables of 2014-2015,
and (if different) the name used in the UNODA harvest of 2018.

UN regional groups follow the UN Department for General Assembly and
Conference Management (DGACM) list "Regional groups of Member States"
(https://www.un.org/dgacm/en/content/regional-groups) and the UN Library note
https://ask.un.org/faq/14521 (Turkiye participates fully in both WEOG and the
Asia-Pacific Group but for electoral purposes is considered a member of WEOG
only; the profile records WEOG only, see the note in the generated file).
"""

GROUPS_SOURCE = ("UN DGACM 'Regional groups of Member States' "
                 "(https://www.un.org/dgacm/en/content/regional-groups); "
                 "https://ask.un.org/faq/14521")

# iso3, display name, group, UNTC participant name, UNODA name (None = same)
STATES = [
    ("AFG", "Afghanistan", "ASIA_PACIFIC", "Afghanistan", None),
    ("AUS", "Australia", "WEOG", "Australia", None),
    ("BGD", "Bangladesh", "ASIA_PACIFIC", "Bangladesh", None),
    ("BRA", "Brazil", "LAC", "Brazil", None),
    ("CAN", "Canada", "WEOG", "Canada", None),
    ("CIV", "Côte d'Ivoire", "AFRICA", "Côte d'Ivoire", None),
    ("COL", "Colombia", "LAC", "Colombia", None),
    ("CUB", "Cuba", "LAC", "Cuba", None),
    ("DEU", "Germany", "WEOG", "Germany", None),
    ("DOM", "Dominican Republic", "LAC", "Dominican Republic", None),
    ("EGY", "Egypt", "AFRICA", "Egypt", None),
    ("FRA", "France", "WEOG", "France", None),
    ("IDN", "Indonesia", "ASIA_PACIFIC", "Indonesia", None),
    ("IND", "India", "ASIA_PACIFIC", "India", None),
    ("IRQ", "Iraq", "ASIA_PACIFIC", "Iraq", None),
    ("JPN", "Japan", "ASIA_PACIFIC", "Japan", None),
    ("KAZ", "Kazakhstan", "ASIA_PACIFIC", "Kazakhstan", None),
    ("MEX", "Mexico", "LAC", "Mexico", None),
    ("MLI", "Mali", "AFRICA", "Mali", None),
    ("MMR", "Myanmar", "ASIA_PACIFIC", "Myanmar", None),
    ("MOZ", "Mozambique", "AFRICA", "Mozambique", None),
    ("NGA", "Nigeria", "AFRICA", "Nigeria", None),
    ("NLD", "Netherlands", "WEOG", "Netherlands", None),
    ("PAK", "Pakistan", "ASIA_PACIFIC", "Pakistan", None),
    ("PER", "Peru", "LAC", "Peru", None),
    ("PHL", "Philippines", "ASIA_PACIFIC", "Philippines", None),
    ("POL", "Poland", "EASTERN_EUROPE", "Poland", None),
    ("RUS", "Russian Federation", "EASTERN_EUROPE", "Russian Federation", None),
    ("SOM", "Somalia", "AFRICA", "Somalia", None),
    ("TCD", "Chad", "AFRICA", "Chad", None),
    ("TUR", "Türkiye", "WEOG", "Turkey", None),
    ("UKR", "Ukraine", "EASTERN_EUROPE", "Ukraine", None),
    ("VNM", "Viet Nam", "ASIA_PACIFIC", "Viet Nam", None),
    ("ZAF", "South Africa", "AFRICA", "South Africa", None),
]

# Extra notes printed next to `groups:` in a profile.
GROUP_NOTES = {
    "TUR": "Turkiye participates fully in both WEOG and the Asia-Pacific Group; "
           "for electoral purposes it is a member of WEOG only (ask.un.org/faq/14521). "
           "`groups` is complete, so member(ASIA_PACIFIC) is false here.",
}

# The five States that UNODC names as the first to become party to all 19
# universal instruments against terrorism, with the year UNODC gives.
ALL19 = {"DOM": 2016, "CIV": 2017, "KAZ": 2019, "TUR": 2019, "CUB": 2020}
ALL19_SOURCE = ("https://unodc.org/unodc/en/terrorism/latest-news/"
                "2021_cuba-becomes-party-to-all-19-international-legal-instruments.html")
