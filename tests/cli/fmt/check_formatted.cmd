fmt --color never --check tests/cli/fmt/corpus/formatted.pacta
