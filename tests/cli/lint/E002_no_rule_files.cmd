lint --color never tests/cli/lint/corpus/E002_no_rule_files
