check --color never --rules tests/cli/check/data/rules --profiles tests/cli/check/data/profiles --as-of 2021-02-30
