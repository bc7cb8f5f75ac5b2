check --color never --rules tests/cli/check/data/rules --profiles tests/cli/check/data/profiles --as-of 2004-12-31 --format json -o tests/cli/inputs/no_such_directory/report.json
