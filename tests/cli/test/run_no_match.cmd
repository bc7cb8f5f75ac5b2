test --run NO_SUCH_TEST tests/cli/test/data/small
