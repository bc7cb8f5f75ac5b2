lint tests/cli/lint/corpus/S007_unused.pacta --fail-on warning
