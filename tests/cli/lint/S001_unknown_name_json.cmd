lint --color never --format json tests/cli/lint/corpus/S001_unknown_name.pacta
