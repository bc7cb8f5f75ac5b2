lint --color never tests/cli/lint/corpus/S002_duplicate
