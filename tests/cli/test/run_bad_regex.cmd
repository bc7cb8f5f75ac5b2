test --run ( tests/cli/test/data/small
