test --run ^REPORTS|LATE tests/cli/test/data/small
