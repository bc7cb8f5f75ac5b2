timeline --color never --rules tests/cli/check/data/rules --profiles tests/cli/check/data/profiles --state CCC --obligation ANNUAL_REPORT --from 2004-06-30 --to 2008-12-31
