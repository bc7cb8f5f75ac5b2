timeline --color never --rules tests/cli/check/data/rules --profiles tests/cli/check/data/profiles --state AAA --to 2030-06-30
