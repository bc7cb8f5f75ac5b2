test --format junit tests/cli/test/data/small
