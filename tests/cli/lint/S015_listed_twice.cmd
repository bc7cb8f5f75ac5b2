lint --color never tests/cli/lint/corpus/S015_listed_twice.pacta
