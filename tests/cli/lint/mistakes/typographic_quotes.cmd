lint --color never tests/cli/lint/mistakes/typographic_quotes.pacta
