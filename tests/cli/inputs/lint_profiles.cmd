lint tests/cli/check/data/rules --profiles tests/cli/check/data/bad_profiles
