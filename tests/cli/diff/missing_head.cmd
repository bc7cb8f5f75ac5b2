diff --color never --base tests/cli/data/impact/base --profiles tests/cli/data/impact/profiles
