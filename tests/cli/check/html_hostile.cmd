check --rules tests/cli/data/html/rules --profiles tests/cli/data/html/profiles --as-of 2004-12-31 --format html
