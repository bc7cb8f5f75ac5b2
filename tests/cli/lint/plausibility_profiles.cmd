lint --color never tests/cli/check/data/plausibility/rules --profiles tests/cli/check/data/plausibility/profiles --fail-on warning
