check --color never --rules tests/cli/check/data/rules --profiles tests/cli/check/data/yaml_mistakes/lower_state --as-of 2004-12-31
