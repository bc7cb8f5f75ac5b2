lint --color never tests/cli/lint/corpus/P001_expected_token.pacta
