explain --color never --rules rules --profiles fixtures/profiles --as-of 2014-12-31 --state EU --obligation TERRORISM_FIRST_12
