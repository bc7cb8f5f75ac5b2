lint --color never tests/cli/lint/mistakes/at_least_without_number.pacta
