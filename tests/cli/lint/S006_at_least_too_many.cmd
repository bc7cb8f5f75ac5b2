lint --color never tests/cli/lint/corpus/S006_at_least_too_many.pacta
