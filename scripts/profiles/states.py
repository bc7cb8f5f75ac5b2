"""The States (and other participants) for which profiles are generated.

Each row: ISO 3166-1 alpha-3 code, display name, UN regional group id (None: no
group), the participant name used in the UN Treaty Collection (UNTC) tables of
2014-2015 (None: the State is in none of them), and (if different) the name used
in the UNODA harvest of 2018.

Who is listed: the 193 Member States of the United Nations, the two non-member
observer States (Holy See, State of Palestine) and the two States in free
association with New Zealand that join treaties in their own name (Cook Islands,
Niue; both are UNTC participants). The European Union, a party to UNTOC, its
three Protocols, UNCAC and the 1988 Convention, is not a State: it is listed in
ORGANISATIONS below and gets a profile of `kind: organisation` under the code
`EU`, the ISO 3166-1 code element exceptionally reserved for it (docs/PROFILES.md,
Y009).

UN regional groups follow the UN Department for General Assembly and
Conference Management (DGACM) list "Regional groups of Member States"
(https://www.un.org/dgacm/en/content/regional-groups, read in the stored copy
http://fanyjok.com/dgacm/content/regional-groups, which uses the names Czechia,
Eswatini, North Macedonia and Türkiye, so dates from mid-2022 or later). That copy
shows the African, Asia-Pacific, Eastern European and Latin American and
Caribbean sections in full; its Western European and other States section is cut
off, so WEOG here is the Member States in none of the four other sections, less
the United States (see GROUP_NOTES). The UN Library note
https://ask.un.org/faq/14521 gives the special cases (Israel in WEOG; Türkiye in
both WEOG and Asia-Pacific, WEOG for elections; Kiribati in no group "as of 2010").
The DGACM list now names Kiribati in the Asia-Pacific section, so the profile
records ASIA_PACIFIC (see GROUP_NOTES).
"""

GROUPS_SOURCE = ("UN DGACM 'Regional groups of Member States' "
                 "(https://www.un.org/dgacm/en/content/regional-groups; stored copy "
                 "http://fanyjok.com/dgacm/content/regional-groups, 2022 or later); "
                 "https://ask.un.org/faq/14521")

