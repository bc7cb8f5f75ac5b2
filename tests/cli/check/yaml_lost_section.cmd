check --color never --rules tests/cli/check/data/rules --profiles tests/cli/check/data/yaml_mistakes/lost_section --as-of 2004-12-31
