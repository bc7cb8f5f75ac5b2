check --rules tests/cli/data/impact/base --profiles tests/cli/data/impact/profiles --as-of 2005-12-31 --format junit --status violated,unknown
