explain --color never --rules tests/cli/check/data/organisation/rules --profiles tests/cli/check/data/organisation/profiles --as-of 2002-12-31 --state EU --obligation PARTY
