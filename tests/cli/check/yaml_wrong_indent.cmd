check --color never --rules tests/cli/check/data/rules --profiles tests/cli/check/data/yaml_mistakes/wrong_indent --as-of 2004-12-31
