test --coverage tests/cli/test/data/small
