timeline --color never --rules tests/cli/check/data/rules --profiles tests/cli/check/data/profiles --state AAA --from 2010-02-30
