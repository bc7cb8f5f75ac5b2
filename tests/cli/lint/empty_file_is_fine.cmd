lint --color never tests/cli/lint/corpus/empty_file_is_fine.pacta
