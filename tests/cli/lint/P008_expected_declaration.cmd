lint --color never tests/cli/lint/corpus/P008_expected_declaration.pacta
