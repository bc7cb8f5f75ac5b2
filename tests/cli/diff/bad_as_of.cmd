diff --color never --base tests/cli/data/impact/base --head tests/cli/data/impact/head --profiles tests/cli/data/impact/profiles --as-of 2005-02-30
