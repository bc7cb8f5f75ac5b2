explain --rules tests/cli/check/data/rules --profiles tests/cli/check/data/profiles --as-of 2020-01-15 --state AAA --obligation ALL_INSTRUMENTS --format json
