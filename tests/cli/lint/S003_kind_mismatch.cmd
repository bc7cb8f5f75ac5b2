lint --color never tests/cli/lint/corpus/S003_kind_mismatch.pacta
