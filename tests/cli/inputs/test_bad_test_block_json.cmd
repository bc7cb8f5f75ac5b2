test --color never tests/cli/lint/mistakes/lower_case_expectation.pacta --format json
