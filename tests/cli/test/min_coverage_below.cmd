test --min-coverage 90 tests/cli/test/data/small
