lint --color never tests/cli/lint/corpus/P004_nesting_too_deep.pacta
