remedy --color never --rules tests/cli/check/data/rules --profiles tests/cli/check/data/profiles --as-of 2004-12-31 --state AAA
