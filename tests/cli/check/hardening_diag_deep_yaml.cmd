check --color never --rules tests/cli/check/data/rules --profiles tests/cli/data/hardening_diag/deep --as-of 2004-12-31
