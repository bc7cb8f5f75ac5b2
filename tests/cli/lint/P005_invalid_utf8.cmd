lint --color never tests/cli/lint/corpus/P005_invalid_utf8.pacta
