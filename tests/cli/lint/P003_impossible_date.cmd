lint --color never tests/cli/lint/corpus/P003_impossible_date.pacta
