check --color never --verbose --rules tests/cli/check/data/rules --profiles tests/cli/data/hardening_diag/mismatch --as-of 2004-12-31
