test tests/cli/test/data/small/rules.pacta tests/cli/test/data/failing
