lint --color never tests/cli/lint/corpus/S004_supplements_cycle.pacta
