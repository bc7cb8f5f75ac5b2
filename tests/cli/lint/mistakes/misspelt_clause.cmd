lint --color never tests/cli/lint/mistakes/misspelt_clause.pacta
