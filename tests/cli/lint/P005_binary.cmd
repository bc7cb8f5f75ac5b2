lint --color never tests/cli/lint/corpus/P005_binary.pacta
