check --color never --rules tests/cli/lint/corpus/S001_unknown_name.pacta --profiles tests/cli/check/data/profiles --as-of 2004-12-31 --format junit
