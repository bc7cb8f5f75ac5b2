fmt --color never --check tests/cli/fmt/corpus/syntax_error.pacta tests/cli/fmt/corpus/formatted.pacta
