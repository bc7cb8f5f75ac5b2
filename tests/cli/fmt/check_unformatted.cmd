fmt --color never --check tests/cli/fmt/corpus/unformatted.pacta
