lint --color never tests/cli/lint/mistakes/missing_brace.pacta
