lint --color never tests/cli/lint/corpus/S009_clause_not_allowed.pacta
