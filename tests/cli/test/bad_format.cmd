test --format xml tests/cli/test/data/small
