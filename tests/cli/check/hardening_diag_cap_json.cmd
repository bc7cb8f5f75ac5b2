check --color never --rules tests/cli/check/data/rules --profiles tests/cli/data/hardening_diag/many_bad_keys --as-of 2014-12-31 --format json --no-cache
