lint --color never tests/cli/lint/corpus/S005_empty_set.pacta