# iso3, display name, group (None = none), UNTC participant name (None = in no table), UNODA name (None = same)
STATES = [
    # ---- AFRICA
    ("DZA", "Algeria", "AFRICA", "Algeria", None),
    ("AGO", "Angola", "AFRICA", "Angola", None),
    ("BEN", "Benin", "AFRICA", "Benin", None),
    ("BWA", "Botswana", "AFRICA", "Botswana", None),
    ("BFA", "Burkina Faso", "AFRICA", "Burkina Faso", None),
    ("BDI", "Burundi", "AFRICA", "Burundi", None),
    ("CPV", "Cabo Verde", "AFRICA", "Cabo Verde", "Cape Verde"),
    ("CMR", "Cameroon", "AFRICA", "Cameroon", None),
    ("CAF", "Central African Republic", "AFRICA", "Central African Republic", None),
    ("TCD", "Chad", "AFRICA", "Chad", None),
    ("COM", "Comoros", "AFRICA", "Comoros", None),
    ("COG", "Congo", "AFRICA", "Congo", None),
    ("CIV", "Côte d'Ivoire", "AFRICA", "Côte d'Ivoire", None),
    ("COD", "Democratic Republic of the Congo", "AFRICA", "Democratic Republic of the Congo", None),
    ("DJI", "Djibouti", "AFRICA", "Djibouti", None),
    ("EGY", "Egypt", "AFRICA", "Egypt", None),
    ("GNQ", "Equatorial Guinea", "AFRICA", "Equatorial Guinea", None),
    ("ERI", "Eritrea", "AFRICA", "Eritrea", None),
    ("SWZ", "Eswatini", "AFRICA", "Swaziland", None),
    ("ETH", "Ethiopia", "AFRICA", "Ethiopia", None),
    ("GAB", "Gabon", "AFRICA", "Gabon", None),
    ("GMB", "Gambia", "AFRICA", "Gambia", None),
    ("GHA", "Ghana", "AFRICA", "Ghana", None),
    ("GIN", "Guinea", "AFRICA", "Guinea", None),
    ("GNB", "Guinea-Bissau", "AFRICA", "Guinea-Bissau", None),
    ("KEN", "Kenya", "AFRICA", "Kenya", None),
    ("LSO", "Lesotho", "AFRICA", "Lesotho", None),
    ("LBR", "Liberia", "AFRICA", "Liberia", None),
    ("LBY", "Libya", "AFRICA", "Libya", None),
    ("MDG", "Madagascar", "AFRICA", "Madagascar", None),
    ("MWI", "Malawi", "AFRICA", "Malawi", None),
    ("MLI", "Mali", "AFRICA", "Mali", None),
    ("MRT", "Mauritania", "AFRICA", "Mauritania", None),
    ("MUS", "Mauritius", "AFRICA", "Mauritius", None),
    ("MAR", "Morocco", "AFRICA", "Morocco", None),
    ("MOZ", "Mozambique", "AFRICA", "Mozambique", None),
    ("NAM", "Namibia", "AFRICA", "Namibia", None),
    ("NER", "Niger", "AFRICA", "Niger", None),
    ("NGA", "Nigeria", "AFRICA", "Nigeria", None),
    ("RWA", "Rwanda", "AFRICA", "Rwanda", None),
    ("STP", "Sao Tome and Principe", "AFRICA", "Sao Tome and Principe", None),
    ("SEN", "Senegal", "AFRICA", "Senegal", None),
    ("SYC", "Seychelles", "AFRICA", "Seychelles", None),
    ("SLE", "Sierra Leone", "AFRICA", "Sierra Leone", None),
    ("SOM", "Somalia", "AFRICA", "Somalia", None),
    ("ZAF", "South Africa", "AFRICA", "South Africa", None),
    ("SSD", "South Sudan", "AFRICA", None, "South Sudan"),
    ("SDN", "Sudan", "AFRICA", "Sudan", None),
    ("TGO", "Togo", "AFRICA", "Togo", None),
    ("TUN", "Tunisia", "AFRICA", "Tunisia", None),
    ("UGA", "Uganda", "AFRICA", "Uganda", None),
    ("TZA", "United Republic of Tanzania", "AFRICA", "United Republic of Tanzania", None),
    ("ZMB", "Zambia", "AFRICA", "Zambia", None),
    ("ZWE", "Zimbabwe", "AFRICA", "Zimbabwe", None),
    # ---- ASIA_PACIFIC
    ("AFG", "Afghanistan", "ASIA_PACIFIC", "Afghanistan", None),
    ("BHR", "Bahrain", "ASIA_PACIFIC", "Bahrain", None),
    ("BGD", "Bangladesh", "ASIA_PACIFIC", "Bangladesh", None),
    ("BTN", "Bhutan", "ASIA_PACIFIC", "Bhutan", None),
    ("BRN", "Brunei Darussalam", "ASIA_PACIFIC", "Brunei Darussalam", None),
    ("KHM", "Cambodia", "ASIA_PACIFIC", "Cambodia", None),
    ("CHN", "China", "ASIA_PACIFIC", "China", None),
    ("CYP", "Cyprus", "ASIA_PACIFIC", "Cyprus", None),
    ("PRK", "Democratic People's Republic of Korea", "ASIA_PACIFIC", "Democratic People's Republic of Korea", None),
    ("FJI", "Fiji", "ASIA_PACIFIC", "Fiji", None),
    ("IND", "India", "ASIA_PACIFIC", "India", None),
    ("IDN", "Indonesia", "ASIA_PACIFIC", "Indonesia", None),
    ("IRN", "Iran (Islamic Republic of)", "ASIA_PACIFIC", "Iran (Islamic Republic of)", None),
    ("IRQ", "Iraq", "ASIA_PACIFIC", "Iraq", None),
    ("JPN", "Japan", "ASIA_PACIFIC", "Japan", None),
    ("JOR", "Jordan", "ASIA_PACIFIC", "Jordan", None),
    ("KAZ", "Kazakhstan", "ASIA_PACIFIC", "Kazakhstan", None),
    ("KIR", "Kiribati", "ASIA_PACIFIC", "Kiribati", None),
    ("KWT", "Kuwait", "ASIA_PACIFIC", "Kuwait", None),
    ("KGZ", "Kyrgyzstan", "ASIA_PACIFIC", "Kyrgyzstan", None),
    ("LAO", "Lao People's Democratic Republic", "ASIA_PACIFIC", "Lao People's Democratic Republic", None),
    ("LBN", "Lebanon", "ASIA_PACIFIC", "Lebanon", None),
    ("MYS", "Malaysia", "ASIA_PACIFIC", "Malaysia", None),
    ("MDV", "Maldives", "ASIA_PACIFIC", "Maldives", None),
    ("MHL", "Marshall Islands", "ASIA_PACIFIC", "Marshall Islands", None),
    ("FSM", "Micronesia (Federated States of)", "ASIA_PACIFIC", "Micronesia (Federated States of)", None),
    ("MNG", "Mongolia", "ASIA_PACIFIC", "Mongolia", None),
    ("MMR", "Myanmar", "ASIA_PACIFIC", "Myanmar", None),
    ("NRU", "Nauru", "ASIA_PACIFIC", "Nauru", None),
    ("NPL", "Nepal", "ASIA_PACIFIC", "Nepal", None),
    ("OMN", "Oman", "ASIA_PACIFIC", "Oman", None),
    ("PAK", "Pakistan", "ASIA_PACIFIC", "Pakistan", None),
    ("PLW", "Palau", "ASIA_PACIFIC", "Palau", None),
    ("PNG", "Papua New Guinea", "ASIA_PACIFIC", "Papua New Guinea", None),
    ("PHL", "Philippines", "ASIA_PACIFIC", "Philippines", None),
    ("QAT", "Qatar", "ASIA_PACIFIC", "Qatar", None),
    ("KOR", "Republic of Korea", "ASIA_PACIFIC", "Republic of Korea", None),
    ("WSM", "Samoa", "ASIA_PACIFIC", "Samoa", None),
    ("SAU", "Saudi Arabia", "ASIA_PACIFIC", "Saudi Arabia", None),
    ("SGP", "Singapore", "ASIA_PACIFIC", "Singapore", None),
    ("SLB", "Solomon Islands", "ASIA_PACIFIC", "Solomon Islands", None),
    ("LKA", "Sri Lanka", "ASIA_PACIFIC", "Sri Lanka", None),
    ("SYR", "Syrian Arab Republic", "ASIA_PACIFIC", "Syrian Arab Republic", None),
    ("TJK", "Tajikistan", "ASIA_PACIFIC", "Tajikistan", None),
    ("THA", "Thailand", "ASIA_PACIFIC", "Thailand", None),
    ("TLS", "Timor-Leste", "ASIA_PACIFIC", "Timor-Leste", None),
    ("TON", "Tonga", "ASIA_PACIFIC", "Tonga", None),
    ("TKM", "Turkmenistan", "ASIA_PACIFIC", "Turkmenistan", None),
    ("TUV", "Tuvalu", "ASIA_PACIFIC", None, "Tuvalu"),
    ("ARE", "United Arab Emirates", "ASIA_PACIFIC", "United Arab Emirates", None),
    ("UZB", "Uzbekistan", "ASIA_PACIFIC", "Uzbekistan", None),
    ("VUT", "Vanuatu", "ASIA_PACIFIC", "Vanuatu", None),
    ("VNM", "Viet Nam", "ASIA_PACIFIC", "Viet Nam", None),
    ("YEM", "Yemen", "ASIA_PACIFIC", "Yemen", None),
    # ---- EASTERN_EUROPE
    ("ALB", "Albania", "EASTERN_EUROPE", "Albania", None),
    ("ARM", "Armenia", "EASTERN_EUROPE", "Armenia", None),
    ("AZE", "Azerbaijan", "EASTERN_EUROPE", "Azerbaijan", None),
    ("BLR", "Belarus", "EASTERN_EUROPE", "Belarus", None),
    ("BIH", "Bosnia and Herzegovina", "EASTERN_EUROPE", "Bosnia and Herzegovina", None),
    ("BGR", "Bulgaria", "EASTERN_EUROPE", "Bulgaria", None),
    ("HRV", "Croatia", "EASTERN_EUROPE", "Croatia", None),
    ("CZE", "Czechia", "EASTERN_EUROPE", "Czech Republic", None),
    ("EST", "Estonia", "EASTERN_EUROPE", "Estonia", None),
    ("GEO", "Georgia", "EASTERN_EUROPE", "Georgia", None),
    ("HUN", "Hungary", "EASTERN_EUROPE", "Hungary", None),
    ("LVA", "Latvia", "EASTERN_EUROPE", "Latvia", None),
    ("LTU", "Lithuania", "EASTERN_EUROPE", "Lithuania", None),
    ("MNE", "Montenegro", "EASTERN_EUROPE", "Montenegro", None),
    ("MKD", "North Macedonia", "EASTERN_EUROPE", "The former Yugoslav Republic of Macedonia", None),
    ("POL", "Poland", "EASTERN_EUROPE", "Poland", None),
    ("MDA", "Republic of Moldova", "EASTERN_EUROPE", "Republic of Moldova", None),
    ("ROU", "Romania", "EASTERN_EUROPE", "Romania", None),
    ("RUS", "Russian Federation", "EASTERN_EUROPE", "Russian Federation", None),
    ("SRB", "Serbia", "EASTERN_EUROPE", "Serbia", None),
    ("SVK", "Slovakia", "EASTERN_EUROPE", "Slovakia", None),
    ("SVN", "Slovenia", "EASTERN_EUROPE", "Slovenia", None),
    ("UKR", "Ukraine", "EASTERN_EUROPE", "Ukraine", None),
    # ---- LAC
    ("ATG", "Antigua and Barbuda", "LAC", "Antigua and Barbuda", None),
    ("ARG", "Argentina", "LAC", "Argentina", None),
    ("BHS", "Bahamas", "LAC", "Bahamas", None),
    ("BRB", "Barbados", "LAC", "Barbados", None),
    ("BLZ", "Belize", "LAC", "Belize", None),
    ("BOL", "Bolivia (Plurinational State of)", "LAC", "Bolivia (Plurinational State of)", None),
    ("BRA", "Brazil", "LAC", "Brazil", None),
    ("CHL", "Chile", "LAC", "Chile", None),
    ("COL", "Colombia", "LAC", "Colombia", None),
    ("CRI", "Costa Rica", "LAC", "Costa Rica", None),
    ("CUB", "Cuba", "LAC", "Cuba", None),
    ("DMA", "Dominica", "LAC", "Dominica", None),
    ("DOM", "Dominican Republic", "LAC", "Dominican Republic", None),
    ("ECU", "Ecuador", "LAC", "Ecuador", None),
    ("SLV", "El Salvador", "LAC", "El Salvador", None),
    ("GRD", "Grenada", "LAC", "Grenada", None),
    ("GTM", "Guatemala", "LAC", "Guatemala", None),
    ("GUY", "Guyana", "LAC", "Guyana", None),
    ("HTI", "Haiti", "LAC", "Haiti", None),
    ("HND", "Honduras", "LAC", "Honduras", None),
    ("JAM", "Jamaica", "LAC", "Jamaica", None),
    ("MEX", "Mexico", "LAC", "Mexico", None),
    ("NIC", "Nicaragua", "LAC", "Nicaragua", None),
    ("PAN", "Panama", "LAC", "Panama", None),
    ("PRY", "Paraguay", "LAC", "Paraguay", None),
    ("PER", "Peru", "LAC", "Peru", None),
    ("KNA", "Saint Kitts and Nevis", "LAC", "St. Kitts and Nevis", "Saint Kitts and Nevis"),
    ("LCA", "Saint Lucia", "LAC", "St. Lucia", "Saint Lucia"),
    ("VCT", "Saint Vincent and the Grenadines", "LAC", "St. Vincent and the Grenadines", "Saint Vincent and the Grenadines"),
    ("SUR", "Suriname", "LAC", "Suriname", None),
    ("TTO", "Trinidad and Tobago", "LAC", "Trinidad and Tobago", None),
    ("URY", "Uruguay", "LAC", "Uruguay", None),
    ("VEN", "Venezuela (Bolivarian Republic of)", "LAC", "Venezuela (Bolivarian Republic of)", None),
    # ---- WEOG
    ("AND", "Andorra", "WEOG", "Andorra", None),
    ("AUS", "Australia", "WEOG", "Australia", None),
    ("AUT", "Austria", "WEOG", "Austria", None),
    ("BEL", "Belgium", "WEOG", "Belgium", None),
    ("CAN", "Canada", "WEOG", "Canada", None),
    ("DNK", "Denmark", "WEOG", "Denmark", None),
    ("FIN", "Finland", "WEOG", "Finland", None),
    ("FRA", "France", "WEOG", "France", None),
    ("DEU", "Germany", "WEOG", "Germany", None),
    ("GRC", "Greece", "WEOG", "Greece", None),
    ("ISL", "Iceland", "WEOG", "Iceland", None),
    ("IRL", "Ireland", "WEOG", "Ireland", None),
    ("ISR", "Israel", "WEOG", "Israel", None),
    ("ITA", "Italy", "WEOG", "Italy", None),
    ("LIE", "Liechtenstein", "WEOG", "Liechtenstein", None),
    ("LUX", "Luxembourg", "WEOG", "Luxembourg", None),
    ("MLT", "Malta", "WEOG", "Malta", None),
    ("MCO", "Monaco", "WEOG", "Monaco", None),
    ("NLD", "Netherlands", "WEOG", "Netherlands", None),
    ("NZL", "New Zealand", "WEOG", "New Zealand", None),
    ("NOR", "Norway", "WEOG", "Norway", None),
    ("PRT", "Portugal", "WEOG", "Portugal", None),
    ("SMR", "San Marino", "WEOG", "San Marino", None),
    ("ESP", "Spain", "WEOG", "Spain", None),
    ("SWE", "Sweden", "WEOG", "Sweden", None),
    ("CHE", "Switzerland", "WEOG", "Switzerland", None),
    ("TUR", "Türkiye", "WEOG", "Turkey", None),
    ("GBR", "United Kingdom of Great Britain and Northern Ireland", "WEOG", "United Kingdom of Great Britain and Northern Ireland", None),
    # ---- no UN regional group
    ("USA", "United States of America", None, "United States of America", None),
    ("VAT", "Holy See", None, "Holy See", None),
    ("PSE", "State of Palestine", None, "State of Palestine", None),
    ("COK", "Cook Islands", None, "Cook Islands", None),
    ("NIU", "Niue", None, "Niue", None),
]

