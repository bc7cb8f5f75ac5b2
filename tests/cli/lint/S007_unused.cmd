lint --color never tests/cli/lint/corpus/S007_unused.pacta
