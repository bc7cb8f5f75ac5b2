lint --color never tests/cli/lint/mistakes/missing_comma.pacta
