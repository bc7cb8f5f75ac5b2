lint --color never tests/cli/lint/corpus/does_not_exist.pacta
