lint --color never tests/cli/lint/corpus/P007_bad_month_day.pacta
