check --color never --rules tests/cli/check/data/rules --profiles tests/cli/check/data/profiles,tests/cli/inputs/no_such_dir --as-of 2004-12-31 --format sarif
