lint --color never tests/cli/lint/corpus/P006_integer_too_large.pacta
