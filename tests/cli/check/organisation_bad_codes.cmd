lint tests/cli/check/data/organisation/rules --profiles tests/cli/check/data/organisation/bad --color never
