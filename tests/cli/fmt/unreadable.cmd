fmt --color never --check tests/cli/fmt/corpus/missing.pacta
