test tests/cli/test/data/no_tests
