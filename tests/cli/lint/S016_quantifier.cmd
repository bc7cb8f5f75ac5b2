lint --color never tests/cli/lint/corpus/S016_quantifier.pacta
