test --color never tests/cli/lint/corpus/S001_unknown_name.pacta --format json
