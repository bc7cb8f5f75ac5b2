test tests/cli/test/data/small
