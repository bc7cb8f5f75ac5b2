lint --format sarif tests/cli/lint/corpus/S001_unknown_name.pacta tests/cli/lint/corpus/S002_duplicate
