lint --color never tests/cli/test/data/bad
