check --color never --rules tests/cli/check/data/plausibility/rules --profiles tests/cli/check/data/plausibility/profiles --as-of 2012-01-01
