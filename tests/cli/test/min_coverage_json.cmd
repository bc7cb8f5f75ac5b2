test --min-coverage 75 --format json tests/cli/test/data/small
