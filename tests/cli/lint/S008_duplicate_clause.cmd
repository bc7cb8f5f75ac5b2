lint --color never tests/cli/lint/corpus/S008_duplicate_clause.pacta
