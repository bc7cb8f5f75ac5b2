lint --color never tests/cli/lint/corpus/P002_unterminated_string.pacta
