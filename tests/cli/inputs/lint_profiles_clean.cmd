lint tests/cli/check/data/rules --profiles tests/cli/check/data/profiles --format json