# Regional economic integration organisations (profiles of `kind: organisation`): code (an
# ISO 3166-1 exceptionally reserved code element, model::organisation_codes), display name, UNTC
# participant name. No UN regional group: the groups are groups of States.
ORGANISATIONS = [
    ("EU", "European Union", "European Union"),
]

# Extra notes printed next to `groups:` in a profile.
GROUP_NOTES = {
    "TUR": "Turkiye participates fully in both WEOG and the Asia-Pacific Group; "
           "for electoral purposes it is a member of WEOG only (ask.un.org/faq/14521). "
           "`groups` is complete, so member(ASIA_PACIFIC) is false here.",
    "KIR": "The DGACM list names Kiribati in the Asia-Pacific section; the UN Library note "
           "(ask.un.org/faq/14521) says that 'as of 2010' Kiribati was in no regional group. "
           "The DGACM list is the later and primary source and is used.",
    "USA": "The United States of America is in no regional group; it 'attends meetings of the Western "
           "European and Others Group as an observer only' (copy of the encyclopedia article on UN regional "
           "groups, http://backtrackaudio.com/mxwtd/un-divides-the-world-into-10-regional-groupings; low "
           "confidence, the DGACM section was not visible). `groups` is empty, so member(WEOG) is false.",
    "VAT": "Not a UN Member State (non-member observer State): no UN regional group.",
    "PSE": "Not a UN Member State (non-member observer State): no UN regional group in the DGACM list.",
    "COK": "Not a UN Member State (State in free association with New Zealand): no UN regional group.",
    "NIU": "Not a UN Member State (State in free association with New Zealand): no UN regional group.",
    "EU": "Not a State but a regional economic integration organisation: no UN regional group.",
}

# The five States that UNODC names as the first to become party to all 19
# universal instruments against terrorism, with the year UNODC gives.
ALL19 = {"DOM": 2016, "CIV": 2017, "KAZ": 2019, "TUR": 2019, "CUB": 2020}
ALL19_SOURCE = ("https://unodc.org/unodc/en/terrorism/latest-news/"
                "2021_cuba-becomes-party-to-all-19-international-legal-instruments.html")

