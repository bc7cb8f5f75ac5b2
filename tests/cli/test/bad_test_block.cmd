test tests/cli/test/data/bad
