lint --color never tests/cli/lint/mistakes/misspelt_declaration_clause.pacta
