check --color never --rules tests/cli/lint/corpus/S001_unknown_name.pacta --profiles tests/cli/check/data/profiles
